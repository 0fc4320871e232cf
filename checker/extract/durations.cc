// Durations ("forty-two days", "a year and a half", "40-day") and relative
// dates ("three weeks later", "two weeks before Stalin", "the next day",
// "yesterday", "two years ago").
#include "checker/extract/scan.h"

namespace checker::extract {
namespace {

struct Span {
  double amount = 0;
  double low = 0;  // count of units
  double high = 0;
  MentionTimeUnit unit = MentionTimeUnit::kNone;
  std::string vague;
  size_t end = 0;
  // Smaller parts after the first ("and 3 months"), in days.
  double extra_low_days = 0;
  double extra_high_days = 0;
};

bool UnitAt(const Scan& s, size_t i, bool singular_only, MentionTimeUnit* u,
            double* count = nullptr) {
  if (!s.Has(i, kTimeUnit)) return false;
  if (singular_only && (s.Info(i).roles & kPluralUnit)) return false;
  *u = s.Info(i).unit;
  if (count != nullptr) *count = s.Info(i).unit_count;
  return true;
}

// "quarter" counts time only after digits and not before "of": "three
// quarters of the town" is a proportion.
bool QuarterAsUnit(const Scan& s, size_t unit, bool digits) {
  const absl::string_view w = s[unit].word();
  if (w != "quarter" && w != "quarters") return true;
  return digits && !s.Word(unit + 1, "of");
}

// "a second", "a quarter", "an h": a unit after "a" that is more often
// another word.
bool AmbiguousAfterA(const Scan& s, size_t unit) {
  const absl::string_view w = s[unit].word();
  return w == "second" || w == "quarter" || w == "sec" || w == "h" ||
         w == "hr" || w == "min" || w == "wk" || w == "yr";
}

// "and a half", "and half", "and an half" at i; returns the end or 0.
size_t AndAHalf(const Scan& s, size_t i) {
  if (!s.Word(i, "and")) return 0;
  size_t j = i + 1;
  if (s.Word(j, "a") || s.Word(j, "an")) ++j;
  return s.Word(j, "half") ? j + 1 : 0;
}

// "and a quarter", "and three quarters", "and quarter of" before a unit at
// i; adds the fraction to `*n` and returns the end (past "of"), or 0.
size_t AndQuarters(const Scan& s, size_t i, double* n) {
  if (!s.Word(i, "and")) return 0;
  size_t j = i + 1;
  double k = 1;
  if (s.Word(j, "a") || s.Word(j, "an")) {
    ++j;
  } else if (s.Has(j, kCardinal) && s.Info(j).value >= 1 &&
             s.Info(j).value <= 3) {
    k = static_cast<double>(s.Info(j).value), ++j;
  }
  if (!s.Word(j, "quarter") && !s.Word(j, "quarters")) return 0;
  ++j;
  if (s.Word(j, "of")) ++j;
  *n += k / 4;
  return j;
}

// Words before "a year" that make it a rate, not a length ("twice a
// year", "once a month", "per day").
bool RateCue(const Scan& s, size_t i) {
  if (i == 0 || !s.IsWord(i - 1)) return false;
  // After a length of time or a plural noun: "12 hours a day", "three
  // meals a day".
  if (s.Has(i - 1, kTimeUnit)) return true;
  if (i >= 2 && s.CountedNounAt(i - 1) &&
      (s.Num(i - 2) || s.Has(i - 2, kCardinal))) {
    return true;
  }
  static constexpr absl::string_view kCues[] = {
      "once", "twice", "thrice", "times", "per", "every", "each", "what"};
  for (absl::string_view w : kCues) {
    if (s[i - 1].word() == w) return true;
  }
  return false;
}

// Words before "one day" that make it a length of time ("for one day").
bool DurationCue(const Scan& s, size_t i) {
  if (i == 0 || !s.IsWord(i - 1)) return false;
  static constexpr absl::string_view kCues[] = {
      "for",    "spent", "spend",  "spending", "within",  "than",  "after",
      "only",   "just",  "served", "lasted",   "lasting", "about", "nearly",
      "almost", "over",  "took",   "in",       "another"};
  for (absl::string_view w : kCues) {
    if (s[i - 1].word() == w) return true;
  }
  return false;
}

// Days in `n` units.
void AddDays(MentionTimeUnit u, double n, double* low, double* high) {
  double ul, uh;
  UnitDays(u, &ul, &uh);
  *low += n * ul;
  *high += n * uh;
}

// The amount and unit of a length of time starting at i.
bool ParseSpan(const Scan& s, size_t i, Span* out) {
  MentionTimeUnit u;
  double count = 1;
  // "a year", "an hour", "a month and a half", "half a year", "half day".
  size_t j = i;
  double half = 1;
  if (s.Word(j, "half") && (s.Word(j + 1, "a") || s.Word(j + 1, "an"))) {
    half = 0.5, ++j;
  }
  if (s.Word(i, "half") && UnitAt(s, i + 1, true, &u, &count) &&
      !AmbiguousAfterA(s, i + 1)) {
    *out = Span{0.5 * count, 0.5 * count, 0.5 * count, u, "", i + 2};
    return true;
  }
  const bool another = s.Word(j, "another") && half == 1;
  if ((s.Word(j, "a") || s.Word(j, "an") || another) &&
      UnitAt(s, j + 1, true, &u, &count) && !AmbiguousAfterA(s, j + 1)) {
    double n = half;
    size_t end = j + 2;
    if (size_t e = AndAHalf(s, end)) n = 1.5, end = e;
    if (n == 1 && RateCue(s, i)) return false;
    *out = Span{n * count, n * count, n * count, u, "", end};
    return true;
  }
  // "a fortnight": two weeks.
  if ((s.Word(i, "a") || s.Word(i, "one")) && s.Word(i + 1, "fortnight")) {
    *out = Span{2, 2, 2, MentionTimeUnit::kWeek, "", i + 2};
    return true;
  }
  // "several weeks", "a few days".
  if (s.Word(i, "several") || (s.Word(i, "a") && s.Word(i + 1, "few"))) {
    const size_t k = s.Word(i, "several") ? i + 1 : i + 2;
    if (!UnitAt(s, k, false, &u, &count) || !(s.Info(k).roles & kPluralUnit)) {
      return false;
    }
    const bool several = k == i + 1;
    *out = Span{0, (several ? 3.0 : 2.0) * count, (several ? 9.0 : 5.0) * count,
                u, several ? "several" : "a few", k + 1};
    return true;
  }
  // A unit must follow within a few tokens ("between two and three weeks").
  bool unit_ahead = false;
  for (size_t k = i + 1; k < i + 9 && k < s.size() && !unit_ahead; ++k) {
    unit_ahead = s.Has(k, kTimeUnit);
  }
  NumberPhrase n;
  if (!unit_ahead || !ParseNumberPhrase(s, i, &n) || !n.vague.empty()) {
    return false;
  }
  double low = n.low, high = n.high;
  j = n.end;
  if (size_t e = AndAHalf(s, j)) low += 0.5, high += 0.5, j = e;
  if (size_t e = AndQuarters(s, j, &low)) high = low, j = e;
  // "three more years", "two more long years", "ten full days".
  size_t unit_at = j;
  while (unit_at < j + 2 &&
         (s.Word(unit_at, "more") || s.Word(unit_at, "long") ||
          s.Word(unit_at, "full") || s.Word(unit_at, "whole") ||
          s.Word(unit_at, "further") || s.Word(unit_at, "additional") ||
          s.Word(unit_at, "extra"))) {
    ++unit_at;
  }
  if (unit_at == j && s.Word(j, "of") && s.Word(j - 1, "couple")) ++unit_at;
  if (unit_at > j && s.Has(unit_at, kPluralUnit)) j = unit_at;
  if (UnitAt(s, j, false, &u, &count) && QuarterAsUnit(s, j, !n.words)) {
    // "one day" is an idiom unless it is clearly a length ("for one day").
    if (n.bare_one && u == MentionTimeUnit::kDay && !DurationCue(s, i)) {
      return false;
    }
    ++j;
    if (size_t e = AndAHalf(s, j)) low += 0.5, high += 0.5, j = e;
  } else if (s.Punct(j, '-') && s.Joined(j) && s.Joined(j + 1) &&
             UnitAt(s, j + 1, true, &u, &count) && !n.is_range) {
    j += 2;  // "40-day strike"
  } else {
    return false;
  }
  if (low == 0 && high == 0) return false;
  *out = Span{low * count, low * count, high * count, u, "", j};
  return true;
}

// A smaller part after a length of time: "2 years and 3 months", "1 hour,
// 2 minutes", "1 hour thirty" (minutes after hours, seconds after
// minutes). Adds the days to `*low`/`*high` and returns the end, or 0.
size_t ParseSmallerPart(const Scan& s, size_t i, const Span& first, double* low,
                        double* high) {
  size_t j = i;
  if (s.Punct(j, ',')) ++j;
  if (s.Word(j, "and")) ++j;
  if (j == i && !s.Num(j) && !s.Has(j, kCardinal)) return 0;
  NumberPhrase n;
  if (!ParseSingleNumber(s, j, &n) || n.fraction || n.low <= 0) return 0;
  MentionTimeUnit u;
  double count = 1;
  // Days of a unit, to order them (minutes, kNone, come before hours).
  auto rank = [](MentionTimeUnit x, double c) {
    double lo, hi;
    UnitDays(x, &lo, &hi);
    return lo * c;
  };
  const double first_rank = rank(first.unit, first.amount > 0 ? 1 : 1);
  if (UnitAt(s, n.end, false, &u, &count) && rank(u, count) < first_rank &&
      QuarterAsUnit(s, n.end, !n.words)) {
    AddDays(u, n.low * count, low, high);
    return n.end + 1;
  }
  // "1 hour thirty": the next smaller unit, left unwritten, at the end.
  if (!s.ClauseEnd(n.end) || n.low >= 60) return 0;
  if (first.unit == MentionTimeUnit::kHour) {
    AddDays(MentionTimeUnit::kNone, n.low, low, high);
    return n.end;
  }
  return 0;
}

// What a relative date is anchored to: "Stalin", "Stalin's death",
// "his attack", "the death of Stalin". Returns the end token or 0.
size_t ParseAnchor(const Scan& s, size_t i) {
  if (!s.IsWord(i)) return 0;
  size_t j = i;
  const absl::string_view w = s[i].word();
  const bool det =
      w == "the" || w == "his" || w == "her" || w == "their" || w == "its";
  if (s[i].upper && !det) {
    while (j < i + 5 && s.IsWord(j) && s[j].upper) {
      const absl::string_view x = s[j].word();
      ++j;
      if (x.size() > 2 && x.substr(x.size() - 2) == "'s") {
        if (s.IsWord(j) && !s[j].upper && !s.Has(j, kFunctionWord)) ++j;
        break;
      }
      if (s.Has(j - 1, kMonthName) && s.Num(j)) ++j;
    }
    return j;
  }
  if (!det) return 0;
  ++j;
  size_t end = 0;
  while (j < i + 6 && s.IsWord(j)) {
    const bool link = s.Word(j, "of") || s.Word(j, "in");
    if (!link &&
        (s.Has(j, kFunctionWord | kRelativeEnd) || s.Has(j, kCardinal))) {
      break;
    }
    if (!link) end = j + 1;
    if (s[j].upper && !link) break;
    ++j;
  }
  return end;
}

void FillSpan(const Span& sp, Mention* m) {
  double ul, uh;
  UnitDays(sp.unit, &ul, &uh);
  m->amount = sp.amount;
  m->unit = sp.unit;
  m->low_days = sp.low * ul + sp.extra_low_days;
  m->high_days = sp.high * uh + sp.extra_high_days;
  m->vague = sp.vague;
}

// "the day before", "the year after the uprising".
size_t MatchTheUnitBefore(const Scan& s, size_t i, Mention* m) {
  MentionTimeUnit u;
  if (!s.Word(i, "the") || !UnitAt(s, i + 1, true, &u)) return 0;
  const size_t j = i + 2;
  if (!s.Word(j, "before") && !s.Word(j, "after")) return 0;
  // "the day after tomorrow", "the day before yesterday": two days from
  // the document's own date.
  if (u == MentionTimeUnit::kDay &&
      s.Word(j + 1, s.Word(j, "after") ? "tomorrow" : "yesterday")) {
    m->kind = MentionKind::kRelativeDate;
    m->direction = s.Info(j).direction;
    m->deictic = true;
    FillSpan(Span{2, 2, 2, u, "", 0}, m);
    ResolveOffset(s.options, m);
    return j + 2;
  }
  const size_t anchor_end = ParseAnchor(s, j + 1);
  if (anchor_end == 0 && !s.ClauseEnd(j + 1)) return 0;
  m->kind = MentionKind::kRelativeDate;
  m->direction = s.Info(j).direction;
  FillSpan(Span{1, 1, 1, u, "", 0}, m);
  if (anchor_end == 0) return j + 1;
  m->anchor_text = std::string(
      s.text.substr(s[j + 1].begin, s[anchor_end - 1].end - s[j + 1].begin));
  return anchor_end;
}

// "the next day", "the following year", "the same month".
size_t MatchTheNext(const Scan& s, size_t i, Mention* m) {
  if (size_t e = MatchTheUnitBefore(s, i, m)) return e;
  size_t j = i + 1;
  MentionDirection dir;
  double amount = 1;
  if (s.Word(j, "next") || s.Word(j, "following")) {
    dir = MentionDirection::kAfter;
  } else if (s.Word(j, "previous") || s.Word(j, "preceding") ||
             s.Word(j, "prior")) {
    dir = MentionDirection::kBefore;
  } else if (s.Word(j, "same")) {
    dir = MentionDirection::kSame, amount = 0;
  } else {
    return 0;
  }
  ++j;
  MentionTimeUnit u = MentionTimeUnit::kNone;
  if (!UnitAt(s, j, true, &u) || u == MentionTimeUnit::kNone) {
    const absl::string_view w = s.IsWord(j) ? s[j].word() : "";
    if (w == "morning" || w == "night" || w == "evening" || w == "afternoon" ||
        s.Has(j, kWeekday)) {
      u = MentionTimeUnit::kDay;
    } else if (s.Has(j, kSeasonName)) {
      u = MentionTimeUnit::kYear;
    } else {
      return 0;
    }
  }
  m->kind = MentionKind::kRelativeDate;
  m->direction = dir;
  FillSpan(Span{amount, amount, amount, u, "", 0}, m);
  return j + 1;
}

}  // namespace

size_t MatchTimeSpan(const Scan& s, size_t i, Mention* m) {
  if (s.IsWord(i)) {
    if (size_t e = MatchDeicticPart(s, i, m)) return e;  // writes m on match
    if (s.Word(i, "the")) {
      if (size_t e = MatchTheNext(s, i, m)) return e;
    } else if (s.Word(i, "that") && s.Word(i + 1, "same")) {
      if (size_t e = MatchTheNext(s, i, m)) return e;
    } else if (size_t e = MatchDeictic(s, i, m)) {
      ResolveDeictic(s.options, m);
      return e;
    }
    *m = Mention{};
  }
  Span sp;
  if (!ParseSpan(s, i, &sp)) return 0;
  if (sp.vague.empty()) {
    while (size_t e = ParseSmallerPart(s, sp.end, sp, &sp.extra_low_days,
                                       &sp.extra_high_days)) {
      sp.end = e;
    }
  }
  FillSpan(sp, m);
  size_t j = sp.end;
  // "three years from now", "a week from today": the document's own date.
  if (s.Word(j, "from") && (s.Word(j + 1, "now") || s.Word(j + 1, "today"))) {
    m->kind = MentionKind::kRelativeDate;
    m->direction = MentionDirection::kAfter;
    m->deictic = true;
    ResolveOffset(s.options, m);
    return j + 2;
  }
  if (s.Has(j, kRelativeEnd)) {
    const absl::string_view w = s[j].word();
    const bool joins = w == "before" || w == "after";
    const size_t anchor_end = joins ? ParseAnchor(s, j + 1) : 0;
    if (!joins || anchor_end != 0 || s.ClauseEnd(j + 1)) {
      m->kind = MentionKind::kRelativeDate;
      m->direction = s.Info(j).direction;
      if (anchor_end != 0) {
        m->anchor_text = std::string(s.text.substr(
            s[j + 1].begin, s[anchor_end - 1].end - s[j + 1].begin));
        j = anchor_end;
      } else {
        ++j;
      }
      // Days and weeks back or ahead land on a day; months and years on
      // the calendar unit, as precise as such a phrase is.
      if (w == "ago" || w == "hence") {
        m->deictic = true;
        if (m->unit == MentionTimeUnit::kDay ||
            m->unit == MentionTimeUnit::kWeek) {
          ResolveOffset(s.options, m);
        } else {
          ResolveDeictic(s.options, m);
        }
      }
      return j;
    }
  }
  m->kind = MentionKind::kDuration;
  return j;
}

}  // namespace checker::extract
