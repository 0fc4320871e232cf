#include "checker/rules/voices.h"

#include <algorithm>
#include <numeric>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace checker {
namespace {

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

// Lowercase words (ASCII letters and digits; any other byte separates) of
// the claim's context. The first and last words are dropped when prefix or
// suffix are present: those may be cut mid-word.
std::vector<std::string> ContextWords(const Provenance& p) {
  std::string text = absl::StrCat(p.prefix(), " ", p.quote(), " ", p.suffix());
  std::vector<std::string> words;
  std::string word;
  for (char ch : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(ch))) {
      word += absl::ascii_tolower(static_cast<unsigned char>(ch));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (!p.suffix().empty() && !words.empty()) words.pop_back();
  if (!p.prefix().empty() && !words.empty()) words.erase(words.begin());
  return words;
}

}  // namespace

VoiceIndex::VoiceIndex(const std::vector<Source>& sources,
                       int copied_context_words)
    : sources_(&sources), copied_context_words_(copied_context_words) {
  for (size_t i = 0; i < sources.size(); ++i) {
    index_.emplace(sources[i].id(), static_cast<int>(i));
  }
  // Cited or quoted works missing from the base are authorities too: two
  // sources citing the same unlisted book share its voice.
  std::vector<std::vector<int>> edges(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    for (const auto* ids : {&sources[i].cites(), &sources[i].quotes(),
                            &sources[i].derived_from()}) {
      for (const std::string& id : *ids) {
        auto [it, added] = index_.emplace(id, static_cast<int>(index_.size()));
        edges[i].push_back(it->second);
      }
    }
  }
  const size_t nodes = index_.size();
  authorities_.resize(nodes);
  for (size_t i = 0; i < nodes; ++i) {
    // Depth-first over cites and quotes; the graph is small.
    std::vector<bool> seen(nodes, false);
    std::vector<int> stack = {static_cast<int>(i)};
    seen[i] = true;
    while (!stack.empty()) {
      int s = stack.back();
      stack.pop_back();
      authorities_[i].push_back(s);
      if (static_cast<size_t>(s) >= edges.size()) continue;
      for (int next : edges[s]) {
        if (!seen[next]) {
          seen[next] = true;
          stack.push_back(next);
        }
      }
    }
    std::sort(authorities_[i].begin(), authorities_[i].end());
  }
}

const Source* VoiceIndex::FindSource(absl::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end() ||
      static_cast<size_t>(it->second) >= sources_->size()) {
    return nullptr;
  }
  return &(*sources_)[it->second];
}

void VoiceIndex::AssignVoices(Group* group) const {
  const int n = static_cast<int>(group->claims.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // Authority key → first claim holding it. Sources are keyed by index;
  // unknown sources and attributed voices by name.
  absl::flat_hash_map<int, int> by_source;
  absl::flat_hash_map<std::string, int> by_name;
  auto join = [&](int claim, int other) {
    parent[Find(parent, claim)] = Find(parent, other);
  };
  for (int i = 0; i < n; ++i) {
    const Claim& claim = *group->claims[i].claim;
    std::string source_id = claim.source();
    if (claim.has_attribution() && !claim.attribution().voice().empty()) {
      if (claim.attribution().source().empty()) {
        auto [it, added] = by_name.emplace(
            absl::StrCat("voice:", claim.attribution().voice()), i);
        if (!added) join(i, it->second);
        continue;
      }
      source_id = claim.attribution().source();
    }
    auto known = index_.find(source_id);
    if (known == index_.end()) {
      auto [it, added] = by_name.emplace(absl::StrCat("source:", source_id), i);
      if (!added) join(i, it->second);
      continue;
    }
    for (int authority : authorities_[known->second]) {
      auto [it, added] = by_source.emplace(authority, i);
      if (!added) join(i, it->second);
    }
  }
  // Runs of words shared by the contexts of claims of different sources.
  const size_t k = static_cast<size_t>(std::max(copied_context_words_, 0));
  if (k > 0 && n > 1) {
    absl::flat_hash_map<std::string, int> by_run;  // k words → first claim
    for (int i = 0; i < n; ++i) {
      const Claim& claim = *group->claims[i].claim;
      if (claim.provenance().quote().empty()) continue;
      std::vector<std::string> words = ContextWords(claim.provenance());
      for (size_t w = 0; w + k <= words.size(); ++w) {
        auto [it, added] = by_run.emplace(
            absl::StrJoin(words.begin() + w, words.begin() + w + k, " "), i);
        if (added) continue;
        const NormalizedClaim& earlier = group->claims[it->second];
        if (earlier.claim->source() == claim.source()) continue;
        if (Find(parent, i) != Find(parent, it->second)) {
          join(i, it->second);
          group->claims[i].copied_wording = true;
        }
      }
    }
  }
  absl::flat_hash_map<int, int> voice_of_root;
  std::vector<std::string> sources;
  for (int i = 0; i < n; ++i) {
    auto [it, added] = voice_of_root.emplace(
        Find(parent, i), static_cast<int>(voice_of_root.size()));
    group->claims[i].voice = it->second;
    sources.push_back(group->claims[i].claim->source());
  }
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  group->sources = std::move(sources);
  group->independent_voices = static_cast<int>(voice_of_root.size());
}

}  // namespace checker
