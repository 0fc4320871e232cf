// Value checks of single claims, and cycles among relative-date anchors.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/base/counted_nouns.h"
#include "checker/base/iso_day.h"
#include "checker/base/number_text.h"
#include "checker/store/lint_internal.h"
#include "date/date.h"

namespace checker::lint_internal {
namespace {

// A written date is at most 10,000 years from any other (years 0000-9999),
// so no offset beyond that can be meant.
constexpr double kMaxOffsetYears = 10000;

// Upper bound of a unit in years, for the offset check.
double UnitYears(TimeUnit unit) {
  switch (unit) {
    case UNIT_HOUR:
      return 1.0 / (24 * 365);
    case UNIT_DAY:
      return 1.0 / 365;
    case UNIT_WEEK:
      return 7.0 / 365;
    case UNIT_MONTH:
      return 31.0 / 365;
    case UNIT_DECADE:
      return 10;
    default:
      return 1;  // a year, or unknown
  }
}

// `value` of field `path` (e.g. "quantity.low") is a finite number that may
// be negative only when `may_be_negative`; false after reporting.
// `what` names it in the message ("quantity value", "a count").
bool LintFigure(const LintContext& context, size_t i, absl::string_view path,
                absl::string_view what, double value, const char* kind,
                bool may_be_negative) {
  if (!std::isfinite(value)) {
    context.ClaimError(
        i, path,
        absl::StrCat(what, " is not a finite number (",
                     FormatExactNumber(value),
                     "); write the figure as it is in the text"));
    return false;
  }
  if (value < 0 && !may_be_negative) {
    context.ClaimError(
        i, path,
        absl::StrCat(what, " ", FormatExactNumber(value), " is negative, and ",
                     kind, " cannot be; fix the figure"));
    return false;
  }
  return true;
}

// Every figure of a duration: finite and not negative.
bool LintDurationFigures(const LintContext& context, size_t i,
                         absl::string_view path, const Duration& duration) {
  bool ok =
      LintFigure(context, i, absl::StrCat(path, ".amount"), "duration amount",
                 duration.amount(), "a duration", false);
  if (duration.has_low_days()) {
    ok &= LintFigure(context, i, absl::StrCat(path, ".low_days"),
                     "duration low_days", duration.low_days(), "a duration",
                     false);
  }
  if (duration.has_high_days()) {
    ok &= LintFigure(context, i, absl::StrCat(path, ".high_days"),
                     "duration high_days", duration.high_days(), "a duration",
                     false);
  }
  return ok;
}

// True when `unit` names people or countable things, so the figure is a
// count: some word of it is a person or thing noun of the counted-noun list
// ("prisoners", "former prisoners of war", "camps") and none is a unit of
// measure ("tons of grain" is an amount).
bool IsCountUnit(absl::string_view unit) {
  bool count = false;
  for (absl::string_view word :
       absl::StrSplit(unit, absl::ByAnyChar(" /-,;()"), absl::SkipEmpty())) {
    switch (KindOfNoun(absl::AsciiStrToLower(word))) {
      case NounKind::kUnit:
        return false;
      case NounKind::kPeople:
      case NounKind::kThing:
        count = true;
        break;
      default:
        break;
    }
  }
  return count;
}

// Every figure of a quantity: finite, and not negative when its unit says
// it is a count ("-5 prisoners" means nothing). Other quantities may be
// negative: a temperature, a balance, an elevation, or a figure whose unit
// is not known ("-40 degrees").
bool LintQuantityFigures(const LintContext& context, size_t i,
                         const Quantity& q) {
  const bool signed_ok = !IsCountUnit(q.unit());
  const std::string kind =
      signed_ok ? "a quantity" : absl::StrCat("a count of ", q.unit());
  bool ok = true;
  if (q.has_value()) {
    ok &= LintFigure(context, i, "quantity.value", "quantity value", q.value(),
                     kind.c_str(), signed_ok);
  }
  if (q.has_low()) {
    ok &= LintFigure(context, i, "quantity.low", "quantity low", q.low(),
                     kind.c_str(), signed_ok);
  }
  if (q.has_high()) {
    ok &= LintFigure(context, i, "quantity.high", "quantity high", q.high(),
                     kind.c_str(), signed_ok);
  }
  return ok;
}

// One end of a DateValue; false if it is missing or bad (after reporting).
bool LintDay(const LintContext& context, size_t i, const char* field,
             absl::string_view text, date::sys_days* day) {
  if (text.empty()) {
    context.ClaimError(i, "date",
                       absl::StrCat("date has no ", field, " day; add ", field,
                                    ": \"YYYY-MM-DD\""));
    return false;
  }
  absl::StatusOr<int64_t> parsed = ParseIsoDay(text);
  if (!parsed.ok()) {
    context.ClaimError(
        i, absl::StrCat("date.", field),
        absl::StrCat("date ", field, " ", parsed.status().message()));
    return false;
  }
  *day = date::sys_days{date::days{*parsed}};
  return true;
}

void LintDate(const LintContext& context, size_t i, const DateValue& value) {
  date::sys_days earliest, latest;
  bool has_earliest =
      LintDay(context, i, "earliest", value.earliest(), &earliest);
  bool has_latest = LintDay(context, i, "latest", value.latest(), &latest);
  if (has_earliest && has_latest && earliest > latest) {
    context.ClaimError(
        i, "date.earliest",
        absl::StrCat("date earliest ", value.earliest(), " is after latest ",
                     value.latest(), "; fix the dates or swap them"));
  }
}

void LintDuration(const LintContext& context, size_t i, absl::string_view path,
                  const Duration& duration) {
  if (duration.has_low_days() && duration.has_high_days() &&
      std::isfinite(duration.low_days()) &&
      std::isfinite(duration.high_days()) &&
      duration.low_days() > duration.high_days()) {
    context.ClaimError(i, absl::StrCat(path, ".low_days"),
                       absl::StrCat("duration low_days ",
                                    FormatExactNumber(duration.low_days()),
                                    " is greater than high_days ",
                                    FormatExactNumber(duration.high_days()),
                                    "; swap them or fix the figures"));
  }
}

void LintRelativeDate(const LintContext& context, size_t i,
                      const RelativeDate& relative) {
  const ClaimBase& base = context.base();
  LintDuration(context, i, "relative_date.offset", relative.offset());
  if (!relative.anchor_claim().empty() &&
      base.FindClaim(relative.anchor_claim()) == nullptr) {
    context.ClaimError(i, "relative_date.anchor_claim",
                       absl::StrCat("relative date anchors on unknown claim \"",
                                    relative.anchor_claim(),
                                    "\"; fix anchor_claim or add that claim"));
  }
  if (!relative.anchor_entity().empty() &&
      base.FindEntity(relative.anchor_entity()) == nullptr) {
    context.ClaimError(
        i, "relative_date.anchor_entity",
        absl::StrCat("relative date anchors on unknown entity \"",
                     relative.anchor_entity(),
                     "\"; add it to the gazetteer or fix the id"));
  }
  if (!relative.anchor_attribute().empty() &&
      !context.KnownAttribute(relative.anchor_attribute())) {
    context.ClaimError(
        i, "relative_date.anchor_attribute",
        absl::StrCat("relative date anchors on unknown attribute \"",
                     relative.anchor_attribute(), "\"",
                     LintContext::kUnknownAttributeAdvice));
  }
  if (relative.anchor_claim().empty() && relative.anchor_entity().empty()) {
    context.ClaimWarning(i, "relative_date",
                         "relative date has no anchor, so it cannot be "
                         "resolved; set anchor_claim, or anchor_entity and "
                         "anchor_attribute");
  }
}

// The claim's value kind against its attribute's.
void LintValueKind(const LintContext& context, size_t i) {
  const Claim& claim = context.base().claims[i];
  const Attribute* attribute =
      context.base().FindAttribute(claim.subject().attribute());
  if (attribute == nullptr ||
      attribute->value_kind() == VALUE_KIND_UNSPECIFIED) {
    return;
  }
  ValueKind kind = VALUE_KIND_UNSPECIFIED;
  const char* field = "";
  switch (claim.value_case()) {
    case Claim::kQuantity:
      kind = VALUE_QUANTITY;
      field = "quantity";
      break;
    case Claim::kDate:
      kind = VALUE_DATE;
      field = "date";
      break;
    case Claim::kRelativeDate:
      kind = VALUE_DATE;
      field = "relative_date";
      break;
    case Claim::kDuration:
      kind = VALUE_DURATION;
      field = "duration";
      break;
    case Claim::VALUE_NOT_SET:
      return;
  }
  if (kind == attribute->value_kind()) return;
  auto article = [](ValueKind k) {
    return k == VALUE_QUANTITY ? "a quantity"
           : k == VALUE_DATE   ? "a date"
                               : "a duration";
  };
  context.ClaimError(i, field,
                     absl::StrCat("the value is ", article(kind), " (", field,
                                  ") but attribute \"", attribute->id(),
                                  "\" takes ", article(attribute->value_kind()),
                                  "; fix the value or the attribute"));
}

// The span against itself, the quote and the claim's text.
void LintSpan(const LintContext& context, size_t i) {
  const Claim& claim = context.base().claims[i];
  if (!claim.has_provenance()) return;
  const Provenance& p = claim.provenance();
  if (p.begin() > p.end()) {
    context.ClaimError(
        i, "provenance.begin",
        absl::StrCat("provenance begin ", p.begin(), " is after end ", p.end(),
                     "; fix the span"));
    return;
  }
  if (p.quote().empty()) return;
  uint64_t quote_end = uint64_t{p.quote_begin()} + p.quote().size();
  if (p.begin() < p.quote_begin() || p.end() > quote_end) {
    context.ClaimError(i, "provenance.begin",
                       absl::StrCat("span [", p.begin(), ", ", p.end(),
                                    ") lies outside its quote, which covers [",
                                    p.quote_begin(), ", ", quote_end,
                                    "); fix quote_begin or the span"));
  }
  if (!claim.text().empty() &&
      p.quote().find(claim.text()) == std::string::npos) {
    context.ClaimError(
        i, "provenance.quote",
        absl::StrCat("quote ", Quoted(p.quote()),
                     " does not contain the claim's text ",
                     Quoted(claim.text()), "; fix the quote or the text"));
  }
}

// A relative date's offset: at most kMaxOffsetYears.
void LintOffsetSize(const LintContext& context, size_t i,
                    const Duration& offset) {
  double years = offset.amount() * UnitYears(offset.unit());
  if (offset.has_high_days()) years = std::max(years, offset.high_days() / 365);
  if (std::isfinite(years) && years > kMaxOffsetYears) {
    context.ClaimError(
        i, "relative_date.offset.amount",
        absl::StrCat("relative date offset of ", FormatNumber(years),
                     " years is more than ", FormatNumber(kMaxOffsetYears),
                     " years, which no written date can be from its anchor; "
                     "fix the offset"));
  }
}

}  // namespace

void LintClaimFigures(const LintContext& context, size_t i) {
  const Claim& claim = context.base().claims[i];
  switch (claim.value_case()) {
    case Claim::kQuantity:
      LintQuantityFigures(context, i, claim.quantity());
      break;
    case Claim::kDuration:
      LintDurationFigures(context, i, "duration", claim.duration());
      break;
    case Claim::kRelativeDate:
      if (LintDurationFigures(context, i, "relative_date.offset",
                              claim.relative_date().offset())) {
        LintOffsetSize(context, i, claim.relative_date().offset());
      }
      break;
    default:
      break;
  }
}

void LintClaimValue(const LintContext& context, size_t i) {
  const Claim& claim = context.base().claims[i];
  switch (claim.value_case()) {
    case Claim::VALUE_NOT_SET:
      context.ClaimError(i, "",
                         "no value; add a quantity, date, duration or "
                         "relative_date");
      break;
    case Claim::kQuantity: {
      const Quantity& q = claim.quantity();
      // Non-finite figures were reported at load.
      if (q.has_low() && q.has_high() && std::isfinite(q.low()) &&
          std::isfinite(q.high()) && q.low() > q.high()) {
        context.ClaimError(
            i, "quantity.low",
            absl::StrCat("quantity low ", FormatExactNumber(q.low()),
                         " is greater than high ", FormatExactNumber(q.high()),
                         "; swap them or fix the figures"));
      }
      break;
    }
    case Claim::kDate:
      LintDate(context, i, claim.date());
      break;
    case Claim::kDuration:
      LintDuration(context, i, "duration", claim.duration());
      break;
    case Claim::kRelativeDate:
      LintRelativeDate(context, i, claim.relative_date());
      break;
  }
  LintValueKind(context, i);
  LintSpan(context, i);
}

void LintAnchorCycles(const LintContext& context) {
  const ClaimBase& base = context.base();
  const size_t n = base.claims.size();
  // Each claim anchors on at most one other: follow the chains iteratively.
  constexpr size_t kNone = SIZE_MAX;
  std::vector<size_t> next(n, kNone);
  for (size_t i = 0; i < n; ++i) {
    const Claim& claim = base.claims[i];
    if (!claim.has_relative_date()) continue;
    const Claim* anchor = base.FindClaim(claim.relative_date().anchor_claim());
    if (anchor != nullptr) {
      next[i] = static_cast<size_t>(anchor - base.claims.data());
    }
  }
  enum : uint8_t { kUnseen, kOnPath, kDone };
  std::vector<uint8_t> state(n, kUnseen);
  std::vector<size_t> path;
  for (size_t start = 0; start < n; ++start) {
    path.clear();
    size_t at = start;
    while (at != kNone && state[at] == kUnseen) {
      state[at] = kOnPath;
      path.push_back(at);
      at = next[at];
    }
    if (at != kNone && state[at] == kOnPath) {
      // A new cycle: report it once, at its first claim in load order.
      size_t first = at;
      for (size_t k = next[at]; k != at; k = next[k]) {
        first = std::min(first, k);
      }
      std::vector<std::string> ids = {base.claims[first].id()};
      for (size_t k = next[first]; k != first; k = next[k]) {
        ids.push_back(base.claims[k].id());
      }
      ids.push_back(base.claims[first].id());
      context.ClaimError(first, "relative_date.anchor_claim",
                         absl::StrCat("relative dates form a cycle: ",
                                      absl::StrJoin(ids, " -> "),
                                      "; anchor one of them on a dated claim "
                                      "or an event"));
    }
    for (size_t k : path) state[k] = kDone;
  }
}

}  // namespace checker::lint_internal
