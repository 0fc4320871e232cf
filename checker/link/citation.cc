#include "checker/link/citation.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace checker {
namespace {

constexpr uint32_t kMaxGroup = 240;

// Words that mark a publication reference; matched case-sensitively on word
// starts, as they appear in citations.
constexpr absl::string_view kPublishingWords[] = {
    "Press",     "Publishers", "Publishing", "Books",     "University",
    "Verlag",    "Editions",   "Company",    "ed.",       "eds.",
    "trans.",    "translated", "London",     "New York",  "Oxford",
    "Cambridge", "Moscow",     "Paris",      "Berlin",    "Boston",
    "Chicago",   "Princeton",  "Macmillan",  "Routledge", "Penguin",
};

// The bracket group around [figure): its span, or {0, 0} if none.
TextSpan EnclosingGroup(absl::string_view text, TextSpan paragraph,
                        TextSpan figure) {
  const uint32_t floor = std::max(
      paragraph.begin, figure.begin > kMaxGroup ? figure.begin - kMaxGroup : 0);
  char close = 0;
  uint32_t open = figure.begin;
  while (open > floor) {
    --open;
    const char c = text[open];
    if (c == ')' || c == ']') return {0, 0};
    if (c == '(' || c == '[') {
      close = c == '(' ? ')' : ']';
      break;
    }
  }
  if (close == 0) return {0, 0};
  const uint32_t ceiling = std::min(paragraph.end, open + kMaxGroup);
  for (uint32_t i = figure.end; i < ceiling; ++i) {
    if (text[i] == close) return {open, i + 1};
    if (text[i] == '(' || text[i] == '[') return {0, 0};
  }
  return {0, 0};
}

}  // namespace

bool InBibliographicCitation(absl::string_view text, TextSpan paragraph,
                             TextSpan figure) {
  const TextSpan group = EnclosingGroup(text, paragraph, figure);
  if (group.end == 0) return false;
  absl::string_view inside = text.substr(group.begin, group.end - group.begin);
  if (absl::StrContains(inside, ": ")) return true;
  for (absl::string_view word : kPublishingWords) {
    size_t at = inside.find(word);
    while (at != absl::string_view::npos) {
      const bool word_start =
          at == 0 ||
          !absl::ascii_isalpha(static_cast<unsigned char>(inside[at - 1]));
      if (word_start) return true;
      at = inside.find(word, at + 1);
    }
  }
  return false;
}

}  // namespace checker
