// Attribution inside compilations: a claim whose span lies inside a segment
// that quotes another work belongs to that work, with the document's own
// source as its carrier (proto/source.proto, Segment).
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "checker/store/lint_internal.h"

namespace checker::lint_internal {

void LintSegmentAttribution(const LintContext& context) {
  const ClaimBase& base = context.base();
  // Document path -> the first source declaring it, and its entry.
  absl::flat_hash_map<std::string,
                      std::pair<const Source*, const DocumentFile*>>
      carriers;
  for (const Source& source : base.sources) {
    for (const DocumentFile& document : source.document()) {
      if (document.segment_size() > 0) {
        carriers.try_emplace(document.path(), &source, &document);
      }
    }
  }
  if (carriers.empty()) return;
  for (size_t i = 0; i < base.claims.size(); ++i) {
    const Claim& claim = base.claims[i];
    const Provenance& p = claim.provenance();
    if (claim.status() == REJECTED || p.begin() > p.end()) continue;
    auto it = carriers.find(p.document());
    if (it == carriers.end()) continue;
    const auto& [carrier, document] = it->second;
    for (const Segment& segment : document->segment()) {
      if (p.begin() < segment.begin() || p.end() > segment.end()) continue;
      if (claim.source() != segment.quoted_source()) {
        context.ClaimWarning(
            i, "source",
            absl::StrCat(
                "its span [", p.begin(), ", ", p.end(),
                ") lies in "
                "the segment [",
                segment.begin(), ", ", segment.end(), ") of ", p.document(),
                " that quotes \"", segment.quoted_source(),
                "\", but its source is \"", claim.source(),
                "\"; set source: \"", segment.quoted_source(),
                "\" and provenance.carrier_source: \"", carrier->id(), "\""));
      } else if (p.carrier_source().empty()) {
        context.ClaimWarning(i, "provenance",
                             absl::StrCat("it is quoted inside ", p.document(),
                                          "; set provenance.carrier_source: \"",
                                          carrier->id(), "\""));
      }
      break;
    }
  }
}

}  // namespace checker::lint_internal
