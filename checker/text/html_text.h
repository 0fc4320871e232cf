// HTML to plain text with a map back to the original bytes.
//
// A small tag stripper rather than a full HTML parser (gumbo is not part of
// the toolchain): tags and comments are dropped, <script>/<style> contents
// skipped, character references decoded (named ones from a short table of
// those common in prose, numeric ones in full), runs of whitespace collapsed
// to one space, and block elements (p, div, h1-h6, li, tr, br, ...) turned
// into paragraph breaks so sentences and paragraphs survive. Every output
// byte records the offset of the original byte (or reference, or tag) it
// came from, so spans found in the text map back into the file.
//
//   HtmlText t = StripHtml("<p>Some 700 &amp; more</p>");
//   // t.text == "Some 700 & more\n\n"; t.offsets[5] == 8 (the "7")
//
// Malformed HTML never fails: an unclosed tag runs to the end of the input.
#ifndef CHECKER_TEXT_HTML_TEXT_H_
#define CHECKER_TEXT_HTML_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace checker {

struct HtmlText {
  std::string text;
  // offsets[i] = byte offset in the HTML of text[i]; offsets[text.size()]
  // = html.size(). Non-decreasing.
  std::vector<uint32_t> offsets;
};

HtmlText StripHtml(absl::string_view html);

}  // namespace checker

#endif  // CHECKER_TEXT_HTML_TEXT_H_
