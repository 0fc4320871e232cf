// How verify names a subject in its output ("kengir_uprising/duration").
// Pure and thread-safe. Elsewhere: subject map keys are SubjectKey and the
// rules' own text is SubjectText (checker/rules/finding_util.h); report
// titles are ReportContext::SubjectTitle (checker/report/report_text.h).
#ifndef CHECKER_VERIFY_SUBJECT_DISPLAY_H_
#define CHECKER_VERIFY_SUBJECT_DISPLAY_H_

#include <string>

#include "proto/claim.pb.h"

namespace checker {

// Entity and attribute ids joined by '/', then the qualifiers sorted by
// name in brackets: "kengir_uprising/deaths",
// "gulag/population[sex=female,year=1953]".
std::string SubjectDisplay(const Subject& subject);

}  // namespace checker

#endif  // CHECKER_VERIFY_SUBJECT_DISPLAY_H_
