#include "checker/link/match_key.h"

#include <cstddef>

namespace checker {
namespace {

constexpr char32_t kBadRune = 0xFFFFFFFF;

// Decodes one UTF-8 rune at text[pos]; sets *len (>= 1). kBadRune for an
// invalid sequence (then *len is 1).
char32_t DecodeRune(absl::string_view text, size_t pos, size_t* len) {
  const auto byte = [&](size_t i) {
    return static_cast<unsigned char>(text[pos + i]);
  };
  const unsigned char b0 = byte(0);
  *len = 1;
  if (b0 < 0x80) return b0;
  size_t n = 0;
  char32_t rune = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    rune = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    rune = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    rune = b0 & 0x07;
  } else {
    return kBadRune;
  }
  if (pos + n > text.size()) return kBadRune;
  for (size_t i = 1; i < n; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return kBadRune;
    rune = (rune << 6) | (byte(i) & 0x3F);
  }
  *len = n;
  return rune;
}

// Latin Extended-A (U+0100..U+017F) folded to ASCII base letters.
constexpr absl::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// The ASCII spelling of a word rune after folding, or "" if the rune is not
// part of a word. Non-Latin letters are kept as their UTF-8 bytes (Cyrillic
// lowercased), so names written in other scripts still match exactly.
std::string FoldRune(char32_t r, absl::string_view raw) {
  if (r < 0x80) {
    const char c = static_cast<char>(r);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c + 32));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return std::string(1, c);
    }
    return "";
  }
  if (r >= 0xC0 && r <= 0xFF) {
    if (r == 0xD7 || r == 0xF7) return "";  // multiplication, division
    if (r == 0xC6 || r == 0xE6) return "ae";
    if (r == 0xDE || r == 0xFE) return "th";
    if (r == 0xDF) return "ss";
    constexpr absl::string_view kLatin1 =
        "aaaaaaaceeeeiiiidnooooo_ouuuuyts";  // U+00C0..U+00DF, lowercased
    return std::string(1, kLatin1[(r - 0xC0) & 0x1F]);
  }
  if (r >= 0x100 && r <= 0x17F) {
    if (r == 0x152 || r == 0x153) return "oe";
    return std::string(1, kLatinExtendedA[r - 0x100]);
  }
  if (r < 0x250) return std::string(raw);  // rest of Latin extended: as is
  if ((r >= 0x2000 && r <= 0x206F) || (r >= 0x3000 && r <= 0x303F) ||
      (r >= 0xFE30 && r <= 0xFE6F) || (r >= 0xFF00 && r <= 0xFF20) ||
      r == kBadRune) {
    return "";  // punctuation blocks
  }
  if (r >= 0x410 && r <= 0x42F) r += 0x20;  // Cyrillic capitals
  if (r >= 0x400 && r <= 0x40F) r += 0x50;
  if (r >= 0x400 && r <= 0x4FF) {
    std::string out;
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
    return out;
  }
  return std::string(raw);
}

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// Applies the transliteration rules to a lowercased, folded word.
std::string Transliterate(std::string word, bool as_prefix) {
  if (!as_prefix && word.size() > 1 &&
      (word.back() == 'y' || word.back() == 'j')) {
    word.back() = 'i';
  }
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == 'k' && i + 1 < word.size() && word[i + 1] == 'h') {
      continue;  // "kh" -> "h"
    }
    if (c == 'y') c = 'j';
    if (IsAsciiLetter(c) && !out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

}  // namespace

std::string MatchKey(absl::string_view word, bool as_prefix) {
  std::string folded;
  size_t pos = 0;
  while (pos < word.size()) {
    size_t len = 1;
    const char32_t r = DecodeRune(word, pos, &len);
    folded += FoldRune(r, word.substr(pos, len));
    pos += len;
  }
  return Transliterate(std::move(folded), as_prefix);
}

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  Token current;
  std::string folded;
  bool in_word = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = 1;
    const char32_t r = DecodeRune(text, pos, &len);
    std::string piece = FoldRune(r, text.substr(pos, len));
    if (!piece.empty()) {
      if (!in_word) {
        current.begin = static_cast<uint32_t>(pos);
        folded.clear();
        in_word = true;
      }
      folded += piece;
    } else if (in_word) {
      current.end = static_cast<uint32_t>(pos);
      current.key = Transliterate(folded, /*as_prefix=*/false);
      tokens.push_back(current);
      in_word = false;
    }
    pos += len;
  }
  if (in_word) {
    current.end = static_cast<uint32_t>(text.size());
    current.key = Transliterate(folded, /*as_prefix=*/false);
    tokens.push_back(current);
  }
  return tokens;
}

bool OnlyJoinersBetween(absl::string_view text, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end && i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace checker
