#include "checker/link/subject_resolver.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/extract/mention_format.h"
#include "checker/link/claim_value.h"

namespace checker {
namespace {

struct Scope {
  TextSpan span;
  const char* name;
};

uint32_t Distance(const PhraseHit& hit, TextSpan figure) {
  if (hit.end <= figure.begin) return figure.begin - hit.end;
  if (hit.begin >= figure.end) return hit.begin - figure.end;
  return 0;
}

bool Overlaps(const PhraseHit& hit, TextSpan figure) {
  return hit.begin < figure.end && figure.begin < hit.end;
}

// Hits lying inside `span`, nearest to `figure` first (text order on ties).
std::vector<const PhraseHit*> HitsIn(const std::vector<PhraseHit>& hits,
                                     TextSpan span, TextSpan figure) {
  auto it = std::lower_bound(
      hits.begin(), hits.end(), span.begin,
      [](const PhraseHit& h, uint32_t value) { return h.begin < value; });
  std::vector<const PhraseHit*> out;
  for (; it != hits.end() && it->begin < span.end; ++it) {
    if (it->end <= span.end) out.push_back(&*it);
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](const PhraseHit* a, const PhraseHit* b) {
                     return Distance(*a, figure) < Distance(*b, figure);
                   });
  return out;
}

// The places searched for names, in order.
std::vector<Scope> EntityScopes(const DocumentIndex& doc, int s) {
  std::vector<Scope> scopes;
  if (s < 0) return scopes;
  scopes.push_back({doc.sentences()[s], "sentence"});
  if (int prev = doc.PreviousSentenceInParagraph(s); prev >= 0) {
    scopes.push_back({doc.sentences()[prev], "previous sentence"});
  }
  const int p = doc.ParagraphOfSentence(s);
  scopes.push_back({doc.paragraphs()[p], "paragraph"});
  if (int h = doc.HeadingBefore(p); h >= 0) {
    scopes.push_back({doc.paragraphs()[h], "heading"});
  }
  return scopes;
}

std::string KindsOf(const Attribute& attribute) {
  std::string out;
  for (int k : attribute.applies_to()) {
    if (!out.empty()) out += " or ";
    out += EntityKind_Name(static_cast<EntityKind>(k));
  }
  return out.empty() ? "entity" : out;
}

// Whether the name ending at `end` is followed by "'s" or "’s".
bool IsPossessive(absl::string_view text, uint32_t end) {
  absl::string_view rest = text.substr(std::min<size_t>(end, text.size()));
  return absl::StartsWith(rest, "'s") ||
         absl::StartsWith(rest, "\xE2\x80\x99s");
}

}  // namespace

int NearestEntity(const LinkContext& context, TextSpan figure, int attribute,
                  std::string* name, bool sentence_only) {
  const DocumentIndex& doc = *context.doc;
  std::vector<Scope> scopes = EntityScopes(doc, doc.SentenceAt(figure.begin));
  if (sentence_only && scopes.size() > 1) scopes.resize(1);
  for (const Scope& scope : scopes) {
    // A name in the possessive ("Stalin's guard") usually modifies another
    // noun; it is taken only when no other name in the scope fits.
    for (bool allow_possessive : {false, true}) {
      for (const PhraseHit* hit :
           HitsIn(context.name_hits, scope.span, figure)) {
        if (Overlaps(*hit, figure)) continue;
        if (!allow_possessive && IsPossessive(doc.text(), hit->end)) continue;
        for (int e : hit->payload) {
          if (attribute < 0 || context.vocabulary->Applies(attribute, e)) {
            *name = hit->phrase;
            return e;
          }
        }
      }
    }
  }
  return -1;
}

SubjectChoice ResolveSubject(const LinkContext& context,
                             const Mention& mention) {
  const DocumentIndex& doc = *context.doc;
  const Vocabulary& vocabulary = *context.vocabulary;
  const TextSpan figure{mention.begin, mention.end};
  const ValueKind kind = ValueKindOf(mention);
  const int s = doc.SentenceAt(mention.begin);
  SubjectChoice choice;
  struct Pass {
    Scope scope;
    bool weak;
  };
  std::vector<Pass> passes;
  if (s >= 0) {
    const TextSpan clause =
        doc.ClauseAround(s, figure.begin, figure.end, context.figures);
    const TextSpan sentence = doc.sentences()[s];
    passes = {{{clause, "clause"}, false},
              {{sentence, "sentence"}, false},
              {{clause, "clause"}, true},
              {{sentence, "sentence"}, true}};
    // A relative date's cue before its sentence is usually its anchor's
    // ("Stalin died ... Three weeks later"), so it is not searched there.
    const bool relative = mention.kind == MentionKind::kRelativeDate;
    for (const Scope& scope : EntityScopes(doc, s)) {
      if (relative) break;
      if (scope.name != std::string("sentence") &&
          scope.name != std::string("paragraph")) {
        passes.push_back({scope, false});
      }
    }
  }
  // In "two months after Stalin's death" the cue inside the figure is the
  // anchor's, not the claim's.
  const bool anchored = mention.kind == MentionKind::kRelativeDate &&
                        !mention.anchor_text.empty();
  SubjectChoice cue_only;  // the first fitting cue, when no entity fits it
  for (const Pass& pass : passes) {
    bool found_cue = false;
    for (const PhraseHit* hit :
         HitsIn(context.cue_hits, pass.scope.span, figure)) {
      if (anchored && Overlaps(*hit, figure)) continue;
      for (int payload : hit->payload) {
        const int a = payload / 2;
        if ((payload % 2 == 1) != pass.weak) continue;
        if (vocabulary.attributes[a].value_kind() != kind) continue;
        found_cue = true;
        if (cue_only.attribute < 0) {
          cue_only.attribute = a;
          cue_only.cue = hit->phrase;
          cue_only.scope = pass.scope.name;
          cue_only.unlinked_reason = absl::StrCat(
              "cue '", hit->phrase, "' points to ",
              vocabulary.attributes[a].id(), ", but no ",
              KindsOf(vocabulary.attributes[a]), " is named in ",
              pass.weak ? "the sentence"
                        : "the sentence, previous sentence, paragraph or "
                          "heading");
        }
        std::string name;
        const int e = NearestEntity(context, figure, a, &name, pass.weak);
        if (e >= 0) {
          choice.attribute = a;
          choice.entity = e;
          choice.entity_name = name;
          choice.cue = hit->phrase;
          choice.scope = pass.scope.name;
          return choice;
        }
      }
    }
    // A strong cue decides even without an entity; a weak one lets the
    // search go on to the previous sentence and the heading.
    if (found_cue && !pass.weak) break;
  }
  if (cue_only.attribute >= 0) return cue_only;
  choice.entity =
      NearestEntity(context, figure, -1, &choice.entity_name, false);
  if (choice.entity >= 0) {
    choice.unlinked_reason =
        absl::StrCat("no attribute cue for a ", KindName(mention.kind),
                     " near '", choice.entity_name, "'");
  } else {
    choice.unlinked_reason = absl::StrCat(
        "no gazetteer name within the sentence, previous sentence, paragraph "
        "or heading, and no attribute cue for a ",
        KindName(mention.kind));
  }
  return choice;
}

}  // namespace checker
