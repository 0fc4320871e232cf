#include "checker/link/quote.h"

#include <algorithm>

namespace checker {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Start of the word before `pos` (skipping spaces), not before `floor`.
uint32_t PreviousWordStart(absl::string_view text, uint32_t pos,
                           uint32_t floor) {
  while (pos > floor && IsSpace(text[pos - 1])) --pos;
  while (pos > floor && !IsSpace(text[pos - 1])) --pos;
  return pos;
}

// End of the word after `pos` (skipping spaces), not after `ceiling`.
uint32_t NextWordEnd(absl::string_view text, uint32_t pos, uint32_t ceiling) {
  while (pos < ceiling && IsSpace(text[pos])) ++pos;
  while (pos < ceiling && !IsSpace(text[pos])) ++pos;
  return pos;
}

// The sentence without surrounding spaces.
TextSpan Trimmed(absl::string_view text, TextSpan s) {
  while (s.begin < s.end && IsSpace(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

}  // namespace

QuoteSelector MakeQuote(absl::string_view text, TextSpan sentence,
                        TextSpan figure) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  figure.end = std::min(figure.end, size);
  figure.begin = std::min(figure.begin, figure.end);
  sentence = Trimmed(text, sentence);
  if (sentence.begin > figure.begin || sentence.end < figure.end) {
    sentence = figure;
  }
  TextSpan q = figure;
  // Grows one word at a time, right first (the figure's noun), while the
  // quote stays short and is not the whole sentence.
  const auto acceptable = [&](TextSpan next) {
    const bool changed = next.begin != q.begin || next.end != q.end;
    const bool whole = next.begin <= sentence.begin && next.end >= sentence.end;
    return changed && !whole && next.end - next.begin <= kMaxQuoteBytes;
  };
  bool right_open = true;
  bool left_open = true;
  while (right_open || left_open) {
    if (right_open) {
      TextSpan next{q.begin, NextWordEnd(text, q.end, sentence.end)};
      right_open = acceptable(next);
      if (right_open) q = next;
    }
    if (left_open) {
      TextSpan next{PreviousWordStart(text, q.begin, sentence.begin), q.end};
      left_open = acceptable(next);
      if (left_open) q = next;
    }
  }
  QuoteSelector out;
  out.begin = q.begin;
  out.quote = std::string(text.substr(q.begin, q.end - q.begin));
  uint32_t prefix_begin = q.begin > kContextBytes ? q.begin - kContextBytes : 0;
  while (prefix_begin < q.begin && IsContinuationByte(text[prefix_begin])) {
    ++prefix_begin;
  }
  out.prefix = std::string(text.substr(prefix_begin, q.begin - prefix_begin));
  uint32_t suffix_end = std::min(size, q.end + kContextBytes);
  while (suffix_end > q.end && suffix_end < size &&
         IsContinuationByte(text[suffix_end])) {
    --suffix_end;
  }
  out.suffix = std::string(text.substr(q.end, suffix_end - q.end));
  return out;
}

}  // namespace checker
