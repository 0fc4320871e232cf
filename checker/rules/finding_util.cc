#include "checker/rules/finding_util.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/base/file_io.h"
#include "checker/rules/interval_math.h"
#include "checker/rules/wording.h"

namespace checker {

std::string ClaimLabel(const NormalizedClaim& c) {
  return absl::StrCat(ValueAsWritten(c), " (", ClaimCitation(c), ")");
}

std::string ClaimLabels(const std::vector<const NormalizedClaim*>& claims) {
  std::vector<std::string> labels;
  labels.reserve(claims.size());
  for (const NormalizedClaim* c : claims) labels.push_back(ClaimLabel(*c));
  return absl::StrJoin(labels, ", ");
}

FindingClaim ToFindingClaim(const NormalizedClaim& c) {
  FindingClaim out;
  const Claim& claim = *c.claim;
  out.set_claim(claim.id());
  out.set_source(claim.source());
  if (claim.has_attribution()) out.set_voice(claim.attribution().voice());
  out.set_text(claim.text());
  out.set_hedge(claim.hedge());
  Interval* iv = out.mutable_interval();
  if (std::isfinite(c.interval.low)) {
    iv->set_low(c.interval.low);
    iv->set_low_text(BoundText(c.interval.kind, c.interval.low));
  }
  if (std::isfinite(c.interval.high)) {
    iv->set_high(c.interval.high);
    iv->set_high_text(BoundText(c.interval.kind, c.interval.high));
  }
  iv->set_low_exclusive(c.interval.low_exclusive);
  iv->set_high_exclusive(c.interval.high_exclusive);
  iv->set_derivation(c.interval.derivation);
  if (claim.has_provenance()) *out.mutable_provenance() = claim.provenance();
  out.set_status(claim.status());
  return out;
}

int VerdictOrder(Verdict verdict) {
  // Most severe first; anything else (unspecified) after all of them.
  static constexpr Verdict kBySeverity[] = {CONFLICT, VARYING, SINGLE_SOURCE,
                                            CONSISTENT, NEEDS_REVIEW};
  const Verdict* end = std::end(kBySeverity);
  return static_cast<int>(std::find(std::begin(kBySeverity), end, verdict) -
                          std::begin(kBySeverity));
}

namespace {
constexpr char kKeySeparator = '\x1f';  // ASCII unit separator
}  // namespace

std::string SubjectKey(absl::string_view entity, absl::string_view attribute) {
  return absl::StrCat(entity, absl::string_view(&kKeySeparator, 1), attribute);
}

std::string SubjectKey(const Subject& subject) {
  std::string key = SubjectKey(subject.entity(), subject.attribute());
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  for (const auto& [name, value] : sorted) {
    absl::StrAppend(&key, absl::string_view(&kKeySeparator, 1), name, "=",
                    value);
  }
  return key;
}

std::string QualifierKey(const Subject& subject) {
  if (subject.qualifier().empty()) return "";
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  return absl::StrJoin(sorted, ",", absl::PairFormatter("="));
}

Subject GroupSubject(const Subject& subject, const RulesConfig& config) {
  if (config.group_qualifier().empty()) return subject;
  Subject out = subject;
  out.clear_qualifier();
  for (const std::string& key : config.group_qualifier()) {
    auto it = subject.qualifier().find(key);
    if (it != subject.qualifier().end())
      (*out.mutable_qualifier())[key] = it->second;
  }
  return out;
}

std::string GroupQualifierKey(const Subject& subject,
                              const RulesConfig& config) {
  if (config.group_qualifier().empty() || subject.qualifier().empty()) {
    return QualifierKey(subject);
  }
  return QualifierKey(GroupSubject(subject, config));
}

std::string SubjectText(const Subject& subject) {
  std::string text = absl::StrCat(subject.entity(), " ", subject.attribute());
  std::string qualifiers = QualifierKey(subject);
  if (!qualifiers.empty()) absl::StrAppend(&text, " (", qualifiers, ")");
  return text;
}

std::string FindingId(const Finding& finding) {
  std::vector<std::string> ids;
  ids.reserve(finding.claim_size());
  for (const FindingClaim& c : finding.claim()) ids.push_back(c.claim());
  std::sort(ids.begin(), ids.end());
  std::string key =
      absl::StrCat(finding.rule(), "\n", SubjectText(finding.subject()), "\n",
                   absl::StrJoin(ids, "\n"));
  return Sha256Hex(key).substr(0, 16);
}

std::string Footnote(const Finding& finding) {
  const char* lead = "Sources agree: ";
  switch (finding.verdict()) {
    case CONFLICT:
      lead = "Sources disagree: ";
      break;
    case VARYING:
      lead = "Estimates vary: ";
      break;
    case SINGLE_SOURCE:
      lead = "Single source: ";
      break;
    default:
      break;
  }
  std::vector<std::string> entries;
  for (const FindingClaim& c : finding.claim()) {
    std::string value = c.text();
    if (value.empty()) {
      const Interval& iv = c.interval();
      value = iv.low_text() == iv.high_text()
                  ? iv.low_text()
                  : absl::StrCat(iv.low_text(), "–", iv.high_text());
    }
    std::string where = c.source();
    if (!c.provenance().page().empty()) {
      absl::StrAppend(&where, ", p. ", c.provenance().page());
    }
    entries.push_back(absl::StrCat(value, " (", where, ")"));
  }
  return absl::StrCat(lead, absl::StrJoin(entries, "; "), ".");
}

std::string VerdictName(Verdict verdict) { return Verdict_Name(verdict); }

Finding RuleContext::NewFinding(
    const Rule& rule, const Subject& subject, Verdict verdict,
    const std::vector<const NormalizedClaim*>& claims,
    std::string explanation) const {
  Finding finding;
  finding.set_rule(std::string(rule.id()));
  finding.set_verdict(verdict);
  finding.set_severity(verdict == CONFLICT  ? ERROR
                       : verdict == VARYING ? WARNING
                                            : INFO);
  *finding.mutable_subject() = subject;
  for (const NormalizedClaim* c : claims) {
    if (placement_only()) {
      finding.add_claim()->set_claim(c->claim->id());
    } else {
      *finding.add_claim() = ToFindingClaim(*c);
    }
  }
  finding.set_explanation(std::move(explanation));
  return finding;
}

void Rule::CheckGroup(const Group&, RuleContext&) const {}
void Rule::CheckEntity(const std::vector<const Group*>&, RuleContext&) const {}

}  // namespace checker
