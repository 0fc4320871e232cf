#include "checker/extract/tokenizer.h"

#include "checker/base/utf8.h"

namespace checker::extract {
namespace {

enum CharClass : uint8_t { kOther, kSpace, kNewline, kLetter, kDigit };

struct AsciiClasses {
  CharClass c[128];
  constexpr AsciiClasses() : c() {
    for (int i = 0; i < 128; ++i) c[i] = kOther;
    for (int i = 'a'; i <= 'z'; ++i) c[i] = kLetter;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = kLetter;
    for (int i = '0'; i <= '9'; ++i) c[i] = kDigit;
    c[static_cast<int>(' ')] = c[static_cast<int>('\t')] = kSpace;
    c[static_cast<int>('\r')] = c[static_cast<int>('\f')] = kSpace;
    c[static_cast<int>('\v')] = kSpace;
    c[static_cast<int>('\n')] = kNewline;
  }
};
constexpr AsciiClasses kAscii;

// ASCII letters to lowercase; 0 for every other byte.
struct LowerTable {
  char c[256];
  constexpr LowerTable() : c() {
    for (int i = 0; i < 256; ++i) c[i] = 0;
    for (int i = 'a'; i <= 'z'; ++i) c[i] = static_cast<char>(i);
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = static_cast<char>(i + 32);
  }
};
constexpr LowerTable kLower;

constexpr double kPow10[] = {1,    1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                             1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                             1e14, 1e15, 1e16, 1e17, 1e18, 1e19};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Classifies a non-ASCII rune: a space, punctuation (folded into `*punct`),
// or a letter.
CharClass ClassifyRune(char32_t r, char* punct) {
  switch (r) {
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return kSpace;
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return kNewline;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      *punct = '-';
      return kOther;
    case 0x2014:
    case 0x2015:
      *punct = 'M';
      return kOther;
    case 0x00B0:  // °
      *punct = 'o';
      return kOther;
    case 0x2033:  // ″
      *punct = '"';
      return kOther;
    case 0x2265:  // ≥
      *punct = 'G';
      return kOther;
    case 0x2264:  // ≤
      *punct = 'L';
      return kOther;
    case 0x223C:  // ∼
      *punct = '~';
      return kOther;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
      *punct = '\'';
      return kOther;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
      *punct = '"';
      return kOther;
    case 0x2026:
      *punct = '.';
      return kOther;
    case 0x00A7:
      *punct = 'S';  // section sign
      return kOther;
    default:
      break;
  }
  if (r < 0x00C0 || (r >= 0x2000 && r < 0x2C00) ||
      (r >= 0x3000 && r < 0x3040)) {
    *punct = '?';
    return kOther;
  }
  return kLetter;
}

// A thin space, NBSP or narrow NBSP used as a digit group separator.
size_t GroupSpaceLength(absl::string_view s, size_t i) {
  if (s.size() >= i + 2 && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;
  if (s.size() >= i + 3 && s[i] == '\xE2' && s[i + 1] == '\x80' &&
      (s[i + 2] == '\x89' || s[i + 2] == '\xAF')) {
    return 3;
  }
  return 0;
}

// Exactly three digits at `i`, not followed by another digit.
bool ThreeDigitsAt(absl::string_view s, size_t i) {
  return s.size() >= i + 3 && IsDigit(s[i]) && IsDigit(s[i + 1]) &&
         IsDigit(s[i + 2]) && (s.size() == i + 3 || !IsDigit(s[i + 3]));
}

// A currency sign just before byte `i`: "$", "£", "€".
bool CurrencyBefore(absl::string_view s, size_t i) {
  if (i >= 1 && s[i - 1] == '$') return true;
  if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA3") return true;
  return i >= 3 && s.substr(i - 3, 3) == "\xE2\x82\xAC";
}

// ", 000" after a group: a comma, one space, then three digits starting
// with 0. A count never starts with 0, so this is a damaged group
// separator ("612, 000"), not a list ("5, 300").
bool DamagedGroupAt(absl::string_view s, size_t i) {
  return s.size() >= i + 5 && s[i] == ',' && s[i + 1] == ' ' &&
         s[i + 2] == '0' && ThreeDigitsAt(s, i + 2);
}

size_t ScanNumber(absl::string_view s, size_t i, Token* t) {
  uint64_t m = 0;
  int digits = 0;
  const size_t start = i;
  auto take = [&](char c) {
    if (digits < 19) m = m * 10 + static_cast<uint64_t>(c - '0');
    ++digits;
  };
  while (i < s.size() && IsDigit(s[i])) take(s[i++]);
  t->int_digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
  const int first_group = digits;
  bool comma = false;  // "10,087": then a plain space does not group
  for (;;) {
    if (i >= s.size()) break;
    if (s[i] == ',' && ThreeDigitsAt(s, i + 1)) {
      comma = true;
      for (int k = 1; k <= 3; ++k) take(s[i + k]);
      i += 4;
    } else if (first_group <= 3 && DamagedGroupAt(s, i)) {
      comma = true;
      for (int k = 2; k <= 4; ++k) take(s[i + k]);
      i += 5;
    } else if (size_t g = GroupSpaceLength(s, i) +
                          (s[i] == ' ' && first_group <= 3 && !comma ? 1 : 0);
               g && ThreeDigitsAt(s, i + g)) {
      for (size_t k = g; k < g + 3; ++k) take(s[i + k]);
      i += g + 3;
    } else {
      break;
    }
    t->grouped = true;
  }
  if (digits != t->int_digits) t->int_digits = static_cast<uint8_t>(digits);
  if (i + 1 < s.size() && s[i] == '.' && IsDigit(s[i + 1])) {
    ++i;
    int decimals = 0;
    while (i < s.size() && IsDigit(s[i])) take(s[i++]), ++decimals;
    t->decimals = static_cast<uint8_t>(decimals > 19 ? 19 : decimals);
  }
  if (digits > 18) t->grouped = true, t->long_word = true;  // too long
  t->mantissa = m;
  // Suffixes: "26th", "1950s", "1920's", "1950S".
  auto letter_at = [&](size_t k) {
    return k < s.size() && IsAsciiLetter(s[k]);
  };
  if (letter_at(i)) {
    size_t k = i;
    while (letter_at(k)) ++k;
    const absl::string_view suf = s.substr(i, k - i);
    auto lower_eq = [&](absl::string_view a) {
      if (suf.size() != a.size()) return false;
      for (size_t j = 0; j < a.size(); ++j) {
        if ((suf[j] | 0x20) != a[j]) return false;
      }
      return true;
    };
    if (lower_eq("st") || lower_eq("nd") || lower_eq("rd") || lower_eq("th")) {
      t->suffix = NumberSuffix::kOrdinal;
      return k;
    }
    if (lower_eq("s")) {
      t->suffix = NumberSuffix::kPlural;
      return k;
    }
    // Magnitudes: "70k", "100K", "2.6M", "4.5bn", "£2.5m".
    const bool big_m = suf == "M" || suf == "MM";
    if (lower_eq("k") || big_m || lower_eq("bn") || lower_eq("mn") ||
        (suf == "m" && CurrencyBefore(s, start))) {
      t->suffix = NumberSuffix::kMagnitude;
      t->exponent = lower_eq("k") ? 3 : lower_eq("bn") ? 9 : 6;
      return k;
    }
  } else if (i + 1 < s.size() && s[i] == '\'' && (s[i + 1] | 0x20) == 's' &&
             !letter_at(i + 2)) {
    t->suffix = NumberSuffix::kPlural;
    return i + 2;
  } else if (s.substr(i, 4) == "\xE2\x80\x99s" && !letter_at(i + 4)) {
    t->suffix = NumberSuffix::kPlural;
    return i + 4;
  }
  return i;
}

}  // namespace

double Token::value() const {
  return static_cast<double>(mantissa) / kPow10[decimals];
}

void Tokenize(absl::string_view chunk, uint32_t base, std::vector<Token>* out) {
  const absl::string_view s = chunk;
  out->clear();
  bool space = false;
  bool line_start = true;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    CharClass cls;
    char punct = 0;
    size_t len = 1;
    if (c < 0x80) {
      cls = kAscii.c[c];
      punct = static_cast<char>(c);
    } else {
      char32_t r = 0;
      len = DecodeRune(s.substr(i), &r);
      if (len == 0) len = 1;  // not reached on valid input
      cls = ClassifyRune(r, &punct);
    }
    if (cls == kSpace || cls == kNewline) {
      space = true;
      line_start = line_start || cls == kNewline;
      i += len;
      continue;
    }
    Token& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(base + i);
    t.space_before = space;
    t.line_start = line_start;
    space = line_start = false;
    if (cls == kDigit) {
      t.type = TokenType::kNumber;
      i = ScanNumber(s, i, &t);
    } else if (c == '.' && i + 1 < n && IsDigit(s[i + 1]) &&
               (t.space_before || i == 0 || s[i - 1] == '(' ||
                s[i - 1] == '-' || s[i - 1] == '$')) {
      // ".77": a decimal fraction written without its leading zero.
      t.type = TokenType::kNumber;
      t.leading_point = true;
      size_t j = i + 1;
      uint64_t m = 0;
      int decimals = 0;
      while (j < n && IsDigit(s[j])) {
        if (decimals < 19) m = m * 10 + static_cast<uint64_t>(s[j] - '0');
        ++decimals, ++j;
      }
      t.mantissa = m;
      t.decimals = static_cast<uint8_t>(decimals > 19 ? 19 : decimals);
      i = j;
    } else if (cls == kLetter) {
      t.type = TokenType::kWord;
      t.upper = c >= 'A' && c <= 'Z';
      size_t j = i;
      int wl = 0;
      while (j < n) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        char lowered = kLower.c[d];
        size_t dl = 1;
        if (lowered == 0) {
          if (d == '\'' && j + 1 < n && IsAsciiLetter(s[j + 1]) && j > i) {
            lowered = '\'';
          } else if (d < 0x80) {
            break;
          } else {
            char32_t r = 0;
            char p = 0;
            dl = DecodeRune(s.substr(j), &r);
            if (dl == 0) break;
            const bool apostrophe =
                r == 0x2019 && j + 3 < n && IsAsciiLetter(s[j + 3]);
            if (!apostrophe && ClassifyRune(r, &p) != kLetter) break;
            if (!apostrophe) t.long_word = true;  // non-ASCII: no table entry
            lowered = apostrophe ? '\'' : static_cast<char>(d);
          }
        }
        if (wl < Token::kMaxWord) {
          t.lower[wl++] = lowered;
        } else {
          t.long_word = true;
        }
        j += dl;
      }
      t.len = static_cast<uint8_t>(wl);
      if (!t.long_word) t.info = LookupWord(t.word());
      i = j;
    } else {
      t.type = TokenType::kPunct;
      t.punct = punct;
      i += len;
    }
    t.end = static_cast<uint32_t>(base + i);
  }
}

}  // namespace checker::extract
