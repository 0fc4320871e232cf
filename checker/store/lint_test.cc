// One test per lint error, asserting the full message with file:line:col.
#include "checker/store/lint.h"

#include "checker/store/lint_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using LintTest = testing::ClaimBaseFixture;
using testing::ClaimWith;

TEST_F(LintTest, ValidClaimsGiveNoIssues) {
  EXPECT_EQ(
      Lint(ClaimWith("  subject { entity: \"kengir\" attribute: \"deaths\" }\n"
                     "  quantity { low: 500 high: 700 }\n"
                     "  status: CONFIRMED\n") +
           ClaimWith(
               "  subject { entity: \"kengir\" attribute: \"start\" }\n"
               "  relative_date { direction: AFTER anchor_claim: \"c3\" }\n",
               "c2") +
           ClaimWith(
               "  date { earliest: \"1954-05-16\" latest: \"1954-05-16\" }\n",
               "c3")),
      "");
}

TEST_F(LintTest, DuplicateClaimIdNamesBothPlaces) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 1 }\n") +
                 ClaimWith("  quantity { value: 2 }\n")),
            "ERROR: claims/c.textproto:7:3: duplicate claim id \"c1\"; it is "
            "also defined at claims/c.textproto:2:3; rename one of them\n");
}

// Duplicate sources, entities and attributes. Files load in path order:
// gazetteer.textproto, more.textproto, sources.textproto.
TEST_F(LintTest, DuplicateGazetteerAndSourceIdsNameBothPlaces) {
  files_.Add("claims/more.textproto",
             "source { id: \"s2\" title: \"Again\" }\n"
             "entity { id: \"kengir\" name: \"K\" }\n"
             "attribute { id: \"deaths\" value_kind: VALUE_QUANTITY }\n");
  EXPECT_EQ(Lint(""),
            "ERROR: claims/more.textproto:2:10: duplicate entity id "
            "\"kengir\"; it is also defined at "
            "claims/gazetteer.textproto:1:10; rename one of them\n"
            "ERROR: claims/more.textproto:3:13: duplicate attribute id "
            "\"deaths\"; it is also defined at "
            "claims/gazetteer.textproto:2:13; rename one of them\n"
            "ERROR: claims/sources.textproto:6:10: duplicate source id \"s2\"; "
            "it is also defined at claims/more.textproto:1:10; rename one of "
            "them\n");
}

TEST_F(LintTest, UnknownSource) {
  EXPECT_EQ(Lint("claim {\n  id: \"c1\"\n  source: \"nope\"\n"
                 "  quantity { value: 1 }\n}\n"),
            "ERROR: claims/c.textproto:3:3: claim \"c1\": unknown source "
            "\"nope\"; add it to a sources file or fix the id\n");
}

TEST_F(LintTest, UnknownEntityAndAttribute) {
  EXPECT_EQ(
      Lint(ClaimWith("  subject { entity: \"nope\" attribute: \"gone\" }\n"
                     "  quantity { value: 1 }\n")),
      "ERROR: claims/c.textproto:4:13: claim \"c1\": unknown entity "
      "\"nope\"; add it to the gazetteer or fix the id\n"
      "ERROR: claims/c.textproto:4:28: claim \"c1\": unknown attribute "
      "\"gone\"; attributes are the built-in ones (`checker vocabulary` lists "
      "them) and those the gazetteer declares: declare it there or fix the "
      "id\n");
}

// An attribute the linker has built in ("wounded" here; the fixture's
// gazetteer does not declare it) needs no declaration; without the built-in
// list it is an unknown attribute.
TEST_F(LintTest, BuiltInAttributesNeedNoDeclaration) {
  builtin_attributes_ = {"wounded"};
  const std::string built_in = ClaimWith(
      "  subject { entity: \"kengir\" attribute: \"wounded\" }\n"
      "  quantity { value: 1 }\n");
  EXPECT_EQ(Lint(built_in), "");
  builtin_attributes_.clear();
  EXPECT_NE(Lint(built_in).find("unknown attribute \"wounded\""),
            std::string::npos);
}

TEST_F(LintTest, UnknownCitedQuotedAndSegmentSources) {
  files_.Add("claims/more.textproto",
             "source {\n"
             "  id: \"s3\"\n"
             "  title: \"Three\"\n"
             "  cites: \"nope\"\n"
             "  quotes: \"gone\"\n"
             "  document {\n"
             "    path: \"seeds/b.txt\"\n"
             "    segment { quoted_source: \"lost\" begin: 0 end: 9 }\n"
             "  }\n"
             "}\n");
  EXPECT_EQ(
      Lint(""),
      "ERROR: claims/more.textproto:4:3: source \"s3\": cites unknown "
      "source \"nope\"; add that source or fix the id\n"
      "ERROR: claims/more.textproto:5:3: source \"s3\": quotes unknown "
      "source \"gone\"; add that source or fix the id\n"
      "ERROR: claims/more.textproto:8:15: source \"s3\": segment of "
      "seeds/b.txt quotes unknown source \"lost\"; add that source or fix "
      "the id\n");
}

// derived_from ids name known sources other than the source itself, and
// never close a cycle; a source copying one that is in a cycle ("c") is
// fine, and the cycle is reported once.
TEST_F(LintTest, DerivedFromIsKnownNotSelfAndAcyclic) {
  files_.Add("claims/more.textproto",
             "source {\n"
             "  id: \"copy\"\n"
             "  title: \"Copy\"\n"
             "  derived_from: \"nope\"\n"
             "  derived_from: \"copy\"\n"
             "}\n"
             "source { id: \"a\" title: \"A\" derived_from: \"b\" }\n"
             "source { id: \"b\" title: \"B\" derived_from: \"a\" }\n"
             "source { id: \"c\" title: \"C\" derived_from: \"a\" }\n");
  EXPECT_EQ(
      Lint(""),
      "ERROR: claims/more.textproto:4:3: source \"copy\": derived_from "
      "unknown source \"nope\"; add that source or fix the id\n"
      "ERROR: claims/more.textproto:5:3: source \"copy\": derived_from names "
      "the source itself; remove it (derived_from lists the sources this one "
      "copies)\n"
      "ERROR: claims/more.textproto:8:29: source \"b\": derived_from forms a "
      "cycle: a -> b -> a; a source cannot copy its own copy, remove the "
      "derived_from that is wrong\n");
}

TEST_F(LintTest, DerivedFromChainWithoutACycleIsClean) {
  files_.Add("claims/more.textproto",
             "source { id: \"a\" title: \"A\" derived_from: \"b\" }\n"
             "source { id: \"b\" title: \"B\" derived_from: \"s1\" }\n"
             "source { id: \"c\" title: \"C\" derived_from: \"a\" "
             "derived_from: \"b\" }\n");
  EXPECT_EQ(Lint(""), "");
}

TEST_F(LintTest, ConfirmedOrCorrectedClaimNeedsASubject) {
  EXPECT_EQ(
      Lint(ClaimWith("  quantity { value: 1 }\n  status: CONFIRMED\n") +
           ClaimWith("  subject { entity: \"kengir\" }\n"
                     "  quantity { value: 1 }\n  status: CORRECTED\n",
                     "c2") +
           ClaimWith("  quantity { value: 1 }\n  status: EXTRACTED\n", "c3")),
      "ERROR: claims/c.textproto:5:3: claim \"c1\": is CONFIRMED but has "
      "no subject; add subject { entity: \"...\" attribute: \"...\" } or "
      "set status: EXTRACTED\n"
      "ERROR: claims/c.textproto:12:3: claim \"c2\": is CORRECTED but has "
      "a subject without an attribute; add subject { entity: \"...\" "
      "attribute: \"...\" } or set status: EXTRACTED\n");
}

TEST_F(LintTest, ClaimWithoutValue) {
  EXPECT_EQ(Lint(ClaimWith("  text: \"570,000\"\n")),
            "ERROR: claims/c.textproto:1:1: claim \"c1\": no value; add a "
            "quantity, date, duration or relative_date\n");
}

TEST_F(LintTest, ValueKindMustMatchAttribute) {
  EXPECT_EQ(
      Lint(ClaimWith("  subject { entity: \"kengir\" attribute: \"deaths\" }\n"
                     "  duration { amount: 40 unit: UNIT_DAY }\n")),
      "ERROR: claims/c.textproto:5:3: claim \"c1\": the value is a "
      "duration (duration) but attribute \"deaths\" takes a quantity; "
      "fix the value or the attribute\n");
}

TEST_F(LintTest, RelativeDateCountsAsDateButNotAsDuration) {
  EXPECT_EQ(
      Lint(ClaimWith("  subject { entity: \"kengir\" attribute: \"length\" }\n"
                     "  relative_date { anchor_entity: \"kengir\" "
                     "anchor_attribute: \"start\" }\n") +
           ClaimWith("  subject { entity: \"kengir\" attribute: \"start\" }\n"
                     "  relative_date { anchor_entity: \"kengir\" "
                     "anchor_attribute: \"start\" }\n",
                     "c2")),
      "ERROR: claims/c.textproto:5:3: claim \"c1\": the value is a date "
      "(relative_date) but attribute \"length\" takes a duration; fix the "
      "value or the attribute\n");
}

TEST_F(LintTest, QuantityLowAboveHigh) {
  EXPECT_EQ(
      Lint(ClaimWith("  quantity { low: 600000 high: 510000 }\n")),
      "ERROR: claims/c.textproto:4:14: claim \"c1\": quantity low 600,000 "
      "is greater than high 510,000; swap them or fix the figures\n");
  // Figures that differ after the second decimal are quoted in full, so
  // the message never says a figure is greater than itself.
  EXPECT_EQ(Lint(ClaimWith("  quantity { low: 0.126 high: 0.125 }\n")),
            "ERROR: claims/c.textproto:4:14: claim \"c1\": quantity low 0.126 "
            "is greater than high 0.125; swap them or fix the figures\n");
  EXPECT_EQ(Lint(ClaimWith("  quantity { low: 0.125 high: 0.126 }\n")), "");
}

TEST_F(LintTest, DurationLowAboveHigh) {
  EXPECT_EQ(
      Lint(ClaimWith("  duration { amount: 6 unit: UNIT_WEEK "
                     "low_days: 50.5 high_days: 40 }\n")),
      "ERROR: claims/c.textproto:4:40: claim \"c1\": duration low_days "
      "50.5 is greater than high_days 40; swap them or fix the figures\n");
}

TEST_F(LintTest, MalformedDate) {
  EXPECT_EQ(
      Lint(ClaimWith("  date { earliest: \"1953-5-16\" latest: "
                     "\"16 May 1953\" }\n")),
      "ERROR: claims/c.textproto:4:10: claim \"c1\": date earliest "
      "\"1953-5-16\" is not an ISO date; write it as YYYY-MM-DD (years before "
      "1 AD "
      "as -YYYY-MM-DD: 44 BC is -0043)\n"
      "ERROR: claims/c.textproto:4:32: claim \"c1\": date latest \"16 May "
      "1953\" is not an ISO date; write it as YYYY-MM-DD (years before 1 AD "
      "as -YYYY-MM-DD: 44 BC is -0043)\n");
}

// 44 BC is written -0043 (ISO 8601 expanded years); -0044 is a year
// earlier, so an interval from -0043 to -0044 is backwards.
TEST_F(LintTest, DatesBeforeYearOneAreWrittenWithAMinus) {
  EXPECT_EQ(Lint(ClaimWith("  date { earliest: \"-0043-03-15\" latest: "
                           "\"-0043-03-15\" }\n")),
            "");
  EXPECT_EQ(
      Lint(ClaimWith("  date { earliest: \"-0043-01-01\" latest: "
                     "\"-0044-12-31\" }\n")),
      "ERROR: claims/c.textproto:4:10: claim \"c1\": date earliest "
      "-0043-01-01 is after latest -0044-12-31; fix the dates or swap them\n");
}

TEST_F(LintTest, MissingDateDay) {
  EXPECT_EQ(Lint(ClaimWith("  date { earliest: \"1953-05-16\" }\n")),
            "ERROR: claims/c.textproto:4:3: claim \"c1\": date has no latest "
            "day; add latest: \"YYYY-MM-DD\"\n");
}

TEST_F(LintTest, ImpossibleDate) {
  EXPECT_EQ(Lint(ClaimWith("  date { earliest: \"1953-02-30\" latest: "
                           "\"1953-13-01\" }\n")),
            "ERROR: claims/c.textproto:4:10: claim \"c1\": date earliest "
            "\"1953-02-30\" does not exist in the calendar; fix the month or "
            "day\n"
            "ERROR: claims/c.textproto:4:33: claim \"c1\": date latest "
            "\"1953-13-01\" does not exist in the calendar; fix the month or "
            "day\n");
}

TEST_F(LintTest, LeapDayIsAccepted) {
  EXPECT_EQ(Lint(ClaimWith("  date { earliest: \"1952-02-29\" latest: "
                           "\"1952-02-29\" }\n")),
            "");
}

TEST_F(LintTest, DateEarliestAfterLatest) {
  EXPECT_EQ(
      Lint(ClaimWith("  date { earliest: \"1954-06-26\" latest: "
                     "\"1954-05-16\" }\n")),
      "ERROR: claims/c.textproto:4:10: claim \"c1\": date earliest "
      "1954-06-26 is after latest 1954-05-16; fix the dates or swap them\n");
}

TEST_F(LintTest, RelativeDateWithUnknownAnchor) {
  EXPECT_EQ(Lint(ClaimWith("  relative_date { direction: AFTER "
                           "anchor_claim: \"gone\" }\n")),
            "ERROR: claims/c.textproto:4:36: claim \"c1\": relative date "
            "anchors on unknown claim \"gone\"; fix anchor_claim or add that "
            "claim\n");
}

TEST_F(LintTest, RelativeDateWithoutAnchorIsAWarning) {
  EXPECT_EQ(
      Lint(ClaimWith("  relative_date { direction: AFTER }\n")),
      "WARNING: claims/c.textproto:4:3: claim \"c1\": relative date has no "
      "anchor, so it cannot be resolved; set anchor_claim, or "
      "anchor_entity and anchor_attribute\n");
}

TEST_F(LintTest, RelativeDateAnchorCycleIsNamedOnce) {
  auto anchored_on = [](const std::string& anchor) {
    return "  relative_date { anchor_claim: \"" + anchor + "\" }\n";
  };
  EXPECT_EQ(
      Lint(ClaimWith(anchored_on("c4"), "c2") +
           ClaimWith(anchored_on("c2"), "c3") +
           ClaimWith(anchored_on("c3"), "c4") +
           ClaimWith(anchored_on("c2"), "c5") +
           ClaimWith(anchored_on("c6"), "c6")),
      "ERROR: claims/c.textproto:4:19: claim \"c2\": relative dates form "
      "a cycle: c2 -> c4 -> c3 -> c2; anchor one of them on a dated claim "
      "or an event\n"
      "ERROR: claims/c.textproto:24:19: claim \"c6\": relative dates form "
      "a cycle: c6 -> c6; anchor one of them on a dated claim or an "
      "event\n");
}

TEST_F(LintTest, QuoteMustContainTheClaimText) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 500 }\n"
                           "  text: \"about 500\"\n"
                           "  provenance {\n"
                           "    document: \"seeds/a.txt\"\n"
                           "    begin: 14\n"
                           "    end: 17\n"
                           "    quote_begin: 9\n"
                           "    quote: \"some 500 died\"\n"
                           "  }\n")),
            "ERROR: claims/c.textproto:11:5: claim \"c1\": quote \"some 500 "
            "died\" does not contain the claim's text \"about 500\"; fix the "
            "quote or the text\n");
}

TEST_F(LintTest, SpanMustLieInsideTheQuote) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 500 }\n"
                           "  provenance {\n"
                           "    begin: 30\n"
                           "    end: 33\n"
                           "    quote_begin: 9\n"
                           "    quote: \"some 500 died\"\n"
                           "  }\n")),
            "ERROR: claims/c.textproto:6:5: claim \"c1\": span [30, 33) lies "
            "outside its quote, which covers [9, 22); fix quote_begin or the "
            "span\n");
}

TEST_F(LintTest, ProvenanceBeginAfterEnd) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 500 }\n"
                           "  provenance { begin: 20 end: 10 }\n")),
            "ERROR: claims/c.textproto:5:16: claim \"c1\": provenance begin 20 "
            "is after end 10; fix the span\n");
}

TEST_F(LintTest, ProvenanceDocumentMustBeDeclared) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 500 }\n"
                           "  provenance { document: \"seeds/zzz.txt\" }\n")),
            "ERROR: claims/c.textproto:5:16: claim \"c1\": document "
            "\"seeds/zzz.txt\" is not declared by any source; add it to its "
            "source's document list or fix the path\n");
}

TEST_F(LintTest, SegmentsMustNotOverlapOrEndBeforeTheyBegin) {
  files_.Add("claims/more.textproto",
             "source {\n"
             "  id: \"s3\"\n"
             "  title: \"Three\"\n"
             "  document {\n"
             "    path: \"seeds/b.txt\"\n"
             "    segment { quoted_source: \"s1\" begin: 0 end: 100 }\n"
             "    segment { quoted_source: \"s2\" begin: 90 end: 200 }\n"
             "    segment { quoted_source: \"s2\" begin: 300 end: 250 }\n"
             "  }\n"
             "}\n");
  EXPECT_EQ(Lint(""),
            "ERROR: claims/more.textproto:7:35: source \"s3\": segment [90, "
            "200) of seeds/b.txt overlaps segment [0, 100); make the segments "
            "disjoint\n"
            "ERROR: claims/more.textproto:8:35: source \"s3\": segment [300, "
            "250) of seeds/b.txt ends before it begins; fix begin and end\n");
}

TEST_F(LintTest, AllProblemsAreReportedInOneRun) {
  files_.Add("claims/broken.textproto", "claim { id: \"b\" }\n}\n");
  files_.Add("claims/more.textproto",
             ClaimWith("  quantity { low: 3 high: 2 }\n", "m1") +
                 ClaimWith("  date { earliest: \"1953-02-30\" latest: "
                           "\"1953-03-01\" }\n",
                           "m2"));
  EXPECT_EQ(Lint(ClaimWith("  relative_date { anchor_claim: \"gone\" }\n") +
                 ClaimWith("", "m1")),
            "ERROR: claims/broken.textproto:2:1: Expected identifier, got: }; "
            "fix the syntax and run lint again\n"
            "ERROR: claims/c.textproto:4:19: claim \"c1\": relative date "
            "anchors on unknown claim \"gone\"; fix anchor_claim or add that "
            "claim\n"
            "ERROR: claims/c.textproto:6:1: claim \"m1\": no value; add a "
            "quantity, date, duration or relative_date\n"
            "ERROR: claims/more.textproto:2:3: duplicate claim id \"m1\"; it "
            "is also defined at claims/c.textproto:7:3; rename one of them\n"
            "ERROR: claims/more.textproto:4:14: claim \"m1\": quantity low 3 "
            "is greater than high 2; swap them or fix the figures\n"
            "ERROR: claims/more.textproto:9:10: claim \"m2\": date earliest "
            "\"1953-02-30\" does not exist in the calendar; fix the month or "
            "day\n");
}

TEST_F(LintTest, MessageShowsTheLineAndACaretUnderTheField) {
  files_.Add("claims/c.textproto",
             ClaimWith("  quantity { low: 600000 high: 510000 }\n"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files_, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  LintClaimBase(*base, {}, &issues);
  EXPECT_EQ(
      issues.ToDisplayString([&](const std::string& path) {
        return files_.Read(path).value_or("");
      }),
      "ERROR: claims/c.textproto:4:14: claim \"c1\": quantity low 600,000 "
      "is greater than high 510,000; swap them or fix the figures\n"
      "  quantity { low: 600000 high: 510000 }\n"
      "             ^\n");
}

// Figures that would give [NaN, NaN], "inf" or inverted intervals later.
TEST_F(LintTest, NonFiniteNegativeAndAbsurdValuesAreErrorsAtTheirField) {
  struct Case {
    int line;
    std::string body;
    std::string expected;  // "" for a value that is fine
  };
  const std::string at = "ERROR: claims/c.textproto:4:";
  const Case kCases[] = {
      {__LINE__, "  quantity { value: 1e400 }\n",
       at + "14: claim \"c1\": quantity value is not a finite number (inf); "
            "write the figure as it is in the text\n"},
      {__LINE__, "  quantity { value: nan }\n",
       at + "14: claim \"c1\": quantity value is not a finite number (nan); "
            "write the figure as it is in the text\n"},
      {__LINE__, "  quantity { low: 5 high: -inf }\n",
       at + "21: claim \"c1\": quantity high is not a finite number (-inf); "
            "write the figure as it is in the text\n"},
      // Without a unit a quantity may be a temperature: no sign check.
      {__LINE__, "  quantity { value: -40 }\n", ""},
      {__LINE__, "  quantity { value: -4 unit: \"percent\" }\n", ""},
      {__LINE__, "  quantity { value: 0 }\n", ""},
      // A unit naming people or things makes the figure a count, which
      // cannot be negative; units of measure and unknown words may be.
      {__LINE__, "  quantity { value: -5 unit: \"prisoners\" }\n",
       at + "14: claim \"c1\": quantity value -5 is negative, and a count "
            "of prisoners cannot be; fix the figure\n"},
      {__LINE__, "  quantity { low: -10 high: 20 unit: \"Former POWs\" }\n",
       at + "14: claim \"c1\": quantity low -10 is negative, and a count of "
            "Former POWs cannot be; fix the figure\n"},
      {__LINE__, "  quantity { value: -2 unit: \"camps\" }\n",
       at + "14: claim \"c1\": quantity value -2 is negative, and a count "
            "of camps cannot be; fix the figure\n"},
      {__LINE__, "  quantity { value: 0 unit: \"people\" }\n", ""},
      {__LINE__, "  quantity { value: -40 unit: \"degrees\" }\n", ""},
      {__LINE__, "  quantity { value: -3 unit: \"km\" }\n", ""},
      {__LINE__, "  quantity { value: -200 unit: \"tons of grain\" }\n", ""},
      {__LINE__, "  duration { amount: nan unit: UNIT_DAY }\n",
       at + "14: claim \"c1\": duration amount is not a finite number (nan); "
            "write the figure as it is in the text\n"},
      {__LINE__, "  duration { amount: -3 unit: UNIT_DAY }\n",
       at + "14: claim \"c1\": duration amount -3 is negative, and a duration "
            "cannot be; fix the figure\n"},
      {__LINE__, "  duration { amount: 2 unit: UNIT_YEAR low_days: inf }\n",
       at + "40: claim \"c1\": duration low_days is not a finite number "
            "(inf); write the figure as it is in the text\n"},
      {__LINE__,
       "  relative_date {\n    direction: AFTER\n    offset { amount: 1e15 "
       "unit: UNIT_YEAR }\n    anchor_entity: \"kengir\"\n    "
       "anchor_attribute: \"start\"\n  }\n",
       "ERROR: claims/c.textproto:6:14: claim \"c1\": relative date offset of "
       "1,000,000,000,000,000 years is more than 10,000 years, which no "
       "written date can be from its anchor; fix the offset\n"},
      {__LINE__,
       "  relative_date {\n    direction: AFTER\n    offset { amount: 3 "
       "unit: UNIT_DECADE }\n    anchor_entity: \"kengir\"\n    "
       "anchor_attribute: \"start\"\n  }\n",
       ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Lint(ClaimWith(c.body)), c.expected) << "line " << c.line;
  }
}

TEST_F(LintTest, EnumValueTheSchemaDoesNotNameIsAnError) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 5 }\n  status: 99\n")),
            "ERROR: claims/c.textproto:5:3: claim \"c1\": status 99 is not a "
            "known CurationStatus; use one of EXTRACTED, CONFIRMED, CORRECTED, "
            "REJECTED\n");
  EXPECT_EQ(Lint(ClaimWith("  duration { amount: 2 unit: 42 }\n")),
            "ERROR: claims/c.textproto:4:24: claim \"c1\": duration.unit 42 is "
            "not a known TimeUnit; use one of UNIT_HOUR, UNIT_DAY, UNIT_WEEK, "
            "UNIT_MONTH, UNIT_YEAR, UNIT_DECADE\n");
}

TEST_F(LintTest, Utf8ByteOrderMarkIsAccepted) {
  EXPECT_EQ(Lint("\xEF\xBB\xBF" + ClaimWith("  quantity { value: 5 }\n")), "");
  // Columns on line 1 are counted without it.
  EXPECT_EQ(Lint("\xEF\xBB\xBF"
                 "claim { id: \"c1\" source: \"nope\" "
                 "quantity { value: 5 } }\n"),
            "ERROR: claims/c.textproto:1:18: claim \"c1\": unknown source "
            "\"nope\"; add it to a sources file or fix the id\n");
}

TEST(TextprotoSyntaxTest, EveryTopLevelItemWithASyntaxErrorIsReported) {
  // Three claims: the first and third are broken, the second is fine.
  MemoryFileReader files;
  files.Add("claims/c.textproto",
            "claim {\n  id: \"c1\"\n  source \"s1\"\n}\n"
            "claim { id: \"c2\" source: \"s1\" }\n"
            "# a comment with a { brace\n"
            "claim {\n  id: \"c3 }\"\n  bogus: 1\n}\n");
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  issues.Sort();
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/c.textproto:3:10: Expected \":\", found "
            "\"\"s1\"\"; fix the syntax and run lint again\n"
            "ERROR: claims/c.textproto:9:3: Message type \"checker.Claim\" has "
            "no field named \"bogus\"; fix the syntax and run lint again\n");
}

}  // namespace
}  // namespace checker
