// The heart of verify, as a pure function: one draft figure's interval held
// against the normalized claims the claim base has for its subject.
//
// Definitions (in this order):
//   CONTRADICTED  the draft's interval overlaps no source claim's interval.
//                 Names the closest source claim(s) and the distance, e.g.
//                 "2 days after the latest source date", "15% above the
//                 highest source figure".
//   DISPUTED      it overlaps at least one source claim, but the rules
//                 engine finds the sources themselves in CONFLICT or VARYING.
//                 Gives the sources' range and a suggested footnote.
//   SUPPORTED     it overlaps at least one source claim and the sources do
//                 not conflict or vary. Names the overlapping sources.
//   UNSUPPORTED   no source claim of the figure's kind (quantity, date,
//                 duration) for the subject.
// Two intervals overlap when they share at least one value: hedged figures
// ("some 40 days", "over half a million") are compared as the intervals the
// Normalizer made of them, not as bare numbers.
//
//   SubjectEvidence evidence = ...;  // claims + the engine's verdict
//   Classification c = Classify(draft_interval, evidence);
#ifndef CHECKER_VERIFY_CLASSIFY_H_
#define CHECKER_VERIFY_CLASSIFY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/normalize/normalizer.h"
#include "proto/finding.pb.h"

namespace checker {

enum class Outcome {
  kUnlinked,
  kSupported,
  kDisputed,
  kUnsupported,
  kContradicted,
};

// "SUPPORTED", "DISPUTED", ...
absl::string_view OutcomeName(Outcome outcome);

// One claim of the claim base as verify uses it.
struct SourceClaim {
  std::string claim_id;
  std::string source;  // source id, the citation key
  std::string text;    // the value as written in the source
  std::string page;    // "" when unknown
  std::string unit;    // Quantity.unit ("percent"), "" otherwise
  ValueInterval interval;
};

// What the claim base says about one subject.
struct SubjectEvidence {
  // Normalized claims, in a deterministic order (source, then claim id).
  std::vector<SourceClaim> claims;
  // The rules engine's verdict on the claims themselves; CONFLICT or VARYING
  // make an overlapping draft figure DISPUTED. Unspecified: not run.
  Verdict verdict = VERDICT_UNSPECIFIED;
  // The engine's footnote for the subject, if it wrote one.
  std::string footnote;
};

struct Classification {
  Outcome outcome = Outcome::kUnsupported;
  // Indices into SubjectEvidence::claims: the overlapping claims (SUPPORTED),
  // every claim of the kind (DISPUTED), the closest ones (CONTRADICTED).
  std::vector<size_t> cited;
  // The sources' combined range, e.g. "40 – 42 days"; empty if UNSUPPORTED.
  std::string sources_range;
  // One line for an editor: "sources say 40 – 42 days (2 days longer than
  // the longest source, heller1986 p. 519)".
  std::string message;
  // Pandoc footnote text with citations "[@source, p. N]".
  std::string footnote;
};

// REQUIRES: `draft.kind` is set (VALUE_QUANTITY, VALUE_DATE, VALUE_DURATION).
// Claims of another kind in `evidence` are ignored. `subject_display` names
// the subject in messages ("kengir_uprising/duration").
Classification Classify(const ValueInterval& draft,
                        const SubjectEvidence& evidence,
                        absl::string_view subject_display);

// "[@a, p. 5; @b]" for the given claims, each (source, page) once, in order.
std::string Citations(const std::vector<SourceClaim>& claims,
                      const std::vector<size_t>& which);

}  // namespace checker

#endif  // CHECKER_VERIFY_CLASSIFY_H_
