#include "checker/link/phrase_index.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

namespace checker {

void PhraseIndex::Add(absl::string_view phrase, int payload) {
  absl::string_view body = absl::StripAsciiWhitespace(phrase);
  bool prefix = absl::ConsumeSuffix(&body, "*");
  std::vector<Token> words = Tokenize(body);
  if (words.size() > 1 && words[0].key == "the") {
    words.erase(words.begin());
  }
  if (words.empty()) return;
  Entry entry;
  entry.last_is_prefix = prefix;
  entry.phrase = std::string(phrase);
  for (size_t i = 0; i < words.size(); ++i) {
    const bool last = i + 1 == words.size();
    absl::string_view word =
        body.substr(words[i].begin, words[i].end - words[i].begin);
    entry.keys.push_back(last && prefix ? MatchKey(word, true) : words[i].key);
  }
  const std::string joined =
      absl::StrCat(prefix ? "*" : "", absl::StrJoin(entry.keys, " "));
  auto [it, inserted] = by_phrase_.emplace(joined, entries_.size());
  if (!inserted) {
    entries_[it->second].payload.push_back(payload);
    return;
  }
  entry.payload.push_back(payload);
  if (prefix && entry.keys.size() == 1) {
    prefix_first_.push_back(entries_.size());
  } else {
    by_first_[entry.keys[0]].push_back(entries_.size());
  }
  entries_.push_back(std::move(entry));
}

bool PhraseIndex::MatchesAt(const Entry& entry, absl::string_view text,
                            const std::vector<Token>& tokens, size_t start,
                            size_t* end_token) const {
  if (start + entry.keys.size() > tokens.size()) return false;
  for (size_t i = 0; i < entry.keys.size(); ++i) {
    const Token& token = tokens[start + i];
    if (i > 0 &&
        !OnlyJoinersBetween(text, tokens[start + i - 1].end, token.begin)) {
      return false;
    }
    const bool last = i + 1 == entry.keys.size();
    if (last && entry.last_is_prefix) {
      if (!absl::StartsWith(token.key, entry.keys[i])) return false;
    } else if (token.key != entry.keys[i]) {
      return false;
    }
  }
  *end_token = start + entry.keys.size();
  return true;
}

std::vector<PhraseHit> PhraseIndex::FindAll(
    absl::string_view text, const std::vector<Token>& tokens) const {
  std::vector<PhraseHit> hits;
  size_t t = 0;
  while (t < tokens.size()) {
    const Entry* best = nullptr;
    size_t best_end = 0;
    const auto consider = [&](size_t entry_index) {
      const Entry& entry = entries_[entry_index];
      size_t end = 0;
      if (MatchesAt(entry, text, tokens, t, &end) &&
          (best == nullptr || end > best_end)) {
        best = &entry;
        best_end = end;
      }
    };
    if (auto it = by_first_.find(tokens[t].key); it != by_first_.end()) {
      for (size_t e : it->second) consider(e);
    }
    for (size_t e : prefix_first_) consider(e);
    if (best == nullptr) {
      ++t;
      continue;
    }
    hits.push_back(PhraseHit{tokens[t].begin, tokens[best_end - 1].end,
                             best->phrase, best->payload});
    t = best_end;
  }
  return hits;
}

}  // namespace checker
