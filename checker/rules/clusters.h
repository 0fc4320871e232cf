// Agreement inside one group, voice by voice.
//
// A source's several figures for one subject are that source's range, not a
// disagreement: "estimates range from 40,000 to 150,000" in one text is one
// voice spanning 40,000..150,000. So the claims one independent voice (see
// voices.h) gives together, in one passage (within kPassageBytes of each
// other in one document), are merged into one statement: the hull of its
// figures, leaving out a vaguer figure that contains a more precise one
// ("several weeks" beside "40 days" adds nothing: the voice says 40 days).
// Figures a voice gives in different places stay separate statements (they
// are often about different scopes), but two statements of one voice never
// make a conflict on their own: when only they disagree, the voice's whole
// range is used.
//
// Clusters then say who agrees with whom: the first cluster is the largest
// set of voices whose ranges share one value; the rest are the outliers,
// clustered the same way. All O(v²) in the number of voices at worst, with v
// capped (beyond it, clusters are the connected overlap components).
#ifndef CHECKER_RULES_CLUSTERS_H_
#define CHECKER_RULES_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace checker {

// Figures of one voice closer than this (bytes, one document) are one
// passage.
inline constexpr uint32_t kPassageBytes = 400;

// One statement of an independent voice and the range its figures span.
struct VoiceRange {
  int voice = 0;
  // The claims that define the range, ascending by point (then claim id).
  std::vector<const NormalizedClaim*> kept;
  // Every claim of the voice, in group order (by claim id).
  std::vector<const NormalizedClaim*> claims;
  // The voice as one claim for ClassifyIntervals: the hull of `kept`, the
  // middle of their points; `claim` and `source` are kept.front()'s.
  NormalizedClaim range;
  // Wording computed once (see wording.h: VoiceValue, and the citations of
  // `kept`), empty until first asked for.
  mutable std::string value_text;
  mutable std::vector<std::string> citations;
};

// The voices of `group`, one range each, in voice order
// (0..independent_voices-1).
// REQUIRES: voices assigned (Group::independent_voices,
// NormalizedClaim::voice).
std::vector<VoiceRange> VoiceRanges(const Group& group);

// The statements of `group`: one range per voice and passage, by voice,
// then document order.
std::vector<VoiceRange> StatementRanges(const Group& group);

// Whether two statements of different voices share no value (a conflict
// that is not one voice disagreeing with itself).
bool VoicesDisagree(const std::vector<VoiceRange>& statements);

// Distinct voices among these statements.
size_t VoiceCount(const std::vector<const VoiceRange*>& statements);

// The ranges as claims, for ClassifyIntervals and friends.
std::vector<const NormalizedClaim*> RangeClaims(
    const std::vector<VoiceRange>& voices);

// Voices partitioned into clusters of agreement. The first cluster is the
// largest set of voices whose ranges share a value (on a tie, the one at the
// lowest value); then the same among the voices left, at most `max_clusters`
// clusters (the last takes whatever is left). Within a cluster voices are in
// ascending order of range; one cluster when all ranges share a value.
std::vector<std::vector<const VoiceRange*>> AgreementClusters(
    const std::vector<VoiceRange>& voices, size_t max_clusters = 8);

}  // namespace checker

#endif  // CHECKER_RULES_CLUSTERS_H_
