// A hand-made Report and ClaimBase for the writer tests: four subjects (a
// conflict, a varying estimate with an attributed voice, a consistent pair
// with an open bound, and a waived single-source figure whose texts are
// hostile: a <script> quote, a formula, pipes, newlines and an '@').
#ifndef CHECKER_REPORT_REPORT_FIXTURE_H_
#define CHECKER_REPORT_REPORT_FIXTURE_H_

#include "checker/store/claim_base.h"
#include "proto/finding.pb.h"

namespace checker {

// Sources: heller1985 (2 authors, 1985), cih (literal author, no year),
// hdict2014 (no author, long title), evil- (an id that is no Pandoc key).
ClaimBase FixtureClaimBase();
Report FixtureReport();

}  // namespace checker

#endif  // CHECKER_REPORT_REPORT_FIXTURE_H_
