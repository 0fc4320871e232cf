#include "checker/normalize/normalizer.h"

#include <cmath>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/base/number_text.h"
#include "checker/normalize/days.h"
#include "checker/normalize/default_rules.h"
#include "checker/normalize/hedge.h"

namespace checker {
namespace {

// Whether `text` is already lowercase ASCII words with single spaces.
bool IsCanonical(absl::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if ((c >= 'A' && c <= 'Z') || c == '\t' || c == '\n') return false;
    if (c == ' ' && text[i - 1] == ' ') return false;
  }
  return true;
}

// Lowercase, single spaces, trimmed.
std::string CanonicalPhrase(absl::string_view text) {
  if (IsCanonical(text)) return std::string(text);
  std::vector<absl::string_view> words =
      absl::StrSplit(text, absl::ByAnyChar(" \t\n"), absl::SkipEmpty());
  return absl::AsciiStrToLower(absl::StrJoin(words, " "));
}

bool ContainsWords(absl::string_view text, absl::string_view phrase) {
  for (size_t pos = text.find(phrase); pos != absl::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    size_t end = pos + phrase.size();
    bool starts = pos == 0 || text[pos - 1] == ' ';
    bool ends = end == text.size() || text[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

std::string Percent(double fraction) {
  return absl::StrCat(FormatNumber(fraction * 100), "%");
}

std::string RangeText(double low, double high) {
  return absl::StrCat(FormatNumber(low), "–", FormatNumber(high));
}

// "about 570,000 ± 10%", "over 60,000: more than 60,000", ...
std::string QuantityDerivation(const HedgeApplication& hedge,
                               absl::string_view phrase, double n,
                               const ValueInterval& iv) {
  std::string figure = FormatNumber(n);
  switch (hedge.meaning) {
    case APPROXIMATE:
      return absl::StrCat(phrase, " ", figure, " ± ", Percent(hedge.tolerance));
    case LOWER_BOUND:
      return absl::StrCat(phrase, " ", figure, ": more than ", figure);
    case AT_LEAST:
      return absl::StrCat(phrase, " ", figure, ": ", figure, " or more");
    case UPPER_BOUND:
      return absl::StrCat(phrase, " ", figure, ": ", RangeText(iv.low, n));
    case BELOW:
      return absl::StrCat(phrase, " ", figure, ": ", FormatNumber(iv.low),
                          " up to but not ", figure);
    case NEARLY:
      return absl::StrCat(phrase, " ", figure, ": ", RangeText(iv.low, n));
    case UNCERTAIN:
      return absl::StrCat(phrase, " ", figure, ": uncertain, ± ",
                          Percent(hedge.tolerance));
    default:
      break;
  }
  if (iv.low != iv.high) {
    return absl::StrCat("round figure ", figure, " ± ",
                        Percent(hedge.round_tolerance));
  }
  return absl::StrCat(figure, " as written");
}

}  // namespace

Normalizer::Normalizer(const RulesConfig& config)
    : config_(WithDefaults(config)) {
  for (const HedgeRule& rule : config_.hedge()) {
    hedges_[CanonicalPhrase(rule.phrase())] = rule;
  }
  for (const VagueMagnitude& vague : config_.vague()) {
    vague_[CanonicalPhrase(vague.phrase())] = vague;
  }
}

const HedgeRule* Normalizer::FindHedge(absl::string_view hedge) const {
  std::string phrase = CanonicalPhrase(hedge);
  if (phrase.empty()) return nullptr;
  auto exact = hedges_.find(phrase);
  if (exact != hedges_.end()) return &exact->second;
  const HedgeRule* best = nullptr;
  size_t best_size = 0;
  for (const auto& [known, rule] : hedges_) {
    if (known.size() > best_size && ContainsWords(phrase, known)) {
      best = &rule;
      best_size = known.size();
    }
  }
  return best;
}

absl::StatusOr<ValueInterval> Normalizer::Normalize(
    const Claim& claim, const AnchorResolver& resolver) const {
  switch (claim.value_case()) {
    case Claim::kQuantity:
      return NormalizeQuantity(claim);
    case Claim::kDate:
      return NormalizeDate(claim.date());
    case Claim::kDuration:
      return NormalizeDuration(claim);
    case Claim::kRelativeDate:
      return NormalizeRelative(claim, resolver);
    case Claim::VALUE_NOT_SET:
      break;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("claim \"", claim.id(), "\" has no value"));
}

absl::StatusOr<ValueInterval> Normalizer::NormalizeQuantity(
    const Claim& claim) const {
  const Quantity& q = claim.quantity();
  ValueInterval iv;
  iv.kind = VALUE_QUANTITY;
  if (q.has_low() && q.has_high()) {  // a written range keeps its bounds
    if (q.low() > q.high()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim \"", claim.id(), "\": range low ", FormatNumber(q.low()),
          " is above high ", FormatNumber(q.high())));
    }
    iv.low = q.low();
    iv.high = q.high();
    iv.low_exclusive = q.low_exclusive();
    iv.high_exclusive = q.high_exclusive();
    iv.derivation = absl::StrCat("range ", RangeText(iv.low, iv.high));
    return iv;
  }
  HedgeApplication hedge;
  hedge.round_tolerance = config_.round_figure_tolerance();
  hedge.floor = config_.upper_bound_floor();
  std::string phrase = CanonicalPhrase(claim.hedge());
  if (!q.has_value() && (q.has_low() || q.has_high())) {
    // A written one-sided bound: its side says what it means.
    if (q.has_low()) hedge.meaning = q.low_exclusive() ? LOWER_BOUND : AT_LEAST;
    if (q.has_high()) hedge.meaning = q.high_exclusive() ? BELOW : UPPER_BOUND;
    double n = q.has_low() ? q.low() : q.high();
    ApplyHedge(hedge, n, n, &iv);
    if (phrase.empty()) phrase = q.has_low() ? "from" : "up to";
    iv.derivation = QuantityDerivation(hedge, phrase, n, iv);
    return iv;
  }
  if (q.has_value()) {
    double n = q.value();
    const HedgeRule* rule = FindHedge(phrase);
    if (rule != nullptr) {
      hedge.meaning = rule->meaning();
      hedge.tolerance = rule->has_tolerance() ? rule->tolerance()
                                              : config_.approximate_tolerance();
    }
    ApplyHedge(hedge, n, n, &iv);
    iv.derivation = QuantityDerivation(hedge, phrase, n, iv);
    if (rule == nullptr && !phrase.empty()) {
      absl::StrAppend(&iv.derivation, " (hedge \"", phrase,
                      "\" not configured: taken as exact)");
    }
    return iv;
  }
  if (!q.vague().empty()) {
    auto it = vague_.find(CanonicalPhrase(q.vague()));
    if (it == vague_.end()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim \"", claim.id(), "\": vague magnitude \"", q.vague(),
          "\" has no configured bounds; add a `vague` entry to the rules"));
    }
    iv.low = it->second.low();
    iv.high = it->second.high();
    iv.derivation = absl::StrCat(q.vague(), ": ", RangeText(iv.low, iv.high));
    return iv;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("claim \"", claim.id(), "\": quantity has no figure"));
}

bool Overlaps(const ValueInterval& a, const ValueInterval& b) {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high == b.low && (a.high_exclusive || b.low_exclusive)) return false;
  if (b.high == a.low && (b.high_exclusive || a.low_exclusive)) return false;
  return true;
}

ValueInterval Hull(const ValueInterval& a, const ValueInterval& b) {
  ValueInterval hull = a;
  if (b.low < a.low || (b.low == a.low && !b.low_exclusive)) {
    hull.low = b.low;
    hull.low_exclusive = b.low_exclusive;
  }
  if (b.high > a.high || (b.high == a.high && !b.high_exclusive)) {
    hull.high = b.high;
    hull.high_exclusive = b.high_exclusive;
  }
  hull.derivation.clear();
  return hull;
}

std::string BoundText(ValueKind kind, double value) {
  if (std::isinf(value)) return "";
  if (kind == VALUE_DATE) return FormatIsoDay(std::llround(value));
  return FormatNumber(value);
}

}  // namespace checker
