// Independent voices: which claims rest on the same authority.
//
// A claim speaks with the voice of its source, or of the third party it is
// attributed to ("Japanese sources claim": that voice; an attribution naming
// a source of the base: that source). Sources that cite or quote one
// another, transitively, share an authority: a source's authorities are
// itself and every source reachable through Source.cites, Source.quotes and
// Source.derived_from.
// Two claims are one voice when their authorities intersect (directly or
// through other claims of the group). A claim of a work quoted inside a
// compilation names the quoted work as its source, so it is that work's
// voice, not the compilation's.
//
// What sources do not declare, their text may show: two claims of different
// sources whose context (provenance prefix, quote and suffix) shares a run
// of `copied_context_words` words or more are one voice too, the later
// repeating the earlier's wording ("about 2,000 people were killed in the
// blast" on two pages is one text copied, not two witnesses).
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
  // `copied_context_words` 0 switches the text comparison off.
  VoiceIndex(const std::vector<Source>& sources, int copied_context_words);

  // Sets each claim's `voice` and `copied_wording`, the group's
  // `independent_voices` and `sources`. Voices are numbered by first
  // appearance in claim order. Linear in the claims and their context.
  void AssignVoices(Group* group) const;

  // The source with this id, or null.
  const Source* FindSource(absl::string_view id) const;

 private:
  const std::vector<Source>* sources_;
  int copied_context_words_;
  absl::flat_hash_map<std::string, int> index_;
  std::vector<std::vector<int>> authorities_;  // sorted, includes self
};

}  // namespace checker

#endif  // CHECKER_RULES_VOICES_H_
