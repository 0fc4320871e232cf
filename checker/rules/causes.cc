#include "checker/rules/causes.h"

#include <cmath>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/normalize/days.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

CauseNote DisputedAnchor(const Group& group, RuleContext& context) {
  for (const NormalizedClaim& c : group.claims) {
    if (!c.claim->has_relative_date()) continue;
    const RelativeDate& rel = c.claim->relative_date();
    std::string entity = rel.anchor_entity();
    std::string attribute = rel.anchor_attribute();
    if (!rel.anchor_claim().empty()) {
      const Claim* anchor = context.FindClaim(rel.anchor_claim());
      if (anchor == nullptr) continue;
      entity = anchor->subject().entity();
      attribute = anchor->subject().attribute();
    }
    if (context.GroupConflicts(entity, attribute)) {
      return {
          CAUSE_DISPUTED_ANCHOR,
          absl::StrCat(ClaimLabel(c), " is dated relative to ", entity, " ",
                       attribute, ", which the sources themselves dispute.")};
    }
  }
  return {};
}

CauseNote DateRoleMismatch(const Group& group, RuleContext& context) {
  if (group.kind != VALUE_DATE) return {};
  std::string own_role = DateRole(group.attribute, group.subject->attribute());
  for (const Group* other : context.entity_groups()) {
    if (other == &group || other->kind != VALUE_DATE) continue;
    std::string role = DateRole(other->attribute, other->subject->attribute());
    if (role != "announced" || own_role == "announced") continue;
    for (const NormalizedClaim& c : group.claims) {
      for (const NormalizedClaim& a : other->claims) {
        // The death date lies within the announcement's dates.
        bool within = c.interval.low >= a.interval.low &&
                      c.interval.high <= a.interval.high;
        if (!within) continue;
        return {CAUSE_DATE_ROLE,
                absl::StrCat(ClaimLabel(c), " matches ",
                             other->subject->attribute(), " in ", ClaimLabel(a),
                             ": a source may give the announcement date as "
                             "the date of the event.")};
      }
    }
  }
  return {};
}

CauseNote DayCounting(const Group& group) {
  if (group.kind != VALUE_DURATION) return {};
  for (const NormalizedClaim& a : group.claims) {
    for (const NormalizedClaim& b : group.claims) {
      if (b.point - a.point == 1) {
        return {CAUSE_DAY_COUNTING,
                absl::StrCat(ClaimLabel(a), " and ", ClaimLabel(b),
                             " differ by one day: inclusive and exclusive "
                             "counting of the same span.")};
      }
    }
    if (group.claims.size() > 64) break;  // keep it linear on huge groups
  }
  return {};
}

// `value` rounded to `digits` significant digits.
double RoundToSignificant(double value, int digits) {
  if (value == 0) return 0;
  double scale =
      std::pow(10, digits - 1 - std::floor(std::log10(std::fabs(value))));
  return std::round(value * scale) / scale;
}

CauseNote Rounding(const Group& group) {
  if (group.kind == VALUE_DATE) return {};
  absl::flat_hash_map<double, const NormalizedClaim*> by_point;
  for (const NormalizedClaim& c : group.claims) {
    if (c.point_written) by_point.emplace(c.point, &c);
  }
  for (const NormalizedClaim& c : group.claims) {
    if (!c.point_written) continue;
    for (int digits = 1; digits <= 6; ++digits) {
      double rounded = RoundToSignificant(c.point, digits);
      if (rounded == c.point) break;
      auto it = by_point.find(rounded);
      if (it == by_point.end()) continue;
      return {CAUSE_ROUNDING,
              absl::StrCat(ClaimLabel(*it->second), " is ", ClaimLabel(c),
                           " rounded to ", digits,
                           digits == 1 ? " digit" : " digits", ".")};
    }
  }
  return {};
}

CauseNote Scope(const Group& group, RuleContext& context) {
  for (const Group* other : context.entity_groups()) {
    if (other == &group ||
        other->subject->attribute() != group.subject->attribute()) {
      continue;
    }
    for (const NormalizedClaim& c : group.claims) {
      for (const NormalizedClaim& o : other->claims) {
        if (c.point != o.point || !Overlaps(c.interval, o.interval)) continue;
        return {
            CAUSE_SCOPE,
            absl::StrCat(ClaimLabel(c), " equals the figure for ",
                         SubjectText(*other->subject), " in ", ClaimLabel(o),
                         ": it may refer to another scope.")};
      }
    }
  }
  return {};
}

}  // namespace

std::string DateRole(const Attribute* attribute, absl::string_view id) {
  if (attribute != nullptr && !attribute->role().empty()) {
    return attribute->role();
  }
  if (absl::StrContains(id, "announce")) return "announced";
  if (absl::StrContains(id, "death")) return "death";
  if (absl::StrContains(id, "arrest")) return "arrest";
  if (absl::StrContains(id, "execution")) return "execution";
  if (absl::StrContains(id, "start") || absl::StrContains(id, "begin")) {
    return "start";
  }
  if (absl::StrContains(id, "end")) return "end";
  return "";
}

CauseNote DetectConflictCause(const Group& group, RuleContext& context) {
  for (CauseNote note :
       {DisputedAnchor(group, context), DateRoleMismatch(group, context),
        DayCounting(group), Rounding(group), Scope(group, context)}) {
    if (note.cause != CAUSE_UNSPECIFIED) return note;
  }
  return {};
}

CauseNote DetectAgreementCause(const Group& group) {
  bool differ = false;
  bool mixed_precision = false;
  bool hedged = false;
  const NormalizedClaim& first = group.claims.front();
  for (const NormalizedClaim& c : group.claims) {
    differ |= c.point != first.point;
    hedged |= !c.claim->hedge().empty() || c.interval.low != c.interval.high;
    if (c.claim->has_date() && first.claim->has_date()) {
      mixed_precision |=
          c.claim->date().precision() != first.claim->date().precision();
    }
  }
  if (!differ) return {};
  if (group.kind == VALUE_DATE && mixed_precision) {
    return {CAUSE_PRECISION,
            "The dates are written at different precision; the finer one "
            "lies within the coarser."};
  }
  if (group.kind != VALUE_DATE && hedged) {
    return {CAUSE_HEDGE,
            "The figures differ, but hedges and written bounds let them all "
            "be right."};
  }
  return {};
}

}  // namespace checker
