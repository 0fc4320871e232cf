// checker.rule.voices: how many independent voices stand behind a group.
//
// Annotates the findings earlier rules reported for the group: sets
// `independent_sources`; for CONSISTENT findings appends "Corroborated by K
// independent sources: a; {b, c}." (braces group sources that cite or quote
// each other, or share an attributed voice); when two or more sources agree
// but fewer voices stand behind them, sets CAUSE_COPIED_SOURCE (unless a
// cause is already set) and says so.
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rules/rule.h"

namespace checker {
namespace {

// "a; {b, c}": the sources of each voice.
std::string VoiceList(const Group& group) {
  std::vector<std::set<std::string>> members(group.independent_voices);
  for (const NormalizedClaim& c : group.claims) {
    std::string name = c.claim->source();
    if (c.claim->has_attribution() && !c.claim->attribution().voice().empty()) {
      name = absl::StrCat(c.claim->attribution().voice(), " via ", name);
    }
    members[c.voice].insert(name);
  }
  std::vector<std::string> parts;
  for (const std::set<std::string>& voice : members) {
    std::string joined = absl::StrJoin(voice, ", ");
    parts.push_back(voice.size() > 1 ? absl::StrCat("{", joined, "}") : joined);
  }
  return absl::StrJoin(parts, "; ");
}

class VoicesRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.voices"; }

  void CheckGroup(const Group& group, RuleContext& context) const override {
    std::vector<Finding>& findings = context.findings();
    for (size_t i = context.group_findings_begin(); i < findings.size(); ++i) {
      Finding& finding = findings[i];
      finding.set_independent_sources(group.independent_voices);
      if (finding.verdict() != CONSISTENT) continue;
      int k = group.independent_voices;
      absl::StrAppend(finding.mutable_explanation(), " Corroborated by ", k,
                      k == 1 ? " independent source: "
                             : " independent sources: ",
                      VoiceList(group), ".");
      if (group.sources.size() > static_cast<size_t>(k)) {
        if (finding.cause() == CAUSE_UNSPECIFIED) {
          finding.set_cause(CAUSE_COPIED_SOURCE);
        }
        absl::StrAppend(finding.mutable_explanation(), " ",
                        group.sources.size(), " sources agree but only ", k,
                        k == 1 ? " voice stands" : " voices stand",
                        " behind them: sources in braces cite or quote one "
                        "another, or repeat the same attributed voice.");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewVoicesRule() { return std::make_unique<VoicesRule>(); }

}  // namespace checker
