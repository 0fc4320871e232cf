#include "checker/rules/engine_run.h"

#include <algorithm>
#include <thread>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

constexpr int kMaxAnchorDepth = 16;

// Whether the claim states a single figure (see point_written).
bool PointWritten(const Claim& claim) {
  if (claim.has_quantity()) return claim.quantity().has_value();
  if (claim.has_duration()) {
    const Duration& d = claim.duration();
    return d.amount() > 0 &&
           (!d.has_low_days() || !d.has_high_days() ||
            d.low_days() == d.high_days() || d.unit() != UNIT_DAY);
  }
  return claim.has_date() && claim.date().precision() == PRECISION_DAY;
}

// Interns strings (owned: the claims they come from may be parsed
// copies); RankAll() then renumbers every id to its place in sorted order.
class Interner {
 public:
  uint32_t Intern(absl::string_view text) {
    auto it = ids_.find(text);
    if (it != ids_.end()) return it->second;
    return ids_.emplace(std::string(text), static_cast<uint32_t>(ids_.size()))
        .first->second;
  }
  // Replaces each id by its rank; returns old id → rank, and leaves the
  // map with ranks as values.
  std::vector<uint32_t> RankAll() {
    std::vector<std::pair<absl::string_view, uint32_t>> sorted(ids_.begin(),
                                                               ids_.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<uint32_t> rank(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) rank[sorted[i].second] = i;
    for (auto& [text, id] : ids_) id = rank[id];
    return rank;
  }
  absl::flat_hash_map<std::string, uint32_t> Release() {
    return std::move(ids_);
  }

 private:
  absl::flat_hash_map<std::string, uint32_t> ids_;
};

bool Eligible(const ClaimKey& key) {
  return key.status != REJECTED && key.value_case != 0 && !key.entity.empty() &&
         !key.attribute.empty();
}

bool IsPercent(const ClaimKey& key) {
  return key.value_case == Claim::kQuantity && key.quantity_unit == "percent";
}

// The separating qualifiers of `key`'s subject as one string (see
// GroupQualifierKey).
std::string QualifierKeyOf(const ClaimKey& key, const RulesConfig& config) {
  Subject scratch;
  return GroupQualifierKey(SubjectOf(key, &scratch), config);
}

// Whether an unreviewed claim's link is too unsure to count (see
// RulesConfig.review_threshold).
bool NeedsReview(const Claim& claim, const RulesConfig& config) {
  return claim.status() == EXTRACTED && claim.evidence().has_confidence() &&
         claim.evidence().confidence() < config.review_threshold();
}

}  // namespace

EntityChecker::EntityChecker(const EngineSetup& setup, const RunIndex& index,
                             IssueList* issues)
    : setup_(setup),
      index_(index),
      claims_(index.claims),
      issues_(issues),
      reader_(index.claims.NewReader()) {}

const Claim& EntityChecker::ClaimAt(uint32_t index) const {
  // The loader parsed these bytes once already; should that fail now, an
  // empty claim normalizes to an issue instead of a finding.
  const Claim* claim = reader_->Read(index);
  return claim != nullptr ? *claim : Claim::default_instance();
}

const Attribute* EntityChecker::FindAttribute(absl::string_view id) const {
  auto it = index_.attributes.find(id);
  return it == index_.attributes.end() ? nullptr : it->second;
}

const Claim* EntityChecker::FindClaim(absl::string_view id) const {
  auto it = index_.claim_index.find(id);
  return it == index_.claim_index.end() ? nullptr : &ClaimAt(it->second);
}

const GroupRange* RunIndex::UnqualifiedGroup(
    absl::string_view entity, absl::string_view attribute) const {
  auto e = entity_rank.find(entity);
  auto a = attribute_rank.find(attribute);
  if (e == entity_rank.end() || a == attribute_rank.end()) return nullptr;
  auto it = unqualified.find(std::make_pair(e->second, a->second));
  return it == unqualified.end() ? nullptr : &groups[it->second];
}

RunIndex::RunIndex(const ClaimSet& claims, const RulesConfig& config)
    : claims(claims),
      config(config),
      voices(claims.sources(), config.copied_context_words()) {
  const size_t claim_count = claims.size();
  // Claims by id are only needed for anchors; build them beside the rest.
  std::thread by_id([&] {
    claim_index.reserve(claim_count);
    for (uint32_t i = 0; i < claim_count; ++i) {
      claim_index.emplace(claims.Id(i), i);
    }
  });
  for (const Attribute& attribute : claims.attributes()) {
    attributes.emplace(attribute.id(), &attribute);
  }
  Interner entities, attribute_names, qualifiers;
  // "" first: it ranks first too, so rank 0 means "no qualifiers".
  qualifiers.Intern("");
  struct Key {
    uint32_t entity, attribute, qualifiers, claim;
  };
  std::vector<Key> keys;
  keys.reserve(claim_count);
  claims.ForEachKey([&](uint32_t i, const ClaimKey& claim) {
    if (!Eligible(claim)) return;
    uint32_t q = 0;
    if (claim.has_qualifiers || IsPercent(claim)) {
      // Percentages group apart from counts; '\x1f' sorts them after.
      q = qualifiers.Intern(absl::StrCat(
          claim.has_qualifiers ? QualifierKeyOf(claim, config) : "",
          IsPercent(claim) ? "\x1fpercent" : ""));
    }
    keys.push_back({entities.Intern(claim.entity),
                    attribute_names.Intern(claim.attribute), q, i});
  });
  std::vector<uint32_t> entity_ranks = entities.RankAll();
  std::vector<uint32_t> attribute_ranks = attribute_names.RankAll();
  std::vector<uint32_t> qualifier_ranks = qualifiers.RankAll();
  for (Key& key : keys) {
    key.entity = entity_ranks[key.entity];
    key.attribute = attribute_ranks[key.attribute];
    key.qualifiers = qualifier_ranks[key.qualifiers];
  }
  entity_rank = entities.Release();
  attribute_rank = attribute_names.Release();
  // Integer keys only; within a group claims stay in storage order (see
  // EntityChecker::BuildGroup for the order rules see).
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.entity, a.attribute, a.qualifiers, a.claim) <
           std::tie(b.entity, b.attribute, b.qualifiers, b.claim);
  });
  auto same_group = [](const Key& a, const Key& b) {
    return a.entity == b.entity && a.attribute == b.attribute &&
           a.qualifiers == b.qualifiers;
  };
  order.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    order.push_back(keys[i].claim);
    if (i == 0 || !same_group(keys[i], keys[i - 1])) {
      groups.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i)});
      group_entity.push_back(keys[i].entity);
      if (keys[i].qualifiers == 0) {
        unqualified.emplace(std::make_pair(keys[i].entity, keys[i].attribute),
                            static_cast<uint32_t>(groups.size() - 1));
      }
    }
    groups.back().end = static_cast<uint32_t>(i + 1);
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    if (g == 0 || group_entity[g] != group_entity[g - 1]) {
      entity_begin.push_back(static_cast<uint32_t>(g));
    }
  }
  by_id.join();
}

absl::StatusOr<ValueInterval> EntityChecker::NormalizeClaim(uint32_t index) {
  return setup_.normalizer.Normalize(
      ClaimAt(index),
      [this](const RelativeDate& relative) { return ResolveAnchor(relative); });
}

absl::StatusOr<ValueInterval> EntityChecker::ResolveAnchor(
    const RelativeDate& relative) {
  if (anchor_depth_ >= kMaxAnchorDepth) {
    return absl::FailedPreconditionError(
        absl::StrCat("anchors chain more than ", kMaxAnchorDepth,
                     " deep (a cycle?); anchor a claim on a written date"));
  }
  ++anchor_depth_;
  struct Leave {
    int* depth;
    ~Leave() { --*depth; }
  } leave{&anchor_depth_};
  if (!relative.anchor_claim().empty()) {
    auto it = index_.claim_index.find(relative.anchor_claim());
    if (it == index_.claim_index.end()) {
      return absl::NotFoundError(absl::StrCat(
          "anchor claim \"", relative.anchor_claim(), "\" is not in the base"));
    }
    absl::StatusOr<ValueInterval> anchor = NormalizeClaim(it->second);
    if (anchor.ok() && anchor->kind != VALUE_DATE) {
      return absl::InvalidArgumentError(absl::StrCat(
          "anchor claim \"", relative.anchor_claim(), "\" is not a date"));
    }
    return anchor;
  }
  const GroupRange* anchor_group = index_.UnqualifiedGroup(
      relative.anchor_entity(), relative.anchor_attribute());
  if (anchor_group == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("no claims give ", relative.anchor_entity(), " ",
                     relative.anchor_attribute(), " to anchor on"));
  }
  // The hull of the anchor group's claims: every date they allow.
  ValueInterval hull;
  hull.kind = VALUE_DATE;
  hull.low = std::numeric_limits<double>::infinity();
  hull.high = -hull.low;
  for (uint32_t k = anchor_group->begin; k < anchor_group->end; ++k) {
    absl::StatusOr<ValueInterval> iv = NormalizeClaim(index_.order[k]);
    if (!iv.ok() || iv->kind != VALUE_DATE) continue;
    hull.low = std::min(hull.low, iv->low);
    hull.high = std::max(hull.high, iv->high);
  }
  if (hull.low > hull.high) {
    return absl::NotFoundError(
        absl::StrCat("no usable date for ", relative.anchor_entity(), " ",
                     relative.anchor_attribute(), " to anchor on"));
  }
  return hull;
}

void EntityChecker::BuildGroup(const GroupRange& range, bool report_issues,
                               Group* group) {
  group->claims.reserve(range.end - range.begin);
  // The index keeps a group's claims in storage order; rules see them by
  // id. Sorting here, on claims already parsed, is cheap, where sorting by
  // id in the index would read ids from all over a large base.
  std::vector<std::pair<absl::string_view, uint32_t>> by_id;
  by_id.reserve(range.end - range.begin);
  for (uint32_t k = range.begin; k < range.end; ++k) {
    uint32_t index = index_.order[k];
    by_id.emplace_back(ClaimAt(index).id(), index);
  }
  std::sort(by_id.begin(), by_id.end());
  const Claim& first = ClaimAt(by_id.front().second);
  group->subject = &first.subject();
  if (setup_.config.group_qualifier_size() > 0) {
    group->own_subject = GroupSubject(first.subject(), setup_.config);
    group->subject = &group->own_subject;
  }
  group->percent = IsPercent(ClaimKeyOf(first));
  group->attribute = FindAttribute(first.subject().attribute());
  group->kind = group->attribute != nullptr ? group->attribute->value_kind()
                                            : VALUE_KIND_UNSPECIFIED;
  for (const auto& [id, index] : by_id) {
    const Claim& claim = ClaimAt(index);
    absl::StatusOr<ValueInterval> iv = NormalizeClaim(index);
    if (iv.ok() && group->kind != VALUE_KIND_UNSPECIFIED &&
        iv->kind != group->kind) {
      iv = absl::InvalidArgumentError(
          absl::StrCat("its value is a ", ValueKind_Name(iv->kind),
                       " but attribute \"", claim.subject().attribute(),
                       "\" takes ", ValueKind_Name(group->kind)));
    }
    if (!iv.ok()) {
      if (report_issues && first_pass_) {
        issues_->Warning(
            claims_.LocationOf(index),
            absl::StrCat("claim \"", claim.id(),
                         "\" left out of the check: ", iv.status().message()));
      }
      continue;
    }
    if (group->kind == VALUE_KIND_UNSPECIFIED) group->kind = iv->kind;
    NormalizedClaim normalized;
    normalized.claim = &claim;
    normalized.source = index_.voices.FindSource(claim.source());
    normalized.point = RepresentativePoint(claim, *iv);
    normalized.point_written = PointWritten(claim);
    normalized.interval = *std::move(iv);
    normalized.tier =
        normalized.source != nullptr ? normalized.source->tier() : 0;
    (NeedsReview(claim, setup_.config) ? group->needs_review : group->claims)
        .push_back(std::move(normalized));
  }
  if (report_issues && first_pass_) {
    eligible_claims_ += group->claims.size() + group->needs_review.size();
  }
  if (!group->claims.empty()) index_.voices.AssignVoices(group);
}

bool EntityChecker::GroupConflicts(absl::string_view entity,
                                   absl::string_view attribute) {
  const GroupRange* range = index_.UnqualifiedGroup(entity, attribute);
  if (range == nullptr) return false;
  auto group_index = static_cast<uint32_t>(range - index_.groups.data());
  auto cached = conflict_cache_.find(group_index);
  if (cached != conflict_cache_.end()) return cached->second;
  Group group;
  BuildGroup(*range, /*report_issues=*/false, &group);
  std::vector<const NormalizedClaim*> claims;
  for (const NormalizedClaim& c : group.claims) claims.push_back(&c);
  bool conflicts =
      claims.size() >= 2 &&
      ClassifyIntervals(claims, group.kind,
                        setup_.config.varying_threshold()) == CONFLICT;
  conflict_cache_[group_index] = conflicts;
  return conflicts;
}

}  // namespace checker
