#include "checker/rules/finding_util.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

Subject MakeSubject(const char* entity, const char* attribute) {
  Subject subject;
  subject.set_entity(entity);
  subject.set_attribute(attribute);
  return subject;
}

TEST(SubjectKeyTest, QualifierOrderDoesNotMatterButValuesDo) {
  Subject a = MakeSubject("gulag", "population");
  (*a.mutable_qualifier())["year"] = "1953";
  (*a.mutable_qualifier())["sex"] = "female";
  Subject b = MakeSubject("gulag", "population");
  (*b.mutable_qualifier())["sex"] = "female";
  (*b.mutable_qualifier())["year"] = "1953";
  Subject c = a;
  (*c.mutable_qualifier())["year"] = "1954";
  EXPECT_EQ(SubjectKey(a), SubjectKey(b));
  EXPECT_NE(SubjectKey(a), SubjectKey(c));
  EXPECT_NE(SubjectKey(a), SubjectKey("gulag", "population"));
}

TEST(SubjectKeyTest, WithoutQualifiersItIsTheEntityAndAttributeKey) {
  EXPECT_EQ(SubjectKey(MakeSubject("gulag", "population")),
            SubjectKey("gulag", "population"));
  EXPECT_NE(SubjectKey("gulag", "population"), SubjectKey("gulag", "deaths"));
}

TEST(SubjectKeyTest, SeparatorsInIdsCannotMakeTwoSubjectsEqual) {
  // With '|' or ',' between the parts these pairs would collide.
  EXPECT_NE(SubjectKey("a|b", "c"), SubjectKey("a", "b|c"));
  Subject one = MakeSubject("e", "a");
  (*one.mutable_qualifier())["k"] = "1,m=2";
  Subject two = MakeSubject("e", "a");
  (*two.mutable_qualifier())["k"] = "1";
  (*two.mutable_qualifier())["m"] = "2";
  EXPECT_NE(SubjectKey(one), SubjectKey(two));
}

TEST(VerdictOrderTest, ConflictsFirstThenVaryingSingleConsistentReview) {
  EXPECT_EQ(VerdictOrder(CONFLICT), 0);
  EXPECT_EQ(VerdictOrder(VARYING), 1);
  EXPECT_EQ(VerdictOrder(SINGLE_SOURCE), 2);
  EXPECT_EQ(VerdictOrder(CONSISTENT), 3);
  EXPECT_EQ(VerdictOrder(NEEDS_REVIEW), 4);
  EXPECT_EQ(VerdictOrder(VERDICT_UNSPECIFIED), 5);
}

}  // namespace
}  // namespace checker
