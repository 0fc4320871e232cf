// Hedge phrases, vague magnitudes and unit lengths: the configurable
// semantics of written bounds, kept as data.
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
  static constexpr VagueMagnitude kVague[] = {
      {{"tens", "of", "thousands"}, 20000, 99999},
      {{"hundreds", "of", "thousands"}, 200000, 999999},
      {{"tens", "of", "millions"}, 20000000, 99999999},
      {{"hundreds", "of", "millions"}, 200000000, 999999999},
      {{"several", "hundred", "thousand"}, 300000, 900000},
      {{"several", "thousand"}, 3000, 9000},
      {{"several", "million"}, 3000000, 9000000},
      {{"several", "hundred"}, 300, 900},
      {{"several", "dozen"}, 36, 108},
      {{"a", "few", "thousand"}, 2000, 5000},
      {{"a", "few", "million"}, 2000000, 5000000},
      {{"a", "few", "hundred"}, 200, 500},
      {{"a", "few", "dozen"}, 24, 60},
      {{"many", "thousands"}, 2000, 99999},
      {{"many", "millions"}, 2000000, 99999999},
      {{"dozens"}, 24, 144},
      {{"scores"}, 40, 200},
      {{"hundreds"}, 200, 999},
      {{"thousands"}, 2000, 9999},
      {{"millions"}, 2000000, 9999999},
      {{"billions"}, 2000000000, 9999999999},
  };
  return kVague;
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
