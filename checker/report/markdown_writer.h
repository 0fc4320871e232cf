// report.md: a summary table, then one section per subject (entity,
// attribute, qualifiers) with a table of every figure — value as written,
// normalized interval, source (author, year, page), voice, review status,
// quote and place — followed by each finding's verdict, explanation and cause.
// Conflicts first, then varying, then the rest. Formats only; never changes
// a verdict. Document text is escaped with MarkdownEscape.
//
//   std::ostringstream out;
//   WriteMarkdown(report, ReportContext(base), &out);
#ifndef CHECKER_REPORT_MARKDOWN_WRITER_H_
#define CHECKER_REPORT_MARKDOWN_WRITER_H_

#include <ostream>

#include "checker/report/report_text.h"
#include "proto/finding.pb.h"

namespace checker {

void WriteMarkdown(const Report& report, const ReportContext& context,
                   std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_MARKDOWN_WRITER_H_
