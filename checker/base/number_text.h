// The text of a number, in the two forms checker writes: for people
// (reports, explanations, verify's sentences) and for machines (JSON).
// They differ on purpose: a reader wants "570,000" and "2.13", a JSON
// parser rejects the comma and wants every digit that was computed.
//
//   FormatNumber(570000) == "570,000"     FormatNumber(0.125) == "0.13"
//   JsonNumber(570000) == "570000"        JsonNumber(1.0 / 6) ==
//   "0.166666666667"
//
// Pure functions; thread-safe.
#ifndef CHECKER_BASE_NUMBER_TEXT_H_
#define CHECKER_BASE_NUMBER_TEXT_H_

#include <string>

namespace checker {

// For readers: thousands separators, at most two decimals, no trailing
// zeros ("1,234.5", "-6,146", "0"); "∞" and "-∞" for infinities, "NaN".
std::string FormatNumber(double value);

// For JSON: a whole number without a fraction ("570000", "-60"), anything
// else with 12 significant digits ("2.5", "0.166666666667"); "null" for
// infinities and NaN, which JSON cannot write.
std::string JsonNumber(double value);

}  // namespace checker

#endif  // CHECKER_BASE_NUMBER_TEXT_H_
