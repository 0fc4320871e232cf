#include "checker/verify/evidence.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/rules/finding_util.h"
#include "checker/store/claim_base_set.h"

namespace checker {
namespace {

constexpr int kAnchorDepth = 4;

}  // namespace

ValueKind KindOf(const Claim& claim) {
  switch (claim.value_case()) {
    case Claim::kQuantity:
      return VALUE_QUANTITY;
    case Claim::kDate:
    case Claim::kRelativeDate:
      return VALUE_DATE;
    case Claim::kDuration:
      return VALUE_DURATION;
    default:
      return VALUE_KIND_UNSPECIFIED;
  }
}

AnchorResolver EvidenceBuilder::Resolver(const DraftClaims* draft,
                                         int depth) const {
  return [this, draft, depth](const RelativeDate& relative) {
    return Resolve(relative, draft, depth);
  };
}

absl::StatusOr<ValueInterval> EvidenceBuilder::Resolve(
    const RelativeDate& relative, const DraftClaims* draft, int depth) const {
  const AnchorResolver next =
      depth > 0 ? Resolver(draft, depth - 1) : AnchorResolver();
  if (!relative.anchor_claim().empty()) {
    if (draft != nullptr) {
      auto it = draft->find(relative.anchor_claim());
      if (it != draft->end()) return normalizer_.Normalize(*it->second, next);
    }
    const Claim* anchor = index_.base().FindClaim(relative.anchor_claim());
    if (anchor == nullptr) {
      return absl::NotFoundError(
          absl::StrCat("anchor claim ", relative.anchor_claim(), " not found"));
    }
    return normalizer_.Normalize(*anchor, next);
  }
  const std::vector<uint32_t>* claims = index_.Find(
      SubjectKey(relative.anchor_entity(), relative.anchor_attribute()));
  bool found = false;
  ValueInterval hull;
  for (uint32_t i = 0; claims != nullptr && i < claims->size(); ++i) {
    const Claim& claim = index_.base().claims[(*claims)[i]];
    absl::StatusOr<ValueInterval> interval = normalizer_.Normalize(claim, next);
    if (!interval.ok()) continue;
    hull = found ? Hull(hull, *interval) : *interval;
    found = true;
  }
  if (!found) {
    return absl::NotFoundError(
        absl::StrCat("no date for anchor ", relative.anchor_entity(), "/",
                     relative.anchor_attribute(), " in the claim base"));
  }
  hull.kind = VALUE_DATE;
  return hull;
}

std::vector<uint32_t> EvidenceBuilder::WithAnchors(
    const std::vector<std::string>& keys) const {
  const std::vector<Claim>& all = index_.base().claims;
  absl::flat_hash_set<uint32_t> seen;
  std::vector<uint32_t> work;
  auto add = [&](const std::vector<uint32_t>* claims) {
    if (claims == nullptr) return;
    for (uint32_t i : *claims) {
      if (seen.insert(i).second) work.push_back(i);
    }
  };
  for (const std::string& key : keys) add(index_.Find(key));
  for (size_t next = 0; next < work.size(); ++next) {
    const Claim& claim = all[work[next]];
    if (!claim.has_relative_date()) continue;
    const RelativeDate& relative = claim.relative_date();
    const int64_t anchor = index_.FindClaimPosition(relative.anchor_claim());
    if (anchor >= 0 && seen.insert(static_cast<uint32_t>(anchor)).second) {
      work.push_back(static_cast<uint32_t>(anchor));
    }
    add(index_.Find(
        SubjectKey(relative.anchor_entity(), relative.anchor_attribute())));
  }
  std::sort(work.begin(), work.end());
  return work;
}

absl::flat_hash_map<std::string, SubjectEvidence> EvidenceBuilder::Build(
    const std::vector<std::string>& keys, const RuleEngine& engine,
    IssueList* issues) const {
  const ClaimBase& base = index_.base();
  absl::flat_hash_map<std::string, SubjectEvidence> evidence;
  for (const std::string& key : keys) {
    const std::vector<uint32_t>* claims = index_.Find(key);
    if (claims == nullptr || evidence.contains(key)) continue;
    SubjectEvidence& subject = evidence[key];
    for (uint32_t i : *claims) {
      const Claim& claim = base.claims[i];
      absl::StatusOr<ValueInterval> interval =
          normalizer_.Normalize(claim, Resolver(nullptr, kAnchorDepth));
      if (!interval.ok()) {
        SourceLocation where;
        if (i < base.claim_locations.size()) where = base.claim_locations[i];
        issues->Warning(
            where, absl::StrCat("claim ", claim.id(), " left out of verify: ",
                                interval.status().message()));
        continue;
      }
      if (interval->kind == VALUE_KIND_UNSPECIFIED)
        interval->kind = KindOf(claim);
      subject.claims.push_back({claim.id(), claim.source(), claim.text(),
                                claim.provenance().page(),
                                claim.quantity().unit(), *std::move(interval)});
    }
    std::sort(subject.claims.begin(), subject.claims.end(),
              [](const SourceClaim& a, const SourceClaim& b) {
                return std::tie(a.source, a.claim_id) <
                       std::tie(b.source, b.claim_id);
              });
  }
  if (evidence.empty()) return evidence;

  // The engine sees only the claims in play, plus their anchors; when those
  // are most of the base, copying them would cost more than running on all.
  const std::vector<uint32_t> in_play = WithAnchors(keys);
  IssueList engine_issues;  // the same claims' problems are reported above
  Report report;
  if (2 * in_play.size() >= base.claims.size()) {
    report = engine.Run(ClaimBaseSet(base), &engine_issues);
  } else {
    ClaimBase subset;
    subset.sources = base.sources;
    subset.entities = base.entities;
    subset.attributes = base.attributes;
    subset.rules = base.rules;
    subset.claims.reserve(in_play.size());
    for (uint32_t i : in_play) subset.claims.push_back(base.claims[i]);
    subset.BuildIndex();
    report = engine.Run(ClaimBaseSet(subset), &engine_issues);
  }
  for (const Finding& finding : report.finding()) {
    auto it = evidence.find(SubjectKey(finding.subject()));
    if (it == evidence.end()) continue;
    SubjectEvidence& subject = it->second;
    // The most severe finding speaks for the subject (the first of equals).
    if (VerdictOrder(finding.verdict()) < VerdictOrder(subject.verdict)) {
      subject.verdict = finding.verdict();
      subject.footnote = finding.footnote();
    }
  }
  return evidence;
}

}  // namespace checker
