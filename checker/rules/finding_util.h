// Building findings: the claims they carry, labels used in explanations,
// stable ids and footnote text.
#ifndef CHECKER_RULES_FINDING_UTIL_H_
#define CHECKER_RULES_FINDING_UTIL_H_

#include <string>
#include <vector>

#include "checker/rules/rule.h"
#include "proto/finding.pb.h"

namespace checker {

// "5 March 1953 (Heller and Nekrich, 1985)": the value as written (the
// normalized interval when no text was kept) and who states it (see
// ClaimCitation). No claim id: explanations are for readers.
std::string ClaimLabel(const NormalizedClaim& claim);

// Labels joined with ", ".
std::string ClaimLabels(const std::vector<const NormalizedClaim*>& claims);

// The claim as it appears in a finding: ids, text, hedge, provenance,
// review status and the normalized interval with its bound texts.
FindingClaim ToFindingClaim(const NormalizedClaim& claim);

// Qualifiers as "k=v,k=v" sorted by key; "" for none.
std::string QualifierKey(const Subject& subject);

// QualifierKey of only the qualifiers that separate groups
// (RulesConfig.group_qualifier; all of them when it is empty).
std::string GroupQualifierKey(const Subject& subject,
                              const RulesConfig& config);

// `subject` with only the qualifiers that separate groups.
Subject GroupSubject(const Subject& subject, const RulesConfig& config);

// "kengir_uprising duration" or "gulag population (year=1953)".
std::string SubjectText(const Subject& subject);

// Hex digest of rule, subject and sorted claim ids: stable across runs and
// independent of claim order.
std::string FindingId(const Finding& finding);

// "Estimates vary: about 570,000 (heller1986, p. 519); 510,000–600,000
// (conquest1990)." One entry per claim, in finding order.
std::string Footnote(const Finding& finding);

// "CONFLICT", "VARYING", ... without the enum prefix noise.
std::string VerdictName(Verdict verdict);

}  // namespace checker

#endif  // CHECKER_RULES_FINDING_UTIL_H_
