#include "checker/report/html_writer.h"

#include <map>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "checker/base/escape.h"
#include "checker/base/file_io.h"
#include "checker/report/html_assets.h"
#include "checker/report/interval_axis.h"
#include "checker/rules/finding_util.h"

namespace checker {
namespace {

// Only the page's own style sheet and script may run (hash-pinned).
std::string ContentSecurityPolicy() {
  std::string digest = absl::HexStringToBytes(Sha256Hex(kReportScript));
  return absl::StrCat("default-src 'none'; style-src 'unsafe-inline'; ",
                      "script-src 'sha256-", absl::Base64Escape(digest), "'");
}

void WriteHead(std::ostream* out) {
  *out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
          "charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\""
       << ContentSecurityPolicy() << "\">\n"
       << "<title>Claim report</title>\n<style>" << kReportCss
       << "</style>\n</head>\n";
}

void WriteSummary(const ReportSummary& summary, std::ostream* out) {
  *out << "<table class=\"summary\"><tbody>\n";
  for (const auto& [label, count] : SummaryRows(summary)) {
    *out << "<tr><td>" << label << "</td><td>" << count << "</td></tr>\n";
  }
  *out << "</tbody></table>\n";
}

// One checkbox per verdict present, in verdict order, with its count.
void WriteFilter(const Report& report, std::ostream* out) {
  std::map<int, std::pair<Verdict, int>> counts;  // by rank
  for (const Finding& finding : report.finding()) {
    auto& entry = counts[VerdictOrder(finding.verdict())];
    entry.first = finding.verdict();
    ++entry.second;
  }
  if (counts.empty()) return;
  *out << "<fieldset class=\"filter\"><legend>Show findings</legend>\n";
  for (const auto& [rank, entry] : counts) {
    *out << "<label><input type=\"checkbox\" data-filter=\""
         << VerdictKey(entry.first) << "\" checked> "
         << VerdictLabel(entry.first) << " (" << entry.second << ")</label>\n";
  }
  *out << "</fieldset>\n";
}

void WriteClaimTable(const SubjectGroup& group, const ReportContext& context,
                     std::ostream* out) {
  *out << "<div class=\"wrap\"><table class=\"claims\"><thead><tr>"
          "<th>Value as written</th><th>Interval</th><th>Source</th>"
          "<th>Voice</th><th>Status</th><th>Quote</th><th>Where</th>"
          "</tr></thead><tbody>\n";
  for (const FindingClaim* claim : group.claims) {
    const Provenance& provenance = claim->provenance();
    std::string where =
        provenance.document().empty()
            ? ""
            : absl::StrCat(provenance.document(), ", bytes ",
                           provenance.begin(), "–", provenance.end());
    const std::string& derivation = claim->interval().derivation();
    *out << "<tr><td data-label=\"Value\">" << HtmlEscape(claim->text())
         << "</td><td data-label=\"Interval\""
         << (derivation.empty()
                 ? ""
                 : absl::StrCat(" title=\"", HtmlEscape(derivation), "\""))
         << ">" << HtmlEscape(context.IntervalText(*claim))
         << "</td><td data-label=\"Source\">"
         << HtmlEscape(
                context.SourceCitation(claim->source(), provenance.page()))
         << "</td><td data-label=\"Voice\">" << HtmlEscape(claim->voice())
         << "</td><td data-label=\"Status\">" << StatusLabel(claim->status())
         << "</td><td data-label=\"Quote\">" << HtmlEscape(provenance.quote())
         << "</td><td data-label=\"Where\">" << HtmlEscape(where)
         << "</td></tr>\n";
  }
  *out << "</tbody></table></div>\n";
}

void WriteFinding(const Finding& finding, std::ostream* out) {
  *out << "<div class=\"finding\" data-verdict=\""
       << VerdictKey(finding.verdict()) << "\" data-waived=\""
       << (finding.waived() ? "true" : "false") << "\" id=\"finding-"
       << HtmlEscape(finding.id()) << "\">\n<p><span class=\"badge "
       << VerdictKey(finding.verdict()) << "\">"
       << VerdictLabel(finding.verdict()) << "</span> "
       << (finding.waived() ? "<span class=\"badge\">Waived</span> " : "")
       << HtmlEscape(finding.explanation()) << "</p>\n<p class=\"meta\">Rule "
       << HtmlEscape(finding.rule());
  std::string cause = CauseLabel(finding.cause());
  if (!cause.empty()) *out << " · likely cause: " << cause;
  *out << "</p>\n";
  if (finding.waived()) {
    *out << "<p class=\"meta\">Waived: " << HtmlEscape(finding.waiver_note())
         << "</p>\n";
  }
  if (!finding.tier_note().empty()) {
    *out << "<p class=\"meta\">Reliability: " << HtmlEscape(finding.tier_note())
         << "</p>\n";
  }
  *out << "</div>\n";
}

}  // namespace

void WriteHtml(const Report& report, const ReportContext& context,
               std::ostream* out) {
  WriteHead(out);
  *out << "<body>\n<header>\n<h1>Claim report</h1>\n";
  WriteSummary(report.summary(), out);
  WriteFilter(report, out);
  *out << "</header>\n<main>\n";
  int number = 0;
  for (const SubjectGroup& group : GroupBySubject(report)) {
    ++number;
    *out << "<section class=\"subject\" id=\"subject-" << number
         << "\" data-verdict=\"" << VerdictKey(group.verdict) << "\">\n<h2>"
         << number << ". " << HtmlEscape(context.SubjectTitle(*group.subject))
         << "</h2>\n"
         << IntervalAxisSvg(group, context) << "\n";
    WriteClaimTable(group, context, out);
    for (const Finding* finding : group.findings) WriteFinding(*finding, out);
    *out << "</section>\n";
  }
  if (number == 0) *out << "<p>No findings.</p>\n";
  *out << "</main>\n<script>" << kReportScript
       << "</script>\n</body>\n</html>\n";
}

}  // namespace checker
