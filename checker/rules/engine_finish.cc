// EntityChecker: checking one entity, finishing its findings.
#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/base/crc32c.h"
#include "checker/rules/engine_run.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

bool WaiverMatches(const Waiver& waiver, const Finding& finding) {
  return waiver.entity() == finding.subject().entity() &&
         (waiver.attribute().empty() ||
          waiver.attribute() == finding.subject().attribute()) &&
         (waiver.rule().empty() || waiver.rule() == finding.rule());
}

}  // namespace

void EntityChecker::Check(size_t e, bool first_pass, bool placement_only) {
  first_pass_ = first_pass;
  placement_only_ = placement_only;
  reader_->Clear();  // the previous entity's claims are no longer pointed to
  const size_t first_group = index_.entity_begin[e];
  const size_t end_group = index_.entity_end(e);
  std::vector<Group> groups(end_group - first_group);
  entity_groups_.clear();
  for (size_t g = first_group; g < end_group; ++g) {
    Group& group = groups[g - first_group];
    BuildGroup(index_.groups[g], /*report_issues=*/first_pass, &group);
    if (!group.claims.empty()) entity_groups_.push_back(&group);
  }
  // Data flow: groups are built (normalized, voices assigned) before any
  // rule runs; each rule then reads them and reports its own findings, in
  // registration order, group by group and then entity by entity.
  findings_.clear();
  for (const Group& group : groups) {
    if (group.claims.empty() && group.needs_review.empty()) continue;
    for (const Rule* rule : setup_.rules) rule->CheckGroup(group, *this);
  }
  for (const Rule* rule : setup_.rules)
    rule->CheckEntity(entity_groups_, *this);
  for (Finding& finding : findings_) Finish(&finding);
  if (first_pass) subjects_ += entity_groups_.size();
  entity_groups_.clear();
}

Placement EntityChecker::Place(size_t e, size_t ordinal) const {
  const Finding& finding = findings_[ordinal];
  const Subject& subject = finding.subject();
  std::string key = GroupQualifierKey(subject, setup_.config);
  uint32_t group = index_.entity_begin[e];
  for (size_t g = index_.entity_begin[e]; g < index_.entity_end(e); ++g) {
    const Subject& candidate =
        ClaimAt(index_.order[index_.groups[g].begin]).subject();
    if (candidate.attribute() == subject.attribute() &&
        GroupQualifierKey(candidate, setup_.config) == key) {
      group = static_cast<uint32_t>(g);
      break;
    }
  }
  return {static_cast<uint8_t>(VerdictOrder(finding.verdict())),
          FindingFingerprint(finding),
          static_cast<uint32_t>(e),
          group,
          static_cast<uint32_t>(ordinal),
          0};
}

uint16_t FindingFingerprint(const Finding& finding) {
  // CRC-32C: the same in every process (so a test can pin collisions
  // down), fast, and no allocation. Parts end in '\0' so "ab"+"c" and
  // "a"+"bc" differ.
  const char verdict = static_cast<char>(finding.verdict());
  uint32_t crc = Crc32c(absl::string_view(&verdict, 1));
  const auto add = [&crc](absl::string_view part) {
    crc = Crc32cExtend(crc, part);
    crc = Crc32cExtend(crc, absl::string_view("\0", 1));
  };
  add(finding.rule());
  add(finding.subject().entity());
  add(finding.subject().attribute());
  for (const FindingClaim& claim : finding.claim()) add(claim.claim());
  return static_cast<uint16_t>(crc ^ (crc >> 16));
}

void EntityChecker::Finish(Finding* finding) const {
  if (!placement_only_) {
    finding->set_id(FindingId(*finding));
    // A rule that knows more (the interval rule's clusters) writes its own.
    if (finding->footnote().empty()) finding->set_footnote(Footnote(*finding));
  }
  auto severity = setup_.severity.find(finding->rule());
  if (severity != setup_.severity.end()) {
    finding->set_severity(severity->second);
  }
  for (const Waiver& waiver : setup_.config.waiver()) {
    if (!WaiverMatches(waiver, *finding)) continue;
    finding->set_waived(true);
    std::string note = waiver.note();
    if (!waiver.reviewer().empty() || !waiver.date().empty()) {
      absl::StrAppend(
          &note, " (", waiver.reviewer(),
          waiver.reviewer().empty() || waiver.date().empty() ? "" : ", ",
          waiver.date(), ")");
    }
    finding->set_waiver_note(note);
    break;
  }
}

}  // namespace checker
