// One UTF-8 decoder for the project's text code, shaped like re2's
// StringViewToRune: it returns the rune at the front of the input and its
// length, or reports that the bytes there are not valid UTF-8 (overlong
// forms, surrogates and code points above U+10FFFF are invalid).
#ifndef CHECKER_BASE_UTF8_H_
#define CHECKER_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace checker {

// Decodes the rune at the front of `text` (REQUIRES: !text.empty()) into
// `*rune` and returns its length in bytes (1-4), or 0 if the bytes at the
// front are not valid UTF-8.
size_t DecodeRune(absl::string_view text, char32_t* rune);

// Offset of the first byte of the first invalid sequence, or text.size()
// when the whole text is valid.
size_t FirstInvalidUtf8(absl::string_view text);

}  // namespace checker

#endif  // CHECKER_BASE_UTF8_H_
