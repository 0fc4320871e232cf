#include "checker/review/review_queue.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

// A claim with an id and, when `confidence` >= 0, a link confidence.
Claim MakeClaim(const std::string& id, float confidence) {
  Claim claim;
  claim.set_id(id);
  if (confidence >= 0) claim.mutable_evidence()->set_confidence(confidence);
  return claim;
}

std::string Order(const std::vector<Claim>& claims,
                  const ClaimVerdicts& verdicts) {
  std::vector<std::string> ids;
  for (size_t i : OrderQueue(claims, verdicts)) ids.push_back(claims[i].id());
  return absl::StrJoin(ids, " ");
}

struct QueueCase {
  int line;
  std::vector<Claim> claims;
  ClaimVerdicts verdicts;
  std::string expected;
};

class OrderQueueTest : public ::testing::TestWithParam<QueueCase> {};

TEST_P(OrderQueueTest, MostConsequentialFirst) {
  const QueueCase& c = GetParam();
  EXPECT_EQ(Order(c.claims, c.verdicts), c.expected)
      << "row at line " << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, OrderQueueTest,
    ::testing::Values(
        // A claim in a conflict comes before a less confident one outside.
        QueueCase{__LINE__,
                  {MakeClaim("low", 0.2f), MakeClaim("conflict", 0.9f)},
                  {{"conflict", CONFLICT}},
                  "conflict low"},
        // VARYING decides a verdict too; within the tier, lowest confidence.
        QueueCase{
            __LINE__,
            {MakeClaim("c", 0.9f), MakeClaim("v", 0.5f), MakeClaim("x", 0.1f)},
            {{"c", CONFLICT}, {"v", VARYING}},
            "v c x"},
        // Consistent and single-source findings do not lift a claim.
        QueueCase{__LINE__,
                  {MakeClaim("consistent", 0.8f), MakeClaim("single", 0.7f),
                   MakeClaim("plain", 0.3f)},
                  {{"consistent", CONSISTENT}, {"single", SINGLE_SOURCE}},
                  "plain single consistent"},
        // Claims without a confidence (written by hand) come last, in the
        // base's order.
        QueueCase{__LINE__,
                  {MakeClaim("hand2", -1), MakeClaim("linked", 0.99f),
                   MakeClaim("hand1", -1)},
                  {},
                  "linked hand2 hand1"},
        // Equal confidences keep the base's order.
        QueueCase{
            __LINE__, {MakeClaim("b", 0.5f), MakeClaim("a", 0.5f)}, {}, "b a"}),
    // Named by the row's line, so CTest sees the same names in every process.
    [](const ::testing::TestParamInfo<QueueCase>& info) {
      return "Line" + std::to_string(info.param.line);
    });

TEST(CollectClaimVerdictsTest, KeepsTheWorstVerdictOfEachClaim) {
  Report report;
  Finding* consistent = report.add_finding();
  consistent->set_verdict(CONSISTENT);
  consistent->add_claim()->set_claim("x");
  Finding* conflict = report.add_finding();
  conflict->set_verdict(CONFLICT);
  conflict->add_claim()->set_claim("x");
  conflict->add_claim()->set_claim("y");
  Finding* single = report.add_finding();
  single->set_verdict(SINGLE_SOURCE);
  single->add_claim()->set_claim("y");
  ClaimVerdicts verdicts;
  CollectClaimVerdicts(report, &verdicts);
  EXPECT_EQ(verdicts.at("x"), CONFLICT);
  EXPECT_EQ(verdicts.at("y"), CONFLICT);
  EXPECT_FALSE(verdicts.contains("z"));
}

}  // namespace
}  // namespace checker
