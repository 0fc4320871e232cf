// Building findings: the claims they carry, labels used in explanations,
// stable ids and footnote text.
#ifndef CHECKER_RULES_FINDING_UTIL_H_
#define CHECKER_RULES_FINDING_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/rules/rule.h"
#include "proto/finding.pb.h"

namespace checker {

// "5 March 1953 (Heller and Nekrich, 1985)": the value as written (the
// normalized interval when no text was kept) and who states it (see
// ClaimCitation). No claim id: explanations are for readers.
std::string ClaimLabel(const NormalizedClaim& claim);

// Labels joined with ", ".
std::string ClaimLabels(const std::vector<const NormalizedClaim*>& claims);

// The claim as it appears in a finding: ids, text, hedge, provenance,
// review status and the normalized interval with its bound texts.
FindingClaim ToFindingClaim(const NormalizedClaim& claim);

// Sort rank of a verdict, the order findings are reported in: conflicts 0,
// varying 1, single source 2, consistent 3, needs review 4, other 5. The
// engine sorts by it and the report writers group by it.
int VerdictOrder(Verdict verdict);

// A map key for a subject: entity, attribute and the qualifiers sorted by
// name, joined with control characters that no id or value contains. Equal
// exactly when the subjects are (qualifier order does not matter).
std::string SubjectKey(const Subject& subject);
// The key of a subject without qualifiers: SubjectKey(entity, attribute) ==
// SubjectKey of a Subject with that entity and attribute and no qualifier.
std::string SubjectKey(absl::string_view entity, absl::string_view attribute);

// Qualifiers as "k=v,k=v" sorted by key; "" for none.
std::string QualifierKey(const Subject& subject);

// QualifierKey of only the qualifiers that separate groups
// (RulesConfig.group_qualifier; all of them when it is empty).
std::string GroupQualifierKey(const Subject& subject,
                              const RulesConfig& config);

// `subject` with only the qualifiers that separate groups.
Subject GroupSubject(const Subject& subject, const RulesConfig& config);

// "kengir_uprising duration" or "gulag population (year=1953)".
std::string SubjectText(const Subject& subject);

// Hex digest of rule, subject and sorted claim ids: stable across runs and
// independent of claim order.
std::string FindingId(const Finding& finding);

// "Estimates vary: about 570,000 (heller1986, p. 519); 510,000–600,000
// (conquest1990)." One entry per claim, in finding order.
std::string Footnote(const Finding& finding);

// "CONFLICT", "VARYING", ... without the enum prefix noise.
std::string VerdictName(Verdict verdict);

}  // namespace checker

#endif  // CHECKER_RULES_FINDING_UTIL_H_
