// A small in-memory claim base for the store tests.
#ifndef CHECKER_STORE_LINT_TEST_UTIL_H_
#define CHECKER_STORE_LINT_TEST_UTIL_H_

#include <string>

#include "absl/status/statusor.h"
#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"
#include "checker/store/lint.h"
#include "gtest/gtest.h"

namespace checker::testing {

// claims/gazetteer.textproto: one entity, one attribute of each kind.
inline constexpr char kGazetteer[] =
    "entity { id: \"kengir\" name: \"Kengir uprising\" }\n"
    "attribute { id: \"deaths\" value_kind: VALUE_QUANTITY }\n"
    "attribute { id: \"start\" value_kind: VALUE_DATE }\n"
    "attribute { id: \"length\" value_kind: VALUE_DURATION }\n";

// claims/sources.textproto: s1 has document seeds/a.txt; s2 has none.
inline constexpr char kSources[] =
    "source {\n"
    "  id: \"s1\"\n"
    "  title: \"One\"\n"
    "  document { path: \"seeds/a.txt\" }\n"
    "}\n"
    "source { id: \"s2\" title: \"Two\" }\n";

// A claim "c1" of source s1 whose extra fields start on line 4 of the file.
inline std::string ClaimWith(const std::string& body,
                             const std::string& id = "c1") {
  return "claim {\n  id: \"" + id + "\"\n  source: \"s1\"\n" + body + "}\n";
}

// Holds claims/gazetteer.textproto and claims/sources.textproto in memory;
// tests add files and lint.
class ClaimBaseFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.Add("claims/gazetteer.textproto", kGazetteer);
    files_.Add("claims/sources.textproto", kSources);
  }

  // Loads claims/ (after adding claims/c.textproto = `claims_text` when
  // non-empty), lints it, and returns every issue, sorted, one per line.
  std::string Lint(const std::string& claims_text,
                   const std::string& docs_root = "") {
    if (!claims_text.empty()) files_.Add("claims/c.textproto", claims_text);
    IssueList issues;
    absl::StatusOr<ClaimBase> base =
        LoadClaimBase(files_, "claims", {}, &issues);
    EXPECT_TRUE(base.ok()) << base.status();
    if (!base.ok()) return "";
    LintOptions options;
    options.docs_root = docs_root;
    options.reader = &files_;
    options.builtin_attributes = builtin_attributes_;
    LintClaimBase(*base, options, &issues, &summary_);
    issues.Sort();
    return issues.ToDisplayString();
  }

  MemoryFileReader files_;
  LintSummary summary_;
  std::vector<std::string> builtin_attributes_;  // LintOptions' field
};

}  // namespace checker::testing

#endif  // CHECKER_STORE_LINT_TEST_UTIL_H_
