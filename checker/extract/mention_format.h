// Text forms of a Mention: the JSON line printed by `checker mentions` (and
// kept in tests/golden/mentions/), and a compact one-line form for tests:
//
//   QUANTITY [6,19) "about 570,000" hedge="about" 570000
//   QUANTITY [0,11) "over 60,000" hedge="over" (60000,+inf)
//   DATE [3,17) "March 6, 1953" 1953-03-06 DAY
//   DATE [3,10) "1954-55" 1954-01-01..1955-12-31 YEAR period
//   DURATION [0,15) "forty-two days" 42 DAY [42,42]d
//   RELATIVE_DATE [0,17) "three weeks later" AFTER 3 WEEK [21,21]d
//
// Bounds use interval notation: "[" inclusive, "(" exclusive, "inf" open;
// a closed point prints as the bare number.
#ifndef CHECKER_EXTRACT_MENTION_FORMAT_H_
#define CHECKER_EXTRACT_MENTION_FORMAT_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "checker/extract/mention.h"

namespace checker {

// One JSON object (no trailing newline) for mention `m` found in `text` of
// the document named `doc`. When `text` was converted from the file (HTML),
// `original_offsets` maps each byte of it to the file (LoadedDocument's
// map, text.size() + 1 entries): "begin" and "end" are then file offsets,
// as extract's provenance spans are, and "text" stays the converted text.
// REQUIRES: m.end <= text.size(); `original_offsets` empty or of that size.
std::string MentionToJson(const Mention& m, absl::string_view text,
                          absl::string_view doc,
                          absl::Span<const uint32_t> original_offsets = {});

// The compact test form shown above.
std::string MentionToCompact(const Mention& m, absl::string_view text);

// "QUANTITY", "DAY", "AFTER", "WEEK": names as printed.
absl::string_view KindName(MentionKind kind);
absl::string_view PrecisionName(MentionPrecision precision);
absl::string_view DirectionName(MentionDirection direction);
absl::string_view UnitName(MentionTimeUnit unit);

// "1953-03-06".
std::string FormatDay(date::sys_days d);

}  // namespace checker

#endif  // CHECKER_EXTRACT_MENTION_FORMAT_H_
