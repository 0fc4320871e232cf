// The text of a number, in the forms checker writes: for people (reports,
// explanations, verify's sentences), for people when every digit matters
// (a figure quoted from a user's file in an error message), and for
// machines (JSON). They differ on purpose: a reader wants "570,000" and
// "2.13", an error about "low 0.126 above high 0.125" must not say "0.13"
// twice, and a JSON parser rejects the comma.
//
//   FormatNumber(570000) == "570,000"
//   FormatNumber(0.125) == "0.13"
//   FormatExactNumber(0.125) == "0.125"
//   JsonNumber(570000) == "570000"
//   JsonNumber(1.0 / 6) == "0.166666666667"
//
// Pure functions; thread-safe.
#ifndef CHECKER_BASE_NUMBER_TEXT_H_
#define CHECKER_BASE_NUMBER_TEXT_H_

#include <string>

namespace checker {

// For readers: thousands separators, at most two decimals, no trailing
// zeros ("1,234.5", "-6,146", "0"); "∞" and "-∞" for infinities, "NaN".
std::string FormatNumber(double value);

// For readers, unrounded: thousands separators as FormatNumber, and the
// fraction with up to 15 significant digits in all, as many as a double
// always keeps ("600,000", "50.5", "0.126", "-0.001"), so two different
// figures read differently unless they differ beyond the 15th digit.
// Magnitudes from 1e15 and below 1e-4 are written as printf's %g writes
// them ("1e+20", "1e-05"); infinities and NaN as a textproto file spells
// them ("inf", "-inf", "nan").
std::string FormatExactNumber(double value);

// For JSON: a whole number without a fraction ("570000", "-60"), anything
// else with 12 significant digits ("2.5", "0.166666666667"); "null" for
// infinities and NaN, which JSON cannot write.
std::string JsonNumber(double value);

}  // namespace checker

#endif  // CHECKER_BASE_NUMBER_TEXT_H_
