#include "checker/store/claim_file.h"

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/store/textproto_parse.h"
#include "google/protobuf/text_format.h"

namespace checker {
absl::StatusOr<ClaimBaseFile> ReadClaimFile(const FileReader& reader,
                                            const std::string& path,
                                            IssueList* issues) {
  absl::StatusOr<std::string> text = reader.Read(path);
  if (!text.ok()) return text.status();
  ClaimBaseFile file;
  if (!ParseTextproto(path, *text, &file, nullptr, issues)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": cannot be parsed; see the issues"));
  }
  return file;
}

absl::StatusOr<ClaimBaseFile> ReadClaimFile(const std::string& path,
                                            IssueList* issues) {
  return ReadClaimFile(RealFileReader(), path, issues);
}

absl::Status WriteClaimFile(const std::string& path, const ClaimBaseFile& file,
                            absl::string_view header_comment) {
  std::string out;
  if (!header_comment.empty()) {
    for (absl::string_view line : absl::StrSplit(header_comment, '\n')) {
      absl::StrAppend(&out, line.empty() ? "#" : "# ", line, "\n");
    }
    out += "\n";
  }
  std::string body;
  google::protobuf::TextFormat::Printer printer;
  if (!printer.PrintToString(file, &body)) {
    return absl::InternalError(
        absl::StrCat(path, ": cannot print the claims as textproto"));
  }
  out += body;
  return WriteFileAtomically(path, out);
}

MergeResult MergeClaims(const std::vector<Claim>& existing,
                        const std::vector<Claim>& candidates) {
  absl::flat_hash_map<std::string, const Claim*> candidate_by_id;
  for (const Claim& candidate : candidates) {
    candidate_by_id.try_emplace(candidate.id(), &candidate);
  }
  MergeResult result;
  result.claims.reserve(existing.size() + candidates.size());
  absl::flat_hash_set<std::string> existing_ids;
  for (const Claim& claim : existing) {
    existing_ids.insert(claim.id());
    auto it = candidate_by_id.find(claim.id());
    if (it == candidate_by_id.end()) {
      result.vanished.push_back(claim.id());
      result.claims.push_back(claim);
      if (claim.status() != EXTRACTED) ++result.kept_reviewed;
    } else if (claim.status() == EXTRACTED) {
      result.claims.push_back(*it->second);
      ++result.refreshed;
    } else {
      result.claims.push_back(claim);
      ++result.kept_reviewed;
    }
  }
  for (const Claim& candidate : candidates) {
    if (existing_ids.contains(candidate.id())) continue;
    result.claims.push_back(candidate);
    ++result.added;
  }
  return result;
}

}  // namespace checker
