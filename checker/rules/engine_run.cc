#include "checker/rules/engine_run.h"

#include <algorithm>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

constexpr int kMaxAnchorDepth = 16;

bool IsPercent(const Claim& claim) {
  return claim.has_quantity() && claim.quantity().unit() == "percent";
}

// Whether the claim states a single figure (see point_written).
bool PointWritten(const Claim& claim) {
  if (claim.has_quantity()) return claim.quantity().has_value();
  if (claim.has_duration()) {
    const Duration& d = claim.duration();
    return d.amount() > 0 && (!d.has_low_days() || !d.has_high_days() ||
                              d.low_days() == d.high_days() ||
                              d.unit() != UNIT_DAY);
  }
  return claim.has_date() && claim.date().precision() == PRECISION_DAY;
}

bool Eligible(const Claim& claim) {
  return claim.status() != REJECTED &&
         claim.value_case() != Claim::VALUE_NOT_SET &&
         !claim.subject().entity().empty() &&
         !claim.subject().attribute().empty();
}

// Interns strings; Ranks() gives each id its position in sorted order.
class Interner {
 public:
  uint32_t Intern(absl::string_view text) {
    auto [it, added] = ids_.emplace(text, static_cast<uint32_t>(ids_.size()));
    return it->second;
  }
  std::vector<uint32_t> Ranks() const {
    std::vector<std::pair<absl::string_view, uint32_t>> sorted(ids_.begin(),
                                                               ids_.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<uint32_t> rank(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) rank[sorted[i].second] = i;
    return rank;
  }

 private:
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
};

}  // namespace

EntityChecker::EntityChecker(const EngineSetup& setup, const RunIndex& index,
                             IssueList* issues)
    : setup_(setup), index_(index), base_(index.base), issues_(issues) {}

const Attribute* EntityChecker::FindAttribute(absl::string_view id) const {
  auto it = index_.attributes.find(id);
  return it == index_.attributes.end() ? nullptr : it->second;
}

const Claim* EntityChecker::FindClaim(absl::string_view id) const {
  auto it = index_.claim_index.find(id);
  return it == index_.claim_index.end() ? nullptr : &base_.claims[it->second];
}

RunIndex::RunIndex(const ClaimBase& base)
    : base(base), voices(base.sources) {
  const std::vector<Claim>& claims = base.claims;
  claim_index.reserve(claims.size());
  for (uint32_t i = 0; i < claims.size(); ++i) {
    claim_index.emplace(claims[i].id(), i);
  }
  for (const Attribute& attribute : base.attributes) {
    attributes.emplace(attribute.id(), &attribute);
  }
  Interner entities, attributes, qualifiers;
  std::vector<std::string> qualifier_keys;  // owns non-empty keys
  struct Key {
    uint32_t entity, attribute, qualifiers, claim;
  };
  std::vector<Key> keys;
  keys.reserve(claims.size());
  std::vector<uint32_t> claim_qualifier_key(claims.size(), 0);
  qualifiers.Intern("");
  for (uint32_t i = 0; i < claims.size(); ++i) {
    if (!Eligible(claims[i])) continue;
    const Subject& subject = claims[i].subject();
    uint32_t q = 0;
    if (!subject.qualifier().empty() || IsPercent(claims[i])) {
      // Percentages group apart from counts; '\x1f' sorts them after.
      qualifier_keys.push_back(absl::StrCat(
          QualifierKey(subject), IsPercent(claims[i]) ? "\x1fpercent" : ""));
      claim_qualifier_key[i] = static_cast<uint32_t>(qualifier_keys.size());
    }
    keys.push_back({entities.Intern(subject.entity()),
                    attributes.Intern(subject.attribute()), q, i});
  }
  // Intern qualifier keys only now: the vector no longer reallocates.
  for (Key& key : keys) {
    uint32_t slot = claim_qualifier_key[key.claim];
    if (slot > 0) key.qualifiers = qualifiers.Intern(qualifier_keys[slot - 1]);
  }
  std::vector<uint32_t> entity_rank = entities.Ranks();
  std::vector<uint32_t> attribute_rank = attributes.Ranks();
  std::vector<uint32_t> qualifier_rank = qualifiers.Ranks();
  for (Key& key : keys) {
    key.entity = entity_rank[key.entity];
    key.attribute = attribute_rank[key.attribute];
    key.qualifiers = qualifier_rank[key.qualifiers];
  }
  // Integer keys first; claim ids only within a group (small runs).
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.entity, a.attribute, a.qualifiers, a.claim) <
           std::tie(b.entity, b.attribute, b.qualifiers, b.claim);
  });
  auto same_group = [](const Key& a, const Key& b) {
    return a.entity == b.entity && a.attribute == b.attribute &&
           a.qualifiers == b.qualifiers;
  };
  for (size_t begin = 0; begin < keys.size();) {
    size_t end = begin + 1;
    while (end < keys.size() && same_group(keys[begin], keys[end])) ++end;
    std::sort(keys.begin() + begin, keys.begin() + end,
              [&claims](const Key& a, const Key& b) {
                const std::string& ida = claims[a.claim].id();
                const std::string& idb = claims[b.claim].id();
                return ida != idb ? ida < idb : a.claim < b.claim;
              });
    begin = end;
  }
  order.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    order.push_back(keys[i].claim);
    bool starts = i == 0 || keys[i].entity != keys[i - 1].entity ||
                  keys[i].attribute != keys[i - 1].attribute ||
                  keys[i].qualifiers != keys[i - 1].qualifiers;
    if (starts) {
      groups.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i)});
      group_entity.push_back(keys[i].entity);
      const Subject& subject = claims[keys[i].claim].subject();
      if (subject.qualifier().empty() && !IsPercent(claims[keys[i].claim])) {
        unqualified.emplace(
            std::make_pair(absl::string_view(subject.entity()),
                           absl::string_view(subject.attribute())),
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
}

absl::StatusOr<ValueInterval> EntityChecker::NormalizeClaim(uint32_t index) {
  return setup_.normalizer.Normalize(
      base_.claims[index],
      [this](const RelativeDate& relative) { return ResolveAnchor(relative); });
}

absl::StatusOr<ValueInterval> EntityChecker::ResolveAnchor(
    const RelativeDate& relative) {
  if (anchor_depth_ >= kMaxAnchorDepth) {
    return absl::FailedPreconditionError(absl::StrCat(
        "anchors chain more than ", kMaxAnchorDepth,
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
  auto it = index_.unqualified.find(std::make_pair(
      absl::string_view(relative.anchor_entity()),
      absl::string_view(relative.anchor_attribute())));
  if (it == index_.unqualified.end()) {
    return absl::NotFoundError(absl::StrCat(
        "no claims give ", relative.anchor_entity(), " ",
        relative.anchor_attribute(), " to anchor on"));
  }
  // The hull of the anchor group's claims: every date they allow.
  ValueInterval hull;
  hull.kind = VALUE_DATE;
  hull.low = std::numeric_limits<double>::infinity();
  hull.high = -hull.low;
  const GroupRange& range = index_.groups[it->second];
  for (uint32_t k = range.begin; k < range.end; ++k) {
    absl::StatusOr<ValueInterval> iv = NormalizeClaim(index_.order[k]);
    if (!iv.ok() || iv->kind != VALUE_DATE) continue;
    hull.low = std::min(hull.low, iv->low);
    hull.high = std::max(hull.high, iv->high);
  }
  if (hull.low > hull.high) {
    return absl::NotFoundError(absl::StrCat(
        "no usable date for ", relative.anchor_entity(), " ",
        relative.anchor_attribute(), " to anchor on"));
  }
  return hull;
}

void EntityChecker::BuildGroup(const GroupRange& range, bool report_issues,
                           Group* group) {
  group->claims.reserve(range.end - range.begin);
  const Claim& first = base_.claims[index_.order[range.begin]];
  group->subject = &first.subject();
  group->percent = IsPercent(first);
  group->attribute = FindAttribute(first.subject().attribute());
  group->kind = group->attribute != nullptr ? group->attribute->value_kind()
                                            : VALUE_KIND_UNSPECIFIED;
  for (uint32_t k = range.begin; k < range.end; ++k) {
    uint32_t index = index_.order[k];
    const Claim& claim = base_.claims[index];
    absl::StatusOr<ValueInterval> iv = NormalizeClaim(index);
    if (iv.ok() && group->kind != VALUE_KIND_UNSPECIFIED &&
        iv->kind != group->kind) {
      iv = absl::InvalidArgumentError(absl::StrCat(
          "its value is a ", ValueKind_Name(iv->kind), " but attribute \"",
          claim.subject().attribute(), "\" takes ",
          ValueKind_Name(group->kind)));
    }
    if (!iv.ok()) {
      if (report_issues && first_pass_) {
        SourceLocation where = index < base_.claim_locations.size()
                                   ? base_.claim_locations[index]
                                   : SourceLocation{};
        issues_->Warning(where, absl::StrCat("claim \"", claim.id(),
                                             "\" left out of the check: ",
                                             iv.status().message()));
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
    group->claims.push_back(std::move(normalized));
  }
  if (report_issues && first_pass_) {
    eligible_claims_ += group->claims.size();
  }
  if (!group->claims.empty()) index_.voices.AssignVoices(group);
}

bool EntityChecker::GroupConflicts(absl::string_view entity,
                               absl::string_view attribute) {
  auto it = index_.unqualified.find(std::make_pair(entity, attribute));
  if (it == index_.unqualified.end()) return false;
  auto cached = conflict_cache_.find(it->second);
  if (cached != conflict_cache_.end()) return cached->second;
  Group group;
  BuildGroup(index_.groups[it->second], /*report_issues=*/false, &group);
  std::vector<const NormalizedClaim*> claims;
  for (const NormalizedClaim& c : group.claims) claims.push_back(&c);
  bool conflicts = claims.size() >= 2 &&
                   ClassifyIntervals(claims, group.kind,
                                     setup_.config.varying_threshold()) ==
                       CONFLICT;
  conflict_cache_[it->second] = conflicts;
  return conflicts;
}

}  // namespace checker
