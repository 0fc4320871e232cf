// Converting a Mention's meaning into a Claim's value, per the comments of
// proto/claim.proto: a point figure sets Quantity.value, a range low/high,
// an open bound only that bound (with its exclusivity); a percentage has
// unit "percent"; a date its ISO earliest/latest day, precision, extent
// (PERIOD for a span that lasted throughout) and year_inferred; a duration
// its amount, unit and day bounds; a relative date its direction and offset
// (anchors are the linker's business). A deictic relative date already
// resolved by extraction (earliest/latest set) becomes a DateValue.
#ifndef CHECKER_LINK_CLAIM_VALUE_H_
#define CHECKER_LINK_CLAIM_VALUE_H_

#include <string>

#include "checker/extract/mention.h"
#include "date/date.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"

namespace checker {

// Sets the value oneof of `claim` from `mention`.
void SetClaimValue(const Mention& mention, Claim* claim);

// Sets the value of `claim` to the offset of the relative date `mention` as
// a Duration: "20 minutes after the collision" linked to an attribute that
// measures the time between two events is a length of 20 minutes.
void SetOffsetAsDuration(const Mention& mention, Claim* claim);

// The kind of attribute value a mention can be: quantities and percents are
// VALUE_QUANTITY, dates and relative dates VALUE_DATE, durations
// VALUE_DURATION.
ValueKind ValueKindOf(const Mention& mention);

}  // namespace checker

#endif  // CHECKER_LINK_CLAIM_VALUE_H_
