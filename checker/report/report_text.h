// Shared vocabulary of the report writers: labels for verdicts, causes and
// review status, the text of an interval, how a source is named, and the
// grouping of findings by subject. Nothing here decides a verdict; it only
// says in words what the engine decided.
//
//   ReportContext context(base);
//   for (const SubjectGroup& group : GroupBySubject(report)) {
//     out << context.SubjectTitle(*group.subject);
//   }
#ifndef CHECKER_REPORT_REPORT_TEXT_H_
#define CHECKER_REPORT_REPORT_TEXT_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "checker/model/claim_set.h"
#include "proto/finding.pb.h"
#include "proto/source.pb.h"

namespace checker {

// The summary table's rows, in display order: (label, count). The "Needs
// review" row is there only when some finding needs review.
std::vector<std::pair<const char*, int>> SummaryRows(
    const ReportSummary& summary);

// "Conflict", "Varying", "Consistent", "Single source", "Needs review",
// "Unspecified".
std::string VerdictLabel(Verdict verdict);
// The proto enum name: "CONFLICT", used in data attributes and CSV.
std::string VerdictKey(Verdict verdict);
// "date role", "rounding", ...; "" for CAUSE_UNSPECIFIED.
std::string CauseLabel(Cause cause);
// "reviewed" (confirmed or corrected), "rejected", or "unreviewed".
std::string StatusLabel(CurationStatus status);

// The text of one bound: its *_text when set, else the number
// (FormatNumber); "" if open.
std::string LowText(const Interval& interval);
std::string HighText(const Interval& interval);
// For readers, as IntervalWords (checker/base/interval_words.h) words it:
// "1953-03-05" (closed point), "513,000 – 627,000" (closed range), "above
// 60,000" / "at least 60,000" / "below 42" / "at most 42" (one open bound),
// "(5,000, 6,000]" (two bounds, one exclusive), "unbounded".
std::string FormatInterval(const Interval& interval);
// The same with `unit` after it ("21 – 49 days", "10%") when the bounds are
// plain numbers (not "42 days" or "1953-03-05").
std::string FormatInterval(const Interval& interval, absl::string_view unit);
// EDTF for a day interval ("1953-03-05", "1953-03-05/1953-03-06",
// "1953-03-05/.."); "" when the bounds are not ISO days.
std::string EdtfInterval(const Interval& interval);

// The sorted "key=value" list of qualifiers, joined by ", "; "" if none.
std::string QualifierText(const Subject& subject);

// Findings about one subject (entity, attribute and qualifiers), with the
// union of their claims (first appearance wins). Pointers into the Report.
struct SubjectGroup {
  const Subject* subject = nullptr;
  std::vector<const Finding*> findings;     // most severe verdict first
  std::vector<const FindingClaim*> claims;  // deduplicated by claim id
  Verdict verdict = VERDICT_UNSPECIFIED;    // the most severe of `findings`
  bool all_waived = false;                  // every finding is waived
};

// Groups in report order, stably sorted by VerdictOrder
// (checker/rules/finding_util.h) (conflicts first, then
// varying, then the rest), so the engine's order is kept.
// REQUIRES: `report` outlives the result.
std::vector<SubjectGroup> GroupBySubject(const Report& report);

// Names things of the claim base for readers. Keeps pointers into the
// sources and entities of `claims`, which must outlive it and not change.
class ReportContext {
 public:
  explicit ReportContext(const ClaimSet& claims);

  const Source* FindSource(absl::string_view id) const;

  // FormatInterval of the claim's interval, with its unit when the claim
  // base says it: "days" for durations, "%" for percentages.
  std::string IntervalText(const FindingClaim& claim) const;

  // "Kengir uprising — duration (year: 1954)": entity's first name (or its
  // id), attribute id with '_' as spaces, qualifiers in parentheses.
  std::string SubjectTitle(const Subject& subject) const;
  // "Heller and Nekrich", "Conquest et al.", a shortened title when there is
  // no author ("Historical Dictionary of…"), or the id for unknown sources
  // (SourceAuthorText, which explanations use too).
  std::string SourceAuthor(absl::string_view source_id) const;
  // "1985", or "n.d." when the year is unknown (or the source is).
  std::string SourceYear(absl::string_view source_id) const;
  // "Heller, 1985, p. 519" (page omitted when empty).
  std::string SourceCitation(absl::string_view source_id,
                             absl::string_view page) const;

 private:
  absl::flat_hash_map<std::string, const Source*> sources_;
  absl::flat_hash_map<std::string, const Entity*> entities_;
  // The unit of each claim that has one ("days", "%"), by claim id.
  absl::flat_hash_map<std::string, std::string> units_;
};

}  // namespace checker

#endif  // CHECKER_REPORT_REPORT_TEXT_H_
