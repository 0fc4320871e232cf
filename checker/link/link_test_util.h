// Test helpers: Mentions built by hand at a substring of a test text, so the
// linker can be tested without the extractor.
#ifndef CHECKER_LINK_LINK_TEST_UTIL_H_
#define CHECKER_LINK_LINK_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"
#include "checker/link/linker.h"
#include "date/date.h"
#include "gtest/gtest.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"

namespace checker {
namespace testing {

// A gazetteer entity `id` of `kind` with `names` (the first is its name).
inline Entity MakeEntity(const std::string& id, EntityKind kind,
                         std::vector<std::string> names) {
  Entity e;
  e.set_id(id);
  e.set_kind(kind);
  for (const std::string& n : names) e.add_name(n);
  return e;
}

// A mention of `kind` spanning the `nth` occurrence of `needle` in `text`.
inline Mention MentionAt(absl::string_view text, absl::string_view needle,
                         MentionKind kind, int nth = 0) {
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != absl::string_view::npos; ++i) {
    at = text.find(needle, at + 1);
  }
  EXPECT_NE(at, absl::string_view::npos) << "no '" << needle << "' in text";
  if (at == absl::string_view::npos) at = 0;
  Mention m;
  m.kind = kind;
  m.begin = static_cast<uint32_t>(at);
  m.end = static_cast<uint32_t>(at + needle.size());
  return m;
}

inline Mention QuantityAt(absl::string_view text, absl::string_view needle,
                          double value) {
  Mention m = MentionAt(text, needle, MentionKind::kQuantity);
  m.low = value;
  m.high = value;
  return m;
}

inline Mention DateAt(absl::string_view text, absl::string_view needle, int y,
                      unsigned month, unsigned day) {
  Mention m = MentionAt(text, needle, MentionKind::kDate);
  const date::sys_days d = date::year{y} / date::month{month} / date::day{day};
  m.earliest = d;
  m.latest = d;
  m.precision = MentionPrecision::kDay;
  return m;
}

inline Mention DurationAt(absl::string_view text, absl::string_view needle,
                          double amount, MentionTimeUnit unit, double days) {
  Mention m = MentionAt(text, needle, MentionKind::kDuration);
  m.amount = amount;
  m.unit = unit;
  m.low_days = days;
  m.high_days = days;
  return m;
}

inline Mention RelativeAt(absl::string_view text, absl::string_view needle,
                          MentionDirection direction, double amount,
                          MentionTimeUnit unit,
                          absl::string_view anchor_text = "") {
  Mention m = MentionAt(text, needle, MentionKind::kRelativeDate);
  m.direction = direction;
  m.amount = amount;
  m.unit = unit;
  m.anchor_text = std::string(anchor_text);
  return m;
}

// The claim whose text is `text` (fails the test if none).
inline const Claim& ClaimWithText(const std::vector<Claim>& claims,
                                  absl::string_view text) {
  for (const Claim& c : claims) {
    if (c.text() == text) return c;
  }
  ADD_FAILURE() << "no claim with text '" << text << "'";
  static const Claim* const kEmpty = new Claim();
  return *kEmpty;
}

// Links `mentions` of `text` with `linker`: the one way linker tests build
// a LinkRequest. `request` carries the optional fields (source, original
// offsets, pages, known sources); its document defaults to "docs/test.txt".
// `text` and `mentions` need only outlive the call.
inline std::vector<Claim> LinkText(const Linker& linker, absl::string_view text,
                                   const std::vector<Mention>& mentions,
                                   LinkRequest request = {}) {
  request.text = text;
  request.mentions = &mentions;
  if (request.document.empty()) request.document = "docs/test.txt";
  return linker.Link(request);
}

// The same, recorded as `document`.
inline std::vector<Claim> LinkText(const Linker& linker, absl::string_view text,
                                   const std::vector<Mention>& mentions,
                                   std::string document) {
  LinkRequest request;
  request.document = std::move(document);
  return LinkText(linker, text, mentions, std::move(request));
}

// "entity/attribute scope 'cue'" or "UNLINKED: reason".
inline std::string Subject(const Claim& c) {
  if (c.subject().entity().empty()) {
    return "UNLINKED: " + c.evidence().unlinked_reason();
  }
  return c.subject().entity() + "/" + c.subject().attribute() + " " +
         c.evidence().scope() + " '" + c.evidence().attribute_cue() + "'";
}

}  // namespace testing
}  // namespace checker

#endif  // CHECKER_LINK_LINK_TEST_UTIL_H_
