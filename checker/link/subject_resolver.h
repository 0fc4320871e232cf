// Choosing a mention's subject: the attribute by cue words near it, the
// entity by the names near it.
//
// Attribute: cues whose attribute's value kind fits the mention (dates ->
// date attributes, durations -> duration, quantities and percents ->
// quantity attributes), searched in passes: ordinary cues in the clause,
// then in the sentence; weak cues in the clause, then the sentence; then
// ordinary cues in the previous sentence of the paragraph; then in the
// section heading. The first pass with a fitting cue decides; within it the
// cue nearest the mention whose attribute applies to some entity in reach
// wins. A weak cue links only to a name in the same sentence. A relative
// date looks for cues in its clause and sentence only.
// Entity: the name nearest the mention in the same sentence, else the
// previous sentence, else the paragraph, else the heading, among entities
// the attribute applies to ("died" + PERSON + date -> date_of_death;
// "died" + EVENT/GROUP + number -> deaths).
#ifndef CHECKER_LINK_SUBJECT_RESOLVER_H_
#define CHECKER_LINK_SUBJECT_RESOLVER_H_

#include <string>
#include <vector>

#include "checker/extract/mention.h"
#include "checker/link/document_index.h"
#include "checker/link/phrase_index.h"
#include "checker/link/vocabulary.h"

namespace checker {

// A document prepared for linking: structure plus every name and cue hit.
struct LinkContext {
  const Vocabulary* vocabulary = nullptr;
  const DocumentIndex* doc = nullptr;
  std::vector<PhraseHit> name_hits;  // text order
  std::vector<PhraseHit> cue_hits;   // text order
  std::vector<TextSpan> figures;     // every mention span, text order
};

struct SubjectChoice {
  int entity = -1;     // index into vocabulary->entities
  int attribute = -1;  // index into vocabulary->attributes
  std::string entity_name;
  std::string cue;
  std::string scope;            // of the cue
  std::string unlinked_reason;  // set unless both entity and attribute found
};

SubjectChoice ResolveSubject(const LinkContext& context,
                             const Mention& mention);

// The nearest entity in reach of `figure` (sentence, previous sentence,
// paragraph, heading; only the sentence when `sentence_only`) that attribute
// `attribute` applies to (any entity when `attribute` is -1), preferring
// names not in the possessive; -1 if none. Sets *name to the name matched.
int NearestEntity(const LinkContext& context, TextSpan figure, int attribute,
                  std::string* name, bool sentence_only);

}  // namespace checker

#endif  // CHECKER_LINK_SUBJECT_RESOLVER_H_
