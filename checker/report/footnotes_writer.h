// footnotes.md: for each subject (entity, attribute, qualifiers), one
// footnote-ready sentence in the style editors use, as a Pandoc footnote:
//
//   [^1]: Estimates vary: about 570,000 [@cih]; 510,000 to 600,000
//   [@hdict2014, p. 519]; 0.6–0.8 million according to Japanese sources
//   [cited in @cih].
//
// A source whose id is a Pandoc citation key is cited as `[@id, p. N]`
// (WriteBibliography gives pandoc the entries); any other source as plain
// author–year "(Heller, 1985, p. 519)". Document text is Markdown-escaped,
// so an '@' or '[' in a quote never becomes a citation. Formats only.
#ifndef CHECKER_REPORT_FOOTNOTES_WRITER_H_
#define CHECKER_REPORT_FOOTNOTES_WRITER_H_

#include <ostream>
#include <string>

#include "checker/report/report_text.h"
#include "proto/finding.pb.h"

namespace checker {

// The footnote text of one group, without the "[^n]: " label:
// "Sources disagree: 5 March 1953 [@a, p. 3]; 6 March 1953 [@b]."
std::string FootnoteText(const SubjectGroup& group,
                         const ReportContext& context);

void WriteFootnotes(const Report& report, const ReportContext& context,
                    std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_FOOTNOTES_WRITER_H_
