#include "checker/base/counted_nouns.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace checker {
namespace {

using NounTable = absl::flat_hash_map<std::string, NounKind>;

NounTable BuildTable() {
  NounTable table;
  NounKind section = NounKind::kUnknown;  // before the first section
  for (absl::string_view line : absl::StrSplit(CountedNounsData(), '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    if (line == "[people]") {
      section = NounKind::kPeople;
    } else if (line == "[unit]") {
      section = NounKind::kUnit;
    } else if (line == "[thing]") {
      section = NounKind::kThing;
    } else if (line == "[function]") {
      section = NounKind::kNone;
    } else if (section != NounKind::kUnknown) {
      table.emplace(std::string(line), section);  // first section wins
    }
  }
  return table;
}

const NounTable& Table() {
  static const NounTable* const kTable = new NounTable(BuildTable());
  return *kTable;
}

}  // namespace

NounKind KindOfNoun(absl::string_view word) {
  auto it = Table().find(word);
  return it == Table().end() ? NounKind::kUnknown : it->second;
}

}  // namespace checker
