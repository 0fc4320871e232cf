#include "checker/link/subject_resolver.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
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

}  // namespace

int NearestEntity(const LinkContext& context, TextSpan figure, int attribute,
                  std::string* name) {
  const DocumentIndex& doc = *context.doc;
  for (const Scope& scope : EntityScopes(doc, doc.SentenceAt(figure.begin))) {
    for (const PhraseHit* hit : HitsIn(context.name_hits, scope.span, figure)) {
      if (Overlaps(*hit, figure)) continue;
      for (int e : hit->payload) {
        if (attribute < 0 || context.vocabulary->Applies(attribute, e)) {
          *name = hit->phrase;
          return e;
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
    for (const Scope& scope : EntityScopes(doc, s)) {
      if (scope.name != std::string("sentence") &&
          scope.name != std::string("paragraph")) {
        passes.push_back({scope, false});
      }
    }
  }
  for (const Pass& pass : passes) {
    bool found_cue = false;
    for (const PhraseHit* hit :
         HitsIn(context.cue_hits, pass.scope.span, figure)) {
      for (int payload : hit->payload) {
        const int a = payload / 2;
        if ((payload % 2 == 1) != pass.weak) continue;
        if (vocabulary.attributes[a].value_kind() != kind) continue;
        if (!found_cue) {
          choice.attribute = a;
          choice.cue = hit->phrase;
          choice.scope = pass.scope.name;
          found_cue = true;
        }
        std::string name;
        const int e = NearestEntity(context, figure, a, &name);
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
    if (found_cue) {
      const Attribute& attribute = vocabulary.attributes[choice.attribute];
      choice.unlinked_reason = absl::StrCat(
          "cue '", choice.cue, "' points to ", attribute.id(), ", but no ",
          KindsOf(attribute),
          " is named in the sentence, previous sentence, paragraph or heading");
      return choice;
    }
  }
  choice.entity = NearestEntity(context, figure, -1, &choice.entity_name);
  if (choice.entity >= 0) {
    choice.unlinked_reason =
        absl::StrCat("no attribute cue for a ", MentionKindName(mention.kind),
                     " near '", choice.entity_name, "'");
  } else {
    choice.unlinked_reason = absl::StrCat(
        "no gazetteer name within the sentence, previous sentence, paragraph "
        "or heading, and no attribute cue for a ",
        MentionKindName(mention.kind));
  }
  return choice;
}

}  // namespace checker
