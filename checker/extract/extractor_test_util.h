// Table-driven extraction tests in the style of re2's parse_test: each row
// carries its __LINE__, an input and the expected mentions in the compact
// form of MentionToCompact, so one row asserts span, kind, hedge and value.
#ifndef CHECKER_EXTRACT_EXTRACTOR_TEST_UTIL_H_
#define CHECKER_EXTRACT_EXTRACTOR_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "checker/extract/mention.h"
#include "gtest/gtest.h"

namespace checker {

struct ExtractCase {
  int line;
  const char* input;
  std::vector<std::string> want;
};

struct ReferenceDateCase {
  int line;
  const char* input;
  const char* reference_date;  // "YYYY-MM-DD" or nullptr
  std::vector<std::string> want;
};

struct DefaultYearCase {
  int line;
  const char* input;
  int default_year;
  std::vector<std::string> want;
};

// Every mention of `input` in compact form; a failure to extract yields a
// single "ERROR: ..." entry.
std::vector<std::string> CompactMentions(absl::string_view input,
                                         const ExtractOptions& options);

void ExpectCases(absl::Span<const ExtractCase> cases);
void ExpectReferenceDateCases(absl::Span<const ReferenceDateCase> cases);
void ExpectDefaultYearCases(absl::Span<const DefaultYearCase> cases);

}  // namespace checker

#endif  // CHECKER_EXTRACT_EXTRACTOR_TEST_UTIL_H_
