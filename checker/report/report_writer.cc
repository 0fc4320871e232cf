#include "checker/report/report_writer.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/base/file_set.h"
#include "checker/report/csl.h"
#include "checker/report/csv_writer.h"
#include "checker/report/footnotes_writer.h"
#include "checker/report/html_writer.h"
#include "checker/report/json_writer.h"
#include "checker/report/markdown_writer.h"
#include "checker/report/report_text.h"

namespace checker {

const std::vector<OutputFormat>& AllOutputFormats() {
  static const std::vector<OutputFormat> kAll = {
      OutputFormat::kMarkdown,    OutputFormat::kHtml,
      OutputFormat::kFindingsCsv, OutputFormat::kClaimsCsv,
      OutputFormat::kJson,        OutputFormat::kFootnotes,
      OutputFormat::kBibliography};
  return kAll;
}

absl::string_view OutputFileName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kMarkdown:
      return "report.md";
    case OutputFormat::kHtml:
      return "report.html";
    case OutputFormat::kFindingsCsv:
      return "findings.csv";
    case OutputFormat::kClaimsCsv:
      return "claims.csv";
    case OutputFormat::kJson:
      return "report.json";
    case OutputFormat::kFootnotes:
      return "footnotes.md";
    case OutputFormat::kBibliography:
      return "bibliography.json";
  }
  return "";
}

absl::StatusOr<std::vector<OutputFormat>> ParseFormatList(
    absl::string_view list) {
  std::string lower = absl::AsciiStrToLower(absl::StripAsciiWhitespace(list));
  if (lower.empty() || lower == "all") return AllOutputFormats();
  std::vector<OutputFormat> wanted;
  for (absl::string_view name :
       absl::StrSplit(lower, ',', absl::SkipWhitespace())) {
    name = absl::StripAsciiWhitespace(name);
    if (name == "md" || name == "markdown") {
      wanted.push_back(OutputFormat::kMarkdown);
    } else if (name == "html") {
      wanted.push_back(OutputFormat::kHtml);
    } else if (name == "csv") {
      wanted.push_back(OutputFormat::kFindingsCsv);
      wanted.push_back(OutputFormat::kClaimsCsv);
    } else if (name == "json") {
      wanted.push_back(OutputFormat::kJson);
    } else if (name == "footnotes") {
      wanted.push_back(OutputFormat::kFootnotes);
      wanted.push_back(OutputFormat::kBibliography);
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown report format \"", name,
                       "\"; use a comma-separated list of md, html, csv, "
                       "json, footnotes (or all)"));
    }
  }
  std::vector<OutputFormat> ordered;
  for (OutputFormat format : AllOutputFormats()) {
    if (std::find(wanted.begin(), wanted.end(), format) != wanted.end()) {
      ordered.push_back(format);
    }
  }
  return ordered;
}

absl::Status WriteReport(OutputFormat format, const Report& report,
                         const ClaimSet& claims, std::ostream* out) {
  ReportContext context(claims);
  switch (format) {
    case OutputFormat::kMarkdown:
      WriteMarkdown(report, context, out);
      break;
    case OutputFormat::kHtml:
      WriteHtml(report, context, out);
      break;
    case OutputFormat::kFindingsCsv:
      WriteFindingsCsv(report, context, out);
      break;
    case OutputFormat::kClaimsCsv:
      WriteClaimsCsv(report, context, out);
      break;
    case OutputFormat::kJson:
      return WriteJson(report, out);
    case OutputFormat::kFootnotes:
      WriteFootnotes(report, context, out);
      break;
    case OutputFormat::kBibliography:
      WriteBibliography(report, context, out);
      break;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<RenderedFile>> RenderReport(
    const Report& report, const ClaimSet& claims,
    const std::vector<OutputFormat>& formats) {
  std::vector<RenderedFile> files;
  for (OutputFormat format : formats) {
    std::ostringstream out;
    absl::Status written = WriteReport(format, report, claims, &out);
    if (!written.ok()) return written;
    files.push_back({std::string(OutputFileName(format)), out.str()});
  }
  return files;
}

absl::Status WriteRenderedFiles(const std::string& dir,
                                const std::vector<RenderedFile>& files,
                                std::vector<std::string>* kept_aside) {
  std::vector<NamedContents> named;
  named.reserve(files.size());
  for (const RenderedFile& file : files) {
    named.emplace_back(file.name, file.contents);
  }
  return WriteFileSetAtomically(dir, named, kept_aside);
}

}  // namespace checker
