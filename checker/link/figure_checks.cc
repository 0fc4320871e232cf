#include "checker/link/figure_checks.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "checker/link/counted_noun.h"

namespace checker {
namespace {

bool IsDigit(char c) {
  return absl::ascii_isdigit(static_cast<unsigned char>(c));
}
bool IsAlpha(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c));
}

bool AllDigits(absl::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

bool NextToAngleSign(absl::string_view text, const Mention& m) {
  absl::string_view after = text.substr(m.end);
  for (absl::string_view sign : {"\xC2\xB0", "\xE2\x80\xB2", "\xE2\x80\xB3"}) {
    if (absl::StartsWith(after, sign)) return true;
    if (m.begin >= sign.size() &&
        text.substr(m.begin - sign.size(), sign.size()) == sign) {
      return true;
    }
  }
  return false;
}

bool TimeOfDay(absl::string_view text, const Mention& m) {
  const bool colon_after =
      m.end + 1 < text.size() && text[m.end] == ':' && IsDigit(text[m.end + 1]);
  const bool colon_before =
      m.begin >= 2 && text[m.begin - 1] == ':' && IsDigit(text[m.begin - 2]);
  return colon_after || colon_before;
}

bool FootnoteMarker(absl::string_view text, const Mention& m) {
  absl::string_view body = text.substr(m.begin, m.end - m.begin);
  if (!AllDigits(body) || body.size() > 3 || m.begin == 0) return false;
  uint32_t b = m.begin;
  const bool after_stop = text[b - 1] == '.' && b >= 2;
  if (after_stop) --b;
  if (!IsAlpha(text[b - 1])) return false;
  // "Killed312" on a line of its own is an infobox label and its value.
  if (!after_stop) {
    uint32_t w = b;
    while (w > 0 && IsAlpha(text[w - 1])) --w;
    if (w == 0 || text[w - 1] == '\n') return false;
  }
  return m.end >= text.size() || text[m.end] == ' ' || text[m.end] == '\n';
}

// The word ending right before `end` (skipping spaces and "No."), with
// whether it is capitalised and the sentence's first word.
bool IdentifierLabel(absl::string_view text, const Mention& m,
                     TextSpan sentence) {
  absl::string_view body = text.substr(m.begin, m.end - m.begin);
  if (!AllDigits(body) || body.size() > 4) return false;
  uint32_t p = m.begin;
  if (p == 0 || text[p - 1] != ' ') return false;
  --p;
  uint32_t word_end = p;
  uint32_t word_begin = word_end;
  while (word_begin > sentence.begin && IsAlpha(text[word_begin - 1])) {
    --word_begin;
  }
  if (word_begin == word_end) {
    // "No. 10": an abbreviation before.
    if (word_end >= 3 && text[word_end - 1] == '.' &&
        absl::EqualsIgnoreCase(text.substr(word_end - 3, 2), "no")) {
      return true;
    }
    return false;
  }
  if (!absl::ascii_isupper(static_cast<unsigned char>(text[word_begin]))) {
    return false;
  }
  if (word_begin == sentence.begin) return false;
  const std::string word =
      absl::AsciiStrToLower(text.substr(word_begin, word_end - word_begin));
  // A counted noun after the number makes it a figure ("Quebec 1023 km").
  const CountedNoun noun = FindCountedNoun(text, m.begin, m.end, sentence.end);
  if (noun.kind != NounKind::kNone) return false;
  // Hedges and month names are not labels ("About 600", "June 26").
  for (absl::string_view not_label : {"about",
                                      "some",
                                      "over",
                                      "nearly",
                                      "almost",
                                      "around",
                                      "approximately",
                                      "january",
                                      "february",
                                      "march",
                                      "april",
                                      "may",
                                      "june",
                                      "july",
                                      "august",
                                      "september",
                                      "october",
                                      "november",
                                      "december",
                                      "jan",
                                      "feb",
                                      "mar",
                                      "apr",
                                      "jun",
                                      "jul",
                                      "aug",
                                      "sep",
                                      "sept",
                                      "oct",
                                      "nov",
                                      "dec",
                                      "in",
                                      "on",
                                      "of",
                                      "by",
                                      "since",
                                      "until"}) {
    if (word == not_label) return false;
  }
  return true;
}

bool ConversionInParentheses(absl::string_view text, const Mention& m,
                             TextSpan sentence,
                             const std::vector<TextSpan>& figures) {
  uint32_t p = m.begin;
  while (p > sentence.begin && text[p - 1] == ' ') --p;
  // "(1.2 mph or 1.9 km/h)": the opening parenthesis may be further back.
  uint32_t open = p;
  while (open > sentence.begin && open + 40 > m.begin &&
         text[open - 1] != '(' && text[open - 1] != ')') {
    --open;
  }
  if (open == sentence.begin || text[open - 1] != '(') return false;
  const CountedNoun noun = FindCountedNoun(text, m.begin, m.end, sentence.end);
  if (noun.kind != NounKind::kUnit) return false;
  const uint32_t paren = open - 1;
  auto it = std::lower_bound(
      figures.begin(), figures.end(), sentence.begin,
      [](const TextSpan& f, uint32_t value) { return f.begin < value; });
  for (; it != figures.end() && it->begin < paren; ++it) {
    if (it->end <= paren && it->end + 40 >= paren) return true;
  }
  // "one knot (1.9 km/h)": a number word and unit before the parenthesis.
  const CountedNoun before_unit = [&] {
    uint32_t w = paren;
    while (w > sentence.begin && text[w - 1] == ' ') --w;
    uint32_t wb = w;
    while (wb > sentence.begin && IsAlpha(text[wb - 1])) --wb;
    CountedNoun n;
    n.kind = KindOfNoun(absl::AsciiStrToLower(text.substr(wb, w - wb)));
    return n;
  }();
  return before_unit.kind == NounKind::kUnit;
}

}  // namespace

std::string NotAClaimReason(absl::string_view text, const Mention& m,
                            TextSpan sentence,
                            const std::vector<TextSpan>& figures) {
  if (m.kind != MentionKind::kQuantity && m.kind != MentionKind::kDate) {
    return "";
  }
  if (NextToAngleSign(text, m)) return "a coordinate or angle, not a claim";
  if (TimeOfDay(text, m)) return "a time of day, not a count";
  if (m.kind == MentionKind::kDate) return "";
  if (FootnoteMarker(text, m)) return "a footnote marker glued to a word";
  if (IdentifierLabel(text, m, sentence)) {
    return "an identifier after a capitalised name, not a count";
  }
  if (ConversionInParentheses(text, m, sentence, figures)) {
    return "a unit conversion in parentheses of the figure before it";
  }
  return "";
}

bool ReadAsCount(absl::string_view text, const Mention& m,
                 const Vocabulary& vocabulary,
                 const std::vector<PhraseHit>& cue_hits) {
  if (m.kind != MentionKind::kDate || m.precision != MentionPrecision::kYear) {
    return false;
  }
  absl::string_view body = text.substr(m.begin, m.end - m.begin);
  // The extractor may have taken a hedge into the date ("Appx. 1500",
  // "c. 1950"): look at the four digits, and at the words before the hedge.
  const bool hedged =
      !m.hedge.empty() && body.size() > 5 && body[body.size() - 5] == ' ';
  if (hedged) body.remove_prefix(body.size() - 4);
  if (body.size() != 4 || !AllDigits(body)) return false;
  const uint32_t digits_begin = m.end - 4;
  // A date preposition before it keeps it a year ("in 1917", "in about
  // 1950").
  std::string before = absl::AsciiStrToLower(text.substr(
      m.begin >= 12 ? m.begin - 12 : 0, std::min<uint32_t>(m.begin, 12)));
  for (absl::string_view prep :
       {" in ", " of ", " since ", " until ", " by ", " from ", " to ", " the ",
        " during ", " year ", "(", "-"}) {
    if (absl::EndsWith(absl::StrCat(" ", before), prep)) return false;
  }
  absl::StripTrailingAsciiWhitespace(&before);
  // A hedge inside the date is no evidence on its own: "c. 1950" is a year.
  // What the figure counts, or a cue right after it, decides.
  if (!hedged &&
      (absl::EndsWith(before, ">") || absl::EndsWith(before, "<") ||
       absl::EndsWith(before, "appx.") || absl::EndsWith(before, "approx.") ||
       absl::EndsWith(before, "about") || absl::EndsWith(before, "some") ||
       absl::EndsWith(before, "over") || absl::EndsWith(before, "nearly"))) {
    return true;
  }
  const CountedNoun noun = FindCountedNoun(text, digits_begin, m.end,
                                           static_cast<uint32_t>(text.size()));
  if (noun.kind == NounKind::kPeople) return true;
  // A quantity cue right after it ("1500 Killed outright", "2000 total dead").
  auto first = std::lower_bound(
      cue_hits.begin(), cue_hits.end(), m.end,
      [](const PhraseHit& h, uint32_t value) { return h.begin < value; });
  for (auto it = first; it != cue_hits.end(); ++it) {
    const PhraseHit& hit = *it;
    if (hit.begin > m.end + 8) break;
    absl::string_view gap = text.substr(m.end, hit.begin - m.end);
    const bool short_gap = std::all_of(
        gap.begin(), gap.end(), [](char c) { return c == ' ' || IsAlpha(c); });
    if (!short_gap) continue;
    for (int payload : hit.payload) {
      if (vocabulary.attributes[payload / 2].value_kind() == VALUE_QUANTITY &&
          payload % 2 == 0) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace checker
