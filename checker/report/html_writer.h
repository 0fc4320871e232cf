// report.html: one self-contained static page (inline CSS and a small inline
// script; a Content-Security-Policy forbids everything else, network
// included) with the content of report.md, a filter by verdict, and per
// subject an SVG axis of the claims' intervals (see interval_axis.h).
// Readable on a laptop and a phone (fluid layout, tables scroll sideways).
// All document text is HTML-escaped: a quote holding "<script>" shows as
// text. Each finding is a `<div class="finding" data-verdict="CONFLICT">`.
// Formats only; never changes a verdict.
//
//   WriteHtml(report, ReportContext(base), &out);
#ifndef CHECKER_REPORT_HTML_WRITER_H_
#define CHECKER_REPORT_HTML_WRITER_H_

#include <ostream>

#include "checker/report/report_text.h"
#include "proto/finding.pb.h"

namespace checker {

void WriteHtml(const Report& report, const ReportContext& context,
               std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_HTML_WRITER_H_
