// `checker vocabulary [--gazetteer G] [--textproto]`: prints the attribute
// vocabulary the linker uses: the built-in attributes, and with
// --gazetteer those merged with the gazetteer's (a redeclared built-in
// attribute extends the built-in one). For each attribute: id, value kind,
// the entity kinds it applies to, its role, whether it counts people, where
// it comes from, and its cue words ("~" marks a weak cue). --textproto
// prints the attributes as gazetteer `attribute { ... }` blocks instead, to
// copy into a gazetteer. Exit 0; 2 when the gazetteer cannot be loaded.
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/link/default_vocabulary.h"
#include "checker/link/vocabulary.h"
#include "checker/store/claim_base.h"
#include "google/protobuf/text_format.h"

namespace checker {
namespace {

struct VocabularyFlags {
  std::string gazetteer;
  bool textproto = false;
};

std::string KindList(const Attribute& a) {
  if (a.applies_to().empty()) return "any entity";
  std::vector<std::string> kinds;
  for (int k : a.applies_to()) {
    kinds.push_back(EntityKind_Name(static_cast<EntityKind>(k)));
  }
  return absl::StrJoin(kinds, ", ");
}

int RunVocabulary(const VocabularyFlags& flags, std::ostream& out,
                  std::ostream& err) {
  std::vector<Attribute> gazetteer_attributes;
  if (!flags.gazetteer.empty()) {
    IssueList issues;
    absl::StatusOr<ClaimBase> base =
        LoadClaimBase(flags.gazetteer, {}, &issues);
    if (!base.ok()) {
      // The message names the path already.
      err << "checker vocabulary: gazetteer " << base.status().message()
          << "\n";
      return kExitUsage;
    }
    if (!issues.empty()) err << issues.ToDisplayString();
    gazetteer_attributes = base->attributes;
  }
  absl::StatusOr<Vocabulary> vocabulary =
      BuildVocabulary({}, gazetteer_attributes);
  if (!vocabulary.ok()) {
    err << "checker vocabulary: " << vocabulary.status().message() << "\n";
    return kExitUsage;
  }
  absl::flat_hash_set<std::string> built_in;
  for (const Attribute& a : DefaultAttributes()) built_in.insert(a.id());
  absl::flat_hash_set<std::string> declared;
  for (const Attribute& a : gazetteer_attributes) declared.insert(a.id());
  if (!flags.textproto) {
    out << "# Attributes claims are linked to. Built-in ones are defined in "
           "checker/link/default_vocabulary.cc;\n# a gazetteer adds "
           "attributes or extends built-in ones with `attribute { id: ... }` "
           "blocks.\n";
  }
  for (size_t i = 0; i < vocabulary->attributes.size(); ++i) {
    const Attribute& a = vocabulary->attributes[i];
    if (flags.textproto) {
      std::string text;
      google::protobuf::TextFormat::PrintToString(a, &text);
      out << "attribute {\n";
      for (absl::string_view line : absl::StrSplit(text, '\n')) {
        if (!line.empty()) out << "  " << line << "\n";
      }
      out << "}\n";
      continue;
    }
    const bool is_built_in = built_in.contains(a.id());
    const char* origin = !is_built_in ? "gazetteer"
                         : declared.contains(a.id())
                             ? "built-in, extended by the gazetteer"
                             : "built-in";
    out << "\n"
        << a.id() << "\n"
        << "  value:      " << ValueKind_Name(a.value_kind()) << "\n"
        << "  applies to: " << KindList(a) << "\n";
    if (!a.role().empty()) out << "  role:       " << a.role() << "\n";
    if (vocabulary->counts_people[i]) {
      out << "  counts:     people (a count of camps or tons never links)\n";
    }
    out << "  from:       " << origin << "\n"
        << "  cues:       " << absl::StrJoin(a.cue(), ", ") << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddVocabularyCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<VocabularyFlags>();
  CLI::App* cmd = app.add_subcommand(
      "vocabulary",
      "Print the attribute vocabulary: built-in attributes (ids, value "
      "kinds, applies_to, cues), merged with a gazetteer's when given.");
  cmd->add_option("--gazetteer", flags->gazetteer,
                  "claim base file or directory whose attributes extend the "
                  "built-in ones");
  cmd->add_flag("--textproto", flags->textproto,
                "print gazetteer `attribute { ... }` blocks instead");
  cmd->callback([flags, context] {
    context->exit_code = RunVocabulary(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
