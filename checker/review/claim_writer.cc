#include "checker/review/claim_writer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/base/status_macros.h"
#include "checker/store/claim_file_edit.h"
#include "checker/store/textproto_parse.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace checker {
namespace {

// The claim with `id` in `file`, null when there is none.
const Claim* FindClaim(const ClaimBaseFile& file, absl::string_view id) {
  for (const Claim& claim : file.claim()) {
    if (claim.id() == id) return &claim;
  }
  return nullptr;
}

absl::StatusOr<ClaimFileSnapshot> ReadSnapshot(const std::string& path) {
  IssueList issues;  // the status carries them too
  return ReadClaimFileSnapshot(path, &issues);
}

absl::Status ChangedBySomeoneElse(const std::string& path,
                                  absl::string_view claim_id) {
  return absl::FailedPreconditionError(
      absl::StrCat(path, ": claim \"", claim_id,
                   "\" was changed by someone else since you loaded it; your "
                   "decision was not written. Reload to see their version."));
}

// The id an `id: "..."` field text holds, or nullopt when it cannot be read.
// The usual form is read directly; anything else (escapes, single quotes,
// concatenated strings) goes through the protobuf parser.
std::optional<std::string> IdOf(absl::string_view field) {
  static constexpr absl::string_view kOpen = "id: \"";
  if (absl::StartsWith(field, kOpen) && absl::EndsWith(field, "\"") &&
      field.size() > kOpen.size()) {
    const absl::string_view id =
        field.substr(kOpen.size(), field.size() - kOpen.size() - 1);
    if (std::all_of(id.begin(), id.end(), [](char c) {
          return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
                 c == '_' || c == '-' || c == '.' || c == ':' || c == '/';
        })) {
      return std::string(id);
    }
  }
  Claim claim;
  IssueList issues;
  if (!ParseTextproto("id", std::string(field), &claim, nullptr, &issues)) {
    return std::nullopt;
  }
  return claim.id();
}

// The common decision, an existing claim rewritten, in time proportional to
// the file's bytes rather than its parse: one read, the store's block scan,
// a parse of the claim's own block only, the store's editor on that block,
// then the store's guarded atomic replace. Nullopt when the file is not in
// that simple shape (unreadable, the claim absent or twice, a block that
// does not parse): the caller then takes the full path, which reports it.
std::optional<absl::Status> RewriteClaimBlock(
    const std::string& path, absl::string_view claim_id,
    absl::string_view expected_version, const Claim& updated) {
  // The fingerprint is of exactly the bytes edited: the replace below
  // refuses the write if the file is no longer those bytes.
  std::string contents;
  absl::StatusOr<FileFingerprint> fingerprint =
      ReadFileWithFingerprint(path, &contents);
  if (!fingerprint.ok() || !fingerprint->exists) return std::nullopt;
  const std::string* text = &contents;
  absl::StatusOr<std::vector<ClaimBlockSpan>> blocks = LocateClaimBlocks(*text);
  if (!blocks.ok()) return std::nullopt;
  const ClaimBlockSpan* found = nullptr;
  for (const ClaimBlockSpan& block : *blocks) {
    if (block.id_end == 0) continue;
    const std::optional<std::string> id = IdOf(absl::string_view(*text).substr(
        block.id_begin, block.id_end - block.id_begin));
    if (!id.has_value()) return std::nullopt;
    if (*id != claim_id) continue;
    if (found != nullptr) return std::nullopt;  // twice: the store says so
    found = &block;
  }
  if (found == nullptr) return std::nullopt;
  const std::string block =
      text->substr(found->begin, found->end - found->begin);
  ClaimBaseFile on_disk;
  IssueList issues;
  if (!ParseTextproto(path, block, &on_disk, nullptr, &issues) ||
      on_disk.claim_size() != 1 || on_disk.claim(0).id() != claim_id) {
    return std::nullopt;
  }
  if (ClaimVersion(on_disk.claim(0)) != expected_version) {
    return ChangedBySomeoneElse(path, claim_id);
  }
  absl::StatusOr<std::string> edited = UpsertClaimText(block, updated);
  if (!edited.ok()) return std::nullopt;
  const std::string rewritten =
      absl::StrCat(absl::string_view(*text).substr(0, found->begin), *edited,
                   absl::string_view(*text).substr(found->end));
  return ReplaceFileIfUnchanged(path, rewritten, *fingerprint).status();
}

}  // namespace

std::string ClaimVersion(const Claim& claim) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    claim.SerializeToCodedStream(&coded);
  }
  return Sha256Hex(bytes).substr(0, 16);
}

absl::StatusOr<Claim> ReadClaimFromFile(const std::string& path,
                                        absl::string_view claim_id) {
  CHECKER_ASSIGN_OR_RETURN(ClaimFileSnapshot snapshot, ReadSnapshot(path));
  const Claim* claim = FindClaim(snapshot.file, claim_id);
  if (claim == nullptr) {
    return absl::NotFoundError(
        absl::StrCat(path, ": no claim with id \"", claim_id, "\""));
  }
  return *claim;
}

absl::Status WriteReviewedClaim(const std::string& path,
                                absl::string_view claim_id,
                                absl::string_view expected_version,
                                const Claim* updated) {
  if (claim_id.empty() && updated == nullptr) {
    return absl::InvalidArgumentError("nothing to append");
  }
  if (!claim_id.empty() && updated != nullptr && updated->id() != claim_id) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": claim \"", claim_id,
        "\" cannot be rewritten under another id (\"", updated->id(), "\")"));
  }
  if (!claim_id.empty() && updated != nullptr) {
    std::optional<absl::Status> fast =
        RewriteClaimBlock(path, claim_id, expected_version, *updated);
    if (fast.has_value()) return *fast;
  }
  CHECKER_ASSIGN_OR_RETURN(ClaimFileSnapshot snapshot, ReadSnapshot(path));
  if (claim_id.empty()) {
    if (FindClaim(snapshot.file, updated->id()) != nullptr) {
      return absl::FailedPreconditionError(
          absl::StrCat(path, ": a claim with id \"", updated->id(),
                       "\" is already there; reload the page"));
    }
  } else {
    const Claim* on_disk = FindClaim(snapshot.file, claim_id);
    if (on_disk == nullptr) {
      return absl::NotFoundError(absl::StrCat(
          path, ": claim \"", claim_id,
          "\" is no longer in the file (someone else removed it); reload"));
    }
    // The file may have changed elsewhere (another claim decided); only a
    // change of this claim refuses the decision.
    if (ClaimVersion(*on_disk) != expected_version) {
      return ChangedBySomeoneElse(path, claim_id);
    }
  }
  // The edit reuses the snapshot's parse (the store parses only its output,
  // to check the splice), and the write is refused (FailedPrecondition) if
  // the file changed since the snapshot was read.
  ClaimFileEdits edits;
  if (updated != nullptr) {
    edits.upsert_claims.push_back(*updated);
  } else {
    edits.remove_claims.emplace_back(claim_id);
  }
  absl::StatusOr<std::string> edited = ApplyClaimFileEdits(snapshot, edits);
  if (!edited.ok()) {
    return absl::Status(edited.status().code(),
                        absl::StrCat(path, ": ", edited.status().message()));
  }
  return ReplaceFileIfUnchanged(path, *edited, snapshot.fingerprint).status();
}

}  // namespace checker
