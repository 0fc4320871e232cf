// Choosing a mention's subject: the attribute by cue words near it, the
// entity by the names near it, and the evidence for both.
//
// Attribute: cues whose attribute's value kind fits the mention (dates ->
// date attributes, durations -> duration, quantities and percents ->
// quantity attributes), searched in passes: a label glued to the figure
// ("Deaths1,950"); ordinary cues in the clause, then in the sentence; weak
// cues in the clause, then the sentence; then ordinary cues in the previous
// sentence of the paragraph; then in the section heading. The first pass
// with a fitting cue decides. Within a pass a cue governs the figure it is
// not cut off from: a cue with another figure between it and this one, or
// an "and"/"but" between them, ranks after a cue that has neither; then the
// nearest wins ("some 2,000 were killed and around 9,000 injured": 9,000 is
// injured). A cue right after a negation ("not returned") is not evidence
// for its attribute, except before "until" ("not freed until 1956" says when
// they were freed). A cue inside another figure ("two months after
// Stalin's death" beside "In May 1953") is that figure's, not evidence for
// this one. A figure whose head noun is not a count of people
// ("twelve camps", "200 tons") does not take an attribute that counts
// people; a measured amount "N tons of X" takes only a cue inside its own
// phrase. A weak cue links only to a name in the same sentence. A relative
// date looks for cues in its clause and sentence only, and takes a duration
// attribute ("20 minutes after the collision": the offset) only when no
// date attribute fits.
//
// Entity: every name in reach (sentence, previous sentence, paragraph,
// heading; for a short line such as a table row, also the paragraph that
// introduces the rows) that the attribute applies to is scored, and the
// best wins:
// nearer scopes first; a name in the possessive of something other than a
// cue or the figure ("Beria's name", "Stalin's guards"; but not "Stalin's
// death", whose owner is preferred), a one-word common-noun
// alias ("the explosion", "camps") and an entity of unknown kind when the
// attribute names the kinds it applies to all count as weaker evidence; a
// common-noun alias written with "the" or capitalised (not merely as the
// first word of a sentence) is less weak than one after "a" or an adjective
// ("a man-made explosion"). A person named only
// in the paragraph or heading, with no "he"/"she"/"his"/"her" in the
// figure's sentence, is marked (person_not_in_sentence): a person's own
// dates are written where the person is named or referred to.
#ifndef CHECKER_LINK_SUBJECT_RESOLVER_H_
#define CHECKER_LINK_SUBJECT_RESOLVER_H_

#include <string>
#include <vector>

#include "checker/extract/mention.h"
#include "checker/link/counted_noun.h"
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

// How an entity name was matched, for the confidence and the reasons.
struct EntityEvidence {
  std::string scope;         // "sentence", "previous sentence", ...
  bool common_noun = false;  // a one-word lowercase alias ("the explosion")
  bool weak_common_noun = false;  // ... written without "the" or capital
  bool unknown_kind = false;      // entity kind unspecified, attribute typed
  bool possessive = false;        // owns another noun than a cue or the figure
  // A PERSON named only in the paragraph or heading, and the figure's
  // sentence has no "he", "she", "his", "her" that could refer to them.
  bool person_not_in_sentence = false;
  // The only name is a common-noun alias that is the figure's own counted
  // noun ("16,400 inmates", alias "inmates").
  bool name_is_head_noun = false;
  uint32_t distance = 0;  // bytes between the name and the figure
};

struct SubjectChoice {
  int entity = -1;     // index into vocabulary->entities
  int attribute = -1;  // index into vocabulary->attributes
  std::string entity_name;
  std::string cue;
  std::string scope;            // of the cue
  std::string unlinked_reason;  // set unless both entity and attribute found
  // Evidence.
  EntityEvidence entity_evidence;
  bool weak_cue = false;
  bool cue_cut_off = false;          // across another figure or a conjunction
  bool cue_across_contrast = false;  // ... and the conjunction is "but"
  uint32_t cue_distance = 0;
  CountedNoun noun;
  bool year_inferred_far = false;   // the date's year came from far back
  std::vector<std::string> doubts;  // checks that failed along the way
};

SubjectChoice ResolveSubject(const LinkContext& context,
                             const Mention& mention);

// The best entity in reach of `figure` (sentence, previous sentence,
// paragraph, heading; only the sentence when `sentence_only`) that attribute
// `attribute` applies to (any entity when `attribute` is -1), scored as
// above; -1 if none. Sets *name to the name matched and *evidence.
// `cue`, when given, is the cue hit the attribute came from: a name whose
// possessive owns it ("Stalin's death") is preferred.
int NearestEntity(const LinkContext& context, TextSpan figure, int attribute,
                  std::string* name, bool sentence_only,
                  EntityEvidence* evidence = nullptr,
                  const PhraseHit* cue = nullptr);

}  // namespace checker

#endif  // CHECKER_LINK_SUBJECT_RESOLVER_H_
