// How sure a link is, and why: LinkEvidence.confidence and .reasons from
// the evidence the subject resolver collected.
//
// The confidence starts at 0.95 and is multiplied by a factor per piece of
// weaker evidence (the table in link_confidence.cc): a cue outside the
// figure's clause, a weak cue, a cue cut off by another figure or an "and",
// an entity named further away, a one-word common-noun alias, an entity of
// unknown kind, a person named only outside the sentence with no "he" or
// "she" in it, a name in the possessive of another noun than the cue
// ("Beria's name", not "Beria's arrest"), a year read as a count, a date
// whose year was taken from a year written far back in the text. The
// factors were set so that, on the development corpora, most links a
// reader would reject fall below 0.5 while most right ones stay above it
// (BUILD_NOTES.md has the figures). An unlinked claim gets no confidence.
//
// Pure function; thread-safe.
#ifndef CHECKER_LINK_LINK_CONFIDENCE_H_
#define CHECKER_LINK_LINK_CONFIDENCE_H_

#include <string>
#include <vector>

#include "checker/link/qualifiers.h"
#include "checker/link/subject_resolver.h"

namespace checker {

struct LinkAssessment {
  float confidence = 0;
  std::vector<std::string> reasons;  // one short phrase each
};

// REQUIRES: choice has an entity and an attribute.
LinkAssessment AssessLink(const SubjectChoice& choice,
                          const std::vector<Qualifier>& qualifiers,
                          bool read_as_count);

}  // namespace checker

#endif  // CHECKER_LINK_LINK_CONFIDENCE_H_
