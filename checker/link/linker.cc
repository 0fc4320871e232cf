#include "checker/link/linker.h"

#include <algorithm>
#include <utility>

#include "checker/link/citation.h"
#include "checker/link/claim_ids.h"
#include "checker/link/claim_value.h"
#include "checker/link/document_index.h"
#include "checker/link/figure_checks.h"
#include "checker/link/link_confidence.h"
#include "checker/link/match_key.h"
#include "checker/link/pages.h"
#include "checker/link/qualifiers.h"
#include "checker/link/quote.h"
#include "checker/link/subject_resolver.h"
#include "checker/link/vocabulary.h"
#include "checker/link/voice.h"
#include "date/date.h"

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
  // DATE claims so far, for anchoring relative dates.
  struct Dated {
    int paragraph = 0;
    std::string id;
    bool several_years = false;  // a span over more than one year
  };
  std::vector<Dated> dated;
  // Date mention spans, text order (time qualifiers).
  std::vector<TextSpan> dates;
  // Attributes linked so far in paragraph `linked_paragraph` ("another
  // 5,000" adds to a count only when the paragraph already counted that
  // attribute).
  int linked_paragraph = -1;
  std::vector<int> linked;

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

// The qualifiers of a quantity or duration figure, "additional" kept only
// when the paragraph already counted the same attribute.
std::vector<Qualifier> QualifiersOf(const DocumentRun& run, const Mention& m,
                                    const SubjectChoice& choice) {
  const DocumentIndex& doc = *run.context->doc;
  const int s = doc.SentenceAt(m.begin);
  if (s < 0) return {};
  const bool date =
      m.kind == MentionKind::kDate || m.kind == MentionKind::kRelativeDate;
  QualifierRequest request;
  request.text = doc.text();
  request.sentence = doc.sentences()[s];
  request.clause = doc.ClauseAround(s, m.begin, m.end, run.context->figures);
  // Scope words sit near the figure; a long clause is read only around it.
  constexpr uint32_t kReach = 120;
  request.clause.begin =
      std::max(request.clause.begin, m.begin > kReach ? m.begin - kReach : 0);
  request.clause.end = std::min(request.clause.end, m.end + kReach);
  request.figure = {m.begin, m.end};
  request.noun_end = std::max(choice.noun.end, m.end);
  request.dates = &run.dates;
  if (date) return FindDateQualifiers(request);
  std::vector<Qualifier> found = FindQualifiers(request);
  const int paragraph = doc.ParagraphAt(m.begin);
  std::vector<Qualifier> kept;
  for (Qualifier& q : found) {
    if (q.key == kQualifierPartial && q.value == "additional") {
      const bool counted_before =
          run.linked_paragraph == paragraph &&
          std::find(run.linked.begin(), run.linked.end(), choice.attribute) !=
              run.linked.end();
      if (!counted_before) continue;
    }
    kept.push_back(std::move(q));
  }
  return kept;
}

void SetSubject(DocumentRun& run, const Mention& m, bool read_as_count,
                Claim* claim) {
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
  const int s = doc.SentenceAt(m.begin);
  if (s >= 0) {
    std::string not_a_claim = NotAClaimReason(doc.text(), m, doc.sentences()[s],
                                              run.context->figures);
    if (!not_a_claim.empty()) {
      claim->mutable_evidence()->set_unlinked_reason(not_a_claim);
      return;
    }
  }
  SubjectChoice choice = ResolveSubject(*run.context, m);
  LinkEvidence* evidence = claim->mutable_evidence();
  evidence->set_entity_name(choice.entity_name);
  evidence->set_attribute_cue(choice.cue);
  evidence->set_scope(choice.scope);
  evidence->set_unlinked_reason(choice.unlinked_reason);
  evidence->set_head_noun(choice.noun.head);
  if (choice.entity >= 0 && choice.attribute >= 0 &&
      choice.unlinked_reason.empty()) {
    Subject* subject = claim->mutable_subject();
    subject->set_entity(vocabulary.entities[choice.entity].id());
    subject->set_attribute(vocabulary.attributes[choice.attribute].id());
    const std::vector<Qualifier> qualifiers = QualifiersOf(run, m, choice);
    for (const Qualifier& q : qualifiers) {
      (*subject->mutable_qualifier())[q.key] = q.value;
    }
    LinkAssessment assessment = AssessLink(choice, qualifiers, read_as_count);
    evidence->set_confidence(assessment.confidence);
    for (std::string& r : assessment.reasons)
      evidence->add_reasons(std::move(r));
    // What the amount is measured in, when the text says ("tons", "km").
    if (claim->has_quantity() && choice.noun.kind == NounKind::kUnit &&
        choice.noun.head != "$" && claim->quantity().unit().empty()) {
      claim->mutable_quantity()->set_unit(choice.noun.head);
    }
    if (m.kind == MentionKind::kRelativeDate &&
        vocabulary.attributes[choice.attribute].value_kind() ==
            VALUE_DURATION) {
      SetOffsetAsDuration(m, claim);
    }
    if (run.linked_paragraph != p) {
      run.linked_paragraph = p;
      run.linked.clear();
    }
    run.linked.push_back(choice.attribute);
  } else if (!choice.doubts.empty()) {
    for (const std::string& d : choice.doubts) evidence->add_reasons(d);
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
  const std::vector<PhraseHit>& cues = run.context->cue_hits;
  auto first = std::lower_bound(
      cues.begin(), cues.end(), window.begin,
      [](const PhraseHit& h, uint32_t value) { return h.begin < value; });
  for (auto it = first; it != cues.end() && it->begin < window.end; ++it) {
    const PhraseHit& cue = *it;
    if (cue.end > window.end) continue;
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
  // The last date of the paragraph; but "the same year" refers to one year,
  // not to a span of several ("for those who served in 1941-1944"), so such
  // spans are passed over. ("Two years later" after a span counts from it.)
  const int p = run.context->doc->ParagraphAt(m.begin);
  const bool in_years = m.unit == MentionTimeUnit::kYear &&
                        m.direction == MentionDirection::kSame;
  for (auto it = run.dated.rbegin();
       it != run.dated.rend() && it->paragraph == p; ++it) {
    if (in_years && it->several_years) continue;
    relative->set_anchor_claim(it->id);
    return;
  }
}

// A date mention read as a count ("1500 killed outright").
Mention AsCount(const Mention& m, absl::string_view text) {
  Mention count;
  count.kind = MentionKind::kQuantity;
  count.begin = m.begin;
  count.end = m.end;
  count.hedge = m.hedge;
  count.page = m.page;
  // The four digits at the end; a hedge may come before them ("Appx. 1500").
  double value = 0;
  for (char c : text.substr(m.end - 4, 4)) value = value * 10 + (c - '0');
  count.low = value;
  count.high = value;
  return count;
}

// "Name (13 March 1872 – 6 December 1917)": a period in parentheses right
// after a person's name is a birth date and a death date. Splits `m` into
// the two dates at the dash, each at the period's precision; *person is the
// entity. False if `m` is not such a period.
bool SplitLifeDates(const DocumentRun& run, const Mention& m, Mention* birth,
                    Mention* death, int* person) {
  if (m.kind != MentionKind::kDate || !m.is_period || !m.earliest ||
      !m.latest) {
    return false;
  }
  absl::string_view text = run.context->doc->text();
  uint32_t open = m.begin;
  while (open > 0 && text[open - 1] == ' ') --open;
  if (open == 0 || text[open - 1] != '(') return false;
  uint32_t close = m.end;
  while (close < text.size() && text[close] == ' ') ++close;
  if (close >= text.size() || text[close] != ')') return false;
  uint32_t name_end = open - 1;
  while (name_end > 0 && text[name_end - 1] == ' ') --name_end;
  const Vocabulary& vocabulary = *run.context->vocabulary;
  *person = -1;
  for (const PhraseHit& hit : run.context->name_hits) {
    if (hit.end != name_end) continue;
    for (int e : hit.payload) {
      if (vocabulary.entities[e].kind() == PERSON) *person = e;
    }
  }
  if (*person < 0) return false;
  absl::string_view body = text.substr(m.begin, m.end - m.begin);
  size_t dash = absl::string_view::npos;
  size_t dash_len = 0;
  for (absl::string_view d : {"\xE2\x80\x93", "\xE2\x80\x94", "-"}) {
    size_t at = body.find(d);
    if (at != absl::string_view::npos) {
      dash = at;
      dash_len = d.size();
      break;
    }
  }
  if (dash == absl::string_view::npos) return false;
  uint32_t left_end = m.begin + static_cast<uint32_t>(dash);
  while (left_end > m.begin && text[left_end - 1] == ' ') --left_end;
  uint32_t right_begin = m.begin + static_cast<uint32_t>(dash + dash_len);
  while (right_begin < m.end && text[right_begin] == ' ') ++right_begin;
  if (left_end <= m.begin || right_begin >= m.end) return false;
  using date::days;
  using date::sys_days;
  using date::year_month_day;
  const year_month_day first{*m.earliest};
  const year_month_day last{*m.latest};
  sys_days first_end = *m.earliest;
  sys_days last_begin = *m.latest;
  switch (m.precision) {
    case MentionPrecision::kYear:
      first_end = sys_days{first.year() / date::December / 31};
      last_begin = sys_days{last.year() / date::January / 1};
      break;
    case MentionPrecision::kMonth:
      first_end = sys_days{first.year() / first.month() / date::last};
      last_begin = sys_days{last.year() / last.month() / 1};
      break;
    case MentionPrecision::kDay:
      break;
    default:
      return false;
  }
  *birth = m;
  birth->is_period = false;
  birth->end = left_end;
  birth->latest = first_end;
  *death = m;
  death->is_period = false;
  death->begin = right_begin;
  death->earliest = last_begin;
  return true;
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
    if (m.kind == MentionKind::kDate) run.dates.push_back({m.begin, m.end});
  }
  std::sort(run.dates.begin(), run.dates.end(),
            [](TextSpan a, TextSpan b) { return a.begin < b.begin; });
  const Vocabulary& vocabulary = tables_->vocabulary;
  auto add_claim = [&](const Mention& m, bool read_as_count, int person,
                       int attribute) {
    Claim claim;
    const uint32_t begin = run.Original(m.begin);
    const uint32_t end = run.Original(m.end);
    claim.set_id(ClaimId(request.document, begin, end));
    SetSource(run, begin, end, &claim);
    SetClaimValue(m, &claim);
    claim.set_text(std::string(request.text.substr(m.begin, m.end - m.begin)));
    claim.set_hedge(m.hedge);
    SetProvenance(run, m, &claim);
    if (person >= 0) {
      claim.mutable_subject()->set_entity(vocabulary.entities[person].id());
      claim.mutable_subject()->set_attribute(
          vocabulary.attributes[attribute].id());
      LinkEvidence* evidence = claim.mutable_evidence();
      evidence->set_entity_name(vocabulary.entities[person].name(0));
      evidence->set_scope("parentheses after the name");
      evidence->set_confidence(0.9f);
      evidence->add_reasons(
          "life dates in parentheses right after a person's name");
    } else {
      SetSubject(run, m, read_as_count, &claim);
    }
    SetAttribution(run, m, &claim);
    SetAnchor(run, m, &claim);
    claim.set_status(EXTRACTED);
    if (claim.has_date()) {
      run.dated.push_back({doc.ParagraphAt(m.begin), claim.id(),
                           m.earliest && m.latest &&
                               date::year_month_day{*m.earliest}.year() !=
                                   date::year_month_day{*m.latest}.year()});
    }
    claims.push_back(std::move(claim));
  };
  const int birth_attribute = vocabulary.AttributeIndex("date_of_birth");
  const int death_attribute = vocabulary.AttributeIndex("date_of_death");
  for (const Mention& m : *request.mentions) {
    Mention birth;
    Mention death;
    int person = -1;
    if (birth_attribute >= 0 && death_attribute >= 0 &&
        SplitLifeDates(run, m, &birth, &death, &person)) {
      add_claim(birth, false, person, birth_attribute);
      add_claim(death, false, person, death_attribute);
      continue;
    }
    if (ReadAsCount(request.text, m, vocabulary, context.cue_hits)) {
      add_claim(AsCount(m, request.text), true, -1, -1);
      continue;
    }
    add_claim(m, false, -1, -1);
  }
  return claims;
}

}  // namespace checker
