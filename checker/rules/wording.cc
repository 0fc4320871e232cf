#include "checker/rules/wording.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rules/citation.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

// Distinct strings, first appearance kept.
void AddDistinct(std::string text, std::vector<std::string>* out) {
  if (std::find(out->begin(), out->end(), text) == out->end()) {
    out->push_back(std::move(text));
  }
}

std::vector<std::string> Citations(
    const std::vector<const VoiceRange*>& voices) {
  std::vector<std::string> out;
  for (const VoiceRange* v : voices) {
    for (const NormalizedClaim* c : v->kept) AddDistinct(ClaimCitation(*c), &out);
  }
  return out;
}

}  // namespace

std::string CountWord(size_t n) {
  static const char* const kWords[] = {"no",    "one",  "two",  "three",
                                       "four",  "five", "six",  "seven",
                                       "eight", "nine", "ten",  "eleven",
                                       "twelve"};
  if (n < sizeof(kWords) / sizeof(kWords[0])) return kWords[n];
  return absl::StrCat(n);
}

std::string Capitalized(std::string sentence) {
  if (!sentence.empty()) {
    sentence[0] = absl::ascii_toupper(static_cast<unsigned char>(sentence[0]));
  }
  return sentence;
}

std::string ValueAsWritten(const NormalizedClaim& c) {
  return c.claim->text().empty() ? IntervalText(c.interval) : c.claim->text();
}

std::string ClaimCitation(const NormalizedClaim& c) {
  std::string citation = ShortCitation(c.source, c.claim->source());
  if (c.claim->has_attribution() && !c.claim->attribution().voice().empty()) {
    return absl::StrCat(c.claim->attribution().voice(), ", in ", citation);
  }
  return citation;
}

std::string VoiceValue(const VoiceRange& v) {
  std::string low = ValueAsWritten(*v.kept.front());
  std::string high = ValueAsWritten(*v.kept.back());
  return low == high ? low : absl::StrCat(low, " to ", high);
}

size_t SourceCount(const std::vector<const VoiceRange*>& voices) {
  std::set<std::string> ids;
  for (const VoiceRange* v : voices) {
    for (const NormalizedClaim* c : v->claims) ids.insert(c->claim->source());
  }
  return ids.size();
}

std::string ClusterPhrase(const std::vector<const VoiceRange*>& cluster,
                          bool first) {
  std::vector<std::string> values;
  for (const VoiceRange* v : cluster) AddDistinct(VoiceValue(*v), &values);
  std::string value_text;
  if (values.size() <= 3) {
    value_text = absl::StrJoin(values, " or ");
  } else {
    value_text = absl::StrCat("from ", ValueAsWritten(*cluster.front()->kept.front()),
                              " to ", ValueAsWritten(*cluster.back()->kept.back()));
  }
  const size_t sources = SourceCount(cluster);
  std::string who = CountWord(sources);
  if (first) absl::StrAppend(&who, sources == 1 ? " source" : " sources");
  std::string citations = absl::StrJoin(Citations(cluster), "; ");
  if (cluster.size() < sources) {
    absl::StrAppend(&citations, ", ", CountWord(cluster.size()),
                    " of them independent");
  }
  return absl::StrCat(who, sources == 1 ? " gives " : " give ", value_text,
                      " (", citations, ")");
}

std::string VoiceList(const std::vector<const VoiceRange*>& voices,
                      size_t max_voices) {
  std::vector<std::string> entries;
  for (size_t i = 0; i < voices.size() && i < max_voices; ++i) {
    entries.push_back(absl::StrCat(VoiceValue(*voices[i]), " (",
                                   absl::StrJoin(Citations({voices[i]}), "; "),
                                   ")"));
  }
  std::string out = absl::StrJoin(entries, "; ");
  if (voices.size() > max_voices) {
    absl::StrAppend(&out, "; and ", voices.size() - max_voices, " more");
  }
  return out;
}

std::string OwnRangeNote(const std::vector<VoiceRange>& voices) {
  std::vector<std::string> notes;
  for (const VoiceRange& v : voices) {
    std::vector<std::string> values;
    for (const NormalizedClaim* c : v.kept) AddDistinct(ValueAsWritten(*c), &values);
    if (values.size() < 2) continue;
    if (values.size() > 4) {
      values = {values.front(), "…", values.back()};
    }
    notes.push_back(absl::StrCat(absl::StrJoin(Citations({&v}), "; "),
                                 " gives several figures (",
                                 absl::StrJoin(values, ", "), ")"));
  }
  if (notes.empty()) return "";
  return absl::StrCat(absl::StrJoin(notes, "; "),
                      notes.size() == 1 ? ": one source's range of estimates, "
                                          "not a disagreement."
                                        : ": each is one source's range of "
                                          "estimates, not a disagreement.");
}

std::string CorroborationNote(const Group& group,
                              const std::vector<VoiceRange>& voices) {
  const size_t k = voices.size();
  const size_t n = group.sources.size();
  if (n <= k) {
    return absl::StrCat("Corroborated by ", k,
                        k == 1 ? " independent source." : " independent sources.");
  }
  std::vector<std::string> reasons;
  for (const VoiceRange& v : voices) {
    std::vector<const VoiceRange*> one = {&v};
    if (SourceCount(one) < 2) continue;
    bool wording = false;
    std::vector<std::string> names;
    for (const NormalizedClaim* c : v.claims) {
      wording |= c->copied_wording;
      AddDistinct(ShortCitation(c->source, c->claim->source()), &names);
    }
    std::string joined =
        names.size() <= 2
            ? absl::StrJoin(names, " and ")
            : absl::StrCat(absl::StrJoin(names.begin(), names.end() - 1, ", "),
                           " and ", names.back());
    absl::StrAppend(&joined, wording
                                 ? " repeat the same wording around the figure"
                                 : " cite, quote or copy one another");
    reasons.push_back(std::move(joined));
  }
  return absl::StrCat("Corroborated by ", n, " sources, ", k,
                      " of them independent", reasons.empty() ? "" : ": ",
                      absl::StrJoin(reasons, "; "), ".");
}

}  // namespace checker
