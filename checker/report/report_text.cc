#include "checker/report/report_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "checker/base/interval_words.h"
#include "checker/base/number_text.h"
#include "checker/rules/citation.h"
#include "checker/rules/finding_util.h"

namespace checker {

std::string VerdictLabel(Verdict verdict) {
  switch (verdict) {
    case CONFLICT:
      return "Conflict";
    case VARYING:
      return "Varying";
    case CONSISTENT:
      return "Consistent";
    case SINGLE_SOURCE:
      return "Single source";
    case NEEDS_REVIEW:
      return "Needs review";
    default:
      return "Unspecified";
  }
}

std::string VerdictKey(Verdict verdict) {
  const std::string& name = Verdict_Name(verdict);
  return name.empty() ? "VERDICT_UNSPECIFIED" : name;
}

std::string CauseLabel(Cause cause) {
  if (cause == CAUSE_UNSPECIFIED || !Cause_IsValid(cause)) return "";
  std::string name = Cause_Name(cause);  // "CAUSE_DATE_ROLE"
  absl::string_view rest = absl::StripPrefix(name, "CAUSE_");
  return absl::StrReplaceAll(absl::AsciiStrToLower(rest), {{"_", " "}});
}

std::string StatusLabel(CurationStatus status) {
  switch (status) {
    case CONFIRMED:
    case CORRECTED:
      return "reviewed";
    case REJECTED:
      return "rejected";
    default:
      return "unreviewed";
  }
}

std::string LowText(const Interval& interval) {
  if (!interval.low_text().empty()) return interval.low_text();
  return interval.has_low() ? FormatNumber(interval.low()) : "";
}

std::string HighText(const Interval& interval) {
  if (!interval.high_text().empty()) return interval.high_text();
  return interval.has_high() ? FormatNumber(interval.high()) : "";
}

std::string FormatInterval(const Interval& interval, absl::string_view unit) {
  std::string text = FormatInterval(interval);
  auto numeric = [](absl::string_view bound) {
    return bound.find_first_not_of("0123456789,.-") == absl::string_view::npos;
  };
  bool from_numbers =
      numeric(interval.low_text()) && numeric(interval.high_text());
  if (unit.empty() || !from_numbers || text == "unbounded") return text;
  return absl::StrCat(text, unit == "%" ? "" : " ", unit);
}

std::string FormatInterval(const Interval& interval) {
  return IntervalWords({LowText(interval), interval.low_exclusive()},
                       {HighText(interval), interval.high_exclusive()});
}

namespace {

bool IsIsoDay(absl::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string EdtfInterval(const Interval& interval) {
  std::string low = interval.has_low() ? LowText(interval) : "";
  std::string high = interval.has_high() ? HighText(interval) : "";
  if (!low.empty() && !IsIsoDay(low)) return "";
  if (!high.empty() && !IsIsoDay(high)) return "";
  if (low.empty() && high.empty()) return "";
  if (low == high) return low;
  return absl::StrCat(low.empty() ? ".." : low, "/",
                      high.empty() ? ".." : high);
}

std::string QualifierText(const Subject& subject) {
  std::vector<std::pair<std::string, std::string>> pairs(
      subject.qualifier().begin(), subject.qualifier().end());
  std::sort(pairs.begin(), pairs.end());
  return absl::StrJoin(pairs, ", ", absl::PairFormatter(": "));
}

std::vector<SubjectGroup> GroupBySubject(const Report& report) {
  std::vector<SubjectGroup> groups;
  absl::flat_hash_map<std::string, size_t> index;
  for (const Finding& finding : report.finding()) {
    auto [it, inserted] =
        index.try_emplace(SubjectKey(finding.subject()), groups.size());
    if (inserted) {
      groups.emplace_back();
      groups.back().subject = &finding.subject();
    }
    groups[it->second].findings.push_back(&finding);
  }
  for (SubjectGroup& group : groups) {
    std::stable_sort(group.findings.begin(), group.findings.end(),
                     [](const Finding* a, const Finding* b) {
                       return VerdictOrder(a->verdict()) <
                              VerdictOrder(b->verdict());
                     });
    group.verdict = group.findings.front()->verdict();
    group.all_waived = true;
    std::vector<std::string> seen;
    for (const Finding* finding : group.findings) {
      group.all_waived = group.all_waived && finding->waived();
      for (const FindingClaim& claim : finding->claim()) {
        if (std::find(seen.begin(), seen.end(), claim.claim()) != seen.end()) {
          continue;
        }
        seen.push_back(claim.claim());
        group.claims.push_back(&claim);
      }
    }
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const SubjectGroup& a, const SubjectGroup& b) {
                     return VerdictOrder(a.verdict) < VerdictOrder(b.verdict);
                   });
  return groups;
}

ReportContext::ReportContext(const ClaimSet& claims) {
  for (const Source& source : claims.sources()) {
    sources_.try_emplace(source.id(), &source);
  }
  for (const Entity& entity : claims.entities()) {
    entities_.try_emplace(entity.id(), &entity);
  }
  claims.ForEachKey([&](uint32_t, const ClaimKey& key) {
    if (key.value_case == Claim::kDuration) {
      units_.try_emplace(key.id, "days");
    } else if (key.value_case == Claim::kQuantity &&
               key.quantity_unit == "percent") {
      units_.try_emplace(key.id, "%");
    }
  });
}

std::string ReportContext::IntervalText(const FindingClaim& claim) const {
  auto it = units_.find(claim.claim());
  return FormatInterval(claim.interval(), it != units_.end() ? it->second : "");
}

const Source* ReportContext::FindSource(absl::string_view id) const {
  auto it = sources_.find(id);
  return it == sources_.end() ? nullptr : it->second;
}

std::string ReportContext::SubjectTitle(const Subject& subject) const {
  std::string entity = subject.entity();
  auto it = entities_.find(subject.entity());
  if (it != entities_.end() && it->second->name_size() > 0) {
    entity = it->second->name(0);
  }
  std::string title = absl::StrCat(
      entity, " — ", absl::StrReplaceAll(subject.attribute(), {{"_", " "}}));
  std::string qualifiers = QualifierText(subject);
  if (!qualifiers.empty()) absl::StrAppend(&title, " (", qualifiers, ")");
  return title;
}

std::string ReportContext::SourceAuthor(absl::string_view source_id) const {
  const Source* source = FindSource(source_id);
  if (source == nullptr) return std::string(source_id);
  return SourceAuthorText(*source);
}

std::string ReportContext::SourceYear(absl::string_view source_id) const {
  const Source* source = FindSource(source_id);
  if (source == nullptr || source->year() <= 0) return "n.d.";
  return absl::StrCat(source->year());
}

std::string ReportContext::SourceCitation(absl::string_view source_id,
                                          absl::string_view page) const {
  std::string citation =
      absl::StrCat(SourceAuthor(source_id), ", ", SourceYear(source_id));
  if (!page.empty()) absl::StrAppend(&citation, ", p. ", page);
  return citation;
}

std::vector<std::pair<const char*, int>> SummaryRows(
    const ReportSummary& summary) {
  std::vector<std::pair<const char*, int>> rows = {
      {"Subjects checked", summary.subjects()},
      {"Claims", summary.claims()},
      {"Conflicts", summary.conflicts()},
      {"Varying", summary.varying()},
      {"Consistent", summary.consistent()},
      {"Corroborated (independent sources agree)", summary.corroborated()},
      {"Single source", summary.single_source()},
      {"Waived (accepted by an editor)", summary.waived()},
  };
  // Only bases with unreviewed, unsure links have any; reviewed bases keep
  // the table they had.
  if (summary.needs_review() > 0) {
    rows.emplace_back("Needs review (unsure links, not counted)",
                      summary.needs_review());
  }
  return rows;
}

}  // namespace checker
