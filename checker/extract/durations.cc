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
};

bool UnitAt(const Scan& s, size_t i, bool singular_only, MentionTimeUnit* u) {
  if (!s.Has(i, kTimeUnit)) return false;
  if (singular_only && (s.Info(i).roles & kPluralUnit)) return false;
  *u = s.Info(i).unit;
  return true;
}

// "and a half" at i.
bool AndAHalf(const Scan& s, size_t i) {
  return s.Word(i, "and") && s.Word(i + 1, "a") && s.Word(i + 2, "half");
}

// Words before "a year" that make it a length of time ("for a year").
bool DurationCue(const Scan& s, size_t i) {
  if (i == 0 || !s.IsWord(i - 1)) return false;
  static constexpr absl::string_view kCues[] = {
      "for",    "spent", "spend",  "spending", "within",  "than",  "after",
      "only",   "just",  "served", "lasted",   "lasting", "about", "nearly",
      "almost", "over",  "took",   "in",       "another", "once"};
  for (absl::string_view w : kCues) {
    if (s[i - 1].word() == w) return w != "once";
  }
  return false;
}

// The amount and unit of a length of time starting at i.
bool ParseSpan(const Scan& s, size_t i, Span* out) {
  MentionTimeUnit u;
  // "a year", "an hour", "a month and a half", "half a year".
  size_t j = i;
  double half = 1;
  if (s.Word(j, "half") && (s.Word(j + 1, "a") || s.Word(j + 1, "an"))) {
    half = 0.5, ++j;
  }
  const bool another = s.Word(j, "another") && half == 1;
  if ((s.Word(j, "a") || s.Word(j, "an") || another) &&
      UnitAt(s, j + 1, true, &u)) {
    double n = half;
    size_t end = j + 2;
    if (AndAHalf(s, end)) n = 1.5, end += 3;
    const bool relative_tail = s.Has(end, kRelativeEnd);
    if (n == 1 && !relative_tail && !another && !DurationCue(s, i)) {
      return false;
    }
    *out = Span{n, n, n, u, "", end};
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
    if (!UnitAt(s, k, false, &u) || !(s.Info(k).roles & kPluralUnit)) {
      return false;
    }
    const bool several = k == i + 1;
    *out = Span{0, several ? 3.0 : 2.0,           several ? 9.0 : 5.0,
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
  if (AndAHalf(s, j)) low += 0.5, high += 0.5, j += 3;
  // "three more years", "two more long years", "ten full days".
  size_t unit_at = j;
  while (unit_at < j + 2 &&
         (s.Word(unit_at, "more") || s.Word(unit_at, "long") ||
          s.Word(unit_at, "full") || s.Word(unit_at, "whole") ||
          s.Word(unit_at, "further") || s.Word(unit_at, "additional"))) {
    ++unit_at;
  }
  if (unit_at == j && s.Word(j, "of") && s.Word(j - 1, "couple")) ++unit_at;
  if (unit_at > j && s.Has(unit_at, kPluralUnit)) j = unit_at;
  if (UnitAt(s, j, false, &u)) {
    // "one day" is an idiom unless it is clearly a length ("for one day").
    if (n.bare_one && u == MentionTimeUnit::kDay && !DurationCue(s, i)) {
      return false;
    }
    ++j;
    if (AndAHalf(s, j)) low += 0.5, high += 0.5, j += 3;
  } else if (s.Punct(j, '-') && s.Joined(j) && s.Joined(j + 1) &&
             UnitAt(s, j + 1, true, &u) && !n.is_range) {
    j += 2;  // "40-day strike"
  } else {
    return false;
  }
  if (low == 0 && high == 0) return false;
  *out = Span{low, low, high, u, "", j};
  return true;
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
  m->low_days = sp.low * ul;
  m->high_days = sp.high * uh;
  m->vague = sp.vague;
}

// "the day before", "the year after the uprising".
size_t MatchTheUnitBefore(const Scan& s, size_t i, Mention* m) {
  MentionTimeUnit u;
  if (!s.Word(i, "the") || !UnitAt(s, i + 1, true, &u)) return 0;
  const size_t j = i + 2;
  if (!s.Word(j, "before") && !s.Word(j, "after")) return 0;
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
  FillSpan(sp, m);
  size_t j = sp.end;
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
      if (w == "ago") {
        m->deictic = true;
        ResolveDeictic(s.options, m);
      }
      return j;
    }
  }
  m->kind = MentionKind::kDuration;
  return j;
}

}  // namespace checker::extract
