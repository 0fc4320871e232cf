// Feeds arbitrary bytes to the claim-file parser and lint, in memory: the
// bytes are a claim file of a small claim base and also the text of the
// document its source declares. Must never crash, leak or hang.
// The same bytes, taken as one serialized Claim, check the packed form's key
// scan against the parser: where both accept the bytes they must agree.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"
#include "checker/store/lint.h"
#include "checker/store/packed_claims.h"

namespace {

constexpr char kBase[] =
    "entity { id: \"kengir\" name: \"Kengir uprising\" }\n"
    "attribute { id: \"deaths\" value_kind: VALUE_QUANTITY }\n"
    "attribute { id: \"start\" value_kind: VALUE_DATE }\n"
    "source { id: \"s1\" title: \"One\" document { path: \"seeds/a.txt\" "
    "segment { quoted_source: \"s2\" begin: 0 end: 8 } } }\n"
    "source { id: \"s2\" title: \"Two\" }\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;  // large inputs only slow the search down
  std::string text(reinterpret_cast<const char*>(data), size);
  {
    checker::PackedClaims packed;
    packed.Append(text, "");
    checker::ClaimKey scanned;
    checker::Claim parsed;
    if (packed.ReadKey(0, &scanned) && packed.Parse(0, &parsed)) {
      checker::ClaimKey want = checker::ClaimKeyOf(parsed);
      if (scanned.id != want.id || scanned.entity != want.entity ||
          scanned.attribute != want.attribute ||
          scanned.has_qualifiers != want.has_qualifiers ||
          scanned.value_case != want.value_case ||
          scanned.quantity_unit != want.quantity_unit ||
          scanned.status != want.status) {
        __builtin_trap();
      }
    }
  }
  checker::MemoryFileReader files;
  files.Add("claims/base.textproto", kBase);
  files.Add("claims/fuzz.textproto", text);
  files.Add("docs/seeds/a.txt", text);
  checker::IssueList issues;
  absl::StatusOr<checker::ClaimBase> base =
      checker::LoadClaimBase(files, "claims", {}, &issues);
  if (!base.ok()) return 0;
  checker::LintOptions options;
  options.docs_root = "docs";
  options.reader = &files;
  checker::LintClaimBase(*base, options, &issues);
  issues.Sort();
  std::string shown = issues.ToDisplayString(
      [&](const std::string& path) { return files.Read(path).value_or(""); });
  // Every issue renders as at least one line.
  if (!issues.empty() && shown.empty()) __builtin_trap();
  return 0;
}
