#include "checker/extract/mention_format.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/base/escape.h"
#include "checker/base/iso_day.h"
#include "checker/base/number_text.h"

namespace checker {
namespace {

// The compact test form is read by people, not by a browser.
std::string CompactQuoted(absl::string_view text) {
  return JsonString(text, /*html_safe=*/false);
}

// Appends `"name":value` pairs to a JSON object.
class JsonObject {
 public:
  void Raw(absl::string_view name, absl::string_view value) {
    absl::StrAppend(&out_, out_.size() > 1 ? "," : "", "\"", name,
                    "\":", value);
  }
  void Str(absl::string_view name, absl::string_view value) {
    Raw(name, JsonString(value));
  }
  void Num(absl::string_view name, double v) { Raw(name, JsonNumber(v)); }
  void True(absl::string_view name, bool b) {
    if (b) Raw(name, "true");
  }
  std::string Done() && { return std::move(out_) + "}"; }

 private:
  std::string out_ = "{";
};

std::string Interval(const std::optional<double>& low,
                     const std::optional<double>& high, bool low_ex,
                     bool high_ex) {
  if (low && high && *low == *high && !low_ex && !high_ex) {
    return JsonNumber(*low);
  }
  return absl::StrCat(
      low ? (low_ex ? "(" : "[") : "(", low ? JsonNumber(*low) : "-inf", ",",
      high ? JsonNumber(*high) : "+inf", high ? (high_ex ? ")" : "]") : ")");
}

}  // namespace

std::string FormatDay(date::sys_days d) {
  return FormatIsoDay(d.time_since_epoch().count());
}

absl::string_view KindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kQuantity:
      return "QUANTITY";
    case MentionKind::kPercent:
      return "PERCENT";
    case MentionKind::kDate:
      return "DATE";
    case MentionKind::kDuration:
      return "DURATION";
    case MentionKind::kRelativeDate:
      return "RELATIVE_DATE";
  }
  return "UNKNOWN";
}

absl::string_view PrecisionName(MentionPrecision precision) {
  switch (precision) {
    case MentionPrecision::kDay:
      return "DAY";
    case MentionPrecision::kMonth:
      return "MONTH";
    case MentionPrecision::kSeason:
      return "SEASON";
    case MentionPrecision::kYear:
      return "YEAR";
    case MentionPrecision::kDecade:
      return "DECADE";
    case MentionPrecision::kCentury:
      return "CENTURY";
  }
  return "UNKNOWN";
}

absl::string_view DirectionName(MentionDirection direction) {
  switch (direction) {
    case MentionDirection::kNone:
      return "NONE";
    case MentionDirection::kBefore:
      return "BEFORE";
    case MentionDirection::kAfter:
      return "AFTER";
    case MentionDirection::kSame:
      return "SAME";
  }
  return "UNKNOWN";
}

absl::string_view UnitName(MentionTimeUnit unit) {
  switch (unit) {
    case MentionTimeUnit::kNone:
      return "NONE";
    case MentionTimeUnit::kHour:
      return "HOUR";
    case MentionTimeUnit::kDay:
      return "DAY";
    case MentionTimeUnit::kWeek:
      return "WEEK";
    case MentionTimeUnit::kMonth:
      return "MONTH";
    case MentionTimeUnit::kYear:
      return "YEAR";
    case MentionTimeUnit::kDecade:
      return "DECADE";
  }
  return "UNKNOWN";
}

std::string MentionToJson(const Mention& m, absl::string_view text,
                          absl::string_view doc,
                          absl::Span<const uint32_t> original_offsets) {
  const auto in_file = [&](uint32_t offset) {
    return original_offsets.empty() ? offset : original_offsets[offset];
  };
  JsonObject o;
  o.Str("doc", doc);
  o.Num("begin", in_file(m.begin));
  o.Num("end", in_file(m.end));
  o.Str("text", text.substr(m.begin, m.end - m.begin));
  o.Str("kind", KindName(m.kind));
  if (!m.hedge.empty()) o.Str("hedge", m.hedge);
  const bool number =
      m.kind == MentionKind::kQuantity || m.kind == MentionKind::kPercent;
  if (number) {
    if (m.low) o.Num("low", *m.low);
    if (m.high) o.Num("high", *m.high);
    o.True("is_range", m.is_range);
    o.True("fraction", m.fraction);
    o.True("ordinal", m.ordinal);
    o.True("alone_on_line", m.alone_on_line);
  }
  if (m.kind == MentionKind::kDuration ||
      m.kind == MentionKind::kRelativeDate) {
    o.Num("amount", m.amount);
    // kNone on a length of time means minutes (see UnitDays).
    o.Str("unit",
          m.unit == MentionTimeUnit::kNone ? "MINUTE" : UnitName(m.unit));
    if (m.low_days) o.Num("low_days", *m.low_days);
    if (m.high_days) o.Num("high_days", *m.high_days);
  }
  o.True("low_exclusive", m.low_exclusive);
  o.True("high_exclusive", m.high_exclusive);
  if (!m.vague.empty()) o.Str("vague", m.vague);
  if (m.kind == MentionKind::kRelativeDate) {
    o.Str("direction", DirectionName(m.direction));
    if (!m.anchor_text.empty()) o.Str("anchor", m.anchor_text);
    o.True("deictic", m.deictic);
  }
  if (m.earliest) o.Str("earliest", FormatDay(*m.earliest));
  if (m.latest) o.Str("latest", FormatDay(*m.latest));
  if (m.earliest) o.Str("precision", PrecisionName(m.precision));
  o.True("is_period", m.is_period);
  o.True("approximate", m.approximate);
  o.True("year_inferred", m.year_inferred);
  if (!m.page.empty()) o.Str("page", m.page);
  return std::move(o).Done();
}

std::string MentionToCompact(const Mention& m, absl::string_view text) {
  std::string out =
      absl::StrCat(KindName(m.kind), " [", m.begin, ",", m.end, ") ",
                   CompactQuoted(text.substr(m.begin, m.end - m.begin)));
  if (!m.hedge.empty())
    absl::StrAppend(&out, " hedge=", CompactQuoted(m.hedge));
  switch (m.kind) {
    case MentionKind::kQuantity:
    case MentionKind::kPercent:
      absl::StrAppend(
          &out, " ",
          Interval(m.low, m.high, m.low_exclusive, m.high_exclusive));
      if (m.is_range) absl::StrAppend(&out, " range");
      if (m.fraction) absl::StrAppend(&out, " fraction");
      if (m.ordinal) absl::StrAppend(&out, " ordinal");
      if (m.alone_on_line) absl::StrAppend(&out, " alone");
      break;
    case MentionKind::kRelativeDate:
      absl::StrAppend(&out, " ", DirectionName(m.direction));
      [[fallthrough]];
    case MentionKind::kDuration:
      absl::StrAppend(
          &out, " ", JsonNumber(m.amount), " ", UnitName(m.unit), " ",
          Interval(m.low_days, m.high_days, m.low_exclusive, m.high_exclusive),
          "d");
      if (!m.anchor_text.empty()) {
        absl::StrAppend(&out, " anchor=", CompactQuoted(m.anchor_text));
      }
      if (m.deictic) absl::StrAppend(&out, " deictic");
      break;
    case MentionKind::kDate:
      break;
  }
  if (!m.vague.empty())
    absl::StrAppend(&out, " vague=", CompactQuoted(m.vague));
  if (m.earliest && m.latest) {
    absl::StrAppend(&out, " ", FormatDay(*m.earliest));
    if (*m.latest != *m.earliest) {
      absl::StrAppend(&out, "..", FormatDay(*m.latest));
    }
    absl::StrAppend(&out, " ", PrecisionName(m.precision));
  }
  if (m.is_period) absl::StrAppend(&out, " period");
  if (m.approximate) absl::StrAppend(&out, " approx");
  if (m.year_inferred) absl::StrAppend(&out, " inferred");
  if (!m.page.empty()) absl::StrAppend(&out, " page=", m.page);
  return out;
}

}  // namespace checker
