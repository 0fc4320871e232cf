// Small in-memory claim bases for rule tests, and what every rules test
// shares: table rows of expected findings, their test names, and the gmock
// matchers. Test files open namespace checker::testing, so they need no
// using-declarations for these.
#ifndef CHECKER_RULES_RULES_TEST_UTIL_H_
#define CHECKER_RULES_RULES_TEST_UTIL_H_

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "proto/finding.pb.h"
#include "proto/rules.pb.h"

namespace checker {
namespace testing {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class BaseBuilder {
 public:
  BaseBuilder& AddSource(const std::string& id,
                         ReliabilityTier tier = RELIABILITY_TIER_UNSPECIFIED,
                         std::initializer_list<const char*> cites = {});
  // Marks `id` as quoting `quoted` verbatim (a compilation and its parts).
  BaseBuilder& AddQuote(const std::string& id, const std::string& quoted);
  // Marks `id` as copying, mirroring or paraphrasing `original`.
  BaseBuilder& AddDerivedFrom(const std::string& id,
                              const std::string& original);
  BaseBuilder& AddAttribute(const std::string& id, ValueKind kind,
                            const std::string& role = "");
  // A claim in textproto; sources and attributes it names are added when
  // missing (attributes by value kind).
  BaseBuilder& AddClaim(const std::string& textproto);
  BaseBuilder& Quantity(const std::string& id, const std::string& source,
                        const std::string& entity, const std::string& attribute,
                        double value, const std::string& hedge = "");
  BaseBuilder& Day(const std::string& id, const std::string& source,
                   const std::string& entity, const std::string& attribute,
                   const std::string& iso);
  BaseBuilder& Days(const std::string& id, const std::string& source,
                    const std::string& entity, const std::string& attribute,
                    double days);
  const ClaimBase& base() const { return base_; }

 private:
  ClaimBase base_;
};

// The config that runs only `rules` (the others disabled).
RulesConfig OnlyRules(std::initializer_list<const char*> rules);

// Runs the engine; issues go to `issues` when given.
Report RunRules(const ClaimBase& base, const RulesConfig& config = {},
                IssueList* issues = nullptr);

// "CONFLICT e/a a,b CAUSE_ROUNDING" — verdict, subject, claim ids, cause.
std::string Compact(const Finding& finding);
std::vector<std::string> CompactAll(const Report& report);

// A row of a rule's table test: what to build, and the findings (Compact
// form, report order) the rules give it.
struct FindingsCase {
  const char* name;
  std::function<void(BaseBuilder&)> build;
  std::vector<std::string> want;
};

// CompactAll of what `config` finds in the base `row.build` builds.
std::vector<std::string> FindingsOf(const FindingsCase& row,
                                    const RulesConfig& config = {});

// Names each TEST_P instance after its row's `name`:
// INSTANTIATE_TEST_SUITE_P(Table, T, ::testing::Values(...), CaseName()).
struct CaseName {
  template <typename Case>
  std::string operator()(const ::testing::TestParamInfo<Case>& info) const {
    return info.param.name;
  }
};

}  // namespace testing
}  // namespace checker

#endif  // CHECKER_RULES_RULES_TEST_UTIL_H_
