// Figures: digits, number words, ranges and vague magnitudes.
#include <cmath>

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
      if (scale == 100 || scale == 12) {
        if (last == kHundred) break;
        current = (current == 0 ? 1 : current) * scale;
        last = kHundred;
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
    // Joiners: "forty-two", "one hundred and twenty".
    const bool hyphen = last == kTens && s.Punct(next, '-') && s.Joined(next) &&
                        s.Joined(next + 1) && s.Has(next + 1, kCardinal) &&
                        s.Info(next + 1).value < 10;
    const bool and_joiner = (last == kHundred || last == kBig) &&
                            s.Word(next, "and") && s.Has(next + 1, kCardinal) &&
                            s.Info(next + 1).value > 0 && !IsScale(s, next + 2);
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

bool ParseDigits(const Scan& s, size_t i, NumberPhrase* out) {
  const Token& t = s[i];
  if (t.suffix != NumberSuffix::kNone || t.long_word) return false;
  // Glued to letters before ("n4") or to one or two letters after ("660p").
  if (i > 0 && s.Joined(i) && s.IsWord(i - 1)) return false;
  // Identifiers: "T-34", "Sh-854".
  if (i > 1 && s.Joined(i) && s.Punct(i - 1, '-') && s.Joined(i - 1) &&
      s.IsWord(i - 2) && s[i - 2].upper) {
    return false;
  }
  if (s.IsWord(i + 1) && s.Joined(i + 1) && s[i + 1].len <= 2 &&
      !s.Has(i + 1, kScale)) {
    return false;
  }
  double scale = 1;
  size_t j = i + 1;
  while (IsScale(s, j)) scale *= static_cast<double>(s.Info(j).value), ++j;
  const double v = static_cast<double>(t.mantissa) * scale / kPow10[t.decimals];
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
  // "a couple (of)": two.
  if (factor == 1 && s.Word(j, "a") && s.Word(j + 1, "couple")) {
    out->end = j + 2;
    out->low = out->high = 2;
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
  const size_t end = ParseCardinalWords(s, j, &value);
  if (end == 0) return false;
  // Fractions ("two-thirds", "one quarter") are proportions, not counts.
  if (s.IsWord(end) ||
      (s.Punct(end, '-') && s.Joined(end) && s.IsWord(end + 1))) {
    const absl::string_view w = s[s.IsWord(end) ? end : end + 1].word();
    if (w == "third" || w == "thirds" || w == "quarter" || w == "quarters" ||
        w == "fifth" || w == "fifths" || w == "half" || w == "halves" ||
        w == "tenth" || w == "tenths") {
      return false;
    }
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
  if (w == "were" || w == "are" || w == "people" || w == "men" ||
      w == "women" || w == "children" || w == "persons" || w == "died" ||
      w == "of" || w == "more" || w == "other" || w == "new") {
    return true;
  }
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
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
  // "two and a half million".
  if (s.Word(a.end, "and") && s.Word(a.end + 1, "a") &&
      s.Word(a.end + 2, "half") && IsScale(s, a.end + 3) &&
      TrailingScale(s, a, first) == 1) {
    const double scale = static_cast<double>(s.Info(a.end + 3).value);
    a.low = a.high = (a.low + 0.5) * scale;
    a.end += 4;
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
             (s.Punct(j, '-') && (!a.words || !s.Joined(j)))) {
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
