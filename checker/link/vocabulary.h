// The linker's matching tables: gazetteer entities with a name index, and
// attributes (the built-in defaults merged with the gazetteer's) with a cue
// index.
//
// Merging: a gazetteer attribute whose id is a default one adds its cues to
// the default cues, replaces applies_to (empty: any entity), and overrides
// value_kind, role and description where it sets them; other gazetteer
// attributes are added after the defaults.
//
// Immutable after BuildVocabulary; safe to share across threads.
#ifndef CHECKER_LINK_VOCABULARY_H_
#define CHECKER_LINK_VOCABULARY_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/link/phrase_index.h"
#include "proto/gazetteer.pb.h"

namespace checker {

struct Vocabulary {
  std::vector<Entity> entities;
  std::vector<Attribute> attributes;
  // Payload: entity index.
  PhraseIndex names;
  // Payload: attribute index * 2 + (1 if the cue is weak).
  PhraseIndex cues;

  // Index of the attribute with `id`, or -1.
  int AttributeIndex(absl::string_view id) const;
  // Whether attribute `a` applies to entity `e` (empty applies_to, or an
  // entity of unspecified kind, fit anything).
  bool Applies(int a, int e) const;
};

// InvalidArgument naming the id for an empty or duplicate entity or
// attribute id.
absl::StatusOr<Vocabulary> BuildVocabulary(
    const std::vector<Entity>& entities,
    const std::vector<Attribute>& attributes);

}  // namespace checker

#endif  // CHECKER_LINK_VOCABULARY_H_
