// The built-in attribute vocabulary: the attributes claims are usually about
// and the cue words that signal them. Data only; see default_vocabulary.cc.
//
// Cue syntax (also accepted in a gazetteer's Attribute.cue):
//   "death toll"  a phrase, matched word by word on word boundaries;
//   "execut*"     a trailing '*' matches any word starting with the stem;
//   "~inmates"    a leading '~' marks a weak cue: used only when no ordinary
//                 cue of a fitting attribute is found in the same scope
//                 (words that often name what is counted, not what happened).
#ifndef CHECKER_LINK_DEFAULT_VOCABULARY_H_
#define CHECKER_LINK_DEFAULT_VOCABULARY_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "proto/gazetteer.pb.h"

namespace checker {

// The default attributes, in a fixed order. Ids: deaths, wounded, captured,
// returned, released, participants, population, area, duration, start_date,
// end_date, date_of_death, date_of_arrest, date_of_execution, date_of_birth,
// date_announced, event_date.
const std::vector<Attribute>& DefaultAttributes();

// Whether the default attribute `id` counts people (deaths, wounded,
// captured, returned, released, participants, population); false for ids
// that are not default ones.
bool DefaultCountsPeople(absl::string_view id);

}  // namespace checker

#endif  // CHECKER_LINK_DEFAULT_VOCABULARY_H_
