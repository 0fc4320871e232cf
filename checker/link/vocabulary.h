// The linker's matching tables: gazetteer entities with a name index, and
// attributes (the built-in defaults merged with the gazetteer's) with a cue
// index.
//
// Merging: a gazetteer attribute whose id is a default one extends it: its
// cues and applies_to kinds are added to the default ones (a redeclaration
// without applies_to keeps the default kinds), and value_kind, role and
// description are overridden where it sets them; other gazetteer attributes
// are added after the defaults.
//
// An attribute counts people when it is a default one that does (deaths,
// wounded, captured, ...) or one of its cues is a people noun of
// base/data/counted_nouns.txt ("passengers"); such an attribute never takes a
// figure whose head noun is a unit or a thing ("twelve camps").
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
  // Per attribute: whether it counts people (see above).
  std::vector<bool> counts_people;
  // Per attribute: whether it measures money (a cue such as "cost",
  // "value", "price", "worth", "dollars"); only those take "$240,750".
  std::vector<bool> counts_money;

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
