#include "checker/review/review_session.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/base/status_macros.h"
#include "checker/extract/extractor.h"
#include "checker/link/claim_ids.h"
#include "checker/link/claim_value.h"
#include "checker/link/quote.h"
#include "checker/review/claim_writer.h"
#include "checker/store/claim_base_set.h"

namespace checker {
namespace {

bool IsReviewed(const Claim& claim) { return claim.status() != EXTRACTED; }

// "deaths" or "deaths {scope: remaining}": a finding's subject, for the
// verdict changes shown to the reviewer.
std::string SubjectLabel(const Subject& subject) {
  std::string label = absl::StrCat(subject.entity(), " ", subject.attribute());
  if (!subject.qualifier().empty()) {
    std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                              subject.qualifier().end());
    absl::StrAppend(&label, " {",
                    absl::StrJoin(sorted, ", ", absl::PairFormatter(": ")),
                    "}");
  }
  return label;
}

// Each subject's verdicts in a report ("CONFLICT", "CONSISTENT,
// SINGLE_SOURCE").
std::map<std::string, std::string> VerdictsBySubject(const Report& report) {
  std::map<std::string, std::vector<std::string>> names;
  for (const Finding& f : report.finding()) {
    names[SubjectLabel(f.subject())].push_back(Verdict_Name(f.verdict()));
  }
  std::map<std::string, std::string> out;
  for (auto& [subject, list] : names) {
    std::sort(list.begin(), list.end());
    out[subject] = absl::StrJoin(list, ", ");
  }
  return out;
}

// The value of `text` as the extractor reads it, or an error saying why not.
absl::StatusOr<Mention> ParseValue(absl::string_view text) {
  CHECKER_ASSIGN_OR_RETURN(std::vector<Mention> mentions,
                           ExtractMentions(text, ExtractOptions{}));
  if (mentions.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "no figure, date or duration in \"", text,
        "\"; write the value as the source would (\"about 500\", \"June "
        "1953\", \"40 days\")"));
  }
  return mentions.front();
}

absl::Status CheckValueKind(const Attribute& attribute,
                            const Mention& mention) {
  if (attribute.value_kind() != VALUE_KIND_UNSPECIFIED &&
      attribute.value_kind() != ValueKindOf(mention)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "attribute \"", attribute.id(), "\" takes ",
        ValueKind_Name(attribute.value_kind()), ", but the value is ",
        ValueKind_Name(ValueKindOf(mention))));
  }
  return absl::OkStatus();
}

// Sets the value of `claim` from `mention`, keeping what the extractor does
// not know: the counted unit and the anchor of a relative date.
void SetValue(const Mention& mention, absl::string_view text, Claim* claim) {
  const Claim old = *claim;
  claim->clear_quantity();
  claim->clear_date();
  claim->clear_duration();
  claim->clear_relative_date();
  SetClaimValue(mention, claim);
  claim->set_text(std::string(text));
  claim->set_hedge(mention.hedge);
  if (claim->has_quantity() && claim->quantity().unit().empty() &&
      old.has_quantity()) {
    claim->mutable_quantity()->set_unit(old.quantity().unit());
  }
  if (claim->has_relative_date() && old.has_relative_date()) {
    RelativeDate* rd = claim->mutable_relative_date();
    rd->set_anchor_claim(old.relative_date().anchor_claim());
    rd->set_anchor_entity(old.relative_date().anchor_entity());
    rd->set_anchor_attribute(old.relative_date().anchor_attribute());
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<ReviewSession>> ReviewSession::Open(
    const std::string& dir, const std::string& docs_root, IssueList* issues) {
  if (absl::EndsWith(dir, ".binpb")) {
    return absl::InvalidArgumentError(absl::StrCat(
        dir,
        ": review works on a textproto claim base directory, not the "
        "binary form"));
  }
  CHECKER_ASSIGN_OR_RETURN(ClaimBase base,
                           LoadClaimBase(dir, LoadOptions{}, issues));
  if (issues->has_errors()) {
    return absl::InvalidArgumentError(absl::StrCat(
        dir, ": ", issues->error_count(),
        " problem(s) in the claim files; fix them (see `checker lint`) "
        "before reviewing, so no file is written over half-read"));
  }
  CHECKER_ASSIGN_OR_RETURN(RuleEngine engine, RuleEngine::Create(base.rules));
  CHECKER_ASSIGN_OR_RETURN(ReviewJournal journal, ReviewJournal::OpenFree(dir));
  auto session = std::unique_ptr<ReviewSession>(new ReviewSession(
      std::move(base), std::move(engine), docs_root, std::move(journal)));
  CHECKER_RETURN_IF_ERROR(session->journal_.Reconcile(
      [&](const ReviewStep& step) { return session->ReachedDisk(step); }));
  for (const ReviewStep& step : session->journal_.steps()) {
    if (step.kind == ReviewStep::kSkip) {
      session->skipped_.insert(step.claim_id);
    }
  }
  session->IndexEntities();
  IssueList check_issues;
  Report report =
      session->engine_.Run(ClaimBaseSet(session->base_), &check_issues);
  CollectClaimVerdicts(report, &session->verdicts_);
  for (Finding& finding : *report.mutable_finding()) {
    const std::string entity = finding.subject().entity();
    *session->entity_findings_[entity].add_finding() = std::move(finding);
  }
  return session;
}

ReviewSession::ReviewSession(ClaimBase base, RuleEngine engine,
                             std::string docs_root, ReviewJournal journal)
    : base_(std::move(base)),
      engine_(std::move(engine)),
      docs_(std::move(docs_root)),
      journal_(std::move(journal)) {}

bool ReviewSession::ReachedDisk(const ReviewStep& step) const {
  const Claim* claim = base_.FindClaim(step.claim_id);
  switch (step.kind) {
    case ReviewStep::kSkip:
      return true;
    case ReviewStep::kAdd:
      return claim != nullptr;
    case ReviewStep::kChange:
      // Still as before: the write never happened. Anything else (the
      // decision, or someone's later change, which Undo then refuses)
      // stays in the history.
      return claim == nullptr ||
             ClaimVersion(*claim) != ClaimVersion(step.before) ||
             ClaimVersion(step.before) == ClaimVersion(step.after);
  }
  return true;
}

size_t ReviewSession::IndexOf(const Claim& claim) const {
  return static_cast<size_t>(&claim - base_.claims.data());
}

const std::string& ReviewSession::FileOf(const Claim& claim) const {
  return base_.claim_locations[IndexOf(claim)].file;
}

Verdict ReviewSession::VerdictOf(const std::string& claim_id) const {
  auto it = verdicts_.find(claim_id);
  return it == verdicts_.end() ? VERDICT_UNSPECIFIED : it->second;
}

namespace {

// The filter's status, or none for any. An unknown name matches nothing.
std::optional<CurationStatus> StatusOf(const QueueFilter& filter) {
  CurationStatus status = CURATION_STATUS_UNSPECIFIED;
  if (filter.status.empty()) return std::nullopt;
  if (!CurationStatus_Parse(filter.status, &status)) {
    return CURATION_STATUS_UNSPECIFIED;
  }
  return status;
}

}  // namespace

bool ReviewSession::Matches(const Claim& claim, const QueueFilter& filter,
                            const CurationStatus* status) const {
  if (status != nullptr && claim.status() != *status) return false;
  if (!filter.document.empty() &&
      claim.provenance().document() != filter.document) {
    return false;
  }
  if (!filter.entity.empty() && claim.subject().entity() != filter.entity) {
    return false;
  }
  if (!filter.attribute.empty() &&
      claim.subject().attribute() != filter.attribute) {
    return false;
  }
  if (!filter.verdict.empty()) {
    const Verdict v = VerdictOf(claim.id());
    const std::string name =
        v == VERDICT_UNSPECIFIED ? "NONE" : Verdict_Name(v);
    if (name != filter.verdict) return false;
  }
  return true;
}

const std::vector<size_t>& ReviewSession::Order() {
  if (order_stale_) {
    order_ = OrderQueue(base_.claims, verdicts_);
    order_stale_ = false;
  }
  return order_;
}

void ReviewSession::Reposition(const std::vector<size_t>& moved) {
  if (order_stale_ || moved.empty()) return;  // a full sort comes anyway
  const absl::flat_hash_set<size_t> set(moved.begin(), moved.end());
  order_.erase(std::remove_if(order_.begin(), order_.end(),
                              [&](size_t i) { return set.contains(i); }),
               order_.end());
  for (size_t index : set) {
    const QueueKey key = QueueKeyOf(base_.claims[index], index, verdicts_);
    auto at = std::lower_bound(
        order_.begin(), order_.end(), key, [&](size_t i, const QueueKey& k) {
          return QueueKeyOf(base_.claims[i], i, verdicts_) < k;
        });
    order_.insert(at, index);
  }
}

const Claim* ReviewSession::Current(const QueueFilter& filter) {
  const std::optional<CurationStatus> status = StatusOf(filter);
  const CurationStatus* wanted = status.has_value() ? &*status : nullptr;
  for (size_t index : Order()) {
    const Claim& claim = base_.claims[index];
    if (Matches(claim, filter, wanted) && !skipped_.contains(claim.id())) {
      return &claim;
    }
  }
  return nullptr;
}

std::vector<std::string> ReviewSession::QueueIds(const QueueFilter& filter) {
  const std::optional<CurationStatus> status = StatusOf(filter);
  const CurationStatus* wanted = status.has_value() ? &*status : nullptr;
  std::vector<std::string> ids;
  for (size_t index : Order()) {
    if (Matches(base_.claims[index], filter, wanted)) {
      ids.push_back(base_.claims[index].id());
    }
  }
  return ids;
}

namespace {

// Progress filters ignore the status: done and left are both counted.
QueueFilter ProgressKey(QueueFilter filter) {
  filter.status.clear();
  return filter;
}

// How many recent filters keep their progress up to date.
constexpr size_t kCachedProgresses = 8;

}  // namespace

Progress ReviewSession::ProgressOf(const QueueFilter& filter) {
  const QueueFilter key = ProgressKey(filter);
  for (size_t i = 0; i < progress_cache_.size(); ++i) {
    if (progress_cache_[i].filter == key) {
      std::rotate(progress_cache_.begin(), progress_cache_.begin() + i,
                  progress_cache_.begin() + i + 1);
      return progress_cache_.front().progress;
    }
  }
  Progress progress;
  for (const Claim& claim : base_.claims) {
    if (!Matches(claim, key, nullptr)) continue;
    if (IsReviewed(claim)) {
      ++progress.done;
    } else {
      ++progress.left;
      if (skipped_.contains(claim.id())) ++progress.skipped;
    }
  }
  progress_cache_.insert(progress_cache_.begin(), {key, progress});
  if (progress_cache_.size() > kCachedProgresses) progress_cache_.pop_back();
  return progress;
}

void ReviewSession::Account(const std::vector<size_t>& indices, int sign) {
  for (CachedProgress& cached : progress_cache_) {
    for (size_t index : indices) {
      const Claim& claim = base_.claims[index];
      if (!Matches(claim, cached.filter, nullptr)) continue;
      if (IsReviewed(claim)) {
        cached.progress.done += sign;
      } else {
        cached.progress.left += sign;
        if (skipped_.contains(claim.id())) cached.progress.skipped += sign;
      }
    }
  }
}

const std::vector<size_t>* ReviewSession::ClaimsOf(
    const std::string& entity) const {
  auto it = entity_claims_.find(entity);
  return it == entity_claims_.end() ? nullptr : &it->second;
}

void ReviewSession::IndexEntities() {
  entity_claims_.clear();
  for (size_t i = 0; i < base_.claims.size(); ++i) {
    entity_claims_[base_.claims[i].subject().entity()].push_back(i);
  }
}

std::vector<size_t> ReviewSession::ClaimsOfEntities(
    const std::vector<std::string>& entities) const {
  std::vector<size_t> out;
  for (const std::string& entity : entities) {
    if (const std::vector<size_t>* claims = ClaimsOf(entity)) {
      out.insert(out.end(), claims->begin(), claims->end());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

ClaimBase ReviewSession::EntityBase(const std::string& entity) const {
  ClaimBase sub;
  sub.sources = base_.sources;
  sub.attributes = base_.attributes;
  sub.rules = base_.rules;
  absl::flat_hash_set<std::string> entities = {entity};
  absl::flat_hash_set<size_t> taken;
  // Relative dates pull in their anchors, which may pull in theirs.
  std::vector<std::string> pending = {entity};
  while (!pending.empty()) {
    const std::string next = std::move(pending.back());
    pending.pop_back();
    const std::vector<size_t>* claims = ClaimsOf(next);
    if (claims == nullptr) continue;
    for (size_t index : *claims) {
      if (!taken.insert(index).second) continue;
      const Claim& claim = base_.claims[index];
      if (!claim.has_relative_date()) continue;
      const RelativeDate& rd = claim.relative_date();
      if (!rd.anchor_entity().empty() &&
          entities.insert(rd.anchor_entity()).second) {
        pending.push_back(rd.anchor_entity());
      }
      if (const Claim* anchor = base_.FindClaim(rd.anchor_claim())) {
        taken.insert(IndexOf(*anchor));
      }
    }
  }
  // In the base's order, as `checker check` sees them.
  std::vector<size_t> indices(taken.begin(), taken.end());
  std::sort(indices.begin(), indices.end());
  sub.claims.reserve(indices.size());
  for (size_t index : indices) sub.claims.push_back(base_.claims[index]);
  // Only the entities involved: a big gazetteer is not copied per run.
  for (const std::string& id : entities) {
    if (const Entity* e = base_.FindEntity(id)) sub.entities.push_back(*e);
  }
  std::sort(sub.entities.begin(), sub.entities.end(),
            [](const Entity& a, const Entity& b) { return a.id() < b.id(); });
  sub.BuildIndex();
  return sub;
}

Report ReviewSession::FindingsOf(const std::string& entity) const {
  auto it = entity_findings_.find(entity);
  return it != entity_findings_.end() ? it->second : Report();
}

Report ReviewSession::RunEntity(const std::string& entity) const {
  IssueList issues;
  Report report = engine_.Run(ClaimBaseSet(EntityBase(entity)), &issues);
  // Anchors of other entities are there only to resolve relative dates.
  Report own;
  *own.mutable_summary() = report.summary();
  for (Finding& f : *report.mutable_finding()) {
    if (f.subject().entity() == entity) *own.add_finding() = std::move(f);
  }
  return own;
}

std::vector<std::string> ReviewSession::Recheck(
    const std::vector<std::string>& entities) {
  std::vector<std::string> changes;
  absl::flat_hash_set<std::string> done;
  for (const std::string& entity : entities) {
    if (entity.empty() || !done.insert(entity).second) continue;
    const std::map<std::string, std::string> before =
        VerdictsBySubject(FindingsOf(entity));
    Report now = RunEntity(entity);
    const std::map<std::string, std::string> after = VerdictsBySubject(now);
    for (const auto& [subject, verdict] : after) {
      auto it = before.find(subject);
      const std::string was = it == before.end() ? "none" : it->second;
      if (was != verdict) {
        changes.push_back(absl::StrCat(subject, ": ", was, " -> ", verdict));
      }
    }
    for (const auto& [subject, verdict] : before) {
      if (!after.contains(subject)) {
        changes.push_back(absl::StrCat(subject, ": ", verdict, " -> none"));
      }
    }
    // The claims of the entity take their new verdicts; those that change
    // tier move in the queue.
    std::vector<std::pair<size_t, int>> tiers;
    if (const std::vector<size_t>* claims = ClaimsOf(entity)) {
      for (size_t i : *claims) {
        const Claim& claim = base_.claims[i];
        tiers.emplace_back(i, QueueTier(claim, verdicts_));
        verdicts_.erase(claim.id());
      }
    }
    CollectClaimVerdicts(now, &verdicts_);
    std::vector<size_t> moved;
    for (const auto& [index, tier] : tiers) {
      if (QueueTier(base_.claims[index], verdicts_) != tier) {
        moved.push_back(index);
      }
    }
    Reposition(moved);
    entity_findings_[entity] = std::move(now);
  }
  return changes;
}

absl::StatusOr<Claim> ReviewSession::Apply(const Claim& claim,
                                           const Decision& decision) const {
  Claim after = claim;
  switch (decision.kind) {
    case DecisionKind::kAccept:
      if (claim.subject().entity().empty() ||
          claim.subject().attribute().empty()) {
        return absl::InvalidArgumentError(
            "this candidate has no subject: edit it (e) to pick an entity "
            "and attribute, or reject it (r)");
      }
      after.set_status(CONFIRMED);
      break;
    case DecisionKind::kReject:
      after.set_status(REJECTED);
      break;
    case DecisionKind::kSkip:
    case DecisionKind::kNote:
      break;
    case DecisionKind::kEdit: {
      const Entity* entity = base_.FindEntity(decision.entity);
      if (entity == nullptr) {
        return absl::InvalidArgumentError(
            absl::StrCat("unknown entity \"", decision.entity,
                         "\"; pick one of the gazetteer's entities"));
      }
      const Attribute* attribute = base_.FindAttribute(decision.attribute);
      if (attribute == nullptr) {
        return absl::InvalidArgumentError(
            absl::StrCat("unknown attribute \"", decision.attribute,
                         "\"; pick one of the gazetteer's attributes"));
      }
      after.mutable_subject()->set_entity(entity->id());
      after.mutable_subject()->set_attribute(attribute->id());
      if (decision.qualifiers.has_value()) {
        after.mutable_subject()->clear_qualifier();
        for (const auto& [key, value] : *decision.qualifiers) {
          if (key.empty()) continue;
          (*after.mutable_subject()->mutable_qualifier())[key] = value;
        }
      }
      if (!decision.value_text.empty() && decision.value_text != claim.text()) {
        CHECKER_ASSIGN_OR_RETURN(Mention mention,
                                 ParseValue(decision.value_text));
        CHECKER_RETURN_IF_ERROR(CheckValueKind(*attribute, mention));
        SetValue(mention, decision.value_text, &after);
      }
      after.set_status(CORRECTED);
      break;
    }
  }
  if (decision.note.has_value()) after.set_note(*decision.note);
  return after;
}

absl::Status ReviewSession::Replace(size_t index, const Claim& after) {
  Claim& claim = base_.claims[index];
  const std::string& file = base_.claim_locations[index].file;
  absl::Status written =
      WriteReviewedClaim(file, claim.id(), ClaimVersion(claim), &after);
  if (absl::IsFailedPrecondition(written)) {
    // Someone else changed it: show their version from now on.
    absl::StatusOr<Claim> on_disk = ReadClaimFromFile(file, claim.id());
    if (on_disk.ok()) {
      claim = *std::move(on_disk);
      order_stale_ = true;
      IndexEntities();  // their version may name another entity
    }
  }
  CHECKER_RETURN_IF_ERROR(written);
  if (after.subject().entity() != claim.subject().entity()) {
    std::vector<size_t>& from = entity_claims_[claim.subject().entity()];
    from.erase(std::remove(from.begin(), from.end(), index), from.end());
    std::vector<size_t>& to = entity_claims_[after.subject().entity()];
    to.insert(std::lower_bound(to.begin(), to.end(), index), index);
  }
  claim = after;
  return absl::OkStatus();
}

absl::StatusOr<Outcome> ReviewSession::Decide(const Decision& decision) {
  const Claim* found = base_.FindClaim(decision.claim_id);
  if (found == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("no claim \"", decision.claim_id, "\" in this base"));
  }
  if (ClaimVersion(*found) != decision.version) {
    return absl::FailedPreconditionError(absl::StrCat(
        "claim \"", decision.claim_id,
        "\" changed since this page showed it (another tab?); reload"));
  }
  Outcome outcome{decision.claim_id, "", {}};
  if (decision.kind == DecisionKind::kSkip) {
    CHECKER_RETURN_IF_ERROR(
        journal_.Push({ReviewStep::kSkip, decision.claim_id, {}, {}}));
    Account({IndexOf(*found)}, -1);
    skipped_.insert(decision.claim_id);
    Account({IndexOf(*found)}, +1);
    outcome.message = absl::StrCat(decision.claim_id, ": skipped");
    return outcome;
  }
  const size_t index = IndexOf(*found);
  const Claim before = *found;
  CHECKER_ASSIGN_OR_RETURN(Claim after, Apply(before, decision));
  // The progress counts follow the claims this decision can change.
  const std::vector<size_t> affected =
      ClaimsOfEntities({before.subject().entity(), after.subject().entity()});
  // The step is in the journal before the claim file changes, so no
  // decision on disk is ever missing from the undo history.
  CHECKER_RETURN_IF_ERROR(
      journal_.Push({ReviewStep::kChange, before.id(), before, after}));
  Account(affected, -1);
  absl::Status replaced = Replace(index, after);
  if (!replaced.ok()) {
    Account(affected, +1);
    journal_.Pop().IgnoreError();  // a kill here: Reconcile drops it
    return replaced;
  }
  outcome.message =
      absl::StrCat(before.id(), ": ", CurationStatus_Name(after.status()),
                   ", written to ", base_.claim_locations[index].file);
  outcome.changes =
      Recheck({before.subject().entity(), after.subject().entity()});
  Account(affected, +1);
  return outcome;
}

absl::StatusOr<Outcome> ReviewSession::Add(const NewClaim& request) {
  const Claim* near = base_.FindClaim(request.near_claim_id);
  if (near == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("no claim \"", request.near_claim_id, "\""));
  }
  const Entity* entity = base_.FindEntity(request.entity);
  const Attribute* attribute = base_.FindAttribute(request.attribute);
  if (entity == nullptr || attribute == nullptr) {
    return absl::InvalidArgumentError(
        "pick an entity and an attribute of the gazetteer for the new claim");
  }
  // The selection must lie in the text shown around `near`.
  const ClaimContext context = ContextFor(*near);
  const std::string shown =
      absl::StrCat(context.before, context.figure, context.after);
  if (request.begin >= request.end || request.begin < context.begin ||
      request.end > context.begin + shown.size()) {
    return absl::InvalidArgumentError(
        "the selection is not inside the text shown; select the figure in "
        "the context");
  }
  const std::string selected =
      shown.substr(request.begin - context.begin, request.end - request.begin);
  CHECKER_ASSIGN_OR_RETURN(Mention mention, ParseValue(selected));
  CHECKER_RETURN_IF_ERROR(CheckValueKind(*attribute, mention));
  const uint32_t begin = request.begin + mention.begin;
  const uint32_t end = request.begin + mention.end;

  Claim claim;
  const std::string& document = near->provenance().document();
  claim.set_id(ClaimId(document, begin, end));
  if (base_.FindClaim(claim.id()) != nullptr) {
    return absl::FailedPreconditionError(
        absl::StrCat("claim \"", claim.id(),
                     "\" already covers this figure; find it with "
                     "the filters instead"));
  }
  claim.set_source(near->source());
  claim.mutable_subject()->set_entity(entity->id());
  claim.mutable_subject()->set_attribute(attribute->id());
  for (const auto& [key, value] : request.qualifiers) {
    if (!key.empty())
      (*claim.mutable_subject()->mutable_qualifier())[key] = value;
  }
  SetValue(mention, selected.substr(mention.begin, mention.end - mention.begin),
           &claim);
  Provenance* p = claim.mutable_provenance();
  p->set_document(document);
  p->set_begin(begin);
  p->set_end(end);
  p->set_page(near->provenance().page());
  // The quote comes from the same text the reviewer selected in.
  const TextSpan figure{begin - context.begin, end - context.begin};
  const QuoteSelector quote = MakeQuote(
      shown, TextSpan{0, static_cast<uint32_t>(shown.size())}, figure);
  p->set_quote(quote.quote);
  p->set_quote_begin(context.begin + quote.begin);
  p->set_prefix(quote.prefix);
  p->set_suffix(quote.suffix);
  claim.set_status(CORRECTED);
  claim.set_note(request.note.empty() ? "added in review" : request.note);

  const size_t near_index = IndexOf(*near);
  const SourceLocation location = base_.claim_locations[near_index];
  CHECKER_RETURN_IF_ERROR(
      journal_.Push({ReviewStep::kAdd, claim.id(), {}, claim}));
  absl::Status written = WriteReviewedClaim(location.file, "", "", &claim);
  if (!written.ok()) {
    journal_.Pop().IgnoreError();  // a kill here: Reconcile drops it
    return written;
  }
  // In memory after the file's last claim, where a reload would put it.
  size_t at = near_index + 1;
  while (at < base_.claims.size() &&
         base_.claim_locations[at].file == location.file) {
    ++at;
  }
  base_.claims.insert(base_.claims.begin() + at, claim);
  base_.claim_locations.insert(base_.claim_locations.begin() + at,
                               SourceLocation{location.file, 0, 0, -1});
  base_.BuildIndex();
  IndexEntities();
  progress_cache_.clear();
  order_stale_ = true;  // indices moved
  Outcome outcome{claim.id(),
                  absl::StrCat("added ", claim.id(), " to ", location.file),
                  {}};
  outcome.changes = Recheck({entity->id()});
  return outcome;
}

absl::StatusOr<Outcome> ReviewSession::Undo() {
  if (journal_.steps().empty()) {
    return absl::FailedPreconditionError(
        "nothing to undo: every decision of this review is undone");
  }
  const ReviewStep step = journal_.steps().back();
  Outcome outcome{step.claim_id, "", {}};
  const Claim* claim = base_.FindClaim(step.claim_id);
  // A step whose claim someone else changed since is not undone (that
  // would throw their change away): it leaves the history.
  if (step.kind != ReviewStep::kSkip &&
      (claim == nullptr || ClaimVersion(*claim) != ClaimVersion(step.after))) {
    CHECKER_RETURN_IF_ERROR(journal_.Pop());
    return absl::FailedPreconditionError(absl::StrCat(
        "claim \"", step.claim_id,
        "\" was changed elsewhere since this decision, so it is not "
        "undone; press u again to undo the decision before it"));
  }
  switch (step.kind) {
    case ReviewStep::kSkip: {
      const Claim* skipped = base_.FindClaim(step.claim_id);
      const std::vector<size_t> affected =
          skipped != nullptr ? std::vector<size_t>{IndexOf(*skipped)}
                             : std::vector<size_t>{};
      Account(affected, -1);
      skipped_.erase(step.claim_id);
      // The same claim may have been skipped twice.
      for (size_t i = 0; i + 1 < journal_.steps().size(); ++i) {
        const ReviewStep& older = journal_.steps()[i];
        if (older.kind == ReviewStep::kSkip &&
            older.claim_id == step.claim_id) {
          skipped_.insert(step.claim_id);
        }
      }
      Account(affected, +1);
      outcome.message = absl::StrCat(step.claim_id, ": skip undone");
      break;
    }
    case ReviewStep::kChange: {
      const std::vector<size_t> affected = ClaimsOfEntities(
          {step.after.subject().entity(), step.before.subject().entity()});
      Account(affected, -1);
      absl::Status replaced = Replace(IndexOf(*claim), step.before);
      if (!replaced.ok()) {
        Account(affected, +1);
        return replaced;
      }
      outcome.message = absl::StrCat(step.claim_id, ": back to ",
                                     CurationStatus_Name(step.before.status()));
      outcome.changes = Recheck(
          {step.after.subject().entity(), step.before.subject().entity()});
      Account(affected, +1);
      break;
    }
    case ReviewStep::kAdd: {
      const size_t index = IndexOf(*claim);
      const std::string file = base_.claim_locations[index].file;
      CHECKER_RETURN_IF_ERROR(WriteReviewedClaim(
          file, step.claim_id, ClaimVersion(*claim), nullptr));
      base_.claims.erase(base_.claims.begin() + index);
      base_.claim_locations.erase(base_.claim_locations.begin() + index);
      base_.BuildIndex();
      IndexEntities();
      progress_cache_.clear();
      order_stale_ = true;  // indices moved
      verdicts_.erase(step.claim_id);
      outcome.message = absl::StrCat("removed ", step.claim_id);
      outcome.changes = Recheck({step.after.subject().entity()});
      break;
    }
  }
  // After the claim file: a kill before this line leaves a step whose
  // effect is gone from disk, which Reconcile drops at the next start.
  CHECKER_RETURN_IF_ERROR(journal_.Pop());
  return outcome;
}

}  // namespace checker
