#include "checker/normalize/rules_config_check.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "checker/base/number_text.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"
#include "proto/rules.pb.h"

namespace checker {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::TextFormat;

// Reports into `issues` at the field positions `tree` recorded.
class RulesLinter {
 public:
  RulesLinter(const std::string& path, const std::vector<std::string>& known,
              IssueList* issues)
      : path_(path), known_(known), issues_(issues) {}

  // Field `name` of `message`'s type at `tree` (index for repeated fields).
  SourceLocation Where(const TextFormat::ParseInfoTree* tree,
                       const google::protobuf::Descriptor* type,
                       absl::string_view name, int index = -1) const {
    const FieldDescriptor* field = type->FindFieldByName(std::string(name));
    if (tree == nullptr || field == nullptr) return {path_};
    google::protobuf::TextFormat::ParseLocation at = tree->GetLocation(
        field, field->is_repeated() ? std::max(index, 0) : -1);
    if (at.line < 0) return {path_};
    return {path_, at.line + 1, at.column + 1};
  }

  void Error(SourceLocation where, std::string message) {
    issues_->Error(std::move(where), absl::StrCat("rules: ", message));
  }

  // A finite number >= 0 in optional field `name`.
  void NonNegative(const TextFormat::ParseInfoTree* tree,
                   const google::protobuf::Descriptor* type,
                   absl::string_view name, absl::string_view what, bool has,
                   double value) {
    if (!has || (std::isfinite(value) && value >= 0)) return;
    Error(Where(tree, type, name),
          absl::StrCat(what, " is ", FormatExactNumber(value),
                       "; it must be a finite number >= 0"));
  }

  // A rule id that the checker has (when the list is known).
  void KnownRule(SourceLocation where, absl::string_view what,
                 const std::string& id) {
    if (known_.empty() ||
        std::find(known_.begin(), known_.end(), id) != known_.end()) {
      return;
    }
    std::string names;
    for (const std::string& k : known_) {
      absl::StrAppend(&names, names.empty() ? "" : ", ", k);
    }
    Error(std::move(where), absl::StrCat(what, " names unknown rule \"", id,
                                         "\"; the rules are ", names));
  }

 private:
  const std::string& path_;
  const std::vector<std::string>& known_;
  IssueList* issues_;
};

}  // namespace

void LintRules(const std::string& path, absl::string_view text,
               const std::vector<std::string>& known_rules, IssueList* issues) {
  RulesConfig c;
  TextFormat::ParseInfoTree tree;
  TextFormat::Parser parser;
  parser.WriteLocationsTo(&tree);
  // Syntax errors are LoadClaimBase's to report.
  class Silent : public google::protobuf::io::ErrorCollector {
   public:
    void AddError(int, google::protobuf::io::ColumnNumber,
                  const std::string&) override {}
  } silent;
  parser.RecordErrorsTo(&silent);
  if (!parser.ParseFromString(std::string(text), &c)) return;
  LintRulesConfig(c, &tree, path, known_rules, issues);
}

void LintRulesConfig(const RulesConfig& c,
                     const TextFormat::ParseInfoTree* locations,
                     const std::string& path,
                     const std::vector<std::string>& known_rules,
                     IssueList* issues) {
  // An empty tree finds no field, so every issue names only `path`.
  const TextFormat::ParseInfoTree no_locations;
  const TextFormat::ParseInfoTree& tree =
      locations != nullptr ? *locations : no_locations;
  RulesLinter lint(path, known_rules, issues);
  const auto* type = RulesConfig::descriptor();
  lint.NonNegative(&tree, type, "approximate_tolerance",
                   "approximate_tolerance", c.has_approximate_tolerance(),
                   c.approximate_tolerance());
  lint.NonNegative(&tree, type, "round_figure_tolerance",
                   "round_figure_tolerance", c.has_round_figure_tolerance(),
                   c.round_figure_tolerance());
  lint.NonNegative(&tree, type, "varying_threshold", "varying_threshold",
                   c.has_varying_threshold(), c.varying_threshold());
  lint.NonNegative(&tree, type, "offset_tolerance", "offset_tolerance",
                   c.has_offset_tolerance(), c.offset_tolerance());
  lint.NonNegative(&tree, type, "approximate_date_days",
                   "approximate_date_days", c.has_approximate_date_days(),
                   c.approximate_date_days());
  lint.NonNegative(&tree, type, "upper_bound_floor", "upper_bound_floor",
                   c.has_upper_bound_floor(), c.upper_bound_floor());
  lint.NonNegative(&tree, type, "arithmetic_tolerance", "arithmetic_tolerance",
                   c.has_arithmetic_tolerance(), c.arithmetic_tolerance());
  lint.NonNegative(&tree, type, "copied_context_words", "copied_context_words",
                   c.has_copied_context_words(), c.copied_context_words());
  if (c.has_review_threshold() &&
      !(c.review_threshold() >= 0 && c.review_threshold() <= 1)) {
    lint.Error(lint.Where(&tree, type, "review_threshold"),
               absl::StrCat("review_threshold is ",
                            FormatExactNumber(c.review_threshold()),
                            "; it must be a number in [0, 1]"));
  }

  const FieldDescriptor* hedge_field = type->FindFieldByName("hedge");
  for (int i = 0; i < c.hedge_size(); ++i) {
    const HedgeRule& hedge = c.hedge(i);
    const auto* at = tree.GetTreeForNested(hedge_field, i);
    const auto* hedge_type = HedgeRule::descriptor();
    std::string what = absl::StrCat("hedge \"", hedge.phrase(), "\"");
    if (hedge.phrase().empty()) {
      lint.Error(lint.Where(&tree, type, "hedge", i),
                 "hedge has no phrase; add phrase: \"...\"");
    }
    if (hedge.meaning() == HEDGE_MEANING_UNSPECIFIED) {
      lint.Error(lint.Where(&tree, type, "hedge", i),
                 absl::StrCat(what,
                              " has no meaning; add meaning: "
                              "APPROXIMATE (or another HedgeMeaning)"));
    }
    lint.NonNegative(at, hedge_type, "tolerance",
                     absl::StrCat(what, " tolerance"), hedge.has_tolerance(),
                     hedge.tolerance());
  }

  const FieldDescriptor* vague_field = type->FindFieldByName("vague");
  for (int i = 0; i < c.vague_size(); ++i) {
    const VagueMagnitude& vague = c.vague(i);
    const auto* at = tree.GetTreeForNested(vague_field, i);
    const auto* vague_type = VagueMagnitude::descriptor();
    std::string what = absl::StrCat("vague \"", vague.phrase(), "\"");
    if (vague.phrase().empty()) {
      lint.Error(lint.Where(&tree, type, "vague", i),
                 "vague magnitude has no phrase; add phrase: \"...\"");
    }
    if (!std::isfinite(vague.low()) || !std::isfinite(vague.high())) {
      lint.Error(lint.Where(at, vague_type,
                            std::isfinite(vague.low()) ? "high" : "low"),
                 absl::StrCat(what, " bounds must be finite numbers"));
    } else if (vague.low() > vague.high()) {
      lint.Error(lint.Where(at, vague_type, "low"),
                 absl::StrCat(what, " low ", FormatExactNumber(vague.low()),
                              " is greater than high ",
                              FormatExactNumber(vague.high()), "; swap them"));
    }
  }

  const FieldDescriptor* severity_field = type->FindFieldByName("severity");
  for (int i = 0; i < c.severity_size(); ++i) {
    lint.KnownRule(lint.Where(tree.GetTreeForNested(severity_field, i),
                              RuleSeverity::descriptor(), "rule"),
                   "severity", c.severity(i).rule());
  }
  for (int i = 0; i < c.disabled_rule_size(); ++i) {
    lint.KnownRule(lint.Where(&tree, type, "disabled_rule", i), "disabled_rule",
                   c.disabled_rule(i));
  }
  const FieldDescriptor* waiver_field = type->FindFieldByName("waiver");
  for (int i = 0; i < c.waiver_size(); ++i) {
    const Waiver& waiver = c.waiver(i);
    const auto* at = tree.GetTreeForNested(waiver_field, i);
    std::string what = absl::StrCat("waiver for \"", waiver.entity(), "\"");
    if (waiver.entity().empty()) {
      lint.Error(lint.Where(&tree, type, "waiver", i),
                 "waiver has no entity; add entity: \"<entity id>\"");
    }
    if (waiver.note().empty()) {
      lint.Error(lint.Where(&tree, type, "waiver", i),
                 absl::StrCat(what,
                              " has no note; add note: \"why the finding is "
                              "accepted\" so readers of the report know"));
    }
    if (!waiver.rule().empty()) {
      lint.KnownRule(lint.Where(at, Waiver::descriptor(), "rule"), "waiver",
                     waiver.rule());
    }
  }
}

}  // namespace checker
