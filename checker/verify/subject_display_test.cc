#include "checker/verify/subject_display.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(SubjectDisplayTest, SortsQualifiersByName) {
  Subject subject;
  subject.set_entity("gulag");
  subject.set_attribute("population");
  (*subject.mutable_qualifier())["year"] = "1953";
  (*subject.mutable_qualifier())["sex"] = "female";
  EXPECT_EQ(SubjectDisplay(subject), "gulag/population[sex=female,year=1953]");
  subject.mutable_qualifier()->clear();
  EXPECT_EQ(SubjectDisplay(subject), "gulag/population");
}

}  // namespace
}  // namespace checker
