// Hedge phrases, vague magnitudes and unit lengths: the configurable
// semantics of written bounds, kept as data.
#include <vector>

#include "absl/strings/str_split.h"
#include "checker/base/vague_magnitudes.h"
#include "checker/extract/tables.h"

namespace checker::extract {

absl::Span<const HedgePhrase> HedgePhrases() {
  using B = HedgeBound;
  static constexpr HedgePhrase kHedges[] = {
      {{"a", "little", "more", "than"}, B::kLowerExclusive},
      {{"a", "little", "over"}, B::kLowerExclusive},
      {{"a", "little", "under"}, B::kUpperExclusive},
      {{"an", "estimated"}, B::kApproximate},
      {{"about"}, B::kApproximate},
      {{"around"}, B::kApproximate},
      {{"some"}, B::kApproximate},
      {{"approximately"}, B::kApproximate},
      {{"approx"}, B::kApproximate},
      {{"appx"}, B::kApproximate},
      {{"roughly"}, B::kApproximate},
      {{"perhaps"}, B::kApproximate},
      {{"possibly"}, B::kApproximate},
      {{"probably"}, B::kApproximate},
      {{"nearly"}, B::kApproximate},
      {{"almost"}, B::kApproximate},
      {{"estimated"}, B::kApproximate},
      {{"circa"}, B::kApproximate},
      {{"c"}, B::kApproximate},
      {{"ca"}, B::kApproximate},
      {{"close", "to"}, B::kApproximate},
      {{"just", "over"}, B::kLowerExclusive},
      {{"just", "under"}, B::kUpperExclusive},
      {{"well", "over"}, B::kLowerExclusive},
      {{"well", "above"}, B::kLowerExclusive},
      {{"over"}, B::kLowerExclusive},
      {{"above"}, B::kLowerExclusive},
      {{"more", "than"}, B::kLowerExclusive},
      {{"in", "excess", "of"}, B::kLowerExclusive},
      {{"upwards", "of"}, B::kLowerExclusive},
      {{"at", "least"}, B::kLowerInclusive},
      {{"at", "most"}, B::kUpperInclusive},
      {{"no", "fewer", "than"}, B::kLowerInclusive},
      {{"no", "less", "than"}, B::kLowerInclusive},
      {{"not", "less", "than"}, B::kLowerInclusive},
      {{"no", "more", "than"}, B::kUpperInclusive},
      {{"not", "more", "than"}, B::kUpperInclusive},
      {{"up", "to"}, B::kUpperInclusive},
      {{"as", "many", "as"}, B::kUpperInclusive},
      {{"as", "high", "as"}, B::kUpperInclusive},
      {{"as", "much", "as"}, B::kUpperInclusive},
      {{"fewer", "than"}, B::kUpperExclusive},
      {{"less", "than"}, B::kUpperExclusive},
      {{"under"}, B::kUpperExclusive},
      {{"below"}, B::kUpperExclusive},
  };
  return kHedges;
}

absl::Span<const VagueMagnitude> VagueMagnitudes() {
  // Split once from the shared table (checker/base/vague_magnitudes.h);
  // the words are views into its static phrases.
  static const std::vector<VagueMagnitude>* const kVague = [] {
    auto* out = new std::vector<VagueMagnitude>;
    for (const VagueMagnitudeBounds& b : DefaultVagueMagnitudes()) {
      VagueMagnitude v{{}, b.low, b.high};
      int k = 0;
      for (absl::string_view w : absl::StrSplit(b.phrase, ' ')) {
        if (k < 4) v.words[k++] = w;
      }
      out->push_back(v);
    }
    return out;
  }();
  return *kVague;
}

void UnitDays(MentionTimeUnit unit, double* low, double* high) {
  switch (unit) {
    case MentionTimeUnit::kHour:
      *low = *high = 1.0 / 24;
      return;
    case MentionTimeUnit::kDay:
      *low = *high = 1;
      return;
    case MentionTimeUnit::kWeek:
      *low = *high = 7;
      return;
    case MentionTimeUnit::kMonth:
      *low = 28, *high = 31;
      return;
    case MentionTimeUnit::kYear:
      *low = 365, *high = 366;
      return;
    case MentionTimeUnit::kDecade:
      *low = 3652, *high = 3653;
      return;
    case MentionTimeUnit::kNone:  // minutes
      *low = *high = 1.0 / 1440;
      return;
  }
  *low = *high = 0;
}

}  // namespace checker::extract
