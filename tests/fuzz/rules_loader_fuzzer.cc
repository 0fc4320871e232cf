// Feeds arbitrary bytes to a claim base directory's rules.textproto: the
// loader (syntax) and LintRules (meaning), in memory. Must never crash, leak
// or hang, and every issue must carry the rules file's name.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/base/issue.h"
#include "checker/normalize/rules_config_check.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"
#include "checker/store/lint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  checker::MemoryFileReader files;
  files.Add("claims/base.textproto",
            "entity { id: \"kengir\" name: \"Kengir uprising\" }\n");
  files.Add("claims/rules.textproto", text);
  checker::IssueList issues;
  absl::StatusOr<checker::ClaimBase> base =
      checker::LoadClaimBase(files, "claims", {}, &issues);
  if (!base.ok()) return 0;
  checker::LintOptions options;
  options.reader = &files;
  options.known_rules = {"checker.rule.interval", "checker.rule.voices"};
  checker::LintClaimBase(*base, options, &issues);
  for (const checker::Issue& issue : issues.issues()) {
    if (issue.location.file != "claims/rules.textproto") __builtin_trap();
  }
  issues.Sort();
  std::string shown = issues.ToDisplayString(
      [&](const std::string& path) { return files.Read(path).value_or(""); });
  if (!issues.empty() && shown.empty()) __builtin_trap();
  return 0;
}
