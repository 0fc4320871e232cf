#include "checker/link/counted_noun.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace checker {
namespace {

struct Word {
  std::string lower;
  uint32_t begin = 0;
  uint32_t end = 0;
};

bool IsWordByte(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c));
}

// Up to `max` words after `pos`, separated only by spaces or hyphens (any
// other punctuation ends the run). "per cent" and "%": not read here.
std::vector<Word> WordsAfter(absl::string_view text, uint32_t pos,
                             uint32_t limit, int max) {
  std::vector<Word> words;
  limit = std::min<uint32_t>(limit, static_cast<uint32_t>(text.size()));
  while (pos < limit && static_cast<int>(words.size()) < max) {
    uint32_t p = pos;
    while (p < limit && (text[p] == ' ' || text[p] == '-')) ++p;
    if (p >= limit || !IsWordByte(text[p])) break;
    Word w;
    w.begin = p;
    while (p < limit && IsWordByte(text[p])) ++p;
    w.end = p;
    w.lower = absl::AsciiStrToLower(text.substr(w.begin, p - w.begin));
    words.push_back(std::move(w));
    pos = p;
  }
  return words;
}

bool CurrencyBefore(absl::string_view text, uint32_t begin) {
  if (begin >= 1 && text[begin - 1] == '$') return true;
  // "€" and "£" in UTF-8.
  auto ends_with = [&](absl::string_view sign) {
    return begin >= sign.size() &&
           text.substr(begin - sign.size(), sign.size()) == sign;
  };
  return ends_with("\xE2\x82\xAC") || ends_with("\xC2\xA3");
}

}  // namespace

CountedNoun FindCountedNoun(absl::string_view text, uint32_t figure_begin,
                            uint32_t figure_end, uint32_t limit) {
  CountedNoun noun;
  noun.end = figure_end;
  if (CurrencyBefore(text, figure_begin)) {
    noun.head.assign(1, '$');
    noun.kind = NounKind::kUnit;
    return noun;
  }
  std::vector<Word> words = WordsAfter(text, figure_end, limit, 6);
  size_t i = 0;
  // "3,000 of the survivors", "500 of them children".
  if (i < words.size() && words[i].lower == "of") {
    ++i;
    if (i < words.size() &&
        (words[i].lower == "the" || words[i].lower == "them" ||
         words[i].lower == "these" || words[i].lower == "those" ||
         words[i].lower == "whom")) {
      ++i;
    }
  }
  // A short run of content words; the last listed one is the head
  // ("Japanese prisoners", "mass graves"), else the first word.
  int head = -1;
  bool unknown_first = false;
  for (size_t j = i; j < words.size() && j < i + 3; ++j) {
    const NounKind kind = KindOfNoun(words[j].lower);
    if (kind == NounKind::kNone) break;  // a function word
    if (kind == NounKind::kUnknown) {
      if (j == i) unknown_first = true;
      continue;
    }
    head = static_cast<int>(j);
    if (kind == NounKind::kUnit) break;  // "tons of TNT": the unit decides
  }
  if (head < 0) {
    if (unknown_first) {
      noun.head = words[i].lower;
      noun.kind = NounKind::kUnknown;
      noun.end = words[i].end;
    }
    return noun;
  }
  noun.head = words[head].lower;
  noun.kind = KindOfNoun(noun.head);
  noun.end = words[head].end;
  // "2 square kilometers": the unit is both words.
  if (noun.head == "square" && head + 1 < static_cast<int>(words.size())) {
    noun.head = absl::StrCat(noun.head, " ", words[head + 1].lower);
    noun.end = words[head + 1].end;
    ++head;
  }
  if (noun.kind == NounKind::kUnit &&
      head + 1 < static_cast<int>(words.size()) &&
      words[head + 1].lower == "of") {
    std::vector<absl::string_view> parts;
    for (size_t j = head + 2;
         j < words.size() && j < static_cast<size_t>(head) + 4; ++j) {
      if (KindOfNoun(words[j].lower) == NounKind::kNone) break;
      parts.push_back(words[j].lower);
      noun.end = words[j].end;
    }
    noun.substance = absl::StrJoin(parts, " ");
  }
  return noun;
}

}  // namespace checker
