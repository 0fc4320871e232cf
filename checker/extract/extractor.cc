// ExtractMentions: validates UTF-8, cuts the text into paragraph chunks,
// tokenizes each chunk once into a reused buffer and runs the matchers
// left to right. Memory beyond the mentions is bounded by the chunk size.
#include "checker/extract/extractor.h"

#include "checker/extract/hedges.h"
#include "checker/extract/scan.h"
#include "checker/extract/tokenizer.h"
#include "checker/text/document.h"

namespace checker {
namespace {

using extract::HedgeMatch;
using extract::NumberPhrase;
using extract::Scan;
using extract::Token;

// Text is scanned in windows of at most kMaxChunk bytes, so memory stays
// bounded on one-line documents. A window ends after a blank line when one
// comes soon enough; otherwise it is cut mid-paragraph, and the scan stops
// kOverlap bytes before that cut, at a token where no phrase is open: every
// mention starting before that point has the kOverlap bytes after it (far
// more than any figure and the words read after it) inside the window, and
// the next window starts at that token, with kLookBehind tokens before it
// for the matchers that look back ("at first", "the 26th", "-504").
constexpr size_t kMaxChunk = 1 << 16;
constexpr size_t kOverlap = 4096;
constexpr size_t kLookBehind = 8;
static_assert(kOverlap < kMaxChunk / 4);

bool AsciiSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

struct Window {
  size_t end = 0;  // the window is [start, end)
  // Whether `end` cuts a paragraph: scanning must then stop at
  // end - kOverlap (see kOverlap).
  bool cut = false;
};

// The window of text starting at `pos`: to the end of the text or after
// the next blank line when either comes within kMaxChunk bytes; else cut
// at the last ASCII space in the window's second half, or (a run of 32 KiB
// without one) at the last UTF-8 character boundary.
Window WindowAt(absl::string_view text, size_t pos) {
  size_t i = pos;
  const size_t limit = std::min(text.size(), pos + kMaxChunk);
  while (i < limit) {
    const size_t nl = text.find('\n', i);
    if (nl == absl::string_view::npos || nl >= limit) break;
    size_t k = nl + 1;
    while (k < text.size() &&
           (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) {
      ++k;
    }
    if (k < text.size() && text[k] == '\n') return {k + 1, false};
    i = nl + 1;
  }
  if (limit == text.size()) return {limit, false};
  for (size_t at = limit; at > pos + kMaxChunk / 2; --at) {
    if (AsciiSpace(text[at - 1])) return {at, true};
  }
  size_t at = limit;
  while (at > pos + 1 &&
         (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
    --at;  // not inside a UTF-8 sequence
  }
  return {at, true};
}

// Numbers that are labels, not figures: "p. 307", "pp. 287-8", "Article 58",
// "No. 270", "#5". Returns the token after the label's numbers, or 0.
size_t SkipLabel(const Scan& s, size_t i) {
  size_t j = i;
  if (s.Punct(i, '#')) {
    ++j;
  } else if (s.Has(i, extract::kSkipNextNumber)) {
    ++j;
    if (s.Punct(j, '.')) {
      ++j;
    } else if (s.Word(i, "no") || s.Word(i, "n") || s.Word(i, "f")) {
      return 0;
    }
  } else {
    return 0;
  }
  if (!s.Num(j)) return 0;
  ++j;
  while ((s.Punct(j, ',') || s.Punct(j, '-') || s.Word(j, "and")) &&
         s.Num(j + 1) && !s.YearLike(j + 1)) {
    j += 2;
  }
  return j;
}

// Telephone numbers and similar identifiers: three or more digit groups
// joined by hyphens or dots ("650-555-0147", "902.555.0147"), or an area
// code in parentheses before two groups ("(902) 555-0147"); none is a
// figure. Returns the token after the identifier, or 0.
size_t SkipPhoneNumber(const Scan& s, size_t i) {
  size_t j = i;
  if (s.Punct(i, '(') && s.PlainInt(i + 1) && s[i + 1].int_digits == 3 &&
      s.Punct(i + 2, ')')) {
    j = i + 3;
    if (!s.PlainInt(j) || !s.Punct(j + 1, '-') || !s.Joined(j + 1) ||
        !s.PlainInt(j + 2) || !s.Joined(j + 2) || s[j + 2].int_digits != 4) {
      return 0;
    }
    return j + 3;
  }
  if (!s.PlainInt(i) || s[i].int_digits < 2 || s[i].int_digits > 4 ||
      s.YearLike(i)) {
    return 0;
  }
  // Dotted groups: the tokenizer reads "902.555" as a decimal.
  int groups = 1;
  j = i + 1;
  while ((s.Punct(j, '-') || s.Punct(j, '.')) && s.Joined(j) && s.Num(j + 1) &&
         s.Joined(j + 1) && s[j + 1].int_digits >= 2 &&
         s[j + 1].int_digits <= 4 && !s[j + 1].grouped) {
    ++groups;
    j += 2;
  }
  if (groups < 3 || s[j - 1].int_digits != 4 || s[j - 1].decimals != 0) {
    return 0;
  }
  return j;
}

// Geographic coordinates: "44°39′N", "44.65° N 63.57° W", "40°26′46″N":
// a number with a degree sign, optional minutes and seconds, and a compass
// letter. Not figures; returns the token after the coordinate, or 0. A
// temperature ("12°C") is not a coordinate.
size_t SkipCoordinate(const Scan& s, size_t i) {
  if (!s.Num(i) || !s.Punct(i + 1, 'o') || !s.Joined(i + 1)) return 0;
  size_t j = i + 2;
  // Minutes and seconds: "39′", "46″" (or ASCII ' and ").
  while (s.Num(j) && (s.Punct(j + 1, '\'') || s.Punct(j + 1, '"')) &&
         s.Joined(j + 1)) {
    j += 2;
  }
  if (!s.IsWord(j) || s[j].len != 1) return 0;
  const char c = s[j].lower[0];
  if (c != 'n' && c != 's' && c != 'e' && c != 'w') return 0;
  return j + 1;
}

// A footnote marker glued to the end of a sentence: "were released.12"
// (a word, a period and one to three digits, all joined). Not a figure.
bool FootnoteMarker(const Scan& s, size_t i) {
  return i >= 2 && s.PlainInt(i) && s[i].int_digits <= 3 && s.Joined(i) &&
         s.Punct(i - 1, '.') && s.Joined(i - 1) && s.IsWord(i - 2) &&
         !s[i - 2].upper && s[i - 2].len >= 3 &&
         (i + 1 >= s.size() || !s.Joined(i + 1));
}

// "23:00", "6 p.m.", "8 AM", "5 o'clock": times of day are not figures.
size_t SkipTimeOfDay(const Scan& s, size_t i, size_t end) {
  if (s.Num(i) && s.Punct(i + 1, ':') && s.Joined(i + 1) && s.Num(i + 2) &&
      s.Joined(i + 2)) {
    size_t j = i + 3;
    if (s.Has(j, extract::kTimeOfDay)) ++j;
    return j;
  }
  // "1400 hrs" is a time; "1.5 hrs" a length of time.
  if (s.Has(end, extract::kTimeOfDay) &&
      (!s.Word(end, "hrs") ||
       (s.PlainInt(end - 1) && s[end - 1].int_digits == 4))) {
    return end + 1;
  }
  if ((s.Word(end, "a") || s.Word(end, "p")) && s.Punct(end + 1, '.') &&
      s.Word(end + 2, "m")) {
    return s.Punct(end + 3, '.') ? end + 4 : end + 3;
  }
  return 0;
}

// The figure at tokens [i, end) is all there is on its line.
bool AloneOnLine(const Scan& s, size_t i, size_t end) {
  return s[i].line_start && (end >= s.size() || s[end].line_start);
}

// "(6)" or "6." opening a line followed by more text on that line.
bool ListLabel(const Scan& s, size_t i, size_t end) {
  if (end != i + 1) return false;
  if (s[i].line_start && (s.Punct(end, '.') || s.Punct(end, ')')) &&
      end + 1 < s.size() && !s[end + 1].line_start) {
    return true;
  }
  if (i > 0 && s.Punct(i - 1, '(') && s[i - 1].line_start &&
      s.Punct(end, ')')) {
    return true;
  }
  // Footnote labels: "{77. Wittlin", "[3]", and "1954,28" (a note number
  // glued after a comma).
  if (i > 0 && (s.Punct(i - 1, '{') || s.Punct(i - 1, '[')) &&
      (s.Punct(end, '.') || s.Punct(end, ']') || s.Punct(end, '}'))) {
    return true;
  }
  return i > 1 && s.Joined(i) && s.Punct(i - 1, ',') && s.Joined(i - 1) &&
         s.Num(i - 2);
}

// "10 Downing Street": a house number.
bool StreetNumber(const Scan& s, size_t end) {
  static constexpr absl::string_view kStreets[] = {
      "street", "st",        "avenue",   "ave",    "road",  "rd",        "lane",
      "square", "boulevard", "prospekt", "ulitsa", "place", "embankment"};
  for (size_t j = end + 1; j < end + 4 && s.IsWord(j - 1) && s[j - 1].upper;
       ++j) {
    if (!s.IsWord(j) || !s[j].upper) return false;
    for (absl::string_view w : kStreets) {
      if (s[j].word() == w) return true;
    }
  }
  return false;
}

// "fifth", "42nd", "twenty-first": a rank, marked ordinal, when it
// stands for itself ("she finished third."). Before a word it describes
// a thing by its place ("the Sixth Symphony", "the 62nd Army", "the
// first winter"), which is part of a name, not a value.
size_t MatchOrdinal(const Scan& s, size_t i, Mention* m) {
  int64_t value = 0;
  const size_t end = extract::ParseOrdinal(s, i, &value);
  // It must end its sentence or line: "First," and "At first," are
  // discourse markers, 'the first "triumvirate"' describes a noun.
  const bool ends = end >= s.size() || s[end].line_start || s.Punct(end, '.') ||
                    s.Punct(end, ';') || s.Punct(end, '!') ||
                    s.Punct(end, '?') || s.Punct(end, ')');
  if (end == 0 || !ends || (i > 0 && s.Word(i - 1, "at"))) return 0;
  // "a third", "one fifth": a fraction, not a rank.
  if (i > 0 && (s.Word(i - 1, "a") || s.Word(i - 1, "one"))) return 0;
  // "met on the 26th": a day whose month is unknown, not a rank.
  if (i > 1 && s.Word(i - 1, "the") && s.Has(i - 2, extract::kDatePrep)) {
    return 0;
  }
  m->kind = MentionKind::kQuantity;
  m->low = m->high = static_cast<double>(value);
  m->ordinal = true;
  m->alone_on_line = AloneOnLine(s, i, end);
  return end;
}

size_t MatchNumber(const Scan& s, size_t i, Mention* m) {
  NumberPhrase n;
  if (size_t e = MatchOrdinal(s, i, m)) return e;
  if (!extract::ParseNumberPhrase(s, i, &n)) return 0;
  size_t end = n.end;
  m->kind = MentionKind::kQuantity;
  if (s.Word(end, "percent") || s.Word(end, "pct") || s.Punct(end, '%')) {
    m->kind = MentionKind::kPercent, ++end;
  } else if (s.Word(end, "per") && s.Word(end + 1, "cent")) {
    m->kind = MentionKind::kPercent, end += 2;
  }
  if (m->kind == MentionKind::kQuantity &&
      ((n.bare_one && !AloneOnLine(s, i, end)) || ListLabel(s, i, end) ||
       StreetNumber(s, end))) {
    return 0;
  }
  m->low = n.low;
  m->high = n.high;
  m->is_range = n.is_range;
  m->vague = n.vague;
  m->fraction = n.fraction;
  m->alone_on_line = AloneOnLine(s, i, end);
  return end;
}

// A digit or a figure word within the next few tokens: without one, no
// phrase starting at token i can match.
bool FigureAhead(const Scan& s, size_t i) {
  constexpr uint32_t kStarts = extract::kHedgeStart | extract::kMayStartMatch |
                               extract::kSkipNextNumber | extract::kPartOf;
  const bool sign = s.Punct(i, '#') || s.Punct(i, '-') || s.Punct(i, '>') ||
                    s.Punct(i, '<') || s.Punct(i, '~') || s.Punct(i, 'G') ||
                    s.Punct(i, 'L');
  if (!s.Has(i, kStarts) && !sign) return false;
  const size_t stop = std::min(s.size(), i + 5);
  for (size_t j = i + 1; j < stop; ++j) {
    if (s.Num(j) || s.Has(j, extract::kFigureWord)) return true;
  }
  return false;
}

class Extractor {
 public:
  Extractor(absl::string_view text, const ExtractOptions& options)
      : text_(text), options_(options) {}

  // Hands the mentions to `sink` window by window, in text order.
  void Run(absl::FunctionRef<void(Mention&&)> sink) {
    const std::vector<PageMarker> markers = FindPageMarkers(text_);
    size_t mark = 0;
    std::vector<Mention> chunk_mentions;
    // Tokens from `context` on are made; scanning starts at `pos`. After a
    // cut, the token at `context` starts after whitespace, so it and those
    // after it tokenize as they did in the window before; its flags are
    // restored from there (the tokenizer sees no text before it).
    size_t context = 0, pos = 0;
    bool resumed = false, first_line_start = true;
    while (pos < text_.size()) {
      const Window w = WindowAt(text_, pos);
      extract::Tokenize(text_.substr(context, w.end - context),
                        static_cast<uint32_t>(context), &tokens_);
      if (resumed && !tokens_.empty()) {
        tokens_[0].space_before = true;
        tokens_[0].line_start = first_line_start;
      }
      size_t first = 0;
      while (first < tokens_.size() && tokens_[first].begin < pos) ++first;
      const size_t stop_at =
          w.cut && w.end > pos + kOverlap ? w.end - kOverlap : text_.size();
      chunk_mentions.clear();
      const size_t stopped = ScanChunk(first, stop_at, &chunk_mentions);
      for (Mention& m : chunk_mentions) {
        while (mark < markers.size() && markers[mark].span.begin <= m.begin) {
          ++mark;
        }
        if (mark > 0) m.page = markers[mark - 1].page;
        sink(std::move(m));
      }
      if (stopped >= tokens_.size()) {
        context = pos = w.end;
        resumed = false;
        continue;
      }
      pos = tokens_[stopped].begin;
      // Context from the earliest of the kLookBehind tokens before that
      // starts after whitespace: a token glued to the one before it (the
      // "5" of "-5") would tokenize differently on its own.
      size_t c = stopped;
      for (size_t k = stopped; k + kLookBehind > stopped && k > first; --k) {
        if (tokens_[k - 1].space_before) c = k - 1;
      }
      context = tokens_[c].begin;
      first_line_start = tokens_[c].line_start;
      resumed = true;
    }
  }

 private:
  // Scans the tokens from index `first` and returns the index it stopped
  // at: the first token, at the start of a phrase, that begins at or after
  // byte `stop_at` and after a space (so the next window can start there),
  // or tokens_.size().
  size_t ScanChunk(size_t first, size_t stop_at, std::vector<Mention>* out) {
    const Scan s{tokens_, options_, context_, text_};
    size_t i = first;
    while (i < s.size()) {
      if (s[i].begin >= stop_at && s[i].space_before) return i;
      if (size_t skip = SkipLabel(s, i)) {
        i = skip;
        continue;
      }
      if (size_t skip = SkipPhoneNumber(s, i)) {
        i = skip;
        continue;
      }
      if (s.Num(i)) {
        if (size_t skip = SkipTimeOfDay(s, i, i + 1)) {
          i = skip;
          continue;
        }
        if (size_t skip = SkipCoordinate(s, i)) {
          // Both halves: "44°39′N 63°35′W".
          i = skip;
          continue;
        }
        if (FootnoteMarker(s, i)) {
          ++i;
          continue;
        }
      } else if (!s.Has(i, extract::kFigureWord) && !FigureAhead(s, i)) {
        ++i;  // a word no matcher starts with
        continue;
      }
      Mention m;
      const HedgeMatch h = extract::MatchHedge(s, i);
      size_t end = h.end ? MatchFigure(s, h.end, &h, &m) : 0;
      if (end != 0) {
        m.begin = s[i].begin;
        extract::ApplyHedge(h, &m);
      } else {
        m = Mention{};
        end = MatchFigure(s, i, nullptr, &m);
      }
      if (end == 0) {
        ++i;
        continue;
      }
      // A date that could not be placed (no year known) is dropped.
      if (m.kind != MentionKind::kDate || m.earliest) {
        out->push_back(std::move(m));
      }
      i = end;
    }
    return s.size();
  }

  // Tries each family at token i; fills `*m` and returns the end token.
  size_t MatchFigure(const Scan& s, size_t i, const HedgeMatch* h, Mention* m) {
    const bool approx =
        h != nullptr && h->bound == extract::HedgeBound::kApproximate;
    if (h == nullptr || approx) {
      if (size_t end = extract::MatchDate(s, i, approx, m)) return end;
      *m = Mention{};
    }
    size_t end = extract::MatchTimeSpan(s, i, m);
    if (end == 0) {
      *m = Mention{};
      // "minus 12", "negative forty", "-504".
      const bool minus_word = s.Word(i, "minus") || s.Word(i, "negative");
      const bool minus =
          (minus_word && (s.Num(i + 1) || s.Has(i + 1, extract::kCardinal))) ||
          (s.Punct(i, '-') && s.Joined(i + 1) && s.Num(i + 1) &&
           (i == 0 || s[i].space_before));
      end = MatchNumber(s, minus ? i + 1 : i, m);
      if (end == 0) return 0;
      if (SkipTimeOfDay(s, i, end)) return 0;
      if (minus && !m->is_range && m->low && m->high) {
        m->low = -*m->high, m->high = m->low;
      }
    }
    if (m->kind != MentionKind::kDate) {
      m->begin = s[i].begin;
      m->end = s[end - 1].end;
    }
    return end;
  }

  absl::string_view text_;
  const ExtractOptions& options_;
  extract::YearContext context_;
  std::vector<Token> tokens_;
};

}  // namespace

absl::Status ForEachMention(absl::string_view text,
                            const ExtractOptions& options,
                            absl::FunctionRef<void(Mention&&)> sink) {
  if (text.size() > UINT32_MAX) {
    return absl::InvalidArgumentError("text larger than 4 GiB");
  }
  absl::Status utf8 = ValidateUtf8(text);
  if (!utf8.ok()) return utf8;
  Extractor(text, options).Run(sink);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<Mention>> ExtractMentions(
    absl::string_view text, const ExtractOptions& options) {
  std::vector<Mention> out;
  absl::Status status = ForEachMention(
      text, options, [&out](Mention&& m) { out.push_back(std::move(m)); });
  if (!status.ok()) return status;
  return out;
}

}  // namespace checker
