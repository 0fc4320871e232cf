// Escaping of document text for each output format. Every piece of text that
// comes from a user's files (quotes, values as written, voices, titles,
// explanations) passes through one of these before it is written.
//
//   out << "<td>" << HtmlEscape(claim.provenance().quote()) << "</td>";
#ifndef CHECKER_BASE_ESCAPE_H_
#define CHECKER_BASE_ESCAPE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace checker {

// & < > " ' as character references: safe in element content and in
// quoted attribute values. "<script>" becomes "&lt;script&gt;".
std::string HtmlEscape(absl::string_view text);

// Text for Markdown (CommonMark/Pandoc) inline content and table cells:
// backslash before the punctuation that could start or end markup, a link,
// a footnote or a citation (\ ` * [ ] < > | # ~ ^ $ @, and _ except inside
// a word, where it cannot start emphasis), and every line break (CR, LF,
// CRLF) as one space, so a cell stays on its row. Escaping ] too means a
// value placed inside the writer's own brackets ("[@key, p. PAGE]") cannot
// close them and open a link: "1](javascript:x)" stays text.
std::string MarkdownEscape(absl::string_view text);

// One CSV field per RFC 4180: quoted (inner quotes doubled) when it holds a
// comma, quote, CR or LF. A text cell beginning with = + - @ TAB or CR is
// neutralized against formula injection by a leading single quote.
std::string CsvText(absl::string_view text);
// A number cell: written as is (never neutralized), e.g. "-6146".
std::string CsvNumber(double value);

// A JSON string literal with its quotes: \" \\ and control characters
// escaped, and < > & as \u003c \u003e \u0026 (safe inside HTML too); other
// UTF-8 bytes passed through. `html_safe` false keeps < > & as they are,
// for text only people and tests read (the extractor's compact form).
std::string JsonString(absl::string_view text, bool html_safe = true);

}  // namespace checker

#endif  // CHECKER_BASE_ESCAPE_H_
