#include "checker/extract/extractor_test_util.h"

#include "absl/strings/str_join.h"
#include "checker/extract/extractor.h"
#include "checker/extract/mention_format.h"

namespace checker {
namespace {

void ExpectOne(int line, absl::string_view input, const ExtractOptions& options,
               const std::vector<std::string>& want) {
  const std::vector<std::string> got = CompactMentions(input, options);
  EXPECT_EQ(got, want) << "case at line " << line << ": \"" << input << "\"\n"
                       << "  want:\n    " << absl::StrJoin(want, "\n    ")
                       << "\n  got:\n    " << absl::StrJoin(got, "\n    ");
}

}  // namespace

std::vector<std::string> CompactMentions(absl::string_view input,
                                         const ExtractOptions& options) {
  absl::StatusOr<std::vector<Mention>> mentions =
      ExtractMentions(input, options);
  if (!mentions.ok()) {
    return {"ERROR: " + std::string(mentions.status().message())};
  }
  std::vector<std::string> out;
  for (const Mention& m : *mentions) out.push_back(MentionToCompact(m, input));
  return out;
}

void ExpectCases(absl::Span<const ExtractCase> cases) {
  for (const ExtractCase& c : cases) ExpectOne(c.line, c.input, {}, c.want);
}

void ExpectReferenceDateCases(absl::Span<const ReferenceDateCase> cases) {
  for (const ReferenceDateCase& c : cases) {
    ExtractOptions options;
    if (c.reference_date != nullptr) {
      int y = 0;
      unsigned m = 0, d = 0;
      ASSERT_EQ(sscanf(c.reference_date, "%d-%u-%u", &y, &m, &d), 3);
      options.reference_date =
          date::sys_days{date::year{y} / date::month{m} / date::day{d}};
    }
    ExpectOne(c.line, c.input, options, c.want);
  }
}

void ExpectDefaultYearCases(absl::Span<const DefaultYearCase> cases) {
  for (const DefaultYearCase& c : cases) {
    ExtractOptions options;
    options.default_year = c.default_year;
    ExpectOne(c.line, c.input, options, c.want);
  }
}

}  // namespace checker
