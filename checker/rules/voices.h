// Independent voices: which claims rest on the same authority.
//
// A claim speaks with the voice of its source, or of the third party it is
// attributed to ("Japanese sources claim": that voice; an attribution naming
// a source of the base: that source). Sources that cite or quote one
// another, transitively, share an authority: a source's authorities are
// itself and every source reachable through Source.cites and Source.quotes.
// Two claims are one voice when their authorities intersect (directly or
// through other claims of the group). A claim of a work quoted inside a
// compilation names the quoted work as its source, so it is that work's
// voice, not the compilation's.
//
// Built once per run from the sources; immutable afterwards.
#ifndef CHECKER_RULES_VOICES_H_
#define CHECKER_RULES_VOICES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "checker/rules/rule.h"
#include "proto/source.pb.h"

namespace checker {

class VoiceIndex {
 public:
  explicit VoiceIndex(const std::vector<Source>& sources);

  // Sets each claim's `voice`, the group's `independent_voices` and
  // `sources`. Voices are numbered by first appearance in claim order.
  void AssignVoices(Group* group) const;

  // The source with this id, or null.
  const Source* FindSource(absl::string_view id) const;

 private:
  const std::vector<Source>* sources_;
  absl::flat_hash_map<std::string, int> index_;
  std::vector<std::vector<int>> authorities_;  // sorted, includes self
};

}  // namespace checker

#endif  // CHECKER_RULES_VOICES_H_
