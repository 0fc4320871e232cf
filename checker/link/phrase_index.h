// Finding phrases (entity names, cue words) in a tokenized text.
//
// A phrase is a sequence of words compared by MatchKey, so matching is
// case-insensitive, on word boundaries, and tolerant of diacritics,
// possessives ("Kengir's": the "'s" is a separate word) and the
// transliteration variants MatchKey folds. A leading "the" of a phrase is
// dropped ("the Kengir camp" also finds "Kengir camp"). A phrase ending in
// '*' matches any word starting with its last word ("execut*" finds
// "executed", "execution"). Words of one phrase may be separated only by
// spaces, newlines or hyphens in the text.
//
//   PhraseIndex index;
//   index.Add("Kengir uprising", 0);
//   std::vector<PhraseHit> hits = index.FindAll(text, Tokenize(text));
//
// Immutable after the last Add; FindAll is const and thread-safe.
#ifndef CHECKER_LINK_PHRASE_INDEX_H_
#define CHECKER_LINK_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "checker/link/match_key.h"

namespace checker {

struct PhraseHit {
  uint32_t begin = 0;  // byte span of the matched words in the text
  uint32_t end = 0;
  std::string phrase;        // the phrase as added ("Kengir uprising")
  std::vector<int> payload;  // every payload added under this phrase key
};

class PhraseIndex {
 public:
  // Adds `phrase` with `payload` (an entity or attribute index). Phrases
  // with the same words share one entry and collect every payload. Empty
  // phrases are ignored.
  void Add(absl::string_view phrase, int payload);

  // Every match in `text` (tokens from Tokenize(text)), in text order,
  // non-overlapping, the longest phrase winning at each position.
  std::vector<PhraseHit> FindAll(absl::string_view text,
                                 const std::vector<Token>& tokens) const;

 private:
  struct Entry {
    std::vector<std::string> keys;  // all words but a prefix-last word
    bool last_is_prefix = false;
    std::string phrase;
    std::vector<int> payload;
  };
  // Whether `entry` matches at tokens[start...]; sets *end_token.
  bool MatchesAt(const Entry& entry, absl::string_view text,
                 const std::vector<Token>& tokens, size_t start,
                 size_t* end_token) const;

  std::vector<Entry> entries_;
  absl::flat_hash_map<std::string, size_t> by_phrase_;  // joined keys
  // First word key -> entries; prefix-first entries kept apart.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_first_;
  std::vector<size_t> prefix_first_;
};

}  // namespace checker

#endif  // CHECKER_LINK_PHRASE_INDEX_H_
