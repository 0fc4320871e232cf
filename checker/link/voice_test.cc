#include "checker/link/voice.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

struct VoiceRow {
  int line;
  const char* sentence;
  const char* figure;
  const char* expected;  // "voice|cue", or "" for no attribution
};

// One row per attribution form, then sentences that attribute nothing.
const VoiceRow kRows[] = {
    {__LINE__, "Japanese sources claim that only 2,000 men were lost.", "2,000",
     "Japanese sources|claim"},
    {__LINE__,
     "Soviet authorities issued a figure of 37,000 dead for the whole "
     "campaign.",
     "37,000", "Soviet authorities|issued"},
    {__LINE__,
     "An American academic who spent years in the archives estimates the "
     "toll at 1.5 million.",
     "1.5 million", "American academic|estimates"},
    {__LINE__,
     "An American academic, writing in 1991, estimates the toll at 1.5 "
     "million.",
     "1.5 million", "American academic|estimates"},
    {__LINE__, "According to some sources, 900 strikers were shot.", "900",
     "some sources|according to"},
    {__LINE__, "The camp held 12,000 men, according to the regional MVD.",
     "12,000", "regional MVD|according to"},
    {__LINE__, "In 1990, Conquest estimated the number at 7 million.",
     "7 million", "Conquest|estimated"},
    {__LINE__, "Around 60,000 died in the first winter, Polish historians say.",
     "60,000", "Polish historians|say"},
    {__LINE__, "Roughly 1.7 million [Applebaum] died in the camps.",
     "1.7 million", "Applebaum|[...]"},
    {__LINE__, "Deaths reached 1.7 million (Applebaum 2003) in those years.",
     "1.7 million", "Applebaum|(...)"},
    {__LINE__, "\"Forty days we held the zone,\" wrote Ivan Petrov.",
     "Forty days", "Ivan Petrov|wrote"},
    {__LINE__, "Official camp records show 4,200 escapes that year.", "4,200",
     "Official camp records|show"},
    // No attribution.
    {__LINE__, "The government used force and 500 prisoners died.", "500", ""},
    {__LINE__, "The camp had an estimated 3 million inmates in 1938.",
     "3 million", ""},
    {__LINE__, "After 40 days the strike was crushed (p. 307).", "40 days", ""},
    {__LINE__, "Some believe that 10,000 were released.", "10,000", ""},
};

TEST(VoiceTest, AttributionForms) {
  for (const VoiceRow& row : kRows) {
    const std::string text = row.sentence;
    const size_t at = text.find(row.figure);
    ASSERT_NE(at, std::string::npos) << "line " << row.line;
    const TextSpan figure{static_cast<uint32_t>(at),
                          static_cast<uint32_t>(at + strlen(row.figure))};
    std::optional<Voice> voice =
        FindVoice(text, {0, static_cast<uint32_t>(text.size())}, figure);
    const std::string got = voice ? voice->voice + "|" + voice->cue : "";
    EXPECT_EQ(got, row.expected) << "line " << row.line << ": " << text;
  }
}

TEST(VoiceTest, OnlyTheFiguresSentenceCounts) {
  const std::string text =
      "Japanese sources claim otherwise. In all 2,000 men were lost.";
  const size_t at = text.find("2,000");
  const uint32_t sentence_begin = static_cast<uint32_t>(text.find("In all"));
  std::optional<Voice> voice =
      FindVoice(text, {sentence_begin, static_cast<uint32_t>(text.size())},
                {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 5)});
  EXPECT_FALSE(voice.has_value());
}

}  // namespace
}  // namespace checker
