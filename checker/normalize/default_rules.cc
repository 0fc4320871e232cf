#include "checker/normalize/default_rules.h"

#include <map>
#include <string>

#include "checker/base/vague_magnitudes.h"

namespace checker {
namespace {

struct HedgeEntry {
  const char* phrase;
  HedgeMeaning meaning;
};

// Hedge words as the extractor writes them (lowercase). Tolerances default
// to `approximate_tolerance`.
constexpr HedgeEntry kDefaultHedges[] = {
    // N ± t·N
    {"about", APPROXIMATE},
    {"around", APPROXIMATE},
    {"some", APPROXIMATE},
    {"approximately", APPROXIMATE},
    {"roughly", APPROXIMATE},
    {"an estimated", APPROXIMATE},
    {"estimated", APPROXIMATE},
    {"c.", APPROXIMATE},
    {"ca.", APPROXIMATE},
    {"circa", APPROXIMATE},
    {"approx.", APPROXIMATE},
    {"an approximate", APPROXIMATE},
    // (N, open)
    {"over", LOWER_BOUND},
    {"more than", LOWER_BOUND},
    {"in excess of", LOWER_BOUND},
    {"upwards of", LOWER_BOUND},
    {"well over", LOWER_BOUND},
    // [N, open)
    {"at least", AT_LEAST},
    {"no fewer than", AT_LEAST},
    {"no less than", AT_LEAST},
    // [floor, N]
    {"as many as", UPPER_BOUND},
    {"up to", UPPER_BOUND},
    {"as high as", UPPER_BOUND},
    {"at most", UPPER_BOUND},
    {"no more than", UPPER_BOUND},
    // [floor, N)
    {"fewer than", BELOW},
    {"under", BELOW},
    {"less than", BELOW},
    // [N - t·N, N]
    {"nearly", NEARLY},
    {"almost", NEARLY},
    {"close to", NEARLY},
    {"just under", NEARLY},
    // N, marked uncertain, ± t·N
    {"perhaps", UNCERTAIN},
    {"possibly", UNCERTAIN},
    {"maybe", UNCERTAIN},
    {"probably", UNCERTAIN},
};

}  // namespace

RulesConfig DefaultRulesConfig() {
  RulesConfig config;
  config.set_approximate_tolerance(kDefaultApproximateTolerance);
  config.set_round_figure_tolerance(kDefaultRoundFigureTolerance);
  config.set_varying_threshold(kDefaultVaryingThreshold);
  config.set_offset_tolerance(kDefaultOffsetTolerance);
  config.set_upper_bound_floor(kDefaultUpperBoundFloor);
  config.set_arithmetic_tolerance(kDefaultArithmeticTolerance);
  config.set_review_threshold(kDefaultReviewThreshold);
  config.set_copied_context_words(kDefaultCopiedContextWords);
  for (const HedgeEntry& entry : kDefaultHedges) {
    HedgeRule* rule = config.add_hedge();
    rule->set_phrase(entry.phrase);
    rule->set_meaning(entry.meaning);
  }
  // One table for extraction and normalization: checker/base.
  for (const VagueMagnitudeBounds& entry : DefaultVagueMagnitudes()) {
    VagueMagnitude* vague = config.add_vague();
    vague->set_phrase(std::string(entry.phrase));
    vague->set_low(entry.low);
    vague->set_high(entry.high);
  }
  return config;
}

RulesConfig WithDefaults(const RulesConfig& config) {
  RulesConfig defaults = DefaultRulesConfig();
  RulesConfig merged = config;
  if (!merged.has_approximate_tolerance())
    merged.set_approximate_tolerance(defaults.approximate_tolerance());
  if (!merged.has_round_figure_tolerance())
    merged.set_round_figure_tolerance(defaults.round_figure_tolerance());
  if (!merged.has_varying_threshold())
    merged.set_varying_threshold(defaults.varying_threshold());
  if (!merged.has_offset_tolerance())
    merged.set_offset_tolerance(defaults.offset_tolerance());
  if (!merged.has_upper_bound_floor())
    merged.set_upper_bound_floor(defaults.upper_bound_floor());
  if (!merged.has_arithmetic_tolerance())
    merged.set_arithmetic_tolerance(defaults.arithmetic_tolerance());
  if (!merged.has_review_threshold())
    merged.set_review_threshold(defaults.review_threshold());
  if (!merged.has_copied_context_words())
    merged.set_copied_context_words(defaults.copied_context_words());

  std::map<std::string, HedgeRule> hedges;
  for (const HedgeRule& rule : defaults.hedge()) hedges[rule.phrase()] = rule;
  for (const HedgeRule& rule : config.hedge()) hedges[rule.phrase()] = rule;
  merged.clear_hedge();
  for (const auto& [phrase, rule] : hedges) *merged.add_hedge() = rule;

  std::map<std::string, VagueMagnitude> vague;
  for (const VagueMagnitude& v : defaults.vague()) vague[v.phrase()] = v;
  for (const VagueMagnitude& v : config.vague()) vague[v.phrase()] = v;
  merged.clear_vague();
  for (const auto& [phrase, v] : vague) *merged.add_vague() = v;
  return merged;
}

}  // namespace checker
