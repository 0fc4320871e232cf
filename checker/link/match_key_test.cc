#include "checker/link/match_key.h"

#include <string>
#include <vector>

#include "checker/link/phrase_index.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

struct KeyRow {
  int line;
  const char* a;
  const char* b;
  bool same;
};

// Pairs of spellings that must (or must not) share a match key.
const KeyRow kKeyRows[] = {
    {__LINE__, "Kengir", "KENGIR", true},
    {__LINE__, "Kengír", "Kengir", true},
    {__LINE__, "Lavrentiy", "Lavrenty", true},
    {__LINE__, "Lavrentii", "Lavrentij", true},
    {__LINE__, "Lavrentiy", "Lavrenti", true},
    {__LINE__, "Khrushchev", "Hrushchev", true},
    {__LINE__, "Yakov", "Jakov", true},
    {__LINE__, "Ossipov", "Osipov", true},
    {__LINE__, "Dostoevskiy", "Dostoevsky", true},
    {__LINE__, "Gröning", "Groning", true},
    {__LINE__, "Żukow", "Zukow", true},
    {__LINE__, "ЛАГЕРЬ", "лагерь", true},
    // Conservative: different words stay different.
    {__LINE__, "Beria", "Berija", false},
    {__LINE__, "Kengir", "Kenger", false},
    {__LINE__, "Stalin", "Stalino", false},
    {__LINE__, "1000", "100", false},
    {__LINE__, "Norilsk", "Norilag", false},
};

TEST(MatchKeyTest, SpellingVariantsShareAKey) {
  for (const KeyRow& row : kKeyRows) {
    EXPECT_EQ(MatchKey(row.a) == MatchKey(row.b), row.same)
        << "line " << row.line << ": " << row.a << " -> " << MatchKey(row.a)
        << ", " << row.b << " -> " << MatchKey(row.b);
  }
}

TEST(MatchKeyTest, TokenizeSplitsPossessivesAndKeepsByteSpans) {
  const std::string text = "Kengir\xE2\x80\x99s camp, the Kengír camp";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].key, "kengir");
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 6u);
  EXPECT_EQ(tokens[1].key, "s");
  EXPECT_EQ(tokens[4].key, "kengir");
  EXPECT_EQ(text.substr(tokens[4].begin, tokens[4].end - tokens[4].begin),
            "Keng\xC3\xADr");
}

TEST(MatchKeyTest, InvalidUtf8IsASeparatorNotACrash) {
  std::vector<Token> tokens = Tokenize(
      "ab\xFF"
      "cd");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].begin, 3u);
}

// Spans of every hit of `index` in `text`, as "phrase@begin".
std::vector<std::string> Hits(const PhraseIndex& index,
                              const std::string& text) {
  std::vector<std::string> out;
  for (const PhraseHit& hit : index.FindAll(text, Tokenize(text))) {
    out.push_back(hit.phrase + "@" + std::to_string(hit.begin));
  }
  return out;
}

TEST(PhraseIndexTest, MatchesOnWordBoundariesIgnoringCaseAndPossessive) {
  PhraseIndex index;
  index.Add("Stalin", 0);
  EXPECT_EQ(Hits(index, "After Stalin's death; De-Stalinization; STALIN."),
            (std::vector<std::string>{"Stalin@6", "Stalin@40"}));
}

TEST(PhraseIndexTest, LeadingTheOfANameIsOptional) {
  PhraseIndex index;
  index.Add("the Kengir uprising", 0);
  EXPECT_EQ(Hits(index, "during Kengir uprising"),
            (std::vector<std::string>{"the Kengir uprising@7"}));
}

TEST(PhraseIndexTest, LongestPhraseWinsAndWordsMustBeAdjacent) {
  PhraseIndex index;
  index.Add("death", 1);
  index.Add("death toll", 2);
  EXPECT_EQ(Hits(index, "the death toll; the death, toll"),
            (std::vector<std::string>{"death toll@4", "death@20"}));
}

TEST(PhraseIndexTest, StarMatchesWordsStartingWithTheStem) {
  PhraseIndex index;
  index.Add("execut*", 0);
  EXPECT_EQ(
      Hits(index, "executed; the execution; executive; exec"),
      (std::vector<std::string>{"execut*@0", "execut*@14", "execut*@25"}));
}

TEST(PhraseIndexTest, SamePhraseCollectsEveryPayload) {
  PhraseIndex index;
  index.Add("died", 1);
  index.Add("Died", 7);
  std::vector<PhraseHit> hits = index.FindAll("he died", Tokenize("he died"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].payload, (std::vector<int>{1, 7}));
}

}  // namespace
}  // namespace checker
