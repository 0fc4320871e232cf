// Linking rules: which entity and attribute a mention gets, and why not.
#include "checker/link/linker.h"

#include <string>
#include <vector>

#include "checker/link/link_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::ClaimWithText;
using testing::DateAt;
using testing::DurationAt;
using testing::LinkText;
using testing::MakeEntity;
using testing::QuantityAt;
using testing::Subject;

std::vector<Entity> TestGazetteer() {
  return {
      MakeEntity("kengir_uprising", EVENT, {"Kengir uprising", "Kengir"}),
      MakeEntity("norilsk_uprising", EVENT, {"Norilsk uprising", "Norilsk"}),
      MakeEntity("stalin", PERSON, {"Joseph Stalin", "Stalin"}),
      MakeEntity("beria", PERSON, {"Lavrentiy Beria", "Beria"}),
      MakeEntity("orlov", PERSON, {"Nikolai Orlov", "Orlov"}),
      MakeEntity("japanese_pows", GROUP,
                 {"Japanese prisoners of war", "Japanese POWs"}),
  };
}

class LinkerTest : public ::testing::Test {
 protected:
  std::vector<Claim> Link(const std::string& text,
                          const std::vector<Mention>& mentions) {
    return LinkText(linker_, text, mentions);
  }

  Linker linker_ = *Linker::Create(TestGazetteer(), {});
};

TEST_F(LinkerTest, CueInTheSameClauseBeatsOneElsewhereInTheSentence) {
  const std::string text =
      "Of the 5,000 men who took part in the Kengir uprising, some 600 were "
      "killed.";
  std::vector<Claim> claims = Link(
      text, {QuantityAt(text, "5,000", 5000), QuantityAt(text, "600", 600)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "5,000")),
            "kengir_uprising/participants clause 'took part'");
  EXPECT_EQ(Subject(ClaimWithText(claims, "600")),
            "kengir_uprising/deaths clause 'killed'");
  EXPECT_EQ(ClaimWithText(claims, "600").evidence().entity_name(),
            "Kengir uprising");
}

TEST_F(LinkerTest, CueInTheSentenceWhenTheClauseHasNone) {
  const std::string text =
      "The troops killed, by the commission's count, 640 at Kengir.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "640", 640)});
  EXPECT_EQ(Subject(claims[0]), "kengir_uprising/deaths sentence 'killed'");
}

TEST_F(LinkerTest, CueInThePreviousSentence) {
  const std::string text =
      "Tanks crushed the Kengir uprising and many prisoners were killed. The "
      "commission later gave a figure of 700.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "700", 700)});
  EXPECT_EQ(Subject(claims[0]),
            "kengir_uprising/deaths previous sentence 'killed'");
}

TEST_F(LinkerTest, CueAndNameInTheSectionHeading) {
  const std::string text =
      "(2) The death toll at Kengir\n\nThe commission's final count was "
      "700.\n\nA later study gave 1,100.\n";
  std::vector<Claim> claims = Link(
      text, {QuantityAt(text, "700", 700), QuantityAt(text, "1,100", 1100)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "700")),
            "kengir_uprising/deaths heading 'death toll'");
  EXPECT_EQ(Subject(ClaimWithText(claims, "1,100")),
            "kengir_uprising/deaths heading 'death toll'");
}

TEST_F(LinkerTest, PossessiveAndLeadingTheAreTolerated) {
  const std::string text =
      "Kengir's rebels held out a full 40 days. The revolt in the Kengir camp "
      "ended on 26 June 1954.";
  std::vector<Claim> claims =
      Link(text, {DurationAt(text, "40 days", 40, MentionTimeUnit::kDay, 40),
                  DateAt(text, "26 June 1954", 1954, 6, 26)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "40 days")),
            "kengir_uprising/duration clause 'held out'");
  EXPECT_EQ(ClaimWithText(claims, "40 days").evidence().entity_name(),
            "Kengir");
  EXPECT_EQ(Subject(ClaimWithText(claims, "26 June 1954")),
            "kengir_uprising/end_date clause 'ended'");
}

TEST_F(LinkerTest, TransliterationVariantsOfANameMatch) {
  const std::string text = "Lavrentij Beria was arrested on 26 June 1953.";
  std::vector<Claim> claims =
      Link(text, {DateAt(text, "26 June 1953", 1953, 6, 26)});
  EXPECT_EQ(Subject(claims[0]), "beria/date_of_arrest clause 'arrested'");
  EXPECT_EQ(claims[0].evidence().entity_name(), "Lavrentiy Beria");
}

TEST_F(LinkerTest, DiedWithAPersonAndADateIsDateOfDeath) {
  const std::string text =
      "In the Norilsk uprising 150 strikers died, and Stalin himself had died "
      "on 5 March 1953.";
  std::vector<Claim> claims = Link(
      text,
      {QuantityAt(text, "150", 150), DateAt(text, "5 March 1953", 1953, 3, 5)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "150")),
            "norilsk_uprising/deaths clause 'died'");
  EXPECT_EQ(Subject(ClaimWithText(claims, "5 March 1953")),
            "stalin/date_of_death clause 'died'");
}

TEST_F(LinkerTest, ValueKindMustFitTheAttribute) {
  // "killed" signals a count, never a length of time.
  const std::string text = "At Kengir 40 days of fighting killed hundreds.";
  std::vector<Claim> claims =
      Link(text, {DurationAt(text, "40 days", 40, MentionTimeUnit::kDay, 40)});
  EXPECT_EQ(Subject(claims[0]), "kengir_uprising/duration clause 'days of'");
}

TEST_F(LinkerTest, NearestEntityInTheSentenceWins) {
  const std::string text =
      "The Norilsk strike had ended when, at Kengir, 700 prisoners were "
      "killed.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "700", 700)});
  EXPECT_EQ(claims[0].subject().entity(), "kengir_uprising");
}

TEST_F(LinkerTest, EntityFromThePreviousSentenceThenTheParagraph) {
  const std::string text =
      "Japanese prisoners of war were moved to Siberia. Later, 62,000 of "
      "them died. Their graves were never marked, and 8,000 more were "
      "repatriated only in 1956.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "62,000", 62000),
                                          QuantityAt(text, "8,000", 8000)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "62,000")),
            "japanese_pows/deaths clause 'died'");
  EXPECT_EQ(Subject(ClaimWithText(claims, "8,000")),
            "japanese_pows/returned clause 'repatriated'");
}

TEST_F(LinkerTest, UnlinkedMentionsAreKeptWithTheReason) {
  const std::string text =
      "The Kengir uprising left deep scars; the year 1954 is remembered.\n\n"
      "Nobody knows what became of 3,000 of them.\n";
  Mention year = DateAt(text, "1954", 1954, 1, 1);
  year.precision = MentionPrecision::kYear;
  std::vector<Claim> claims =
      Link(text, {year, QuantityAt(text, "3,000", 3000)});
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(Subject(claims[0]),
            "UNLINKED: no attribute cue for a DATE near 'Kengir uprising'");
  EXPECT_EQ(claims[0].evidence().entity_name(), "Kengir uprising");
  EXPECT_EQ(Subject(claims[1]),
            "UNLINKED: no gazetteer name within the sentence, previous "
            "sentence, paragraph or heading, and no attribute cue for a "
            "QUANTITY");
  EXPECT_EQ(claims[1].status(), EXTRACTED);
}

TEST_F(LinkerTest, CueWithoutAFittingEntityIsUnlinkedWithTheCue) {
  const std::string text = "At Kengir the leader was arrested on 2 July 1954.";
  std::vector<Claim> claims =
      Link(text, {DateAt(text, "2 July 1954", 1954, 7, 2)});
  EXPECT_EQ(Subject(claims[0]),
            "UNLINKED: cue 'arrested' points to date_of_arrest, but no PERSON "
            "is named in the sentence, previous sentence, paragraph or "
            "heading");
  EXPECT_EQ(claims[0].evidence().attribute_cue(), "arrested");
}

TEST_F(LinkerTest, APossessiveNameYieldsToAnotherNameInTheSentence) {
  const std::string text =
      "Colonel Nikolai Orlov, chief of Stalin's guard for two decades, was "
      "arrested on 16 December 1952.";
  std::vector<Claim> claims =
      Link(text, {DateAt(text, "16 December 1952", 1952, 12, 16)});
  EXPECT_EQ(Subject(claims[0]), "orlov/date_of_arrest clause 'arrested'");
}

TEST_F(LinkerTest, APossessiveNameIsTakenWhenItIsTheOnlyOne) {
  const std::string text = "After Stalin's death on 5 March 1953 all changed.";
  std::vector<Claim> claims =
      Link(text, {DateAt(text, "5 March 1953", 1953, 3, 5)});
  EXPECT_EQ(Subject(claims[0]), "stalin/date_of_death clause 'death'");
}

TEST_F(LinkerTest, AWeakCueLinksOnlyToANameInTheSameSentence) {
  const std::string text =
      "The Kengir uprising shook the camps. A monument went up in 1990.\n\n"
      "The Kengir uprising began in May 1954.";
  Mention monument = DateAt(text, "1990", 1990, 1, 1);
  monument.precision = MentionPrecision::kYear;
  Mention began = DateAt(text, "May 1954", 1954, 5, 1);
  began.precision = MentionPrecision::kMonth;
  std::vector<Claim> claims = Link(text, {monument, began});
  EXPECT_EQ(Subject(claims[0]),
            "UNLINKED: cue 'in' points to event_date, but no EVENT is named "
            "in the sentence");
  EXPECT_EQ(Subject(claims[1]), "kengir_uprising/start_date clause 'began'");
}

TEST_F(LinkerTest, ARelativeDateTakesNoCueFromThePreviousSentence) {
  // "died" belongs to the anchor, not to what happened three weeks later.
  const std::string text =
      "Stalin died on 5 March 1953. Three weeks later, Beria had a new plan.";
  std::vector<Claim> claims = Link(
      text,
      {DateAt(text, "5 March 1953", 1953, 3, 5),
       testing::RelativeAt(text, "Three weeks later", MentionDirection::kAfter,
                           3, MentionTimeUnit::kWeek)});
  EXPECT_EQ(Subject(claims[1]),
            "UNLINKED: no attribute cue for a RELATIVE_DATE near 'Beria'");
  EXPECT_EQ(claims[1].relative_date().anchor_claim(), claims[0].id());
}

TEST(LinkerCreateTest, GazetteerAttributesAddCuesAndNewAttributes) {
  Attribute deaths;
  deaths.set_id("deaths");
  deaths.add_cue("lay dead");
  Attribute escapes;
  escapes.set_id("escapes");
  escapes.set_value_kind(VALUE_QUANTITY);
  escapes.add_cue("escaped");
  absl::StatusOr<Linker> linker = Linker::Create(
      {MakeEntity("kengir_uprising", EVENT, {"Kengir"})}, {deaths, escapes});
  ASSERT_TRUE(linker.ok()) << linker.status();
  const std::string text =
      "At Kengir 300 lay dead in the yard; 12 escaped, 40 were killed.";
  std::vector<Mention> mentions = {QuantityAt(text, "300", 300),
                                   QuantityAt(text, "12", 12),
                                   QuantityAt(text, "40", 40)};
  std::vector<Claim> claims = LinkText(*linker, text, mentions, "x.txt");
  EXPECT_EQ(Subject(claims[0]), "kengir_uprising/deaths clause 'lay dead'");
  EXPECT_EQ(Subject(claims[1]), "kengir_uprising/escapes clause 'escaped'");
  EXPECT_EQ(Subject(claims[2]), "kengir_uprising/deaths clause 'killed'");
}

TEST(LinkerCreateTest, GazetteerAttributeExtendsTheDefaultAppliesTo) {
  // By default date_of_arrest applies to persons; this gazetteer adds
  // events (a group of doctors arrested together) and keeps persons.
  Attribute arrest;
  arrest.set_id("date_of_arrest");
  arrest.add_applies_to(EVENT);
  absl::StatusOr<Linker> linker =
      Linker::Create({MakeEntity("doctors_plot", EVENT, {"Kremlin doctors"}),
                      MakeEntity("beria", PERSON, {"Beria"})},
                     {arrest});
  ASSERT_TRUE(linker.ok());
  const std::string text =
      "The Kremlin doctors were arrested on 13 January 1953. Beria was "
      "arrested on 26 June 1953.";
  std::vector<Mention> mentions = {DateAt(text, "13 January 1953", 1953, 1, 13),
                                   DateAt(text, "26 June 1953", 1953, 6, 26)};
  std::vector<Claim> claims = LinkText(*linker, text, mentions, "x.txt");
  EXPECT_EQ(Subject(claims[0]),
            "doctors_plot/date_of_arrest clause 'arrested'");
  EXPECT_EQ(Subject(claims[1]), "beria/date_of_arrest clause 'arrested'");
}

TEST(LinkerCreateTest, RedeclaringWithoutAppliesToKeepsTheDefaultKinds) {
  // A gazetteer that copies "deaths" only to add a cue must not make it
  // apply to persons: a count of deaths is not a person's attribute.
  Attribute deaths;
  deaths.set_id("deaths");
  deaths.add_cue("lost");
  absl::StatusOr<Linker> linker = Linker::Create(
      {MakeEntity("orlov", PERSON, {"Orlov"}),
       MakeEntity("kengir_uprising", EVENT, {"Kengir uprising"})},
      {deaths});
  ASSERT_TRUE(linker.ok());
  const std::string text = "Orlov lost 40 men in the Kengir uprising.";
  std::vector<Mention> mentions = {QuantityAt(text, "40", 40)};
  EXPECT_EQ(Subject(LinkText(*linker, text, mentions, "x.txt")[0]),
            "kengir_uprising/deaths clause 'lost'");
}

TEST(LinkerCreateTest, DuplicateOrEmptyIdsAreRejectedByName) {
  absl::StatusOr<Linker> dup = Linker::Create(
      {MakeEntity("a", EVENT, {"A"}), MakeEntity("a", EVENT, {"B"})}, {});
  EXPECT_EQ(dup.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(dup.status().message().find("\"a\""), absl::string_view::npos);
  Attribute empty;
  EXPECT_FALSE(Linker::Create({}, {empty}).ok());
}

}  // namespace
}  // namespace checker
