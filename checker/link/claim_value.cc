#include "checker/link/claim_value.h"

#include "checker/extract/mention_format.h"

namespace checker {
namespace {

DatePrecision ToPrecision(MentionPrecision p) {
  switch (p) {
    case MentionPrecision::kDay:
      return PRECISION_DAY;
    case MentionPrecision::kMonth:
      return PRECISION_MONTH;
    case MentionPrecision::kSeason:
      return PRECISION_SEASON;
    case MentionPrecision::kYear:
      return PRECISION_YEAR;
    case MentionPrecision::kDecade:
      return PRECISION_DECADE;
    case MentionPrecision::kCentury:
      return PRECISION_CENTURY;
  }
  return DATE_PRECISION_UNSPECIFIED;
}

TimeUnit ToUnit(MentionTimeUnit u) {
  switch (u) {
    case MentionTimeUnit::kNone:
      return TIME_UNIT_UNSPECIFIED;
    case MentionTimeUnit::kHour:
      return UNIT_HOUR;
    case MentionTimeUnit::kDay:
      return UNIT_DAY;
    case MentionTimeUnit::kWeek:
      return UNIT_WEEK;
    case MentionTimeUnit::kMonth:
      return UNIT_MONTH;
    case MentionTimeUnit::kYear:
      return UNIT_YEAR;
    case MentionTimeUnit::kDecade:
      return UNIT_DECADE;
  }
  return TIME_UNIT_UNSPECIFIED;
}

Direction ToDirection(MentionDirection d) {
  switch (d) {
    case MentionDirection::kNone:
      return DIRECTION_UNSPECIFIED;
    case MentionDirection::kBefore:
      return BEFORE;
    case MentionDirection::kAfter:
      return AFTER;
    case MentionDirection::kSame:
      return SAME;
  }
  return DIRECTION_UNSPECIFIED;
}

// The precision a relative date resolves to: as fine as its offset unit.
DatePrecision ResultPrecision(MentionTimeUnit u) {
  switch (u) {
    case MentionTimeUnit::kMonth:
      return PRECISION_MONTH;
    case MentionTimeUnit::kYear:
      return PRECISION_YEAR;
    case MentionTimeUnit::kDecade:
      return PRECISION_DECADE;
    default:
      return PRECISION_DAY;
  }
}

void SetQuantity(const Mention& m, Quantity* q) {
  if (m.kind == MentionKind::kPercent) q->set_unit("percent");
  if (!m.vague.empty()) {
    q->set_vague(m.vague);
    return;  // bounds come from the rules configuration
  }
  if (m.low && m.high && *m.low == *m.high && !m.is_range) {
    q->set_value(*m.low);
    return;
  }
  if (m.low) q->set_low(*m.low);
  if (m.high) q->set_high(*m.high);
  q->set_low_exclusive(m.low_exclusive);
  q->set_high_exclusive(m.high_exclusive);
}

void SetDuration(const Mention& m, Duration* d) {
  d->set_amount(m.amount);
  d->set_unit(ToUnit(m.unit));
  if (m.low_days) d->set_low_days(*m.low_days);
  if (m.high_days) d->set_high_days(*m.high_days);
}

void SetDate(const Mention& m, DateValue* d) {
  d->set_earliest(FormatDay(*m.earliest));
  d->set_latest(FormatDay(m.latest ? *m.latest : *m.earliest));
  d->set_precision(ToPrecision(m.precision));
  d->set_extent(m.is_period ? EXTENT_PERIOD : EXTENT_POINT);
  d->set_approximate(m.approximate);
  d->set_year_inferred(m.year_inferred);
}

}  // namespace

void SetOffsetAsDuration(const Mention& mention, Claim* claim) {
  SetDuration(mention, claim->mutable_duration());
}

ValueKind ValueKindOf(const Mention& mention) {
  switch (mention.kind) {
    case MentionKind::kQuantity:
    case MentionKind::kPercent:
      return VALUE_QUANTITY;
    case MentionKind::kDate:
    case MentionKind::kRelativeDate:
      return VALUE_DATE;
    case MentionKind::kDuration:
      return VALUE_DURATION;
  }
  return VALUE_KIND_UNSPECIFIED;
}

void SetClaimValue(const Mention& m, Claim* claim) {
  switch (m.kind) {
    case MentionKind::kQuantity:
    case MentionKind::kPercent:
      SetQuantity(m, claim->mutable_quantity());
      return;
    case MentionKind::kDuration:
      SetDuration(m, claim->mutable_duration());
      return;
    case MentionKind::kDate:
      if (m.earliest) SetDate(m, claim->mutable_date());
      return;
    case MentionKind::kRelativeDate:
      if (m.earliest) {
        SetDate(m, claim->mutable_date());
        return;
      }
      RelativeDate* r = claim->mutable_relative_date();
      r->set_direction(ToDirection(m.direction));
      // "the same year" has no offset, only the precision of its result.
      if (m.unit != MentionTimeUnit::kNone &&
          !(m.direction == MentionDirection::kSame && m.amount == 0)) {
        SetDuration(m, r->mutable_offset());
      }
      r->set_result_precision(ResultPrecision(m.unit));
      return;
  }
}

}  // namespace checker
