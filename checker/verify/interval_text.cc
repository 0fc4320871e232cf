#include "checker/verify/interval_text.h"

#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace checker {

std::string SubjectDisplay(const Subject& subject) {
  std::string text = absl::StrCat(subject.entity(), "/", subject.attribute());
  if (subject.qualifier().empty()) return text;
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  absl::StrAppend(&text, "[",
                  absl::StrJoin(sorted, ",", absl::PairFormatter("=")), "]");
  return text;
}

ValueInterval Hull(const ValueInterval& a, const ValueInterval& b) {
  ValueInterval hull = a;
  if (b.low < a.low || (b.low == a.low && !b.low_exclusive)) {
    hull.low = b.low;
    hull.low_exclusive = b.low_exclusive;
  }
  if (b.high > a.high || (b.high == a.high && !b.high_exclusive)) {
    hull.high = b.high;
    hull.high_exclusive = b.high_exclusive;
  }
  hull.derivation.clear();
  return hull;
}

}  // namespace checker
