// The report writers behind one switch, as bloaty's RollupOutput::Print:
// each OutputFormat formats (Report, ClaimSet) to a stream, with no logic
// that changes a verdict. The claim set only names things (sources' authors,
// years and keys; entities' names; claims' units).
//
//   absl::StatusOr<std::vector<OutputFormat>> formats =
//       ParseFormatList("md,html");
//   absl::StatusOr<std::vector<RenderedFile>> files =
//       RenderReport(report, ClaimBaseSet(base), *formats);
//   CHECKER_RETURN_IF_ERROR(WriteRenderedFiles("reports", *files));
//
// Output is deterministic: the same Report and claims give the same bytes
// (no timestamps).
#ifndef CHECKER_REPORT_REPORT_WRITER_H_
#define CHECKER_REPORT_REPORT_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/model/claim_set.h"
#include "proto/finding.pb.h"

namespace checker {

enum class OutputFormat {
  kMarkdown,      // report.md
  kHtml,          // report.html
  kFindingsCsv,   // findings.csv
  kClaimsCsv,     // claims.csv
  kJson,          // report.json
  kFootnotes,     // footnotes.md
  kBibliography,  // bibliography.json (CSL-JSON for footnotes.md)
};

// Every format, in the order `checker report` writes them.
const std::vector<OutputFormat>& AllOutputFormats();

// "report.md", "findings.csv", ...
absl::string_view OutputFileName(OutputFormat format);

// Parses a comma-separated list of md, html, csv, json, footnotes (csv means
// both CSV files; footnotes means footnotes.md and bibliography.json), in
// AllOutputFormats() order without duplicates. "" or "all" is every format.
// InvalidArgument naming an unknown entry and the accepted ones.
absl::StatusOr<std::vector<OutputFormat>> ParseFormatList(
    absl::string_view list);

// Writes `report` in `format` to `out`. Internal error only if protobuf's
// JSON printer fails.
absl::Status WriteReport(OutputFormat format, const Report& report,
                         const ClaimSet& claims, std::ostream* out);

struct RenderedFile {
  std::string name;      // "report.md"
  std::string contents;  // the whole file
};

// Every requested file, rendered in memory (nothing written yet).
absl::StatusOr<std::vector<RenderedFile>> RenderReport(
    const Report& report, const ClaimSet& claims,
    const std::vector<OutputFormat>& formats);

// Makes `dir` (created with its parents if missing) hold `files`, all at
// once: a reader, or a run killed at any point, sees either the old set or
// the complete new one (WriteFileSetAtomically, checker/base/file_set.h).
// Other regular files in `dir` stay; a subdirectory in it is an error.
// `kept_aside` (may be null) names leftovers of killed runs not removed.
absl::Status WriteRenderedFiles(const std::string& dir,
                                const std::vector<RenderedFile>& files,
                                std::vector<std::string>* kept_aside = nullptr);

}  // namespace checker

#endif  // CHECKER_REPORT_REPORT_WRITER_H_
