// checker.rule.sequence: dates of one entity in a possible order.
//
// Across the date and duration attributes of one entity (same qualifiers):
//  - start + duration ≈ end: "16 May to 26 June" is 41 days counted
//    exclusively, 42 inclusively; durations fitting neither but within one
//    day of them are VARYING with CAUSE_DAY_COUNTING, anything further off
//    is a CONFLICT with CAUSE_SEQUENCE (one finding per duration group).
//    The span comes from a period claim (day precision preferred; a coarser
//    period "May and June" only bounds the duration from above), else from
//    a start and an end claim, of the same source when one gives both.
//  - order: start ≤ end, arrest ≤ execution, death ≤ announcement, birth ≤
//    death. A CONFLICT (CAUSE_SEQUENCE) names the latest "before" claim and
//    the earliest "after" claim when the first certainly follows the second.
// Roles come from Attribute.role, else the attribute id (see DateRole).
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/number_text.h"
#include "checker/rules/causes.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"
#include "checker/rules/rule.h"

namespace checker {
namespace {

constexpr std::pair<const char*, const char*> kOrderedRoles[] = {
    {"start", "end"},
    {"arrest", "execution"},
    {"death", "announced"},
    {"birth", "death"},
};

// The date group of `role` with the given qualifier key, or null.
const Group* GroupWithRole(const std::vector<const Group*>& groups,
                           absl::string_view role, const std::string& key) {
  for (const Group* g : groups) {
    if (g->kind == VALUE_DATE && QualifierKey(*g->subject) == key &&
        DateRole(g->attribute, g->subject->attribute()) == role) {
      return g;
    }
  }
  return nullptr;
}

// The first claim written as a period ("from 16 May to 26 June") among the
// date groups with qualifier key `key`.
// Day-precision periods come first: they give an exact span.
const NormalizedClaim* FindPeriod(const std::vector<const Group*>& groups,
                                  const std::string& key) {
  const NormalizedClaim* coarse = nullptr;
  for (const Group* g : groups) {
    if (g->kind != VALUE_DATE || QualifierKey(*g->subject) != key) continue;
    for (const NormalizedClaim& c : g->claims) {
      if (!c.claim->has_date() || c.claim->date().extent() != EXTENT_PERIOD) {
        continue;
      }
      if (c.claim->date().precision() == PRECISION_DAY) return &c;
      if (coarse == nullptr) coarse = &c;
    }
  }
  return coarse;
}

// A start and an end claim, from one source when one gives both.
std::pair<const NormalizedClaim*, const NormalizedClaim*> StartAndEnd(
    const Group& start, const Group& end) {
  for (const NormalizedClaim& a : start.claims) {
    for (const NormalizedClaim& b : end.claims) {
      if (a.claim->source() == b.claim->source()) return {&a, &b};
    }
  }
  return {&start.claims.front(), &end.claims.front()};
}

class SequenceRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.sequence"; }

  void CheckEntity(const std::vector<const Group*>& groups,
                   RuleContext& context) const override {
    std::vector<std::string> keys;
    for (const Group* g : groups) {
      std::string key = QualifierKey(*g->subject);
      if (keys.empty() || keys.back() != key) keys.push_back(key);
    }
    for (const std::string& key : keys) {
      for (const auto& [before, after] : kOrderedRoles) {
        CheckOrder(GroupWithRole(groups, before, key),
                   GroupWithRole(groups, after, key), context);
      }
      const Group* start = GroupWithRole(groups, "start", key);
      const Group* end = GroupWithRole(groups, "end", key);
      const NormalizedClaim* period = FindPeriod(groups, key);
      for (const Group* g : groups) {
        if (g->kind != VALUE_DURATION || QualifierKey(*g->subject) != key) {
          continue;
        }
        if (period != nullptr) {
          CheckDuration(*period, *period, *g, context);
        } else if (start != nullptr && end != nullptr) {
          auto [s, e] = StartAndEnd(*start, *end);
          CheckDuration(*s, *e, *g, context);
        }
      }
    }
  }

 private:
  void CheckOrder(const Group* before, const Group* after,
                  RuleContext& context) const {
    if (before == nullptr || after == nullptr) return;
    const NormalizedClaim* latest = &before->claims.front();
    for (const NormalizedClaim& c : before->claims) {
      if (c.interval.low > latest->interval.low) latest = &c;
    }
    const NormalizedClaim* earliest = &after->claims.front();
    for (const NormalizedClaim& c : after->claims) {
      if (c.interval.high < earliest->interval.high) earliest = &c;
    }
    if (latest->interval.low <= earliest->interval.high) return;
    std::string explanation =
        absl::StrCat(ClaimLabel(*latest), " (", before->subject->attribute(),
                     ") falls after ", ClaimLabel(*earliest), " (",
                     after->subject->attribute(), "), but it must come first.");
    Finding finding =
        context.NewFinding(*this, *before->subject, CONFLICT,
                           {latest, earliest}, std::move(explanation));
    finding.set_cause(CAUSE_SEQUENCE);
    context.Report(std::move(finding));
  }

  // Durations of `durations` against the span from `s` to `e` (the same
  // claim for a written period "16 May to 26 June"). One finding per group:
  // CONFLICT if any duration is far off, else VARYING for day counting.
  void CheckDuration(const NormalizedClaim& s, const NormalizedClaim& e,
                     const Group& durations, RuleContext& context) const {
    ValueInterval span;  // exclusive count .. inclusive count
    span.kind = VALUE_DURATION;
    if (&s != &e) {
      span.low = e.interval.low - s.interval.high;
      span.high = e.interval.high - s.interval.low + 1;
    } else if (s.claim->date().precision() == PRECISION_DAY) {
      span.low = s.interval.high - s.interval.low;
      span.high = span.low + 1;
    } else {  // "May and June": started and ended somewhere in there
      span.low = 0;
      span.high = s.interval.high - s.interval.low + 1;
    }
    ValueInterval near = span;
    near.low -= 1;
    near.high += 1;
    std::vector<const NormalizedClaim*> misfits;
    bool far = false;
    for (const NormalizedClaim& d : durations.claims) {
      if (Overlaps(d.interval, span)) continue;
      misfits.push_back(&d);
      far |= !Overlaps(d.interval, near);
    }
    if (misfits.empty()) return;
    std::string from = &s == &e
                           ? ClaimLabel(s)
                           : absl::StrCat(ClaimLabel(s), " to ", ClaimLabel(e));
    std::string explanation = absl::StrCat(
        from, " is ", FormatNumber(span.low), " days counted exclusively, ",
        FormatNumber(span.high), " inclusively; ", ClaimLabels(misfits),
        far ? (misfits.size() == 1 ? " does not fit." : " do not fit.")
            : " is one day off: a different way of counting days.");
    std::vector<const NormalizedClaim*> claims = misfits;
    claims.push_back(&s);
    if (&e != &s) claims.push_back(&e);
    Finding finding =
        context.NewFinding(*this, *durations.subject, far ? CONFLICT : VARYING,
                           claims, std::move(explanation));
    finding.set_cause(far ? CAUSE_SEQUENCE : CAUSE_DAY_COUNTING);
    context.Report(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> NewSequenceRule() {
  return std::make_unique<SequenceRule>();
}

}  // namespace checker
