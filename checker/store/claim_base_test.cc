#include "checker/store/claim_base.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "checker/store/lint_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::ClaimWith;

std::vector<std::string> ClaimIds(const ClaimBase& base) {
  std::vector<std::string> ids;
  for (const Claim& claim : base.claims) ids.push_back(claim.id());
  return ids;
}

TEST(LoadClaimBaseTest, LoadsEveryTextprotoBelowTheDirectoryInSortedOrder) {
  MemoryFileReader files;
  files.Add("claims/b/deep/z.textproto", ClaimWith("", "z"));
  files.Add("claims/a.textproto", ClaimWith("", "a"));
  files.Add("claims/b.textproto", ClaimWith("", "b"));
  files.Add("claims/notes.txt", "not a claim file");
  files.Add("other/c.textproto", ClaimWith("", "c"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims/", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_TRUE(issues.empty()) << issues.ToDisplayString();
  EXPECT_EQ(ClaimIds(*base), (std::vector<std::string>{"a", "b", "z"}));
  EXPECT_EQ(base->files, (std::vector<std::string>{
                             "claims/a.textproto", "claims/b.textproto",
                             "claims/b/deep/z.textproto"}));
  ASSERT_EQ(base->claim_locations.size(), 3u);
  EXPECT_EQ(base->claim_locations[2].file, "claims/b/deep/z.textproto");
  EXPECT_EQ(base->claim_locations[2].line, 1);
  EXPECT_EQ(base->claim_locations[2].column, 1);
  ASSERT_NE(base->FindClaim("z"), nullptr);
  EXPECT_EQ(base->FindClaim("z")->id(), "z");
  EXPECT_EQ(base->FindClaim("c"), nullptr);
}

TEST(LoadClaimBaseTest, SyntaxErrorInOneFileStillLoadsTheOthers) {
  MemoryFileReader files;
  files.Add("claims/gazetteer.textproto", testing::kGazetteer);
  files.Add("claims/bad.textproto",
            "claim {\n  id: \"x\"\n  sourse: \"s1\"\n}\n" + ClaimWith("", "y"));
  files.Add("claims/good.textproto", ClaimWith("", "g"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/bad.textproto:3:3: Message type \"checker.Claim\" "
            "has no field named \"sourse\"; fix the syntax and run lint "
            "again\n");
  EXPECT_EQ(ClaimIds(*base), std::vector<std::string>{"g"});
  EXPECT_NE(base->FindEntity("kengir"), nullptr);
  EXPECT_NE(base->FindAttribute("deaths"), nullptr);
}

TEST(LoadClaimBaseTest, UnterminatedMessageNamesTheEnd) {
  MemoryFileReader files;
  files.Add("claims/bad.textproto", "claim {\n  id: \"x\"\n");
  IssueList issues;
  ASSERT_TRUE(LoadClaimBase(files, "claims", {}, &issues).ok());
  ASSERT_EQ(issues.issues().size(), 1u);
  EXPECT_EQ(issues.issues()[0].location.file, "claims/bad.textproto");
  EXPECT_EQ(issues.issues()[0].location.line, 3);
}

TEST(LoadClaimBaseTest, RulesFileIsReadAsRulesConfig) {
  MemoryFileReader files;
  files.Add("claims/rules.textproto", "approximate_tolerance: 0.2\n");
  files.Add("claims/sub/rules.textproto", "varying_threshold: 0.5\n");
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_DOUBLE_EQ(base->rules.approximate_tolerance(), 0.2);
  EXPECT_FALSE(base->rules.has_varying_threshold());
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/sub/rules.textproto:1:1: second rules file; the "
            "rules were already read from claims/rules.textproto; keep only "
            "one rules.textproto\n");
}

TEST(LoadClaimBaseTest, UnknownRulesFieldIsAnError) {
  MemoryFileReader files;
  files.Add("claims/rules.textproto", "tolerance: 0.2\n");
  IssueList issues;
  ASSERT_TRUE(LoadClaimBase(files, "claims", {}, &issues).ok());
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/rules.textproto:1:1: Message type "
            "\"checker.RulesConfig\" has no field named \"tolerance\"; fix the "
            "syntax and run lint again\n");
}

TEST(LoadClaimBaseTest, FieldLocationsPointAtTheField) {
  MemoryFileReader files;
  files.Add("claims/c.textproto",
            ClaimWith("  provenance {\n    document: \"d\"\n  }\n"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  SourceLocation where =
      base->LocationOf(ItemKind::kClaim, 0, "provenance.document");
  EXPECT_EQ(where.file, "claims/c.textproto");
  EXPECT_EQ(where.line, 5);
  EXPECT_EQ(where.column, 5);
  // An absent field falls back to its nearest written parent.
  where = base->LocationOf(ItemKind::kClaim, 0, "provenance.begin");
  EXPECT_EQ(where.line, 4);
  EXPECT_EQ(where.column, 3);
}

TEST(LoadClaimBaseTest, MissingPathIsNotFound) {
  MemoryFileReader files;
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "nowhere", {}, &issues);
  EXPECT_EQ(base.status().code(), absl::StatusCode::kNotFound);
}

TEST(LoadClaimBaseTest, FileThatIsNotAClaimBaseIsInvalidArgument) {
  MemoryFileReader files;
  files.Add("notes.txt", "hello");
  IssueList issues;
  absl::StatusOr<ClaimBase> base =
      LoadClaimBase(files, "notes.txt", {}, &issues);
  EXPECT_EQ(base.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(LoadClaimBaseTest, SingleTextprotoFileLoads) {
  MemoryFileReader files;
  files.Add("one.textproto", ClaimWith("", "only"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base =
      LoadClaimBase(files, "one.textproto", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_EQ(ClaimIds(*base), std::vector<std::string>{"only"});
}

TEST(LoadClaimBaseTest, ReadsARealDirectoryRecursively) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(::testing::TempDir()) /
                  ("claim_base_test_real_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  std::ofstream(root / "sub" / "b.textproto") << ClaimWith("", "b");
  std::ofstream(root / "a.textproto") << ClaimWith("", "a");
  std::ofstream(root / "skip.md") << "# not claims";
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(root.string(), {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_TRUE(issues.empty()) << issues.ToDisplayString();
  EXPECT_EQ(ClaimIds(*base), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(base->files.back(), (root / "sub" / "b.textproto").string());
  fs::remove_all(root);
}

TEST(LoadClaimBaseTest, FiguresNoClaimCanMeanAreErrorsAtLoad) {
  // `check` and `report` stop on load errors: a NaN never reaches them.
  MemoryFileReader files;
  files.Add("claims/gazetteer.textproto", testing::kGazetteer);
  files.Add("claims/c.textproto",
            ClaimWith("  quantity { value: nan }\n") +
                ClaimWith("  duration { amount: 40 unit: UNIT_DAY }\n", "ok"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/c.textproto:4:14: claim \"c1\": quantity value is "
            "not a finite number (nan); write the figure as it is in the "
            "text\n");
}

TEST(LoadClaimBaseTest, NegativeCountIsAnErrorAtLoad) {
  MemoryFileReader files;
  files.Add("claims/gazetteer.textproto", testing::kGazetteer);
  files.Add(
      "claims/c.textproto",
      ClaimWith("  quantity { value: -300 unit: \"soldiers\" }\n") +
          ClaimWith("  quantity { value: -3 unit: \"percent\" }\n", "ok"));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  EXPECT_EQ(issues.ToDisplayString(),
            "ERROR: claims/c.textproto:4:14: claim \"c1\": quantity value "
            "-300 is negative, and a count of soldiers cannot be; fix the "
            "figure\n");
}

}  // namespace
}  // namespace checker
