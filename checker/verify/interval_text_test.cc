#include "checker/verify/interval_text.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(SubjectKeyTest, QualifierOrderDoesNotMatterButValuesDo) {
  Subject a, b, c;
  a.set_entity("gulag");
  a.set_attribute("population");
  (*a.mutable_qualifier())["year"] = "1953";
  (*a.mutable_qualifier())["sex"] = "female";
  b = a;
  b.mutable_qualifier()->clear();
  (*b.mutable_qualifier())["sex"] = "female";
  (*b.mutable_qualifier())["year"] = "1953";
  c = a;
  (*c.mutable_qualifier())["year"] = "1954";
  EXPECT_EQ(SubjectIndexKey(a), SubjectIndexKey(b));
  EXPECT_NE(SubjectIndexKey(a), SubjectIndexKey(c));
  EXPECT_NE(SubjectIndexKey(a), SubjectIndexKey("gulag", "population"));
  EXPECT_EQ(SubjectDisplay(a), "gulag/population[sex=female,year=1953]");
}

}  // namespace
}  // namespace checker
