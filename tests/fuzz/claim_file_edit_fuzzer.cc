// Feeds arbitrary bytes, as a claim file a person edited, to the text-level
// editor that `extract` and `review` write with (UpsertClaimText,
// RemoveClaimText). Either edit may refuse the file with a status; when it
// succeeds, the result must parse, hold the upserted claim exactly once and
// as written (or no longer hold the removed one), and keep every other
// claim the file had. Must never crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "checker/base/issue.h"
#include "checker/store/claim_file_edit.h"
#include "checker/store/textproto_parse.h"
#include "google/protobuf/util/message_differencer.h"
#include "proto/claim_base.pb.h"

namespace {

// Claims by id (how many times each occurs); false if `text` does not parse.
bool ClaimIds(const std::string& text, checker::ClaimBaseFile* file,
              absl::flat_hash_map<std::string, int>* ids) {
  checker::IssueList issues;
  if (!checker::ParseTextproto("fuzz.textproto", text, file, nullptr,
                               &issues)) {
    return false;
  }
  for (const checker::Claim& claim : file->claim()) ++(*ids)[claim.id()];
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;  // large inputs only slow the search down
  const std::string text(reinterpret_cast<const char*>(data), size);
  checker::Claim claim;
  claim.set_id("fz_1");
  claim.set_source("s1");
  claim.set_text("doce días");
  claim.mutable_quantity()->set_value(12);
  claim.set_note("revisé — \"ok\" \\ {braces} # not a comment");
  claim.set_status(checker::CONFIRMED);

  absl::StatusOr<std::string> upserted = checker::UpsertClaimText(text, claim);
  if (!upserted.ok()) return 0;
  checker::ClaimBaseFile before, after;
  absl::flat_hash_map<std::string, int> ids_before, ids_after;
  if (!ClaimIds(text, &before, &ids_before)) __builtin_trap();  // accepted?
  if (!ClaimIds(*upserted, &after, &ids_after)) __builtin_trap();
  if (ids_after["fz_1"] != 1) __builtin_trap();
  for (const checker::Claim& written : after.claim()) {
    if (written.id() == "fz_1" &&
        !google::protobuf::util::MessageDifferencer::Equals(written, claim)) {
      __builtin_trap();
    }
  }
  ids_before.erase("fz_1");
  ids_after.erase("fz_1");
  if (ids_before != ids_after) __builtin_trap();

  absl::StatusOr<std::string> removed =
      checker::RemoveClaimText(*upserted, "fz_1");
  if (!removed.ok()) __builtin_trap();
  checker::ClaimBaseFile gone;
  absl::flat_hash_map<std::string, int> ids_gone;
  if (!ClaimIds(*removed, &gone, &ids_gone)) __builtin_trap();
  if (ids_gone.contains("fz_1")) __builtin_trap();
  if (ids_gone != ids_before) __builtin_trap();
  return 0;
}
