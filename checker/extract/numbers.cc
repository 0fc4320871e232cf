// Figures: digits, number words, ranges and vague magnitudes.
#include <cmath>

#include "checker/base/counted_nouns.h"
#include "checker/extract/scan.h"

namespace checker::extract {
namespace {

constexpr double kPow10[] = {1,    1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                             1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                             1e14, 1e15, 1e16, 1e17, 1e18, 1e19};

bool IsScale(const Scan& s, size_t i) {
  return s.Has(i, kScale) && s[i].word() != "score";
}

// "forty-two", "five hundred", "one hundred and twenty", "two thousand".
size_t ParseCardinalWords(const Scan& s, size_t i, double* value) {
  enum Last { kNothing, kUnit, kTeen, kTens, kHundred, kBig };
  double total = 0;
  double current = 0;
  Last last = kNothing;
  size_t j = i;
  size_t end = i;
  while (j < s.size()) {
    if (s.Has(j, kCardinal)) {
      const int64_t v = s.Info(j).value;
      if (last == kUnit || last == kTeen || (last == kTens && v >= 10)) break;
      current += static_cast<double>(v);
      last = v < 10 ? kUnit : v < 20 ? kTeen : kTens;
    } else if (last != kNothing && IsScale(s, j)) {
      const double scale = static_cast<double>(s.Info(j).value);
      if (scale == 12 && last == kHundred && total == 0) {
        current *= scale;  // "two hundred dozen": 200 dozens
      } else if (scale == 100 || scale == 12) {
        if (last == kHundred) break;
        current = (current == 0 ? 1 : current) * scale;
        last = kHundred;
      } else if (current == 0 && last == kBig && scale > total) {
        total *= scale;  // "three thousand millions": 3,000 millions
      } else {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
        last = kBig;
      }
    } else {
      break;
    }
    end = j + 1;
    size_t next = j + 1;
    // Joiners: "forty-two", "sixty - one", "one hundred and twenty",
    // "three hundred and six thousand" (306,000: no larger scale yet).
    const bool hyphen =
        last == kTens && s.Punct(next, '-') && s.Has(next + 1, kCardinal) &&
        s.Info(next + 1).value < 10 && s.Info(next + 1).value > 0;
    const bool and_joiner =
        (last == kHundred || last == kBig) && s.Word(next, "and") &&
        s.Has(next + 1, kCardinal) && s.Info(next + 1).value > 0 &&
        (!IsScale(s, next + 2) || (last == kHundred && total == 0));
    if (hyphen || and_joiner) next += 1;
    j = next;
  }
  if (last == kNothing) return 0;
  *value = total + current;
  return end;
}

// A capitalized number word inside a name: "the Hundred Days".
bool InsideName(const Scan& s, size_t i) {
  if (!s[i].upper || s[i].line_start || i == 0) return false;
  if (s.Punct(i - 1, '.') || s.Punct(i - 1, '"') || s.Punct(i - 1, '\'') ||
      s.Punct(i - 1, '(') || s.Punct(i - 1, ':')) {
    return false;
  }
  size_t j = i + 1;
  while (s.Has(j, kCardinal | kScale) || s.Punct(j, '-')) ++j;
  return s.IsWord(j) && s[j].upper && !s.Has(j, kTimeUnit);
}

// "Deaths1,950": a label of four or more letters glued to a grouped
// figure, as table text loses its cell border.
bool GluedLabel(const Scan& s, size_t i) {
  return s[i].grouped && s[i - 1].len >= 4 && !s[i - 1].long_word;
}

// The digits after "point" ("2 point 6", "point 77"), read digit by digit
// from digit tokens or number words below ten. Returns the end token (i
// when nothing follows) and adds the fraction to `*value`.
size_t PointDecimals(const Scan& s, size_t i, double* value) {
  if (s.Num(i) && s[i].int_digits > 0 && s[i].decimals == 0 && !s[i].grouped &&
      s[i].suffix == NumberSuffix::kNone && s[i].int_digits < 19) {
    *value += static_cast<double>(s[i].mantissa) / kPow10[s[i].int_digits];
    return i + 1;
  }
  double scale = 0.1;
  size_t j = i;
  while (s.Has(j, kCardinal) && s.Info(j).value < 10) {
    *value += scale * static_cast<double>(s.Info(j).value);
    scale /= 10, ++j;
  }
  return j;
}

// "2/3" at token i: a plain integer, a joined slash and a plain integer
// denominator of 2 or more. Returns the end token or 0; sets `*value`.
size_t DigitFraction(const Scan& s, size_t i, double* value) {
  if (!s.PlainInt(i) || !s.Punct(i + 1, '/') || !s.Joined(i + 1) ||
      !s.PlainInt(i + 2) || !s.Joined(i + 2) || s[i + 2].mantissa < 2 ||
      s.Punct(i + 3, '/')) {
    return 0;
  }
  *value = static_cast<double>(s[i].mantissa) /
           static_cast<double>(s[i + 2].mantissa);
  return i + 3;
}

// The denominator a word names: "half" 2, "thirds" 3, "quarter" 4,
// "tenths" 10, "hundredths" 100; 0 for any other word.
int64_t Denominator(const Scan& s, size_t i) {
  if (!s.IsWord(i)) return 0;
  absl::string_view w = s[i].word();
  if (w == "half" || w == "halves") return 2;
  if (w == "quarter" || w == "quarters") return 4;
  if (s.Has(i, kOrdinalWord)) {
    const int64_t v = s.Info(i).value;
    return v >= 3 ? v : 0;
  }
  if (w.size() > 3 && w.back() == 's') {
    w.remove_suffix(1);
    const WordInfo* info = LookupWord(w);
    if (info != nullptr && (info->roles & kOrdinalWord) && info->value >= 3) {
      return info->value;
    }
  }
  return 0;
}

bool ParseDigits(const Scan& s, size_t i, NumberPhrase* out) {
  // "2/3", "3 1/2": fractions.
  double fraction = 0;
  if (size_t e = DigitFraction(s, i, &fraction)) {
    out->end = e;
    out->low = out->high = fraction;
    out->fraction = true;
    return true;
  }
  const Token& t = s[i];
  const bool magnitude = t.suffix == NumberSuffix::kMagnitude;
  if ((t.suffix != NumberSuffix::kNone && !magnitude) || t.long_word) {
    return false;
  }
  // Glued to letters before ("n4") or to one or two letters after ("660p").
  if (i > 0 && s.Joined(i) && s.IsWord(i - 1) && !GluedLabel(s, i)) {
    return false;
  }
  // Identifiers: "T-34", "Sh-854".
  if (i > 1 && s.Joined(i) && s.Punct(i - 1, '-') && s.Joined(i - 1) &&
      s.IsWord(i - 2) && s[i - 2].upper) {
    return false;
  }
  if (s.IsWord(i + 1) && s.Joined(i + 1) && s[i + 1].len <= 2 &&
      !s.Has(i + 1, kScale | kTimeUnit)) {
    return false;
  }
  double v = static_cast<double>(t.mantissa) / kPow10[t.decimals];
  size_t j = i + 1;
  if (magnitude) v *= kPow10[t.exponent];
  // "2 point 6": decimals spelled after the point.
  if (!magnitude && t.decimals == 0 && !t.leading_point && s.Word(j, "point")) {
    const size_t e = PointDecimals(s, j + 1, &v);
    if (e > j + 1) j = e;
  }
  double scale = 1;
  while (!magnitude && IsScale(s, j)) {
    scale *= static_cast<double>(s.Info(j).value), ++j;
  }
  v *= scale;
  // "3 1/2": a whole number and a proper fraction after it.
  if (j == i + 1 && t.decimals == 0 && !magnitude) {
    if (size_t e = DigitFraction(s, j, &fraction); e && fraction < 1) {
      v += fraction, j = e;
      out->fraction = true;
    }
  }
  out->end = j;
  out->low = out->high = v;
  out->words = false;
  return true;
}

bool ParseWordNumber(const Scan& s, size_t i, NumberPhrase* out) {
  // "a dozen", "a hundred", "a million", "half a million".
  size_t j = i;
  double factor = 1;
  if (s.Word(j, "half") && (s.Word(j + 1, "a") || s.Word(j + 1, "an"))) {
    factor = 0.5;
    j += 1;
  }
  // "a couple (of)", "a pair (of)": two.
  if (factor == 1 && s.Word(j, "a") &&
      (s.Word(j + 1, "couple") || s.Word(j + 1, "pair"))) {
    out->end = j + 2;
    out->low = out->high = 2;
    out->words = true;
    return true;
  }
  // "point five": a decimal fraction spelled out.
  if (factor == 1 && s.Word(j, "point") && (i == 0 || !s.Num(i - 1))) {
    double v = 0;
    const size_t e = PointDecimals(s, j + 1, &v);
    if (e == j + 1) return false;
    out->end = e;
    out->low = out->high = v;
    out->words = true;
    return true;
  }
  if ((s.Word(j, "a") || s.Word(j, "an")) && IsScale(s, j + 1)) {
    double value = static_cast<double>(s.Info(j + 1).value);
    size_t end = j + 2;
    while (IsScale(s, end) && static_cast<double>(s.Info(end).value) > value) {
      value *= static_cast<double>(s.Info(end).value);
      ++end;
    }
    out->end = end;
    out->low = out->high = value * factor;
    out->words = true;
    return true;
  }
  if (factor != 1 || !s.Has(j, kCardinal) || InsideName(s, j)) return false;
  double value = 0;
  size_t end = ParseCardinalWords(s, j, &value);
  if (end == 0) return false;
  // "two point two million".
  if (s.Word(end, "point") && value < 1000) {
    const size_t e = PointDecimals(s, end + 1, &value);
    if (e > end + 1) {
      end = e;
      double scale = 1;
      while (IsScale(s, end))
        scale *= static_cast<double>(s.Info(end).value), ++end;
      value *= scale;
    }
  }
  // Fractions: "two-thirds", "three quarters", "seven tenths".
  const size_t den_at =
      s.Punct(end, '-') && s.Joined(end) && s.Joined(end + 1) ? end + 1 : end;
  if (const int64_t den = Denominator(s, den_at); den != 0 && value < den) {
    out->end = den_at + 1;
    out->low = out->high = value / static_cast<double>(den);
    out->words = true;
    out->fraction = true;
    return true;
  }
  // Digits after words ("two 1,000-ton"): words stand alone.
  out->end = end;
  out->low = out->high = value;
  out->words = true;
  out->bare_one = value == 1 && end == j + 1;
  return true;
}

bool MatchVague(const Scan& s, size_t i, NumberPhrase* out) {
  if (!s.Has(i, kVagueStart)) return false;
  for (const VagueMagnitude& v : VagueMagnitudes()) {
    size_t j = i;
    int k = 0;
    for (; k < 4 && !v.words[k].empty(); ++k, ++j) {
      if (!s.Word(j, v.words[k])) break;
    }
    if (k < 4 && !v.words[k].empty()) continue;
    out->end = j;
    out->low = v.low;
    out->high = v.high;
    out->vague.clear();
    for (int w = 0; w < k; ++w) {
      if (w) out->vague += ' ';
      out->vague.append(v.words[w].data(), v.words[w].size());
    }
    return true;
  }
  return false;
}

// The scale of a figure as written ("million" in "3 million"), or 1.
double TrailingScale(const Scan& s, const NumberPhrase& n, size_t begin) {
  double scale = 1;
  for (size_t j = n.end; j > begin && IsScale(s, j - 1); --j) {
    scale *= static_cast<double>(s.Info(j - 1).value);
  }
  return scale;
}

}  // namespace

bool Scan::CountedNounAt(size_t i) const {
  if (!IsWord(i) || tokens[i].upper) return false;
  if (Has(i, kFunctionWord)) return false;
  const absl::string_view w = tokens[i].word();
  // Words that go on a count ("1,200 were", "300 died", "40 of them"), and
  // the people nouns of base/counted_nouns, whose plurals need not end in
  // -s ("men", "children"; the word starts lowercase, as the list does).
  if (w == "were" || w == "are" || w == "died" || w == "of" || w == "more" ||
      w == "other" || w == "new" || KindOfNoun(w) == NounKind::kPeople) {
    return true;
  }
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

size_t ParseOrdinal(const Scan& s, size_t i, int64_t* value) {
  if (s.Num(i)) {
    const Token& t = s[i];
    if (t.suffix != NumberSuffix::kOrdinal || t.decimals || t.grouped ||
        t.long_word || t.mantissa == 0) {
      return 0;
    }
    // Glued to a word before ("A1st") it is part of a name.
    if (i > 0 && s.Joined(i) && s.IsWord(i - 1)) return 0;
    *value = static_cast<int64_t>(t.mantissa);
    return i + 1;
  }
  if (s.Has(i, kOrdinalWord)) {
    *value = s.Info(i).value;
    return i + 1;
  }
  // "twenty-fifth", "thirty first", "forty—second".
  if (s.Has(i, kCardinal) && s.Info(i).value >= 20 &&
      s.Info(i).value % 10 == 0 && s.Info(i).value < 100) {
    size_t j = i + 1;
    if (s.Punct(j, '-') || s.Punct(j, 'M')) ++j;
    if (s.Has(j, kOrdinalWord) && s.Info(j).value < 10) {
      *value = s.Info(i).value + s.Info(j).value;
      return j + 1;
    }
  }
  return 0;
}

bool ParseSingleNumber(const Scan& s, size_t i, NumberPhrase* out) {
  *out = NumberPhrase{};
  if (s.Num(i)) return ParseDigits(s, i, out);
  return ParseWordNumber(s, i, out);
}

bool ParseNumberPhrase(const Scan& s, size_t i, NumberPhrase* out) {
  const bool between = s.Word(i, "between");
  const bool from = s.Word(i, "from");
  const size_t first = (between || from) ? i + 1 : i;
  NumberPhrase a;
  if (!ParseSingleNumber(s, first, &a)) {
    if (between || from) return false;
    *out = NumberPhrase{};
    return MatchVague(s, i, out);
  }
  // "two and a half million", "a million and a half", "one and a half".
  if (s.Word(a.end, "and") && s.Word(a.end + 1, "a") &&
      s.Word(a.end + 2, "half") && !a.fraction) {
    const double written = TrailingScale(s, a, first);
    if (IsScale(s, a.end + 3) && written == 1) {
      const double scale = static_cast<double>(s.Info(a.end + 3).value);
      a.low = a.high = (a.low + 0.5) * scale;
      a.end += 4;
    } else {
      a.low = a.high = a.low + 0.5 * written;
      a.end += 3;
    }
    a.bare_one = false;
  }
  // A range: "500-700", "510,000 to 600,000", "between 2 and 3 million",
  // "four or five".
  size_t j = a.end;
  bool sep = false;
  bool is_or = false;
  if (between) {
    sep = s.Word(j, "and");
  } else if (s.Word(j, "to") ||
             (s.Punct(j, '-') && (!a.words || !s.Joined(j))) ||
             (s.Punct(j, 'M') && s.Joined(j) && s.Joined(j + 1) && !a.words)) {
    sep = true;
  } else if (s.Word(j, "or") && !from) {
    sep = is_or = true;
  }
  NumberPhrase b;
  if (sep && ParseSingleNumber(s, j + 1, &b) && !b.bare_one &&
      a.words == b.words) {
    double low = a.low;
    const double scale_b = TrailingScale(s, b, j + 1);
    const double scale_a = TrailingScale(s, a, first);
    if (scale_a == 1 && scale_b > 1 && a.low <= b.low / scale_b) {
      low = a.low * scale_b;  // "0.6-0.8 million", "3 to 5 million"
    }
    const bool plausible = !is_or || b.high <= 10 * low;
    if (low < b.high && plausible) {
      *out = a;
      out->low = low;
      out->high = b.high;
      out->end = b.end;
      out->is_range = true;
      out->bare_one = false;
      return true;
    }
  }
  if (between || from) return false;
  *out = a;
  return true;
}

}  // namespace checker::extract
