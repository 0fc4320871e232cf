#include "checker/text/document.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/base/utf8.h"

namespace checker {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// U+FEFF, the byte order mark some editors put at the start of a file: an
// invisible character, never part of a sentence or paragraph.
constexpr absl::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Shrinks [begin, end) so it neither starts nor ends with whitespace (or
// a byte order mark).
TextSpan Trim(absl::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end &&
         (absl::ascii_isspace(text[begin]) ||
          (end - begin >= 3 && text.substr(begin, 3) == kByteOrderMark))) {
    begin += absl::ascii_isspace(text[begin]) ? 1 : 3;
  }
  while (end > begin && absl::ascii_isspace(text[end - 1])) --end;
  return TextSpan{begin, end};
}

// True when the line starting at `pos` holds only blanks.
bool LineIsBlank(absl::string_view text, size_t pos, size_t* next_line) {
  size_t i = pos;
  while (i < text.size() && IsBlank(text[i])) ++i;
  const bool blank = i >= text.size() || text[i] == '\n';
  size_t eol = text.find('\n', pos);
  *next_line = eol == absl::string_view::npos ? text.size() : eol + 1;
  return blank;
}

bool HasBlankLine(absl::string_view text) {
  size_t pos = 0;
  bool seen_text = false;
  while (pos < text.size()) {
    size_t next;
    const bool blank = LineIsBlank(text, pos, &next);
    if (blank && seen_text && next < text.size()) return true;
    seen_text = seen_text || !blank;
    pos = next;
  }
  return false;
}

// Abbreviations after which a period does not end a sentence (lowercase).
constexpr absl::string_view kAbbreviations[] = {
    "p",   "pp",  "gen",    "col",  "lt",   "maj", "capt", "sgt",
    "mr",  "mrs", "ms",     "dr",   "prof", "st",  "no",   "nos",
    "vol", "op",  "cit",    "ibid", "cf",   "ed",  "eds",  "trans",
    "c",   "ca",  "approx", "appx", "est",  "fig", "jan",  "feb",
    "mar", "apr", "jun",    "jul",  "aug",  "sep", "sept", "oct",
    "nov", "dec", "e.g",    "i.e",  "etc",  "vs",  "u.s",  "u.s.s.r",
    "jr",  "sr",  "gov",    "sen",  "rev",  "art", "ch",   "sec",
};

bool IsAbbreviation(absl::string_view word) {
  if (word.size() == 1 && absl::ascii_isupper(word[0])) return true;  // "I."
  const std::string lower = absl::AsciiStrToLower(word);
  for (absl::string_view a : kAbbreviations) {
    if (lower == a) return true;
  }
  return false;
}

// The word (letters and inner periods) that ends just before `dot`.
absl::string_view WordBefore(absl::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && (absl::ascii_isalpha(text[b - 1]) || text[b - 1] == '.')) {
    --b;
  }
  return text.substr(b, dot - b);
}

bool IsClosing(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

}  // namespace

absl::Status ValidateUtf8(absl::string_view text) {
  const size_t bad = FirstInvalidUtf8(text);
  if (bad == text.size()) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("invalid UTF-8 at byte offset ", bad));
}

std::vector<TextSpan> SplitParagraphs(absl::string_view text) {
  std::vector<TextSpan> out;
  const bool by_blank_lines = HasBlankLine(text);
  size_t pos = 0;
  size_t start = 0;
  bool open = false;
  while (pos < text.size()) {
    size_t next;
    const bool blank = LineIsBlank(text, pos, &next);
    const bool boundary = blank || !by_blank_lines;
    if (!blank && !open) {
      start = pos;
      open = true;
    }
    if (open && boundary) {
      const uint32_t end = static_cast<uint32_t>(blank ? pos : next);
      TextSpan span = Trim(text, static_cast<uint32_t>(start), end);
      if (span.end > span.begin) out.push_back(span);
      open = false;
    }
    pos = next;
  }
  if (open) {
    TextSpan span = Trim(text, static_cast<uint32_t>(start),
                         static_cast<uint32_t>(text.size()));
    if (span.end > span.begin) out.push_back(span);
  }
  return out;
}

std::vector<TextSpan> SplitSentences(absl::string_view text) {
  std::vector<TextSpan> out;
  uint32_t start = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = text[i];
    bool end_here = false;
    size_t after = i + 1;
    if (c == '\n' && i + 1 < n) {
      size_t next;
      end_here = LineIsBlank(text, i + 1, &next);
    } else if (c == '.' || c == '!' || c == '?') {
      while (after < n && IsClosing(text[after])) ++after;
      if (after >= n || !absl::ascii_isspace(text[after])) continue;
      size_t k = after;
      while (k < n && absl::ascii_isspace(text[k])) ++k;
      if (k < n && absl::ascii_islower(text[k])) continue;
      end_here = c != '.' || !IsAbbreviation(WordBefore(text, i));
    }
    if (!end_here) continue;
    TextSpan span = Trim(text, start, static_cast<uint32_t>(after));
    if (span.end > span.begin) out.push_back(span);
    start = static_cast<uint32_t>(after);
  }
  TextSpan span = Trim(text, start, static_cast<uint32_t>(n));
  if (span.end > span.begin) out.push_back(span);
  return out;
}

std::vector<PageMarker> FindPageMarkers(absl::string_view text) {
  std::vector<PageMarker> out;
  size_t pos = 0;
  while ((pos = text.find('{', pos)) != absl::string_view::npos) {
    size_t i = pos + 1;
    if (i < text.size() && text[i] == 'p') {
      ++i;
    } else {
      ++pos;
      continue;
    }
    if (i < text.size() && text[i] == 'p') ++i;
    if (i >= text.size() || text[i] != '.') {
      ++pos;
      continue;
    }
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    const size_t page_begin = i;
    while (i < text.size() &&
           (absl::ascii_isalnum(text[i]) || text[i] == '-')) {
      ++i;
    }
    const size_t page_end = i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (page_end == page_begin || i >= text.size() || text[i] != '}') {
      ++pos;
      continue;
    }
    out.push_back(PageMarker{
        TextSpan{static_cast<uint32_t>(pos), static_cast<uint32_t>(i + 1)},
        std::string(text.substr(page_begin, page_end - page_begin))});
    pos = i + 1;
  }
  return out;
}

std::string PageAt(const std::vector<PageMarker>& markers, uint32_t offset) {
  auto it = std::upper_bound(
      markers.begin(), markers.end(), offset,
      [](uint32_t off, const PageMarker& m) { return off < m.span.begin; });
  if (it == markers.begin()) return "";
  return std::prev(it)->page;
}

}  // namespace checker
