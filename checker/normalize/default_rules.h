// The built-in rules configuration: hedge semantics, vague magnitudes and
// tolerances applied when the rules textproto leaves them unset. The table
// lives in default_rules.cc as data; claims/rules.textproto documents it.
//
//   RulesConfig config = WithDefaults(user_config);
//   // every optional field set; hedge and vague lists hold the defaults
//   // plus the user's entries (a user entry replaces the default of the
//   // same phrase).
#ifndef CHECKER_NORMALIZE_DEFAULT_RULES_H_
#define CHECKER_NORMALIZE_DEFAULT_RULES_H_

#include "proto/rules.pb.h"

namespace checker {

// Default values of the scalar settings (see proto/rules.proto).
inline constexpr double kDefaultApproximateTolerance = 0.1;
inline constexpr double kDefaultRoundFigureTolerance = 0.0;
inline constexpr double kDefaultVaryingThreshold = 0.1;
inline constexpr double kDefaultOffsetTolerance = 0.15;
inline constexpr double kDefaultUpperBoundFloor = 0.0;
inline constexpr double kDefaultArithmeticTolerance = 0.02;
inline constexpr double kDefaultReviewThreshold = 0.5;
inline constexpr int kDefaultCopiedContextWords = 6;

// The built-in configuration alone: every scalar set to its default, the
// default hedge phrases and vague magnitudes. `approximate_date_days` is left
// unset: approximate dates then widen by one unit of their precision.
RulesConfig DefaultRulesConfig();

// `config` with every unset scalar given its default, and its hedge and
// vague entries merged over the defaults (same phrase: the user's wins).
// Lists come out sorted by phrase, so the result is deterministic.
RulesConfig WithDefaults(const RulesConfig& config);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_DEFAULT_RULES_H_
