// Plain-language wording of verdicts: who says what, named as a reader
// meets the sources (short citations), values as the sources wrote them.
// Claim ids never appear here; findings keep them in their claim list.
//
//   ClusterPhrase(clusters[0], /*first=*/true)
//     // "three sources give 40 days (Smith, 2001; Jones, 1999; Lee, 2004)"
//   ClusterPhrase(clusters[1], /*first=*/false)
//     // "one gives forty-two days (Heller and Nekrich, 1985)"
#ifndef CHECKER_RULES_WORDING_H_
#define CHECKER_RULES_WORDING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/rules/clusters.h"
#include "checker/rules/rule.h"

namespace checker {

// "one" .. "twelve", then digits.
std::string CountWord(size_t n);

// The sentence with its first letter in upper case (ASCII only).
std::string Capitalized(std::string sentence);

// The value as written ("about 570,000"), or its interval when the claim
// kept no text.
std::string ValueAsWritten(const NormalizedClaim& claim);

// Who states the claim: the source's short citation, or "Japanese sources,
// in Smith, 2001" for a figure the source attributes to a third party.
std::string ClaimCitation(const NormalizedClaim& claim);

// What one voice says: its value as written, or "40,000 to 150,000" when
// its figures span a range of their own.
std::string VoiceValue(const VoiceRange& voice);

// Distinct sources (by id) of these voices.
size_t SourceCount(const std::vector<const VoiceRange*>& voices);

// "three sources give 40 days (A; B; C)"; after the first cluster the noun is
// dropped ("one gives 42 days (D)"). When copies stand behind the sources:
// "(A; B; C, two of them independent)". Values of several voices are joined
// with "or" (three at most; beyond, "from X to Y").
std::string ClusterPhrase(const std::vector<const VoiceRange*>& cluster,
                          bool first);

// "over 60,000 (A); about 70,000 (B)": each voice with its citations, in
// ascending order, at most `max_voices` (then "and N more").
std::string VoiceList(const std::vector<const VoiceRange*>& voices,
                      size_t max_voices = 6);

// For every voice whose own figures span a range: "Smith, 2001 gives
// several figures (40,000, 90,000–120,000, 150,000): one source's range of
// estimates, not a disagreement." "" when there is none.
std::string OwnRangeNote(const std::vector<VoiceRange>& voices);

// "Corroborated by 3 independent sources." or "Corroborated by 3 sources, 2
// of them independent: B and C repeat the same wording around the figure."
std::string CorroborationNote(const Group& group);

}  // namespace checker

#endif  // CHECKER_RULES_WORDING_H_
