#include "checker/link/link_confidence.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace checker {
namespace {

// Factors for each piece of weaker evidence.
constexpr float kBase = 0.95f;
constexpr float kCueInSentence = 0.85f;  // not in the figure's clause
constexpr float kCueInPreviousSentence = 0.6f;
constexpr float kCueInHeading = 0.65f;
constexpr float kWeakCue = 0.6f;
constexpr float kCueCutOff = 0.75f;
// Across "but" or "whereas" the cue is said of something set against the
// figure, instead of kCueCutOff.
constexpr float kCueAcrossContrast = 0.5f;
constexpr float kCueFar = 0.85f;  // more than 60 bytes away in the clause
constexpr float kEntityPreviousSentence = 0.85f;
constexpr float kEntityParagraph = 0.7f;
constexpr float kEntityHeading = 0.8f;
constexpr float kEntityIntroducing = 0.65f;  // a table row's lead-in
constexpr float kEntityFar = 0.85f;          // more than 80 bytes away
constexpr float kCommonNoun = 0.85f;
constexpr float kWeakCommonNoun = 0.55f;
constexpr float kUnknownKind = 0.7f;
constexpr float kPersonNotInSentence = 0.6f;
constexpr float kNameIsHeadNoun = 0.8f;
constexpr float kPossessive = 0.5f;  // owns something else: "X's guards"
constexpr float kYearReadAsCount = 0.9f;
constexpr float kPeopleNoun = 1.05f;  // head noun agrees with people
// A day and month whose year was taken from a year written pages back
// ("announced on 10 July" long after "in 1871"): the date itself is unsure.
constexpr float kYearInferredFar = 0.5f;

}  // namespace

LinkAssessment AssessLink(const SubjectChoice& choice,
                          const std::vector<Qualifier>& qualifiers,
                          bool read_as_count) {
  LinkAssessment out;
  float c = kBase;
  std::vector<std::string>& r = out.reasons;
  // Attribute.
  std::string cue = absl::StrCat("cue '", choice.cue, "'");
  if (choice.scope == "label") {
    r.push_back(absl::StrCat(cue, " as a label glued to the figure"));
  } else if (choice.scope == "clause") {
    r.push_back(absl::StrCat(cue, " in the figure's clause"));
  } else if (choice.scope == "sentence") {
    c *= kCueInSentence;
    r.push_back(absl::StrCat(cue, " in the sentence, outside the clause"));
  } else if (choice.scope == "previous sentence") {
    c *= kCueInPreviousSentence;
    r.push_back(absl::StrCat(cue, " in the previous sentence"));
  } else {
    c *= kCueInHeading;
    r.push_back(absl::StrCat(cue, " in the ", choice.scope));
  }
  if (choice.weak_cue) {
    c *= kWeakCue;
    r.push_back("weak cue (names what is counted, not what happened)");
  }
  if (choice.cue_across_contrast) {
    c *= kCueAcrossContrast;
    r.push_back("cue on the other side of 'but' or 'whereas'");
  } else if (choice.cue_cut_off) {
    c *= kCueCutOff;
    r.push_back("cue cut off from the figure by another figure or 'and'");
  }
  if (choice.cue_distance > 60 && choice.scope == "clause") {
    c *= kCueFar;
    r.push_back(absl::StrCat("cue ", choice.cue_distance, " bytes away"));
  }
  // Entity.
  const EntityEvidence& e = choice.entity_evidence;
  std::string entity = absl::StrCat(
      e.common_noun ? "entity by common-noun alias '" : "entity by name '",
      choice.entity_name, "' in the ", e.scope);
  r.push_back(entity);
  if (e.scope == "previous sentence") c *= kEntityPreviousSentence;
  if (e.scope == "paragraph") c *= kEntityParagraph;
  if (e.scope == "heading") c *= kEntityHeading;
  if (e.scope == "introducing paragraph") c *= kEntityIntroducing;
  if (e.scope == "continued paragraph") c *= kEntityParagraph;
  if (e.scope == "sentence" && e.distance > 80) {
    c *= kEntityFar;
    r.push_back(absl::StrCat("name ", e.distance, " bytes from the figure"));
  }
  if (e.common_noun) {
    if (e.weak_common_noun) {
      c *= kWeakCommonNoun;
      r.push_back("common noun written without 'the' or a capital");
    } else {
      c *= kCommonNoun;
    }
  }
  if (e.unknown_kind) {
    c *= kUnknownKind;
    r.push_back("entity of unknown kind for a typed attribute");
  }
  if (e.name_is_head_noun) {
    c *= kNameIsHeadNoun;
    r.push_back("the only name is the figure's own counted noun");
  }
  if (e.person_not_in_sentence) {
    c *= kPersonNotInSentence;
    r.push_back("person neither named nor referred to in the sentence");
  }
  if (e.possessive) {
    c *= kPossessive;
    r.push_back("name in the possessive of something else than the cue");
  }
  // Value.
  if (!choice.noun.head.empty()) {
    r.push_back(absl::StrCat("head noun '", choice.noun.head, "'"));
    if (choice.noun.kind == NounKind::kPeople) c *= kPeopleNoun;
  }
  if (choice.year_inferred_far) {
    c *= kYearInferredFar;
    r.push_back("year not written; taken from a date far back in the text");
  }
  if (read_as_count) {
    c *= kYearReadAsCount;
    r.push_back("four-digit figure read as a count, not a year");
  }
  for (const std::string& doubt : choice.doubts) {
    r.push_back(absl::StrCat("passed over: ", doubt));
  }
  for (const Qualifier& q : qualifiers) {
    r.push_back(absl::StrCat("qualifier ", q.key, ": ", q.value));
  }
  out.confidence = std::clamp(c, 0.0f, 1.0f);
  return out;
}

}  // namespace checker
