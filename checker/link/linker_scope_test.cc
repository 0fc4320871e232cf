// Linking precisely: which figure a cue governs, which entity a figure is
// about, what it counts, its scope, and how sure the link is.
#include <string>
#include <vector>

#include "checker/link/link_test_util.h"
#include "checker/link/linker.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::ClaimWithText;
using testing::DateAt;
using testing::LinkText;
using testing::MakeEntity;
using testing::MentionAt;
using testing::QuantityAt;
using testing::RelativeAt;
using testing::Subject;

class LinkerScopeTest : public ::testing::Test {
 protected:
  std::vector<Claim> Link(const std::string& text,
                          const std::vector<Mention>& mentions) {
    return LinkText(linker_, text, mentions, "docs/scope.txt");
  }

  Linker linker_ = *Linker::Create(
      {
          MakeEntity("vorkuta_strike", EVENT, {"Vorkuta strike", "the strike"}),
          MakeEntity("norilsk_camps", PLACE, {"Norilsk camps", "camps"}),
          MakeEntity("ferry", ENTITY_KIND_UNSPECIFIED, {"Baltic Star"}),
          MakeEntity("sinking", EVENT, {"Baltic Star disaster"}),
          MakeEntity("ivanov", PERSON, {"Pyotr Ivanov", "Ivanov"}),
      },
      {});
};

TEST_F(LinkerScopeTest, EachFigureTakesTheCueItGoverns) {
  const std::string text =
      "In the Vorkuta strike some 300 were killed and about 1,100 wounded.";
  std::vector<Claim> claims =
      Link(text, {QuantityAt(text, "some 300", 300),
                  QuantityAt(text, "about 1,100", 1100)});
  EXPECT_EQ(ClaimWithText(claims, "some 300").subject().attribute(), "deaths");
  EXPECT_EQ(ClaimWithText(claims, "about 1,100").subject().attribute(),
            "wounded");
}

TEST_F(LinkerScopeTest, NegatedCueIsNotEvidenceForItsAttribute) {
  const std::string text =
      "After the Vorkuta strike 2,000 men were never released.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "2,000", 2000)});
  EXPECT_NE(claims[0].subject().attribute(), "released");
  // "did not survive" is itself a cue for deaths.
  const std::string survive =
      "Of those held after the Vorkuta strike, 700 did not survive.";
  claims = Link(survive, {QuantityAt(survive, "700", 700)});
  EXPECT_EQ(claims[0].subject().attribute(), "deaths");
}

TEST_F(LinkerScopeTest, NotUntilIsNotANegation) {
  const std::string text = "Ivanov was not arrested until 12 May 1950.";
  std::vector<Claim> claims =
      Link(text, {DateAt(text, "12 May 1950", 1950, 5, 12)});
  EXPECT_EQ(Subject(claims[0]), "ivanov/date_of_arrest clause 'arrested'");
}

TEST_F(LinkerScopeTest, TheDeathOfPeopleIsACountOfDeaths) {
  const std::string text =
      "The Vorkuta strike ended with the death of 53 people.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "53", 53)});
  EXPECT_EQ(Subject(claims[0]), "vorkuta_strike/deaths clause 'death of'");
  EXPECT_EQ(claims[0].evidence().head_noun(), "people");
}

TEST_F(LinkerScopeTest, ACountOfThingsIsNotACountOfPeople) {
  const std::string text = "The Norilsk camps held nine buildings.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "nine", 9)});
  EXPECT_NE(claims[0].subject().attribute(), "population");
  EXPECT_EQ(claims[0].evidence().head_noun(), "buildings");
  // True negative: the same sentence shape counting people links.
  const std::string people = "The Norilsk camps held 9,000 prisoners.";
  claims = Link(people, {QuantityAt(people, "9,000", 9000)});
  EXPECT_EQ(claims[0].subject().attribute(), "population");
}

TEST_F(LinkerScopeTest, ProperNameBeatsACommonNounAliasNearer) {
  // "camps" (a one-word common-noun alias, written without "the") is
  // nearer, but the figure is about the strike named in the sentence.
  const std::string text =
      "The Vorkuta strike spread from mine to mine; 120 died in three camps.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "120", 120)});
  EXPECT_EQ(claims[0].subject().entity(), "vorkuta_strike");
}

TEST_F(LinkerScopeTest, EntityOfKnownKindBeatsOneOfUnknownKind) {
  // Deaths apply to events, groups and places; the ship's kind is unknown.
  const std::string text =
      "Baltic Star disaster\n\nThe Baltic Star capsized and 210 people "
      "drowned, 210 lost their lives.";
  std::vector<Claim> claims =
      Link(text, {MentionAt(text, "210", MentionKind::kQuantity, 1)});
  claims = Link(text, {QuantityAt(text, "210 lost", 210)});
  EXPECT_EQ(claims[0].subject().entity(), "sinking");
}

TEST_F(LinkerScopeTest, APageBreakDoesNotCutTheEntityFromItsParagraph) {
  const std::string text =
      "The miners of the Vorkuta strike held the pits for weeks, refused "
      "every offer the commission made them, and\n\n"
      "{p. 88} then stopped. In the end 300 were killed.\n\n"
      "New paragraph. In the end 300 were killed.";
  std::vector<Claim> claims =
      Link(text, {MentionAt(text, "300", MentionKind::kQuantity, 0),
                  MentionAt(text, "300", MentionKind::kQuantity, 1)});
  EXPECT_EQ(claims[0].subject().entity(), "vorkuta_strike")
      << Subject(claims[0]);
  EXPECT_EQ(claims[0].evidence().scope(), "clause");
  // True negative: a paragraph starting in capitals is a new one.
  EXPECT_TRUE(claims[1].subject().entity().empty());
}

TEST_F(LinkerScopeTest, AnAreaKeepsItsUnitAndIsNotAHeadCount) {
  const std::string text =
      "The Vorkuta strike left an area of 3 square kilometers in ruins.";
  std::vector<Claim> claims = Link(text, {QuantityAt(text, "3", 3)});
  EXPECT_EQ(Subject(claims[0]), "vorkuta_strike/area clause 'area of'");
  EXPECT_EQ(claims[0].quantity().unit(), "square kilometers");
  // True negative: a count of people has no unit.
  const std::string people = "In the Vorkuta strike 300 men were killed.";
  claims = Link(people, {QuantityAt(people, "300", 300)});
  EXPECT_EQ(claims[0].quantity().unit(), "");
}

TEST_F(LinkerScopeTest, AnInfoboxLabelGluedToItsValueIsTheCue) {
  const std::string text =
      "Vorkuta strike\n\nKilled312 (official)\nWounded1,040\n";
  std::vector<Claim> claims = Link(
      text, {QuantityAt(text, "312", 312), QuantityAt(text, "1,040", 1040)});
  EXPECT_EQ(Subject(ClaimWithText(claims, "312")),
            "vorkuta_strike/deaths label 'killed'");
  EXPECT_EQ(Subject(ClaimWithText(claims, "1,040")),
            "vorkuta_strike/wounded label 'wounded'");
}

TEST_F(LinkerScopeTest, LifeDatesInParenthesesAreBirthAndDeath) {
  const std::string text =
      "Pyotr Ivanov (2 May 1901 \xE2\x80\x93 9 June 1953) led the strike.";
  Mention period =
      DateAt(text, "2 May 1901 \xE2\x80\x93 9 June 1953", 1901, 5, 2);
  period.latest = date::sys_days{date::year{1953} / 6 / 9};
  period.is_period = true;
  std::vector<Claim> claims = Link(text, {period});
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].subject().attribute(), "date_of_birth");
  EXPECT_EQ(claims[0].text(), "2 May 1901");
  EXPECT_EQ(claims[0].date().latest(), "1901-05-02");
  EXPECT_EQ(claims[1].subject().attribute(), "date_of_death");
  EXPECT_EQ(claims[1].text(), "9 June 1953");
  EXPECT_EQ(claims[1].date().earliest(), "1953-06-09");
  EXPECT_NE(claims[0].id(), claims[1].id());
}

TEST_F(LinkerScopeTest, AYearShapedCountTakesACountCue) {
  const std::string text = "The Vorkuta strike: 1400 killed outright.";
  Mention year = MentionAt(text, "1400", MentionKind::kDate);
  year.earliest = date::sys_days{date::year{1400} / 1 / 1};
  year.latest = date::sys_days{date::year{1400} / 12 / 31};
  year.precision = MentionPrecision::kYear;
  std::vector<Claim> claims = Link(text, {year});
  ASSERT_TRUE(claims[0].has_quantity());
  EXPECT_EQ(claims[0].quantity().value(), 1400);
  EXPECT_EQ(claims[0].subject().attribute(), "deaths");
  EXPECT_EQ(claims[0].subject().qualifier().at("partial"), "immediate");
}

TEST_F(LinkerScopeTest, QualifiersSeparateASubsetFromTheTotal) {
  const std::string text =
      "In the Vorkuta strike 480 were killed, about 60 of them guards.";
  std::vector<Claim> claims = Link(
      text, {QuantityAt(text, "480", 480), QuantityAt(text, "about 60", 60)});
  EXPECT_TRUE(ClaimWithText(claims, "480").subject().qualifier().empty());
  EXPECT_EQ(
      ClaimWithText(claims, "about 60").subject().qualifier().at("subset"),
      "of them guards");
}

TEST_F(LinkerScopeTest, AnotherCountsAsAdditionalOnlyAfterTheSameAttribute) {
  const std::string more =
      "In the Vorkuta strike 300 were killed. Another 40 were killed later.";
  std::vector<Claim> claims =
      Link(more, {QuantityAt(more, "300", 300), QuantityAt(more, "40", 40)});
  EXPECT_EQ(ClaimWithText(claims, "40").subject().qualifier().at("partial"),
            "additional");
  // "another 900 wounded" after a count of the dead is not a partial count.
  const std::string other =
      "In the Vorkuta strike 300 were killed and another 900 wounded.";
  claims = Link(other,
                {QuantityAt(other, "300", 300), QuantityAt(other, "900", 900)});
  EXPECT_TRUE(ClaimWithText(claims, "900").subject().qualifier().empty());
}

TEST_F(LinkerScopeTest, ConfidenceIsHigherForCloserEvidence) {
  const std::string near = "In the Vorkuta strike 300 were killed.";
  std::vector<Claim> a = Link(near, {QuantityAt(near, "300", 300)});
  const std::string far =
      "The Vorkuta strike was crushed; troops killed many. Later 300 were "
      "counted.";
  std::vector<Claim> b = Link(far, {QuantityAt(far, "300", 300)});
  ASSERT_TRUE(a[0].evidence().has_confidence());
  EXPECT_GT(a[0].evidence().confidence(), 0.8f);
  EXPECT_FALSE(a[0].evidence().reasons().empty());
  if (!b[0].subject().entity().empty()) {
    EXPECT_LT(b[0].evidence().confidence(), 0.5f);
  }
}

TEST_F(LinkerScopeTest, APossessiveCountsOnlyWhenItOwnsTheCue) {
  // "Ivanov's arrest" says whose arrest: full confidence.
  const std::string owns =
      "On 12 May 1950 the papers reported Ivanov's arrest.";
  std::vector<Claim> a = Link(owns, {DateAt(owns, "12 May 1950", 1950, 5, 12)});
  ASSERT_EQ(a[0].subject().entity(), "ivanov");
  EXPECT_GT(a[0].evidence().confidence(), 0.5f);
  // "Ivanov's deputy" owns another noun: the figure is about the deputy,
  // so the link goes to review.
  const std::string other =
      "Ivanov's deputy, a quiet man, was arrested on 12 May 1950.";
  std::vector<Claim> b =
      Link(other, {DateAt(other, "12 May 1950", 1950, 5, 12)});
  ASSERT_EQ(b[0].subject().entity(), "ivanov");
  EXPECT_LT(b[0].evidence().confidence(), 0.5f);
  // True negative: the same figure with the name as the subject.
  const std::string plain = "Ivanov was arrested on 12 May 1950.";
  std::vector<Claim> c =
      Link(plain, {DateAt(plain, "12 May 1950", 1950, 5, 12)});
  EXPECT_GT(c[0].evidence().confidence(), 0.9f);
}

TEST_F(LinkerScopeTest, ACueInsideAnotherFigureIsThatFiguresAnchor) {
  // "after Ivanov's arrest" is the anchor of the relative date, not a cue
  // for the month before it.
  const std::string text =
      "In June 1950, two weeks after Ivanov's arrest, the mine reopened.";
  Mention month = DateAt(text, "June 1950", 1950, 6, 1);
  month.precision = MentionPrecision::kMonth;
  Mention relative = RelativeAt(text, "two weeks after Ivanov's arrest",
                                MentionDirection::kAfter, 2,
                                MentionTimeUnit::kWeek, "Ivanov's arrest");
  std::vector<Claim> claims = Link(text, {month, relative});
  EXPECT_NE(ClaimWithText(claims, "June 1950").subject().attribute(),
            "date_of_arrest");
  // True negative: written as its own clause, the cue is the month's.
  const std::string own = "In June 1950 Ivanov was arrested.";
  Mention own_month = DateAt(own, "June 1950", 1950, 6, 1);
  own_month.precision = MentionPrecision::kMonth;
  claims = Link(own, {own_month});
  EXPECT_EQ(Subject(claims[0]), "ivanov/date_of_arrest clause 'arrested'");
}

TEST_F(LinkerScopeTest, APersonsDateNeedsThePersonInItsSentence) {
  // Named two sentences back, and the sentence is about other people.
  const std::string others =
      "Ivanov led the miners. The winter was hard. The guards were arrested "
      "on 12 May 1950.";
  std::vector<Claim> a =
      Link(others, {DateAt(others, "12 May 1950", 1950, 5, 12)});
  ASSERT_EQ(a[0].subject().entity(), "ivanov");
  EXPECT_LT(a[0].evidence().confidence(), 0.5f);
  // True negative: "he" may refer back to the person.
  const std::string he =
      "Ivanov led the miners. The winter was hard. He was arrested on 12 May "
      "1950.";
  std::vector<Claim> b = Link(he, {DateAt(he, "12 May 1950", 1950, 5, 12)});
  ASSERT_EQ(b[0].subject().entity(), "ivanov");
  EXPECT_GT(b[0].evidence().confidence(), 0.5f);
  // True negative: an event is not a person; its figures need no pronoun.
  const std::string event =
      "The Vorkuta strike spread. The winter was hard. The guards killed 40 "
      "men.";
  std::vector<Claim> c = Link(event, {QuantityAt(event, "40", 40)});
  ASSERT_EQ(c[0].subject().entity(), "vorkuta_strike");
  EXPECT_GT(c[0].evidence().confidence(), 0.5f);
}

TEST_F(LinkerScopeTest, ACueAcrossButIsSaidOfSomethingElse) {
  const std::string but =
      "In the Vorkuta strike 900 stayed in the huts, but many were killed.";
  std::vector<Claim> a = Link(but, {QuantityAt(but, "900", 900)});
  ASSERT_EQ(Subject(a[0]), "vorkuta_strike/deaths sentence 'killed'");
  EXPECT_LT(a[0].evidence().confidence(), 0.5f);
  // True negative: cut off by "and" and another figure only, the cue still
  // governs both counts.
  const std::string both =
      "In the Vorkuta strike 300 men and 90 women were killed.";
  std::vector<Claim> b =
      Link(both, {QuantityAt(both, "300", 300), QuantityAt(both, "90", 90)});
  EXPECT_EQ(ClaimWithText(b, "300").subject().attribute(), "deaths");
  EXPECT_GT(ClaimWithText(b, "300").evidence().confidence(), 0.5f);
}

// A group known by a proper name and by a bare common noun.
std::vector<Claim> LinkMiners(const std::string& text,
                              const std::string& figure, double value) {
  static const Linker* const kLinker = new Linker(*Linker::Create(
      {MakeEntity("vorkuta_miners", GROUP, {"Vorkuta miners", "miners"})}, {}));
  std::vector<Mention> mentions = {QuantityAt(text, figure, value)};
  LinkRequest request;
  request.text = text;
  request.mentions = &mentions;
  request.document = "docs/miners.txt";
  return kLinker->Link(request);
}

TEST(LinkerCommonNounTest, TheFiguresOwnNounSaysNothingOfWhose) {
  // "300 miners": the alias is only the counted noun; which miners?
  std::vector<Claim> a =
      LinkMiners("That spring 300 miners were killed.", "300", 300);
  ASSERT_EQ(a[0].subject().entity(), "vorkuta_miners");
  EXPECT_LT(a[0].evidence().confidence(), 0.5f);
  // True negative: the proper name says which.
  std::vector<Claim> b =
      LinkMiners("That spring 300 Vorkuta miners were killed.", "300", 300);
  ASSERT_EQ(b[0].subject().entity(), "vorkuta_miners");
  EXPECT_GT(b[0].evidence().confidence(), 0.9f);
}

TEST(LinkerCommonNounTest, ACapitalThatStartsASentenceIsNoProperName) {
  std::vector<Claim> a = LinkMiners(
      "Miners struck in May. That spring 300 were killed.", "300", 300);
  ASSERT_EQ(a[0].subject().entity(), "vorkuta_miners");
  EXPECT_LT(a[0].evidence().confidence(), 0.5f);
  // True negative: "the miners" points back to a known group.
  std::vector<Claim> b = LinkMiners(
      "The miners struck in May. That spring 300 were killed.", "300", 300);
  ASSERT_EQ(b[0].subject().entity(), "vorkuta_miners");
  EXPECT_GT(b[0].evidence().confidence(), 0.5f);
}

TEST(LinkerDateScopeTest, ADateSaidOfPartOfTheGroupIsASubset) {
  Attribute release;
  release.set_id("release_date");
  release.set_value_kind(VALUE_DATE);
  release.add_cue("released");
  const Linker linker = *Linker::Create(
      {MakeEntity("vorkuta_miners", GROUP, {"Vorkuta miners"})}, {release});
  auto year = [](const std::string& text, const std::string& needle, int y) {
    Mention m = DateAt(text, needle, y, 1, 1);
    m.latest = date::sys_days{date::year{y} / 12 / 31};
    m.precision = MentionPrecision::kYear;
    return m;
  };
  const std::string text =
      "The Vorkuta miners were held for years. Most had been released in "
      "1955. The Vorkuta miners were all released in 1956.";
  std::vector<Mention> mentions = {year(text, "1955", 1955),
                                   year(text, "1956", 1956)};
  LinkRequest request;
  request.text = text;
  request.mentions = &mentions;
  request.document = "docs/miners.txt";
  std::vector<Claim> claims = linker.Link(request);
  ASSERT_EQ(ClaimWithText(claims, "1955").subject().attribute(),
            "release_date");
  EXPECT_EQ(ClaimWithText(claims, "1955").subject().qualifier().at("subset"),
            "most");
  // True negative: said of the whole group, no qualifier.
  ASSERT_EQ(ClaimWithText(claims, "1956").subject().attribute(),
            "release_date");
  EXPECT_TRUE(ClaimWithText(claims, "1956").subject().qualifier().empty());
}

TEST_F(LinkerScopeTest, AYearTakenFromFarBackNeedsReview) {
  const std::string text = "Ivanov was arrested on 12 May.";
  Mention near = DateAt(text, "12 May", 1950, 5, 12);
  near.year_inferred = true;
  std::vector<Claim> a = Link(text, {near});
  EXPECT_GT(a[0].evidence().confidence(), 0.9f);
  Mention far = near;
  far.year_inferred_far = true;
  std::vector<Claim> b = Link(text, {far});
  EXPECT_EQ(b[0].subject().attribute(), "date_of_arrest");
  EXPECT_LT(b[0].evidence().confidence(), 0.5f);
}

TEST_F(LinkerScopeTest, IdentifiersAndConversionsAreNotClaims) {
  const std::string text =
      "During the Vorkuta strike the men of Shaft 7 were the first to stop "
      "work, and 300 were killed.";
  std::vector<Claim> claims =
      Link(text, {QuantityAt(text, "7", 7), QuantityAt(text, "300", 300)});
  EXPECT_TRUE(ClaimWithText(claims, "7").subject().entity().empty());
  EXPECT_NE(ClaimWithText(claims, "7")
                .evidence()
                .unlinked_reason()
                .find("identifier"),
            std::string::npos);
  EXPECT_EQ(ClaimWithText(claims, "300").subject().attribute(), "deaths");
}

TEST(LinkerTableTest, RowsTakeTheEntityOfTheIntroducingParagraphButNotMoney) {
  Attribute coal;
  coal.set_id("coal_carried");
  coal.set_value_kind(VALUE_QUANTITY);
  coal.add_cue("coal");
  absl::StatusOr<Linker> linker = Linker::Create(
      {MakeEntity("ferry", ENTITY_KIND_UNSPECIFIED, {"Baltic Star"})}, {coal});
  ASSERT_TRUE(linker.ok());
  const std::string text =
      "The cargo list of the Baltic Star was found in the archive.\n\n"
      "Sand 40 t\n\nCoal 310 t $5,000\n";
  std::vector<Mention> mentions = {QuantityAt(text, "310", 310),
                                   QuantityAt(text, "5,000", 5000)};
  std::vector<Claim> claims = LinkText(*linker, text, mentions, "rows.txt");
  EXPECT_EQ(Subject(ClaimWithText(claims, "310")),
            "ferry/coal_carried clause 'coal'");
  EXPECT_EQ(ClaimWithText(claims, "310").evidence().scope(), "clause");
  // "$5,000" is what the coal cost, not how much coal there was.
  EXPECT_TRUE(ClaimWithText(claims, "5,000").subject().entity().empty());
}

}  // namespace
}  // namespace checker
