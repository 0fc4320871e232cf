#include "checker/link/subject_resolver.h"

#include <algorithm>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
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

// The places searched for names, in order, with the weight of a name found
// there (lower is better).
struct EntityScope {
  Scope scope;
  double cost;
};

// Whether `paragraph` begins in lowercase, after an optional "{p. N}" page
// marker: running text cut by a page break.
bool ContinuesPrevious(absl::string_view text, TextSpan paragraph) {
  absl::string_view body =
      text.substr(paragraph.begin, paragraph.end - paragraph.begin);
  if (absl::StartsWith(body, "{p.")) {
    const size_t close = body.find('}');
    if (close == absl::string_view::npos) return false;
    body.remove_prefix(close + 1);
  }
  body = absl::StripLeadingAsciiWhitespace(body);
  return !body.empty() &&
         absl::ascii_islower(static_cast<unsigned char>(body[0]));
}

std::vector<EntityScope> EntityScopes(const DocumentIndex& doc, int s) {
  std::vector<EntityScope> scopes;
  if (s < 0) return scopes;
  scopes.push_back({{doc.sentences()[s], "sentence"}, 0.0});
  if (int prev = doc.PreviousSentenceInParagraph(s); prev >= 0) {
    scopes.push_back({{doc.sentences()[prev], "previous sentence"}, 1.0});
  }
  const int p = doc.ParagraphOfSentence(s);
  scopes.push_back({{doc.paragraphs()[p], "paragraph"}, 2.0});
  // A paragraph that starts in lowercase (after a page marker, "{p. 520}
  // an uprising by ...") continues the one before it.
  if (p > 0 && ContinuesPrevious(doc.text(), doc.paragraphs()[p])) {
    scopes.push_back({{doc.paragraphs()[p - 1], "continued paragraph"}, 2.2});
  }
  if (int h = doc.HeadingBefore(p); h >= 0) {
    // A heading names what the section is about: nearer than the rest of
    // the paragraph.
    scopes.push_back({{doc.paragraphs()[h], "heading"}, 1.5});
  }
  // Rows of a table or list (short lines) take the entity of the paragraph
  // that introduces them: walk back over short lines to the first longer
  // paragraph, at most kMaxRows back.
  constexpr int kMaxRows = 6;
  if (doc.IsHeading(p)) {
    for (int q = p - 1; q >= 0 && q >= p - kMaxRows; --q) {
      if (!doc.IsHeading(q)) {
        scopes.push_back({{doc.paragraphs()[q], "introducing paragraph"}, 3.0});
        break;
      }
    }
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

// The byte after "'s"/"’s" of a possessive name ending at `end`.
uint32_t AfterPossessive(absl::string_view text, uint32_t end) {
  return end + (text.substr(end, 2) == "'s" ? 2 : 4);
}

// Whether the possessive name ending at `end` owns a cue or the figure
// itself: the thing possessed comes right after "'s" ("Stalin's death",
// "Japan's 600,000 soldiers"). A name that owns something else ("Beria's
// name", "Stalin's guards") is not what the figure is about. Sets
// *owned_begin to where the owned cue or figure begins.
bool PossessesCueOrFigure(const LinkContext& context, uint32_t end,
                          TextSpan figure, uint32_t* owned_begin) {
  absl::string_view text = context.doc->text();
  uint32_t p = AfterPossessive(text, end);
  while (p < text.size() && text[p] == ' ') ++p;
  *owned_begin = p;
  if (p == figure.begin) return true;
  auto it = std::lower_bound(
      context.cue_hits.begin(), context.cue_hits.end(), p,
      [](const PhraseHit& h, uint32_t value) { return h.begin < value; });
  return it != context.cue_hits.end() && it->begin == p;
}

// Whether `hit` lies inside another figure than `figure`: the cue in "two
// months after Stalin's death" is that relative date's anchor, not a cue for
// a figure next to it.
bool InsideAnotherFigure(const LinkContext& context, const PhraseHit& hit,
                         TextSpan figure) {
  auto it = std::upper_bound(
      context.figures.begin(), context.figures.end(), hit.begin,
      [](uint32_t value, const TextSpan& f) { return value < f.begin; });
  // Figures beginning at or before the hit, nearest first; a few suffice.
  for (int n = 0; n < 4 && it != context.figures.begin(); ++n) {
    --it;
    if (it->begin == figure.begin && it->end == figure.end) continue;
    if (it->begin <= hit.begin && hit.end <= it->end) return true;
  }
  return false;
}

// Whether `span` holds a third-person singular pronoun ("he", "her", ...):
// a sentence that may refer back to a person named before it.
bool RefersToAPerson(absl::string_view text, TextSpan span) {
  uint32_t p = span.begin;
  while (p < span.end) {
    while (p < span.end &&
           !absl::ascii_isalpha(static_cast<unsigned char>(text[p]))) {
      ++p;
    }
    const uint32_t b = p;
    while (p < span.end &&
           absl::ascii_isalpha(static_cast<unsigned char>(text[p]))) {
      ++p;
    }
    absl::string_view w = text.substr(b, p - b);
    for (absl::string_view pronoun :
         {"he", "she", "his", "her", "him", "hers", "himself", "herself"}) {
      if (absl::EqualsIgnoreCase(w, pronoun)) return true;
    }
  }
  return false;
}

// A one-word alias written in lowercase in the gazetteer ("the explosion",
// "camps"): a common noun that may name many things.
bool IsCommonNounAlias(absl::string_view phrase) {
  absl::string_view body = phrase;
  if (absl::StartsWithIgnoreCase(body, "the ")) body.remove_prefix(4);
  if (body.empty() || absl::StrContains(body, ' ')) return false;
  return std::none_of(body.begin(), body.end(), [](char c) {
    return absl::ascii_isupper(static_cast<unsigned char>(c));
  });
}

// Whether the hit is written "the explosion" (or "The explosion").
bool HasDefiniteArticle(absl::string_view text, uint32_t begin) {
  if (begin < 4) return false;
  return absl::EqualsIgnoreCase(text.substr(begin - 4, 4), "the ");
}

bool CapitalisedInText(absl::string_view text, uint32_t begin) {
  return begin < text.size() &&
         absl::ascii_isupper(static_cast<unsigned char>(text[begin]));
}

// Whether `begin` is the first word of its sentence (after quotes, bullets
// or a page marker): a capital there says nothing about the word.
bool FirstWordOfSentence(const DocumentIndex& doc, uint32_t begin) {
  const int s = doc.SentenceAt(begin);
  if (s < 0) return false;
  absl::string_view text = doc.text();
  for (uint32_t p = doc.sentences()[s].begin; p < begin; ++p) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(text[p]))) return false;
  }
  return true;
}

// The negations that cancel a cue right after them ("not returned",
// "never released", "didn't return").
bool NegatedCue(absl::string_view text, uint32_t cue_begin, uint32_t floor) {
  const uint32_t from = std::max(floor, cue_begin > 16 ? cue_begin - 16 : 0u);
  std::string before =
      absl::AsciiStrToLower(text.substr(from, cue_begin - from));
  absl::StripTrailingAsciiWhitespace(&before);
  for (absl::string_view neg : {" not", " never", "n't", " no"}) {
    if (absl::EndsWith(absl::StrCat(" ", before), neg)) return true;
  }
  for (absl::string_view neg : {" not yet", " not been", " never been"}) {
    if (absl::EndsWith(absl::StrCat(" ", before), neg)) return true;
  }
  return false;
}

// Whether "until" or "till" lies in text[from, to).
bool UntilBetween(absl::string_view text, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  absl::string_view between = text.substr(from, to - from);
  for (absl::string_view word : {"until", "till", "Until"}) {
    if (absl::StrContains(between, word)) return true;
  }
  return false;
}

// Whether another figure, or a coordinating conjunction, lies between the
// cue and the figure: the cue then likely governs something else.
bool CutOff(const LinkContext& context, const PhraseHit& cue, TextSpan figure) {
  const uint32_t lo = std::min(cue.end, figure.end);
  const uint32_t hi = std::max(cue.begin, figure.begin);
  if (lo >= hi) return false;
  auto it = std::lower_bound(
      context.figures.begin(), context.figures.end(), lo,
      [](const TextSpan& f, uint32_t value) { return f.begin < value; });
  for (; it != context.figures.end() && it->begin < hi; ++it) {
    if (it->end <= hi &&
        !(it->begin == figure.begin && it->end == figure.end)) {
      return true;
    }
  }
  // " and ", " but ", " while ", " whereas " between them, without
  // copying the text (this runs for every cue of every figure).
  absl::string_view between = context.doc->text().substr(lo, hi - lo);
  for (size_t i = 0; i < between.size(); ++i) {
    if (i > 0 && between[i - 1] != ' ') continue;
    for (absl::string_view conj : {"and ", "but ", "while ", "whereas "}) {
      if (between.size() - i >= conj.size() &&
          absl::EqualsIgnoreCase(between.substr(i, conj.size()), conj) &&
          (i > 0 || (lo > 0 && context.doc->text()[lo - 1] == ' '))) {
        return true;
      }
    }
  }
  return false;
}

// Whether "but" or "whereas" lies between the cue and the figure: the cue
// is then said of something set against the figure ("many were shot, but
// thousands were deported").
bool AcrossContrast(const LinkContext& context, const PhraseHit& cue,
                    TextSpan figure) {
  const uint32_t lo = std::min(cue.end, figure.end);
  const uint32_t hi = std::max(cue.begin, figure.begin);
  if (lo >= hi) return false;
  absl::string_view between = context.doc->text().substr(lo, hi - lo);
  for (size_t i = 0; i < between.size(); ++i) {
    if (i > 0 && between[i - 1] != ' ') continue;
    for (absl::string_view conj : {"but ", "whereas "}) {
      if (between.size() - i >= conj.size() &&
          absl::EqualsIgnoreCase(between.substr(i, conj.size()), conj) &&
          (i > 0 || (lo > 0 && context.doc->text()[lo - 1] == ' '))) {
        return true;
      }
    }
  }
  return false;
}

// The cue words glued before the figure ("Deaths1,950", an infobox label
// run into its value), as hits with document offsets.
std::vector<PhraseHit> GluedLabel(const LinkContext& context, TextSpan figure) {
  absl::string_view text = context.doc->text();
  uint32_t b = figure.begin;
  while (b > 0 &&
         absl::ascii_isalpha(static_cast<unsigned char>(text[b - 1]))) {
    --b;
  }
  if (b == figure.begin) return {};
  absl::string_view label = text.substr(b, figure.begin - b);
  std::vector<PhraseHit> hits =
      context.vocabulary->cues.FindAll(label, Tokenize(label));
  for (PhraseHit& h : hits) {
    h.begin += b;
    h.end += b;
  }
  return hits;
}

}  // namespace

int NearestEntity(const LinkContext& context, TextSpan figure, int attribute,
                  std::string* name, bool sentence_only,
                  EntityEvidence* evidence, const PhraseHit* cue) {
  const DocumentIndex& doc = *context.doc;
  const Vocabulary& vocabulary = *context.vocabulary;
  std::vector<EntityScope> scopes =
      EntityScopes(doc, doc.SentenceAt(figure.begin));
  if (sentence_only && scopes.size() > 1) scopes.resize(1);
  const bool typed_attribute =
      attribute >= 0 && !vocabulary.attributes[attribute].applies_to().empty();
  double best_cost = std::numeric_limits<double>::max();
  int best = -1;
  for (const EntityScope& scope : scopes) {
    if (scope.cost >= best_cost) continue;
    for (const PhraseHit* hit :
         HitsIn(context.name_hits, scope.scope.span, figure)) {
      if (Overlaps(*hit, figure)) continue;
      EntityEvidence e;
      e.scope = scope.scope.name;
      e.distance = Distance(*hit, figure);
      uint32_t owned = 0;
      const bool owner =
          IsPossessive(doc.text(), hit->end) &&
          PossessesCueOrFigure(context, hit->end, figure, &owned);
      e.possessive = IsPossessive(doc.text(), hit->end) && !owner;
      e.common_noun = IsCommonNounAlias(hit->phrase);
      e.weak_common_noun = e.common_noun &&
                           !HasDefiniteArticle(doc.text(), hit->begin) &&
                           !(CapitalisedInText(doc.text(), hit->begin) &&
                             !FirstWordOfSentence(doc, hit->begin));
      double cost = scope.cost + std::min(e.distance, 400u) / 1000.0;
      if (e.possessive) cost += 1.0;
      // "Stalin's death" says whose death: the owner of the very cue wins
      // over other names of its sentence.
      if (owner && cue != nullptr && owned == cue->begin) cost -= 0.5;
      if (e.common_noun) cost += e.weak_common_noun ? 2.0 : 0.5;
      for (int ent : hit->payload) {
        if (attribute >= 0 && !vocabulary.Applies(attribute, ent)) continue;
        EntityEvidence with_kind = e;
        double c = cost;
        if (typed_attribute &&
            vocabulary.entities[ent].kind() == ENTITY_KIND_UNSPECIFIED) {
          with_kind.unknown_kind = true;
          c += 2.0;
        }
        if (c < best_cost) {
          best_cost = c;
          best = ent;
          *name = hit->phrase;
          if (evidence != nullptr) *evidence = with_kind;
        }
      }
    }
  }
  return best;
}

SubjectChoice ResolveSubject(const LinkContext& context,
                             const Mention& mention) {
  const DocumentIndex& doc = *context.doc;
  const Vocabulary& vocabulary = *context.vocabulary;
  const TextSpan figure{mention.begin, mention.end};
  const ValueKind kind = ValueKindOf(mention);
  const int s = doc.SentenceAt(mention.begin);
  SubjectChoice choice;
  choice.year_inferred_far = mention.year_inferred_far;
  struct Pass {
    Scope scope;
    bool weak;
  };
  std::vector<Pass> passes;
  TextSpan sentence = figure;
  if (s >= 0) {
    const TextSpan clause =
        doc.ClauseAround(s, figure.begin, figure.end, context.figures);
    sentence = doc.sentences()[s];
    passes = {{{clause, "clause"}, false},
              {{sentence, "sentence"}, false},
              {{clause, "clause"}, true},
              {{sentence, "sentence"}, true}};
    // A relative date's cue before its sentence is usually its anchor's
    // ("Stalin died ... Three weeks later"), so it is not searched there.
    const bool relative = mention.kind == MentionKind::kRelativeDate;
    for (const EntityScope& scope : EntityScopes(doc, s)) {
      if (relative) break;
      if (scope.scope.name == std::string("previous sentence") ||
          scope.scope.name == std::string("heading")) {
        passes.push_back({scope.scope, false});
      }
    }
  }
  if (mention.kind == MentionKind::kQuantity) {
    choice.noun =
        FindCountedNoun(doc.text(), figure.begin, figure.end, sentence.end);
  }
  const std::vector<PhraseHit> label = GluedLabel(context, figure);
  // In "two months after Stalin's death" the cue inside the figure is the
  // anchor's, not the claim's.
  const bool anchored = mention.kind == MentionKind::kRelativeDate &&
                        !mention.anchor_text.empty();
  // A relative date may give a duration ("20 minutes after the collision"),
  // tried only when no date attribute fits.
  std::vector<ValueKind> kinds = {kind};
  if (mention.kind == MentionKind::kRelativeDate && mention.amount > 0) {
    kinds.push_back(VALUE_DURATION);
  }
  SubjectChoice cue_only;  // the first fitting cue, when no entity fits it
  for (ValueKind wanted : kinds) {
    const bool duration_fallback = wanted != kind;
    for (size_t pi = 0; pi < passes.size() + 1; ++pi) {
      const bool label_pass = pi == 0;
      if (!label_pass && duration_fallback && pi > 2) break;
      const Pass pass =
          label_pass ? Pass{{figure, "label"}, false} : passes[pi - 1];
      std::vector<const PhraseHit*> hits;
      if (label_pass) {
        for (const PhraseHit& h : label) hits.push_back(&h);
      } else {
        hits = HitsIn(context.cue_hits, pass.scope.span, figure);
        // Cues cut off from the figure go last (stable: nearest first).
        if (hits.size() > 1) {
          std::vector<const PhraseHit*> cut;
          std::vector<const PhraseHit*> kept;
          for (const PhraseHit* h : hits) {
            (CutOff(context, *h, figure) ? cut : kept).push_back(h);
          }
          kept.insert(kept.end(), cut.begin(), cut.end());
          hits = std::move(kept);
        }
      }
      bool found_cue = false;
      for (const PhraseHit* hit : hits) {
        if (anchored && Overlaps(*hit, figure)) continue;
        if (!label_pass && InsideAnotherFigure(context, *hit, figure)) {
          continue;
        }
        // "were not freed until 1956" says when they were freed.
        const bool negated =
            NegatedCue(doc.text(), hit->begin, pass.scope.span.begin) &&
            !UntilBetween(doc.text(), hit->end, figure.begin);
        for (int payload : hit->payload) {
          const int a = payload / 2;
          if ((payload % 2 == 1) != pass.weak) continue;
          if (vocabulary.attributes[a].value_kind() != wanted) continue;
          const std::string& id = vocabulary.attributes[a].id();
          if (negated) {
            choice.doubts.push_back(
                absl::StrCat("cue '", hit->phrase, "' is negated"));
            continue;
          }
          if (vocabulary.counts_people[a] &&
              mention.kind == MentionKind::kQuantity &&
              (choice.noun.kind == NounKind::kUnit ||
               choice.noun.kind == NounKind::kThing)) {
            choice.doubts.push_back(
                absl::StrCat("head noun '", choice.noun.head,
                             "' is not a count of people (", id, ")"));
            continue;
          }
          if (choice.noun.head == "$" && !vocabulary.counts_money[a]) {
            choice.doubts.push_back(
                absl::StrCat("a sum of money is not ", id, " (no money cue)"));
            continue;
          }
          if (!choice.noun.substance.empty() &&
              !(hit->begin >= figure.end && hit->end <= choice.noun.end)) {
            choice.doubts.push_back(absl::StrCat(
                "'", choice.noun.head, " of ", choice.noun.substance,
                "' names what is measured; cue '", hit->phrase,
                "' lies outside it"));
            continue;
          }
          found_cue = true;
          if (cue_only.attribute < 0) {
            cue_only.attribute = a;
            cue_only.cue = hit->phrase;
            cue_only.scope = pass.scope.name;
            cue_only.unlinked_reason = absl::StrCat(
                "cue '", hit->phrase, "' points to ", id, ", but no ",
                KindsOf(vocabulary.attributes[a]), " is named in ",
                pass.weak ? "the sentence"
                          : "the sentence, previous sentence, paragraph or "
                            "heading");
          }
          std::string name;
          EntityEvidence evidence;
          const int e = NearestEntity(context, figure, a, &name, pass.weak,
                                      &evidence, hit);
          if (e >= 0) {
            choice.attribute = a;
            choice.entity = e;
            choice.entity_name = name;
            choice.cue = hit->phrase;
            choice.scope = pass.scope.name;
            choice.entity_evidence = evidence;
            choice.weak_cue = pass.weak;
            choice.cue_cut_off = !label_pass && CutOff(context, *hit, figure);
            choice.cue_across_contrast =
                choice.cue_cut_off && AcrossContrast(context, *hit, figure);
            choice.cue_distance = Distance(*hit, figure);
            // "16,400 inmates" with the alias "inmates": the only name is
            // the figure's own counted noun, which says nothing of whose.
            choice.entity_evidence.name_is_head_noun =
                evidence.common_noun && evidence.scope == "sentence" &&
                !choice.noun.head.empty() &&
                evidence.distance <= choice.noun.end - figure.end &&
                absl::EqualsIgnoreCase(absl::StripPrefix(name, "the "),
                                       choice.noun.head);
            // A person's own dates are written where the person is named or
            // referred to; with the name only earlier in the paragraph or
            // in the heading, and no "he"/"she" in the sentence, the figure
            // is likely someone else's ("I was released in June 1956").
            choice.entity_evidence.person_not_in_sentence =
                vocabulary.entities[e].kind() == PERSON &&
                evidence.scope != "sentence" &&
                evidence.scope != "previous sentence" &&
                !RefersToAPerson(doc.text(), sentence);
            return choice;
          }
        }
      }
      // A strong cue decides even without an entity; a weak one lets the
      // search go on to the previous sentence and the heading.
      if (found_cue && !pass.weak) break;
    }
    if (cue_only.attribute >= 0) break;
  }
  if (cue_only.attribute >= 0) {
    cue_only.noun = choice.noun;
    cue_only.doubts = choice.doubts;
    return cue_only;
  }
  choice.entity =
      NearestEntity(context, figure, -1, &choice.entity_name, false);
  if (!choice.doubts.empty()) {
    choice.unlinked_reason = choice.doubts.back();
  } else if (choice.entity >= 0) {
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
