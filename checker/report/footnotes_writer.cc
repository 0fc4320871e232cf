#include "checker/report/footnotes_writer.h"

#include <algorithm>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/base/escape.h"
#include "checker/report/csl.h"

namespace checker {
namespace {

std::string LeadFor(Verdict verdict) {
  switch (verdict) {
    case CONFLICT:
      return "Sources disagree: ";
    case VARYING:
      return "Estimates vary: ";
    case CONSISTENT:
      return "Sources agree: ";
    case SINGLE_SOURCE:
      return "Given by one source only: ";
    default:
      return "";
  }
}

// "[@key, p. 519]", "[cited in @key]", or "(cited in Heller, 1985, p. 519)".
std::string Citation(const FindingClaim& claim, const ReportContext& context) {
  const std::string& page = claim.provenance().page();
  bool voiced = !claim.voice().empty();
  if (context.FindSource(claim.source()) != nullptr &&
      IsPandocCitationKey(claim.source())) {
    std::string cite =
        absl::StrCat(voiced ? "cited in " : "", "@", claim.source());
    if (!page.empty()) absl::StrAppend(&cite, ", p. ", MarkdownEscape(page));
    return absl::StrCat("[", cite, "]");
  }
  return absl::StrCat(
      "(", voiced ? "cited in " : "",
      MarkdownEscape(context.SourceCitation(claim.source(), page)), ")");
}

// "Over 60,000" reads "over 60,000" inside a sentence: a leading hedge
// word is written as the (lowercase) hedge. Other capitals stay.
std::string MidSentence(const std::string& text, const std::string& hedge) {
  if (hedge.empty() || text.size() < hedge.size() ||
      !absl::EqualsIgnoreCase(absl::string_view(text).substr(0, hedge.size()),
                              hedge)) {
    return text;
  }
  return absl::StrCat(hedge, absl::string_view(text).substr(hedge.size()));
}

}  // namespace

std::string FootnoteText(const SubjectGroup& group,
                         const ReportContext& context) {
  std::vector<std::string> items;
  for (const FindingClaim* claim : group.claims) {
    std::string item =
        MarkdownEscape(MidSentence(claim->text(), claim->hedge()));
    if (!claim->voice().empty()) {
      absl::StrAppend(&item, " according to ", MarkdownEscape(claim->voice()));
    }
    absl::StrAppend(&item, " ", Citation(*claim, context));
    if (std::find(items.begin(), items.end(), item) == items.end()) {
      items.push_back(std::move(item));
    }
  }
  return absl::StrCat(LeadFor(group.verdict), absl::StrJoin(items, "; "), ".");
}

void WriteFootnotes(const Report& report, const ReportContext& context,
                    std::ostream* out) {
  *out << "# Footnotes\n\n"
          "Footnote-ready text for each subject checked, conflicts first. "
          "Citations use Pandoc syntax; resolve them with "
          "`pandoc --citeproc --bibliography bibliography.json`.\n";
  int number = 0;
  for (const SubjectGroup& group : GroupBySubject(report)) {
    ++number;
    std::string title = MarkdownEscape(context.SubjectTitle(*group.subject));
    *out << "\n## " << title << "\n\n"
         << title << ".[^" << number << "]\n\n[^" << number
         << "]: " << FootnoteText(group, context) << "\n";
  }
}

}  // namespace checker
