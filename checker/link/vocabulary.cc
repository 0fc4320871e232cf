#include "checker/link/vocabulary.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/base/counted_nouns.h"
#include "checker/link/default_vocabulary.h"

namespace checker {
namespace {

absl::Status MergeAttributes(const std::vector<Attribute>& gazetteer,
                             std::vector<Attribute>* merged) {
  absl::flat_hash_map<std::string, size_t> index;
  for (size_t i = 0; i < merged->size(); ++i) index[(*merged)[i].id()] = i;
  absl::flat_hash_set<std::string> seen;
  for (const Attribute& a : gazetteer) {
    if (a.id().empty()) {
      return absl::InvalidArgumentError("gazetteer attribute with an empty id");
    }
    if (!seen.insert(a.id()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("duplicate gazetteer attribute id \"", a.id(), "\""));
    }
    auto it = index.find(a.id());
    if (it == index.end()) {
      index[a.id()] = merged->size();
      merged->push_back(a);
      continue;
    }
    Attribute& base = (*merged)[it->second];
    for (const std::string& cue : a.cue()) {
      if (std::find(base.cue().begin(), base.cue().end(), cue) ==
          base.cue().end()) {
        base.add_cue(cue);
      }
    }
    if (a.value_kind() != VALUE_KIND_UNSPECIFIED) {
      base.set_value_kind(a.value_kind());
    }
    if (!a.role().empty()) base.set_role(a.role());
    for (int kind : a.applies_to()) {
      if (std::find(base.applies_to().begin(), base.applies_to().end(), kind) ==
          base.applies_to().end()) {
        base.add_applies_to(static_cast<EntityKind>(kind));
      }
    }
    if (!a.description().empty()) base.set_description(a.description());
  }
  return absl::OkStatus();
}

}  // namespace

int Vocabulary::AttributeIndex(absl::string_view id) const {
  for (size_t i = 0; i < attributes.size(); ++i) {
    if (attributes[i].id() == id) return static_cast<int>(i);
  }
  return -1;
}

bool Vocabulary::Applies(int a, int e) const {
  const Attribute& attribute = attributes[a];
  const EntityKind kind = entities[e].kind();
  if (attribute.applies_to().empty() || kind == ENTITY_KIND_UNSPECIFIED) {
    return true;
  }
  for (int k : attribute.applies_to()) {
    if (k == kind) return true;
  }
  return false;
}

absl::StatusOr<Vocabulary> BuildVocabulary(
    const std::vector<Entity>& entities,
    const std::vector<Attribute>& attributes) {
  Vocabulary v;
  v.attributes = DefaultAttributes();
  absl::Status merged = MergeAttributes(attributes, &v.attributes);
  if (!merged.ok()) return merged;
  absl::flat_hash_set<std::string> seen;
  for (const Entity& e : entities) {
    if (e.id().empty()) {
      return absl::InvalidArgumentError("gazetteer entity with an empty id");
    }
    if (!seen.insert(e.id()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("duplicate gazetteer entity id \"", e.id(), "\""));
    }
    v.entities.push_back(e);
  }
  for (size_t e = 0; e < v.entities.size(); ++e) {
    for (const std::string& name : v.entities[e].name()) {
      v.names.Add(name, static_cast<int>(e));
    }
  }
  for (size_t a = 0; a < v.attributes.size(); ++a) {
    bool people = DefaultCountsPeople(v.attributes[a].id());
    for (const std::string& cue : v.attributes[a].cue()) {
      absl::string_view body = cue;
      const bool weak = absl::ConsumePrefix(&body, "~");
      v.cues.Add(body, static_cast<int>(a) * 2 + (weak ? 1 : 0));
      if (KindOfNoun(body) == NounKind::kPeople) people = true;
    }
    bool money = false;
    for (const std::string& cue : v.attributes[a].cue()) {
      for (absl::string_view word :
           {"cost", "costs", "value", "price", "worth", "paid", "dollars",
            "damage", "damages", "budget", "$"}) {
        if (absl::StrContains(cue, word)) money = true;
      }
    }
    v.counts_money.push_back(money);
    v.counts_people.push_back(people &&
                              v.attributes[a].value_kind() == VALUE_QUANTITY);
  }
  return v;
}

}  // namespace checker
