#include "checker/verify/verify.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "checker/base/status_macros.h"
#include "checker/extract/extractor.h"
#include "checker/rules/finding_util.h"
#include "checker/verify/evidence.h"
#include "checker/verify/subject_display.h"

namespace checker {
namespace {

constexpr int kDraftAnchorDepth = 4;

// Maps byte offsets to 1-based line and character column.
class LineIndex {
 public:
  explicit LineIndex(absl::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }

  void Locate(uint32_t offset, int* line, int* column) const {
    offset = std::min<uint32_t>(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const uint32_t start = *(it - 1);
    *line = static_cast<int>(it - starts_.begin());
    int characters = 0;
    for (uint32_t i = start; i < offset; ++i) {
      // Count every byte that is not a UTF-8 continuation byte.
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++characters;
    }
    *column = characters + 1;
  }

 private:
  absl::string_view text_;
  std::vector<uint32_t> starts_;
};

bool IsLinked(const Claim& claim) {
  return !claim.subject().entity().empty() &&
         !claim.subject().attribute().empty();
}

void MarkUnlinked(std::string reason, FigureVerdict* figure) {
  figure->outcome = Outcome::kUnlinked;
  figure->message = reason;
  figure->unlinked_reason = std::move(reason);
}

// Everything but the comparison: where, what, and whether it can be compared.
FigureVerdict StartFigure(const Claim& claim, absl::string_view draft_text,
                          const LineIndex& lines) {
  FigureVerdict figure;
  figure.begin = claim.provenance().begin();
  figure.end = std::max(figure.begin, claim.provenance().end());
  lines.Locate(figure.begin, &figure.line, &figure.column);
  if (figure.end <= draft_text.size() && figure.end > figure.begin) {
    figure.text =
        std::string(draft_text.substr(figure.begin, figure.end - figure.begin));
  } else {
    figure.text = claim.text();
  }
  return figure;
}

void Compare(const Claim& claim, const EvidenceBuilder& builder,
             const DraftClaims& draft_claims, const ClaimIndex& index,
             const Normalizer& normalizer,
             const absl::flat_hash_map<std::string, SubjectEvidence>& evidence,
             FigureVerdict* figure) {
  figure->subject = claim.subject();
  const std::string display = SubjectDisplay(claim.subject());
  auto it = evidence.find(SubjectKey(claim.subject()));
  if (it == evidence.end()) {
    figure->outcome = Outcome::kUnsupported;
    figure->message = absl::StrCat("no claim in the base for ", display);
    if (index.HasEntityAttribute(claim.subject().entity(),
                                 claim.subject().attribute())) {
      absl::StrAppend(&figure->message,
                      " (the base has it only with other qualifiers)");
    }
    figure->footnote =
        absl::StrCat("No source in the claim base gives ", display, ".");
    return;
  }
  absl::StatusOr<ValueInterval> interval = normalizer.Normalize(
      claim, builder.Resolver(&draft_claims, kDraftAnchorDepth));
  if (!interval.ok()) {
    MarkUnlinked(absl::StrCat("linked to ", display,
                              " but its value cannot be compared: ",
                              interval.status().message()),
                 figure);
    return;
  }
  if (interval->kind == VALUE_KIND_UNSPECIFIED) interval->kind = KindOf(claim);
  figure->has_interval = true;
  figure->interval = *interval;
  Classification c = Classify(*interval, it->second, display);
  figure->outcome = c.outcome;
  figure->sources_range = std::move(c.sources_range);
  figure->message = std::move(c.message);
  figure->footnote = std::move(c.footnote);
  for (size_t i : c.cited) figure->sources.push_back(it->second.claims[i]);
}

}  // namespace

int VerifyResult::Count(Outcome outcome) const {
  return static_cast<int>(std::count_if(
      figures.begin(), figures.end(),
      [outcome](const FigureVerdict& f) { return f.outcome == outcome; }));
}

absl::StatusOr<VerifyResult> VerifyDraft(
    absl::string_view draft_text, absl::string_view draft_path,
    const ClaimIndex& index, const Linker& linker, const Normalizer& normalizer,
    const RuleEngine& engine, const VerifyOptions& options) {
  CHECKER_ASSIGN_OR_RETURN(std::vector<Mention> mentions,
                           ExtractMentions(draft_text, options.extract));
  Source draft_source;
  draft_source.set_id("draft");
  LinkRequest request;
  request.text = draft_text;
  request.mentions = &mentions;
  request.document = std::string(draft_path);
  request.source = &draft_source;
  const std::vector<Claim> claims = linker.Link(request);

  DraftClaims draft_claims;
  std::vector<std::string> keys;
  absl::flat_hash_set<std::string> seen_keys;
  for (const Claim& claim : claims) {
    draft_claims.emplace(claim.id(), &claim);
    if (!IsLinked(claim)) continue;
    std::string key = SubjectKey(claim.subject());
    if (seen_keys.insert(key).second) keys.push_back(std::move(key));
  }
  VerifyResult result;
  result.draft_path = std::string(draft_path);
  const EvidenceBuilder builder(index, normalizer);
  const auto evidence = builder.Build(keys, engine, &result.issues);

  const LineIndex lines(draft_text);
  result.figures.reserve(claims.size());
  for (const Claim& claim : claims) {
    FigureVerdict figure = StartFigure(claim, draft_text, lines);
    if (IsLinked(claim)) {
      Compare(claim, builder, draft_claims, index, normalizer, evidence,
              &figure);
    } else {
      const std::string& reason = claim.evidence().unlinked_reason();
      MarkUnlinked(reason.empty() ? "no subject could be found" : reason,
                   &figure);
    }
    result.figures.push_back(std::move(figure));
  }
  std::stable_sort(result.figures.begin(), result.figures.end(),
                   [](const FigureVerdict& a, const FigureVerdict& b) {
                     return a.begin < b.begin;
                   });
  return result;
}

bool VerifyFails(const VerifyResult& result, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  const bool unsupported_fails = fail_on == FailOn::kUnsupported;
  return std::any_of(
      result.figures.begin(), result.figures.end(),
      [&](const FigureVerdict& f) {
        return f.outcome == Outcome::kContradicted ||
               (unsupported_fails && f.outcome == Outcome::kUnsupported);
      });
}

}  // namespace checker
