// checker.rule.arithmetic: percentages against totals, parts against wholes.
//
// Modelled in the claim base as:
//  - a percentage: a claim with unit "percent", optionally with qualifier
//    of=<attribute of the total>, e.g. returned (of=captured) 14 percent; it
//    is checked against the count of the same attribute without "of"
//    (returned 10,087) divided by the total (captured, about 70,000).
//    Without "of" the total is the entity's first of captured, population,
//    participants that is claimed;
//  - parts: claims with qualifier part=<name> (male, female) whose sum is
//    checked against the claim without "part" (the whole).
// Other qualifiers must be equal. Bounds come from the normalized intervals,
// so hedges widen what fits; `arithmetic_tolerance` widens the computed side
// (relative), and a whole-number percentage also allows its rounding (±0.5).
// Claims of one source are checked together when that source gives every
// figure; otherwise a violation is reported only when no combination fits.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/number_text.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"
#include "checker/rules/rule.h"

namespace checker {
namespace {

constexpr size_t kMaxCombinations = 4096;

// Totals a percentage without an "of" qualifier refers to, tried in order.
constexpr const char* kDefaultTotals[] = {"captured", "population",
                                          "participants"};

// The group of `entity` with `attribute` and `group`'s qualifiers minus
// `drop`; null when absent.
const Group* Sibling(const std::vector<const Group*>& groups,
                     const Group& group, absl::string_view attribute,
                     absl::string_view drop) {
  Subject wanted = *group.subject;
  wanted.set_attribute(std::string(attribute));
  wanted.mutable_qualifier()->erase(std::string(drop));
  std::string key = QualifierKey(wanted);
  for (const Group* g : groups) {
    if (!g->percent && g->subject->attribute() == attribute &&
        QualifierKey(*g->subject) == key) {
      return g;
    }
  }
  return nullptr;
}

ValueInterval Widen(ValueInterval iv, double tolerance) {
  iv.low -= std::fabs(iv.low) * tolerance;
  iv.high += std::fabs(iv.high) * tolerance;
  iv.low_exclusive = iv.high_exclusive = false;
  return iv;
}

bool IsPercent(const NormalizedClaim& c) {
  return c.claim->has_quantity() && c.claim->quantity().unit() == "percent";
}

class ArithmeticRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.arithmetic"; }

  void CheckEntity(const std::vector<const Group*>& groups,
                   RuleContext& context) const override {
    double tolerance = context.config().arithmetic_tolerance();
    for (const Group* group : groups) {
      if (!group->percent) continue;
      const auto& qualifiers = group->subject->qualifier();
      auto of = qualifiers.find("of");
      if (of != qualifiers.end()) {
        CheckPercent(groups, *group, of->second, "of", tolerance, context);
        continue;
      }
      for (const char* total : kDefaultTotals) {
        if (total != group->subject->attribute() &&
            Sibling(groups, *group, total, "") != nullptr) {
          CheckPercent(groups, *group, total, "", tolerance, context);
          break;
        }
      }
    }
    CheckParts(groups, tolerance, context);
  }

 private:
  void CheckPercent(const std::vector<const Group*>& groups,
                    const Group& percents, const std::string& total_attribute,
                    absl::string_view drop, double tolerance,
                    RuleContext& context) const {
    const Group* counts =
        Sibling(groups, percents, percents.subject->attribute(), drop);
    const Group* totals = Sibling(groups, percents, total_attribute, drop);
    if (counts == nullptr || totals == nullptr) return;
    for (const NormalizedClaim& p : percents.claims) {
      if (!IsPercent(p)) continue;
      ValueInterval stated = p.interval;
      if (p.point == std::floor(p.point) && stated.low == stated.high) {
        stated.low -= 0.5;
        stated.high += 0.5;
      }
      bool same_source_only = false;
      for (const NormalizedClaim& c : counts->claims) {
        for (const NormalizedClaim& t : totals->claims) {
          if (c.claim->source() == p.claim->source() &&
              t.claim->source() == p.claim->source()) {
            same_source_only = true;
          }
        }
      }
      const NormalizedClaim* bad_count = nullptr;
      const NormalizedClaim* bad_total = nullptr;
      ValueInterval bad_ratio;
      bool fits = false;
      size_t tried = 0;
      for (const NormalizedClaim& c : counts->claims) {
        for (const NormalizedClaim& t : totals->claims) {
          if (IsPercent(c) || ++tried > kMaxCombinations) continue;
          if (same_source_only && (c.claim->source() != p.claim->source() ||
                                   t.claim->source() != p.claim->source())) {
            continue;
          }
          if (t.interval.low <= 0) continue;
          ValueInterval ratio;
          ratio.kind = VALUE_QUANTITY;
          ratio.low = c.interval.low / t.interval.high * 100;
          ratio.high = c.interval.high / t.interval.low * 100;
          ratio = Widen(ratio, tolerance);
          if (Overlaps(ratio, stated)) {
            fits = true;
          } else if (bad_count == nullptr) {
            bad_count = &c;
            bad_total = &t;
            bad_ratio = ratio;
          }
        }
      }
      if (fits || bad_count == nullptr) continue;
      std::string explanation = absl::StrCat(
          ClaimLabel(*bad_count), " of ", ClaimLabel(*bad_total), " is ",
          FormatNumber(bad_ratio.low), "–", FormatNumber(bad_ratio.high),
          " percent (with ", FormatNumber(tolerance * 100),
          "% tolerance), but ", ClaimLabel(p), " says otherwise.");
      Finding finding = context.NewFinding(*this, *percents.subject, CONFLICT,
                                           {&p, bad_count, bad_total},
                                           std::move(explanation));
      finding.set_cause(CAUSE_ARITHMETIC);
      context.Report(std::move(finding));
    }
  }

  void CheckParts(const std::vector<const Group*>& groups, double tolerance,
                  RuleContext& context) const {
    // Wholes that have part groups: sum each part group's common range.
    for (const Group* whole : groups) {
      if (whole->kind != VALUE_QUANTITY || whole->percent ||
          whole->subject->qualifier().count("part") > 0) {
        continue;
      }
      std::vector<const NormalizedClaim*> part_claims;
      ValueInterval sum;
      sum.kind = VALUE_QUANTITY;
      sum.low = sum.high = 0;
      int parts = 0;
      bool parts_disagree = false;
      for (const Group* g : groups) {
        if (g->percent || g->subject->qualifier().count("part") == 0 ||
            Sibling(groups, *g, g->subject->attribute(), "part") != whole) {
          continue;
        }
        std::vector<const NormalizedClaim*> claims;
        for (const NormalizedClaim& c : g->claims) claims.push_back(&c);
        bool empty = false;
        ValueInterval common = CommonOverlap(claims, &empty);
        if (empty) {  // the parts disagree: the interval rule says so
          parts_disagree = true;
          break;
        }
        sum.low += common.low;
        sum.high += common.high;
        part_claims.insert(part_claims.end(), claims.begin(), claims.end());
        ++parts;
      }
      if (parts < 2 || parts_disagree) continue;
      ValueInterval widened = Widen(sum, tolerance);
      std::vector<const NormalizedClaim*> misfits;
      for (const NormalizedClaim& w : whole->claims) {
        if (!Overlaps(widened, w.interval)) misfits.push_back(&w);
      }
      if (misfits.empty()) continue;
      std::string explanation = absl::StrCat(
          "The ", parts, " parts (", ClaimLabels(part_claims), ") add up to ",
          FormatNumber(sum.low), "–", FormatNumber(sum.high),
          ", which does not fit ", ClaimLabels(misfits), ".");
      part_claims.insert(part_claims.end(), misfits.begin(), misfits.end());
      Finding finding = context.NewFinding(*this, *whole->subject, CONFLICT,
                                           part_claims, std::move(explanation));
      finding.set_cause(CAUSE_ARITHMETIC);
      context.Report(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewArithmeticRule() {
  return std::make_unique<ArithmeticRule>();
}

}  // namespace checker
