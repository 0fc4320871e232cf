#include "checker/verify/subject_display.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/rules/finding_util.h"

namespace checker {

std::string SubjectDisplay(const Subject& subject) {
  std::string text = absl::StrCat(subject.entity(), "/", subject.attribute());
  const std::string qualifiers = QualifierKey(subject);
  if (!qualifiers.empty()) absl::StrAppend(&text, "[", qualifiers, "]");
  return text;
}

}  // namespace checker
