#include "checker/report/markdown_writer.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/escape.h"

namespace checker {
namespace {

void WriteSummary(const ReportSummary& summary, std::ostream* out) {
  *out << "| Summary | Count |\n|---|---:|\n";
  for (const auto& [label, count] : SummaryRows(summary)) {
    *out << "| " << label << " | " << count << " |\n";
  }
}

std::string WhereText(const Provenance& provenance) {
  if (provenance.document().empty()) return "";
  return absl::StrCat(provenance.document(), ", bytes ", provenance.begin(),
                      "–", provenance.end());
}

void WriteClaimTable(const SubjectGroup& group, const ReportContext& context,
                     std::ostream* out) {
  *out << "| Value as written | Interval | Source | Voice | Status | Quote "
          "| Where |\n|---|---|---|---|---|---|---|\n";
  for (const FindingClaim* claim : group.claims) {
    const Provenance& provenance = claim->provenance();
    std::string quote = provenance.quote().empty()
                            ? ""
                            : absl::StrCat("“", provenance.quote(), "”");
    *out << "| " << MarkdownEscape(claim->text()) << " | "
         << MarkdownEscape(context.IntervalText(*claim)) << " | "
         << MarkdownEscape(
                context.SourceCitation(claim->source(), provenance.page()))
         << " | " << MarkdownEscape(claim->voice()) << " | "
         << StatusLabel(claim->status()) << " | " << MarkdownEscape(quote)
         << " | " << MarkdownEscape(WhereText(provenance)) << " |\n";
  }
}

void WriteFinding(const Finding& finding, std::ostream* out) {
  *out << "\n**" << VerdictLabel(finding.verdict()) << "**";
  std::string cause = CauseLabel(finding.cause());
  *out << " (" << MarkdownEscape(finding.rule());
  if (!cause.empty()) *out << "; likely cause: " << cause;
  *out << "): " << MarkdownEscape(finding.explanation()) << "\n";
  if (finding.waived()) {
    *out << "\n- Waived: " << MarkdownEscape(finding.waiver_note()) << "\n";
  }
  if (!finding.tier_note().empty()) {
    *out << "\n- Reliability: " << MarkdownEscape(finding.tier_note()) << "\n";
  }
}

}  // namespace

void WriteMarkdown(const Report& report, const ReportContext& context,
                   std::ostream* out) {
  *out << "# Claim report\n\n";
  WriteSummary(report.summary(), out);
  std::vector<SubjectGroup> groups = GroupBySubject(report);
  if (groups.empty()) {
    *out << "\nNo findings.\n";
    return;
  }
  int number = 0;
  for (const SubjectGroup& group : groups) {
    *out << "\n## " << ++number << ". "
         << MarkdownEscape(context.SubjectTitle(*group.subject)) << " — "
         << VerdictLabel(group.verdict) << (group.all_waived ? " (waived)" : "")
         << "\n\n";
    WriteClaimTable(group, context, out);
    for (const Finding* finding : group.findings) WriteFinding(*finding, out);
  }
}

}  // namespace checker
