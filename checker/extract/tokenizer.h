// The tokenizer: one forward pass over a chunk of UTF-8 text that yields
// words, numbers and punctuation with byte offsets into the whole document.
// Whitespace (ASCII, NBSP, thin and other Unicode spaces) separates tokens
// and is recorded as flags on the next token. Numbers absorb their digit
// group separators ("10,087", "10 087" with a thin space) and decimals.
//
// The caller reuses one Tokenizer for a whole document, so the token buffer
// is allocated once and grows only to the longest chunk.
#ifndef CHECKER_EXTRACT_TOKENIZER_H_
#define CHECKER_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/extract/tables.h"

namespace checker::extract {

enum class TokenType : uint8_t { kWord, kNumber, kPunct };

enum class NumberSuffix : uint8_t {
  kNone,
  kOrdinal,  // "26th", "1st"
  kPlural,   // "1950s", "1920's"
  // A magnitude letter glued to the figure: "70k", "2.6M", "4.5bn",
  // "£2.5m" (lowercase m only after a currency sign); see `exponent`.
  kMagnitude,
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenType type = TokenType::kPunct;
  bool space_before = false;  // whitespace between the previous token and this
  bool line_start = false;    // first token of its line
  bool upper = false;         // word starting with an uppercase letter
  // kNumber: value = mantissa / 10^decimals.
  uint8_t decimals = 0;
  uint8_t int_digits = 0;  // digits before the decimal point
  bool grouped = false;    // had digit group separators
  NumberSuffix suffix = NumberSuffix::kNone;
  uint8_t exponent = 0;        // kMagnitude: 3 (k), 6 (M, m), 9 (bn)
  bool leading_point = false;  // ".77": no digit before the point
  uint64_t mantissa = 0;
  // kPunct: the ASCII character, with Unicode forms folded: '-' for hyphens,
  // en dashes and minus signs, 'M' for em dashes, '"' and '\'' for curly
  // quotes and guillemets.
  char punct = 0;
  // kWord: lowercase ASCII form (truncated at kMaxWord; `long_word` then).
  bool long_word = false;
  uint8_t len = 0;
  static constexpr int kMaxWord = 22;
  char lower[kMaxWord] = {};
  const WordInfo* info = nullptr;

  absl::string_view word() const { return absl::string_view(lower, len); }
  double value() const;
};

// Splits `chunk`, which starts at byte `base` of the document, into tokens
// appended to `*out` (cleared first). REQUIRES: `chunk` is valid UTF-8.
void Tokenize(absl::string_view chunk, uint32_t base, std::vector<Token>* out);

}  // namespace checker::extract

#endif  // CHECKER_EXTRACT_TOKENIZER_H_
