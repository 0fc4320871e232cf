#include "checker/report/csv_writer.h"

#include <string>
#include <vector>

#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_join.h"
#include "checker/base/escape.h"

namespace checker {
namespace {

void WriteRow(const std::vector<std::string>& cells, std::ostream* out) {
  *out << absl::StrJoin(cells, ",") << "\r\n";
}

std::string SourcesOf(const Finding& finding) {
  absl::btree_set<std::string> ids;
  for (const FindingClaim& claim : finding.claim()) ids.insert(claim.source());
  return absl::StrJoin(ids, " ");
}

std::string SeverityName(Severity severity) {
  return severity == SEVERITY_UNSPECIFIED ? "" : Severity_Name(severity);
}

}  // namespace

void WriteFindingsCsv(const Report& report, const ReportContext& context,
                      std::ostream* out) {
  (void)context;
  WriteRow({"finding_id", "verdict", "cause", "severity", "rule", "entity",
            "attribute", "qualifiers", "claims", "independent_sources",
            "sources", "explanation", "waived", "waiver_note", "tier_note"},
           out);
  for (const Finding& finding : report.finding()) {
    WriteRow(
        {CsvText(finding.id()), VerdictKey(finding.verdict()),
         CsvText(CauseLabel(finding.cause())), SeverityName(finding.severity()),
         CsvText(finding.rule()), CsvText(finding.subject().entity()),
         CsvText(finding.subject().attribute()),
         CsvText(QualifierText(finding.subject())),
         CsvNumber(finding.claim_size()),
         CsvNumber(finding.independent_sources()), CsvText(SourcesOf(finding)),
         CsvText(finding.explanation()), finding.waived() ? "true" : "false",
         CsvText(finding.waiver_note()), CsvText(finding.tier_note())},
        out);
  }
}

void WriteClaimsCsv(const Report& report, const ReportContext& context,
                    std::ostream* out) {
  WriteRow({"claim_id",   "finding_ids", "verdict",  "entity", "attribute",
            "qualifiers", "source",      "citation", "voice",  "text",
            "hedge",      "interval",    "low",      "high",   "edtf",
            "derivation", "status",      "document", "begin",  "end",
            "page",       "quote"},
           out);
  // Every finding a claim takes part in, by claim id.
  absl::flat_hash_map<std::string, std::vector<std::string>> findings_of;
  for (const Finding& finding : report.finding()) {
    for (const FindingClaim& claim : finding.claim()) {
      findings_of[claim.claim()].push_back(finding.id());
    }
  }
  for (const SubjectGroup& group : GroupBySubject(report)) {
    for (const FindingClaim* claim : group.claims) {
      const Interval& interval = claim->interval();
      const Provenance& provenance = claim->provenance();
      WriteRow(
          {CsvText(claim->claim()),
           CsvText(absl::StrJoin(findings_of[claim->claim()], " ")),
           VerdictKey(group.verdict),
           CsvText(group.subject->entity()),
           CsvText(group.subject->attribute()),
           CsvText(QualifierText(*group.subject)),
           CsvText(claim->source()),
           CsvText(context.SourceCitation(claim->source(), provenance.page())),
           CsvText(claim->voice()),
           CsvText(claim->text()),
           CsvText(claim->hedge()),
           CsvText(context.IntervalText(*claim)),
           interval.has_low() ? CsvNumber(interval.low()) : "",
           interval.has_high() ? CsvNumber(interval.high()) : "",
           CsvText(EdtfInterval(interval)),
           CsvText(interval.derivation()),
           StatusLabel(claim->status()),
           CsvText(provenance.document()),
           CsvNumber(provenance.begin()),
           CsvNumber(provenance.end()),
           CsvText(provenance.page()),
           CsvText(provenance.quote())},
          out);
    }
  }
}

}  // namespace checker
