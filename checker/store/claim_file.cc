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
  absl::Status parsed = ParseTextprotoFile(path, *text, &file, issues);
  if (!parsed.ok()) return parsed;
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

namespace {

bool IsReviewStatus(CurationStatus status) { return status != EXTRACTED; }

// An EXTRACTED claim nobody has touched: machine output only.
bool IsUntouchedCandidate(const Claim& claim) {
  return claim.status() == EXTRACTED && claim.note().empty();
}

bool QuoteInPlace(const Claim& claim, absl::string_view document) {
  const Provenance& p = claim.provenance();
  return p.quote_begin() <= document.size() &&
         document.substr(p.quote_begin(), p.quote().size()) == p.quote();
}

std::pair<uint32_t, uint32_t> SpanOf(const Claim& claim) {
  return {claim.provenance().begin(), claim.provenance().end()};
}

// `claim` moved so its quote starts at `quote_begin`.
Claim MovedTo(const Claim& claim, size_t quote_begin) {
  Claim moved = claim;
  Provenance* p = moved.mutable_provenance();
  const int64_t delta = static_cast<int64_t>(quote_begin) -
                        static_cast<int64_t>(p->quote_begin());
  p->set_begin(static_cast<uint32_t>(p->begin() + delta));
  p->set_end(static_cast<uint32_t>(p->end() + delta));
  p->set_quote_begin(static_cast<uint32_t>(quote_begin));
  return moved;
}

// The EXTRACTED claim `existing` refreshed from `candidate`.
Claim Refreshed(const Claim& existing, const Claim& candidate) {
  Claim fresh = candidate;
  if (fresh.note().empty()) fresh.set_note(existing.note());
  return fresh;
}

}  // namespace

std::optional<size_t> FindQuote(absl::string_view document,
                                absl::string_view quote,
                                absl::string_view prefix,
                                absl::string_view suffix) {
  if (quote.empty()) return std::nullopt;
  std::optional<size_t> best;
  size_t best_score = 0;
  bool tie = false;
  for (size_t at = document.find(quote); at != absl::string_view::npos;
       at = document.find(quote, at + 1)) {
    size_t score = 0;
    const absl::string_view before = document.substr(0, at);
    while (score < prefix.size() && score < before.size() &&
           prefix[prefix.size() - 1 - score] ==
               before[before.size() - 1 - score]) {
      ++score;
    }
    const absl::string_view after = document.substr(at + quote.size());
    size_t same_after = 0;
    while (same_after < suffix.size() && same_after < after.size() &&
           suffix[same_after] == after[same_after]) {
      ++same_after;
    }
    score += same_after;
    if (!best || score > best_score) {
      best = at;
      best_score = score;
      tie = false;
    } else if (score == best_score) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

MergeResult MergeClaims(const std::vector<Claim>& existing,
                        const std::vector<Claim>& candidates,
                        absl::string_view document) {
  // Candidates by span and by id; each is matched at most once.
  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, size_t> by_span;
  absl::flat_hash_map<std::string, size_t> by_id;
  for (size_t i = 0; i < candidates.size(); ++i) {
    by_span.try_emplace(SpanOf(candidates[i]), i);
    by_id.try_emplace(candidates[i].id(), i);
  }
  std::vector<bool> taken(candidates.size(), false);
  // A free candidate at `i` with the same quote as `claim`.
  const auto free_match = [&](const auto& index, const auto& key,
                              const Claim& claim) -> std::optional<size_t> {
    auto it = index.find(key);
    if (it == index.end() || taken[it->second] ||
        candidates[it->second].provenance().quote() !=
            claim.provenance().quote()) {
      return std::nullopt;
    }
    return it->second;
  };
  // The candidate `claim` matches (same span, else same id), now taken.
  const auto take = [&](const Claim& claim) -> std::optional<size_t> {
    std::optional<size_t> found = free_match(by_span, SpanOf(claim), claim);
    if (!found) found = free_match(by_id, claim.id(), claim);
    if (found) taken[*found] = true;
    return found;
  };

  MergeResult result;
  result.claims.reserve(existing.size() + candidates.size());
  absl::flat_hash_set<std::string> ids;
  for (const Claim& claim : existing) {
    if (std::optional<size_t> match = take(claim)) {
      if (IsReviewStatus(claim.status())) {
        result.claims.push_back(claim);
        ++result.kept_reviewed;
      } else {
        result.claims.push_back(Refreshed(claim, candidates[*match]));
        ++result.refreshed;
      }
    } else if (IsUntouchedCandidate(claim)) {
      result.dropped.push_back(claim.id());
      continue;
    } else if (claim.provenance().quote().empty() ||
               QuoteInPlace(claim, document)) {
      result.claims.push_back(claim);
      ++result.kept_reviewed;
    } else if (std::optional<size_t> at = FindQuote(
                   document, claim.provenance().quote(),
                   claim.provenance().prefix(), claim.provenance().suffix())) {
      Claim moved = MovedTo(claim, *at);
      // The candidate found at the new place is this claim, not a new one.
      if (std::optional<size_t> there =
              free_match(by_span, SpanOf(moved), moved)) {
        taken[*there] = true;
        const Claim& candidate = candidates[*there];
        if (IsReviewStatus(claim.status())) {
          *moved.mutable_provenance() = candidate.provenance();
        } else {
          moved = Refreshed(claim, candidate);
          moved.set_id(claim.id());
        }
      }
      result.claims.push_back(std::move(moved));
      result.reanchored.push_back(claim.id());
      ++result.kept_reviewed;
    } else {
      result.claims.push_back(claim);
      result.vanished.push_back(claim.id());
      ++result.kept_reviewed;
    }
    ids.insert(result.claims.back().id());
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (taken[i]) continue;
    Claim fresh = candidates[i];
    if (ids.contains(fresh.id())) {
      int n = 2;
      while (ids.contains(absl::StrCat(candidates[i].id(), "_", n))) ++n;
      fresh.set_id(absl::StrCat(candidates[i].id(), "_", n));
    }
    ids.insert(fresh.id());
    result.claims.push_back(std::move(fresh));
    ++result.added;
  }
  return result;
}

}  // namespace checker
