#include "checker/store/claim_base.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/store/binary_form.h"
#include "checker/store/lint_internal.h"
#include "checker/store/textproto_parse.h"

namespace checker {
namespace {

using google::protobuf::TextFormat;

template <typename T>
void IndexIds(const std::vector<T>& items,
              absl::flat_hash_map<std::string, size_t>* index) {
  index->clear();
  index->reserve(items.size());
  // The first of duplicate ids wins; lint reports the others.
  for (size_t i = 0; i < items.size(); ++i) {
    index->try_emplace(items[i].id(), i);
  }
}

template <typename T>
const T* FindIn(const std::vector<T>& items,
                const absl::flat_hash_map<std::string, size_t>& index,
                absl::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

// Moves the repeated `field` of `file` into `items`, recording locations.
template <typename T>
void AppendItems(google::protobuf::RepeatedPtrField<T>* from, ItemKind kind,
                 const char* field_name, const std::string& file_path,
                 const TextFormat::ParseInfoTree* tree, std::vector<T>* items,
                 std::vector<SourceLocation>* locations, ClaimBase* base) {
  const google::protobuf::FieldDescriptor* field =
      ClaimBaseFile::descriptor()->FindFieldByName(field_name);
  items->reserve(items->size() + from->size());
  for (int i = 0; i < from->size(); ++i) {
    auto index = static_cast<uint32_t>(items->size());
    SourceLocation where{file_path};
    if (tree != nullptr) {
      auto start = tree->GetLocation(field, i);
      if (start.line >= 0) {
        where.line = start.line + 1;
        where.column = start.column + 1;
      }
      const TextFormat::ParseInfoTree* nested =
          tree->GetTreeForNested(field, i);
      if (nested != nullptr) {
        ForEachFieldLocation(
            from->Get(i), *nested, "",
            [&](const std::string& path, int line, int column) {
              base->field_positions[{kind, index, path}] = {line, column};
            });
      }
    }
    items->push_back(std::move(*from->Mutable(i)));
    locations->push_back(std::move(where));
  }
}

// Reads one textproto file of a claim base directory into `base`.
void LoadTextprotoFile(const FileReader& reader, const std::string& file,
                       std::string* rules_file, ClaimBase* base,
                       IssueList* issues) {
  absl::StatusOr<std::string> text = reader.Read(file);
  if (!text.ok()) {
    issues->Error({file}, absl::StrCat("cannot read: ", text.status().message(),
                                       "; check the file's permissions"));
    return;
  }
  base->files.push_back(file);
  if (IsRulesFile(file)) {
    if (!rules_file->empty()) {
      issues->Error(
          {file, 1, 1},
          absl::StrCat("second rules file; the rules were already "
                       "read from ",
                       *rules_file, "; keep only one rules.textproto"));
      return;
    }
    RulesConfig rules;
    if (ParseTextproto(file, *text, &rules, nullptr, issues)) {
      base->rules = std::move(rules);
      *rules_file = file;
    }
    return;
  }
  ClaimBaseFile parsed;
  TextFormat::ParseInfoTree tree;
  if (!ParseTextproto(file, *text, &parsed, &tree, issues)) return;
  AppendClaimBaseFile(std::move(parsed), file, &tree, base);
}

// Figures no claim can mean are refused as soon as the base is read.
void LintFiguresAtLoad(const ClaimBase& base, IssueList* issues) {
  lint_internal::LintContext context(base, issues);
  for (size_t i = 0; i < base.claims.size(); ++i) {
    lint_internal::LintClaimFigures(context, i);
  }
}

}  // namespace

bool IsRulesFile(absl::string_view path) {
  return path == "rules.textproto" || absl::EndsWith(path, "/rules.textproto");
}

const Source* ClaimBase::FindSource(absl::string_view id) const {
  return FindIn(sources, source_index_, id);
}
const Entity* ClaimBase::FindEntity(absl::string_view id) const {
  return FindIn(entities, entity_index_, id);
}
const Attribute* ClaimBase::FindAttribute(absl::string_view id) const {
  return FindIn(attributes, attribute_index_, id);
}
const Claim* ClaimBase::FindClaim(absl::string_view id) const {
  return FindIn(claims, claim_index_, id);
}

void ClaimBase::BuildIndex() {
  IndexIds(sources, &source_index_);
  IndexIds(entities, &entity_index_);
  IndexIds(attributes, &attribute_index_);
  IndexIds(claims, &claim_index_);
}

SourceLocation ClaimBase::LocationOf(ItemKind kind, size_t index,
                                     absl::string_view field_path) const {
  const std::vector<SourceLocation>* locations = nullptr;
  switch (kind) {
    case ItemKind::kSource:
      locations = &source_locations;
      break;
    case ItemKind::kEntity:
      locations = &entity_locations;
      break;
    case ItemKind::kAttribute:
      locations = &attribute_locations;
      break;
    case ItemKind::kClaim:
      locations = &claim_locations;
      break;
  }
  if (index >= locations->size()) return {origin};
  SourceLocation where = (*locations)[index];
  // The field itself, else the nearest enclosing field that was written.
  while (!field_path.empty()) {
    auto it = field_positions.find(std::make_tuple(
        kind, static_cast<uint32_t>(index), std::string(field_path)));
    if (it != field_positions.end()) {
      where.line = it->second.first;
      where.column = it->second.second;
      break;
    }
    size_t dot = field_path.rfind('.');
    field_path = dot == absl::string_view::npos ? absl::string_view()
                                                : field_path.substr(0, dot);
  }
  return where;
}

void AppendClaimBaseFile(ClaimBaseFile&& file, const std::string& file_path,
                         const TextFormat::ParseInfoTree* tree,
                         ClaimBase* base) {
  AppendItems(file.mutable_source(), ItemKind::kSource, "source", file_path,
              tree, &base->sources, &base->source_locations, base);
  AppendItems(file.mutable_entity(), ItemKind::kEntity, "entity", file_path,
              tree, &base->entities, &base->entity_locations, base);
  AppendItems(file.mutable_attribute(), ItemKind::kAttribute, "attribute",
              file_path, tree, &base->attributes, &base->attribute_locations,
              base);
  AppendItems(file.mutable_claim(), ItemKind::kClaim, "claim", file_path, tree,
              &base->claims, &base->claim_locations, base);
}

absl::StatusOr<ClaimBase> LoadClaimBase(const FileReader& reader,
                                        const std::string& path,
                                        const LoadOptions& options,
                                        IssueList* issues) {
  ClaimBase base;
  base.origin = path;
  if (absl::EndsWith(path, ".binpb")) {
    absl::Status status =
        ReadClaimBaseBinary(reader, path, &base, options.keep_claims_packed);
    if (!status.ok()) return status;
    base.files.push_back(path);
    base.BuildIndex();
    LintFiguresAtLoad(base, issues);
    return base;
  }
  std::vector<std::string> files;
  if (reader.IsDirectory(path)) {
    absl::StatusOr<std::vector<std::string>> listed =
        reader.ListFilesRecursively(path);
    if (!listed.ok()) return listed.status();
    for (std::string& file : *listed) {
      if (absl::EndsWith(file, ".textproto")) files.push_back(std::move(file));
    }
    if (files.empty()) {
      issues->Warning({path},
                      "no *.textproto files below this directory; "
                      "nothing was loaded, check the path");
    }
  } else {
    absl::StatusOr<std::string> probe = reader.Read(path);
    if (absl::IsNotFound(probe.status())) {
      return absl::NotFoundError(
          absl::StrCat(path, ": no such claim base directory or file"));
    }
    if (!absl::EndsWith(path, ".textproto")) {
      return absl::InvalidArgumentError(absl::StrCat(
          path,
          ": not a claim base; give a directory of *.textproto files, "
          "a .textproto file or a .binpb file"));
    }
    files.push_back(path);
  }
  std::string rules_file;
  for (const std::string& file : files) {
    LoadTextprotoFile(reader, file, &rules_file, &base, issues);
  }
  base.BuildIndex();
  LintFiguresAtLoad(base, issues);
  return base;
}

absl::StatusOr<ClaimBase> LoadClaimBase(const std::string& path,
                                        const LoadOptions& options,
                                        IssueList* issues) {
  RealFileReader reader;
  return LoadClaimBase(reader, path, options, issues);
}

}  // namespace checker
