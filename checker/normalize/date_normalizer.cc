// Dates, durations and relative dates: the day-interval half of Normalizer.
#include <cmath>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/base/number_text.h"
#include "checker/base/status_macros.h"
#include "checker/normalize/days.h"
#include "checker/normalize/hedge.h"
#include "checker/normalize/normalizer.h"
#include "date/date.h"

namespace checker {
namespace {

// Calendar months in one unit of a precision; 0 for day precision.
int MonthsPerUnit(DatePrecision precision) {
  switch (precision) {
    case PRECISION_MONTH:
      return 1;
    case PRECISION_SEASON:
      return 3;
    case PRECISION_YEAR:
      return 12;
    case PRECISION_DECADE:
      return 120;
    case PRECISION_CENTURY:
      return 1200;
    default:
      return 0;
  }
}

const char* UnitName(TimeUnit unit) {
  switch (unit) {
    case UNIT_HOUR:
      return "hour";
    case UNIT_DAY:
      return "day";
    case UNIT_WEEK:
      return "week";
    case UNIT_MONTH:
      return "month";
    case UNIT_YEAR:
      return "year";
    case UNIT_DECADE:
      return "decade";
    default:
      return "unit";
  }
}

// "3 weeks", "1 day"; "weeks" when no amount was written ("several weeks").
std::string AmountText(const Duration& d) {
  if (d.amount() == 0) return absl::StrCat(UnitName(d.unit()), "s");
  return absl::StrCat(FormatNumber(d.amount()), " ", UnitName(d.unit()),
                      d.amount() == 1 ? "" : "s");
}

// Day bounds of a duration as written: explicit low/high days when present,
// else amount × unit (a month is 28..31 days, a year 365..366).
void DurationDays(const Duration& d, double* low, double* high) {
  double a = d.amount();
  double unit_low = 1;
  double unit_high = 1;
  switch (d.unit()) {
    case UNIT_HOUR:
      unit_low = unit_high = 1.0 / 24;
      break;
    case UNIT_WEEK:
      unit_low = unit_high = 7;
      break;
    case UNIT_MONTH:
      unit_low = 28;
      unit_high = 31;
      break;
    case UNIT_YEAR:
      unit_low = 365;
      unit_high = 366;
      break;
    case UNIT_DECADE:
      unit_low = 3652;
      unit_high = 3653;
      break;
    default:
      break;
  }
  *low = d.has_low_days() ? d.low_days() : a * unit_low;
  *high = d.has_high_days() ? d.high_days() : a * unit_high;
  if (d.has_low_days() && !d.has_high_days()) {
    *high = std::numeric_limits<double>::infinity();
  }
  if (d.has_high_days() && !d.has_low_days()) *low = 0;
}

// Widens [low, high] to whole units of `precision` ("the same year").
void SnapToPrecision(DatePrecision precision, double* low, double* high) {
  auto snap = [precision](double day, bool last) {
    date::year_month_day ymd{date::sys_days{date::days{std::llround(day)}}};
    date::year_month_day snapped = ymd;
    if (precision == PRECISION_YEAR) {
      snapped = last ? ymd.year() / date::December / date::last
                     : ymd.year() / date::January / 1;
    } else if (precision == PRECISION_MONTH) {
      snapped = last ? ymd.year() / ymd.month() / date::last
                     : ymd.year() / ymd.month() / 1;
    }
    return static_cast<double>(
        date::sys_days{snapped}.time_since_epoch().count());
  };
  *low = snap(*low, false);
  *high = snap(*high, true);
}

date::year_month_day DayOf(double day) {
  return date::year_month_day{date::sys_days{date::days{std::llround(day)}}};
}

double DayNumber(date::year_month_day ymd) {
  return static_cast<double>(date::sys_days{ymd}.time_since_epoch().count());
}

// Whether [low, high] is whole calendar months: from a first of the month to
// a last.
bool WholeMonths(double low, double high) {
  date::year_month_day first = DayOf(low);
  date::year_month_day last = DayOf(high);
  return first.day() == date::day{1} &&
         last == last.year() / last.month() / date::last;
}

// A relative date a reader counts on the calendar: an offset of whole
// months or years from a month-or-coarser anchor, asked at month or year
// precision. "Two months after May 1953" is July 1953 and "six months
// after June 1953" December 1953; adding 56–62 days (and slack) to May
// would reach from June to August. Returns false when the rule does not
// apply.
bool CalendarMonthsAfter(const RelativeDate& rel, const ValueInterval& anchor,
                         double* low, double* high) {
  if (rel.direction() == SAME || !rel.has_offset()) return false;
  const Duration& offset = rel.offset();
  int per_unit = offset.unit() == UNIT_MONTH  ? 1
                 : offset.unit() == UNIT_YEAR ? 12
                                              : 0;
  if (per_unit == 0 || offset.amount() <= 0 ||
      offset.amount() != std::floor(offset.amount())) {
    return false;
  }
  if (rel.result_precision() != PRECISION_MONTH &&
      rel.result_precision() != PRECISION_YEAR) {
    return false;
  }
  if (!std::isfinite(anchor.low) || !std::isfinite(anchor.high) ||
      !WholeMonths(anchor.low, anchor.high)) {
    return false;
  }
  date::months shift{static_cast<int>(offset.amount()) * per_unit *
                     (rel.direction() == BEFORE ? -1 : 1)};
  date::year_month from = DayOf(anchor.low).year() / DayOf(anchor.low).month();
  date::year_month to = DayOf(anchor.high).year() / DayOf(anchor.high).month();
  from += shift;
  to += shift;
  *low = DayNumber(from / 1);
  *high = DayNumber(to / date::last);
  return true;
}

}  // namespace

absl::StatusOr<ValueInterval> Normalizer::NormalizeDate(
    const DateValue& date) const {
  CHECKER_ASSIGN_OR_RETURN(int64_t earliest, ParseIsoDay(date.earliest()));
  int64_t latest = earliest;
  if (!date.latest().empty()) {
    CHECKER_ASSIGN_OR_RETURN(latest, ParseIsoDay(date.latest()));
  }
  if (latest < earliest) {
    return absl::InvalidArgumentError(
        absl::StrCat("date latest ", date.latest(), " is before earliest ",
                     date.earliest()));
  }
  ValueInterval iv;
  iv.kind = VALUE_DATE;
  iv.derivation =
      earliest == latest
          ? FormatIsoDay(earliest)
          : absl::StrCat(FormatIsoDay(earliest), " to ", FormatIsoDay(latest));
  if (date.approximate() || date.uncertain()) {
    const char* why = date.approximate() ? "approximate" : "uncertain";
    int months = MonthsPerUnit(date.precision());
    if (config_.has_approximate_date_days()) {
      int days = config_.approximate_date_days();
      earliest -= days;
      latest += days;
      absl::StrAppend(&iv.derivation, ", ", why, " ± ", days, " days");
    } else if (months == 0) {
      earliest -= 1;
      latest += 1;
      absl::StrAppend(&iv.derivation, ", ", why, " ± 1 day");
    } else {
      earliest = AddMonths(earliest, -months);
      latest = AddMonths(latest + 1, months) - 1;
      absl::StrAppend(&iv.derivation, ", ", why, " ± ", months,
                      months == 1 ? " month" : " months");
    }
  }
  iv.low = static_cast<double>(earliest);
  iv.high = static_cast<double>(latest);
  return iv;
}

absl::StatusOr<ValueInterval> Normalizer::NormalizeDuration(
    const Claim& claim) const {
  const Duration& d = claim.duration();
  double low = 0;
  double high = 0;
  DurationDays(d, &low, &high);
  if (low > high) {
    return absl::InvalidArgumentError(absl::StrCat(
        "claim \"", claim.id(), "\": duration low_days is above high_days"));
  }
  ValueInterval iv;
  iv.kind = VALUE_DURATION;
  HedgeApplication hedge;
  hedge.round_tolerance = config_.round_figure_tolerance();
  hedge.floor = config_.upper_bound_floor();
  const HedgeRule* rule = FindHedge(claim.hedge());
  if (rule != nullptr) {
    hedge.meaning = rule->meaning();
    hedge.tolerance = rule->has_tolerance() ? rule->tolerance()
                                            : config_.approximate_tolerance();
  }
  std::string written = AmountText(d);
  if (std::isinf(high)) {  // "more than four hours": a written lower bound
    iv.low = low;
    iv.low_exclusive = hedge.meaning == LOWER_BOUND;
    iv.derivation = absl::StrCat(claim.hedge(), " ", written);
    return iv;
  }
  ApplyHedge(hedge, low, high, &iv);
  std::string prefix =
      claim.hedge().empty() ? "" : absl::StrCat(claim.hedge(), " ");
  if (d.unit() == UNIT_DAY && iv.low == iv.high && iv.low == d.amount()) {
    iv.derivation = absl::StrCat(prefix, written, " as written");
  } else {
    iv.derivation = absl::StrCat(
        prefix, written, ": ", FormatNumber(iv.low),
        iv.low == iv.high ? "" : absl::StrCat("–", FormatNumber(iv.high)),
        " days");
  }
  return iv;
}

absl::StatusOr<ValueInterval> Normalizer::NormalizeRelative(
    const Claim& claim, const AnchorResolver& resolver) const {
  const RelativeDate& rel = claim.relative_date();
  if (resolver == nullptr) {
    return absl::FailedPreconditionError(
        absl::StrCat("claim \"", claim.id(),
                     "\": a relative date needs an anchor resolver"));
  }
  if (rel.anchor_claim().empty() && rel.anchor_entity().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("claim \"", claim.id(),
                     "\": relative date names no anchor; set "
                     "anchor_claim or anchor_entity and anchor_attribute"));
  }
  CHECKER_ASSIGN_OR_RETURN(ValueInterval anchor, resolver(rel));
  double offset_low = 0;
  double offset_high = 0;
  bool has_offset = rel.direction() != SAME && rel.has_offset();
  if (has_offset) {
    DurationDays(rel.offset(), &offset_low, &offset_high);
    double t = config_.offset_tolerance();
    offset_low = std::round(offset_low * (1 - t));
    offset_high = std::round(offset_high * (1 + t));
  }
  ValueInterval iv;
  iv.kind = VALUE_DATE;
  const bool calendar = CalendarMonthsAfter(rel, anchor, &iv.low, &iv.high);
  if (calendar) {
    // Counted on the calendar: no day slack (see CalendarMonthsAfter).
  } else if (rel.direction() == BEFORE) {
    iv.low = anchor.low - offset_high;
    iv.high = anchor.high - offset_low;
  } else {
    iv.low = anchor.low + offset_low;
    iv.high = anchor.high + offset_high;
  }
  if (rel.result_precision() == PRECISION_YEAR ||
      rel.result_precision() == PRECISION_MONTH) {
    SnapToPrecision(rel.result_precision(), &iv.low, &iv.high);
  }
  std::string anchor_name =
      rel.anchor_claim().empty()
          ? absl::StrCat(rel.anchor_entity(), " ", rel.anchor_attribute())
          : absl::StrCat("claim ", rel.anchor_claim());
  std::string anchor_text = BoundText(VALUE_DATE, anchor.low);
  if (anchor.high != anchor.low) {
    absl::StrAppend(&anchor_text, "..", BoundText(VALUE_DATE, anchor.high));
  }
  if (!has_offset) {
    iv.derivation =
        absl::StrCat("same time as ", anchor_name, " (", anchor_text, ")");
  } else {
    iv.derivation = absl::StrCat(
        AmountText(rel.offset()),
        rel.direction() == BEFORE ? " before " : " after ", anchor_name, " (",
        anchor_text, ")",
        calendar ? ", counted in calendar months"
                 : absl::StrCat(", offset ", FormatNumber(offset_low), "–",
                                FormatNumber(offset_high), " days"));
  }
  return iv;
}

}  // namespace checker
