// Short quotes for provenance: the figure plus a few words around it, cut at
// word boundaries, at most kMaxQuoteBytes (unless the figure itself is
// longer), and never the whole sentence; with a few bytes of context before
// and after to re-anchor the quote when the document changes.
//
//   QuoteSelector q = MakeQuote(text, sentence, figure);
//   // text.substr(q.begin, q.quote.size()) == q.quote, q.begin <= figure.begin
//
// Thread-safe (pure function).
#ifndef CHECKER_LINK_QUOTE_H_
#define CHECKER_LINK_QUOTE_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

inline constexpr uint32_t kMaxQuoteBytes = 60;
inline constexpr uint32_t kContextBytes = 16;

struct QuoteSelector {
  std::string quote;
  uint32_t begin = 0;  // offset of the quote in the text
  std::string prefix;  // up to kContextBytes before, on a UTF-8 boundary
  std::string suffix;  // up to kContextBytes after, on a UTF-8 boundary
};

// REQUIRES: `figure` lies inside `text`; `sentence` contains `figure` (if it
// does not, the figure alone bounds the quote).
QuoteSelector MakeQuote(absl::string_view text, TextSpan sentence,
                        TextSpan figure);

}  // namespace checker

#endif  // CHECKER_LINK_QUOTE_H_
