#include "checker/link/linker.h"

#include <algorithm>
#include <utility>

#include "checker/link/citation.h"
#include "checker/link/claim_ids.h"
#include "checker/link/claim_value.h"
#include "checker/link/document_index.h"
#include "checker/link/match_key.h"
#include "checker/link/pages.h"
#include "checker/link/quote.h"
#include "checker/link/subject_resolver.h"
#include "checker/link/vocabulary.h"
#include "checker/link/voice.h"

namespace checker {

struct Linker::Tables {
  Vocabulary vocabulary;
};

namespace {

// One document being linked.
struct DocumentRun {
  const LinkRequest* request = nullptr;
  const LinkContext* context = nullptr;
  std::vector<PageMarker> markers;
  const DocumentFile* file = nullptr;
  // Ids of DATE claims so far, with their paragraph, for anchoring.
  std::vector<std::pair<int, std::string>> dated;

  // The first text offset at or after file offset `original`.
  uint32_t TextOffset(uint32_t original) const {
    const std::vector<uint32_t>* map = request->original_offsets;
    if (map == nullptr || map->empty()) return original;
    return static_cast<uint32_t>(
        std::lower_bound(map->begin(), map->end(), original) - map->begin());
  }

  // File offset where the segment holding `m` begins (0 outside segments).
  uint32_t SegmentBegin(const Mention& m) const {
    if (file == nullptr) return 0;
    const Segment* segment =
        FindSegment(*file, Original(m.begin), Original(m.end));
    return segment == nullptr ? 0 : segment->begin();
  }

  uint32_t Original(uint32_t offset) const {
    const std::vector<uint32_t>* map = request->original_offsets;
    if (map == nullptr || map->empty()) return offset;
    return (*map)[std::min<size_t>(offset, map->size() - 1)];
  }
};

void SetSource(const DocumentRun& run, uint32_t begin, uint32_t end,
               Claim* claim) {
  const Source* source = run.request->source;
  if (source == nullptr) return;
  claim->set_source(source->id());
  if (run.file == nullptr) return;
  if (const Segment* segment = FindSegment(*run.file, begin, end)) {
    claim->set_source(segment->quoted_source());
    claim->mutable_provenance()->set_carrier_source(source->id());
  }
}

TextSpan SentenceOf(const DocumentIndex& doc, TextSpan figure) {
  const int s = doc.SentenceAt(figure.begin);
  return s >= 0 ? doc.sentences()[s] : figure;
}

void SetProvenance(const DocumentRun& run, const Mention& m, Claim* claim) {
  const DocumentIndex& doc = *run.context->doc;
  const TextSpan figure{m.begin, m.end};
  Provenance* p = claim->mutable_provenance();
  p->set_document(run.request->document);
  p->set_begin(run.Original(m.begin));
  p->set_end(run.Original(m.end));
  const int paragraph = doc.ParagraphAt(m.begin);
  const TextSpan para =
      paragraph >= 0 ? doc.paragraphs()[paragraph] : TextSpan{m.begin, m.end};
  p->set_page(PageOf(doc.text(), run.markers, para, figure,
                     run.TextOffset(run.SegmentBegin(m))));
  QuoteSelector q = MakeQuote(doc.text(), SentenceOf(doc, figure), figure);
  p->set_quote(q.quote);
  p->set_quote_begin(run.Original(q.begin));
  p->set_prefix(q.prefix);
  p->set_suffix(q.suffix);
}

void SetSubject(const DocumentRun& run, const Mention& m, Claim* claim) {
  const Vocabulary& vocabulary = *run.context->vocabulary;
  const DocumentIndex& doc = *run.context->doc;
  const int p = doc.ParagraphAt(m.begin);
  if (m.kind == MentionKind::kDate && p >= 0 &&
      InBibliographicCitation(doc.text(), doc.paragraphs()[p],
                              {m.begin, m.end})) {
    claim->mutable_evidence()->set_unlinked_reason(
        "a publication date inside a bibliographic citation");
    return;
  }
  SubjectChoice choice = ResolveSubject(*run.context, m);
  LinkEvidence* evidence = claim->mutable_evidence();
  evidence->set_entity_name(choice.entity_name);
  evidence->set_attribute_cue(choice.cue);
  evidence->set_scope(choice.scope);
  evidence->set_unlinked_reason(choice.unlinked_reason);
  if (choice.entity >= 0 && choice.attribute >= 0 &&
      choice.unlinked_reason.empty()) {
    claim->mutable_subject()->set_entity(
        vocabulary.entities[choice.entity].id());
    claim->mutable_subject()->set_attribute(
        vocabulary.attributes[choice.attribute].id());
  }
}

void SetAttribution(const DocumentRun& run, const Mention& m, Claim* claim) {
  const DocumentIndex& doc = *run.context->doc;
  const TextSpan figure{m.begin, m.end};
  std::optional<Voice> voice =
      FindVoice(doc.text(), SentenceOf(doc, figure), figure);
  if (!voice) return;
  Attribution* a = claim->mutable_attribution();
  a->set_voice(voice->voice);
  a->set_cue(voice->cue);
  if (run.request->known_sources != nullptr) {
    a->set_source(SourceForVoice(voice->voice, *run.request->known_sources));
  }
}

// "two weeks before Stalin": the named entity and its date attribute.
void AnchorToEntity(const DocumentRun& run, const Mention& m,
                    RelativeDate* relative) {
  const Vocabulary& vocabulary = *run.context->vocabulary;
  std::vector<PhraseHit> hits =
      vocabulary.names.FindAll(m.anchor_text, Tokenize(m.anchor_text));
  if (hits.empty()) return;
  const int e = hits[0].payload[0];
  relative->set_anchor_entity(vocabulary.entities[e].id());
  // A date cue right after the anchor ("before Beria's arrest") names the
  // attribute; otherwise a person's death or an event's date.
  const DocumentIndex& doc = *run.context->doc;
  const TextSpan window{
      m.begin,
      std::min<uint32_t>(m.end + 24, SentenceOf(doc, {m.begin, m.end}).end)};
  for (const PhraseHit& cue : run.context->cue_hits) {
    if (cue.begin < window.begin || cue.end > window.end) continue;
    for (int payload : cue.payload) {
      const int a = payload / 2;
      if (payload % 2 == 0 &&
          vocabulary.attributes[a].value_kind() == VALUE_DATE &&
          vocabulary.Applies(a, e)) {
        relative->set_anchor_attribute(vocabulary.attributes[a].id());
        return;
      }
    }
  }
  relative->set_anchor_attribute(
      vocabulary.entities[e].kind() == PERSON ? "date_of_death" : "event_date");
}

void SetAnchor(const DocumentRun& run, const Mention& m, Claim* claim) {
  if (!claim->has_relative_date() || m.deictic) return;
  RelativeDate* relative = claim->mutable_relative_date();
  if (!m.anchor_text.empty()) {
    AnchorToEntity(run, m, relative);
    if (!relative->anchor_entity().empty()) return;
  }
  const int p = run.context->doc->ParagraphAt(m.begin);
  if (!run.dated.empty() && run.dated.back().first == p) {
    relative->set_anchor_claim(run.dated.back().second);
  }
}

}  // namespace

Linker::Linker(std::unique_ptr<const Tables> tables)
    : tables_(std::move(tables)) {}
Linker::Linker(Linker&&) noexcept = default;
Linker& Linker::operator=(Linker&&) noexcept = default;
Linker::~Linker() = default;

absl::StatusOr<Linker> Linker::Create(
    const std::vector<Entity>& entities,
    const std::vector<Attribute>& attributes) {
  absl::StatusOr<Vocabulary> vocabulary = BuildVocabulary(entities, attributes);
  if (!vocabulary.ok()) return vocabulary.status();
  auto tables = std::make_unique<Tables>();
  tables->vocabulary = *std::move(vocabulary);
  return Linker(std::move(tables));
}

std::vector<Claim> Linker::Link(const LinkRequest& request) const {
  std::vector<Claim> claims;
  if (request.mentions == nullptr) return claims;
  const DocumentIndex doc(request.text);
  const std::vector<Token> tokens = Tokenize(request.text);
  LinkContext context;
  context.vocabulary = &tables_->vocabulary;
  context.doc = &doc;
  context.name_hits = tables_->vocabulary.names.FindAll(request.text, tokens);
  context.cue_hits = tables_->vocabulary.cues.FindAll(request.text, tokens);
  for (const Mention& m : *request.mentions) {
    context.figures.push_back({m.begin, m.end});
  }
  std::sort(context.figures.begin(), context.figures.end(),
            [](TextSpan a, TextSpan b) { return a.begin < b.begin; });
  DocumentRun run;
  run.request = &request;
  run.context = &context;
  run.markers =
      request.pages != nullptr ? *request.pages : FindPageMarkers(request.text);
  if (request.source != nullptr) {
    run.file = FindDocumentFile(*request.source, request.document);
  }
  for (const Mention& m : *request.mentions) {
    Claim claim;
    const uint32_t begin = run.Original(m.begin);
    const uint32_t end = run.Original(m.end);
    claim.set_id(ClaimId(request.document, begin, end));
    SetSource(run, begin, end, &claim);
    SetClaimValue(m, &claim);
    claim.set_text(std::string(request.text.substr(m.begin, m.end - m.begin)));
    claim.set_hedge(m.hedge);
    SetProvenance(run, m, &claim);
    SetSubject(run, m, &claim);
    SetAttribution(run, m, &claim);
    SetAnchor(run, m, &claim);
    claim.set_status(EXTRACTED);
    if (claim.has_date()) {
      run.dated.emplace_back(doc.ParagraphAt(m.begin), claim.id());
    }
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace checker
