#include "checker/rules/wording.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/normalize/normalizer.h"
#include "checker/normalize/value_text.h"
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

// The distinct citations of one statement's figures, computed once.
const std::vector<std::string>& StatementCitations(const VoiceRange& v) {
  if (v.citations.empty()) {
    for (const NormalizedClaim* c : v.kept) {
      AddDistinct(ClaimCitation(*c), &v.citations);
    }
  }
  return v.citations;
}

std::vector<std::string> Citations(
    const std::vector<const VoiceRange*>& voices) {
  std::vector<std::string> out;
  for (const VoiceRange* v : voices) {
    for (const std::string& c : StatementCitations(*v)) AddDistinct(c, &out);
  }
  return out;
}

}  // namespace

std::string CountWord(size_t n) {
  static const char* const kWords[] = {
      "no",    "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (n < sizeof(kWords) / sizeof(kWords[0])) return kWords[n];
  return absl::StrCat(n);
}

std::string Capitalized(std::string sentence) {
  if (!sentence.empty()) {
    sentence[0] = absl::ascii_toupper(static_cast<unsigned char>(sentence[0]));
  }
  return sentence;
}

// A day interval as a reader would write it: "1955" for a whole year,
// "1953-07" for a whole month, the ISO day, else "from … to …".
std::string DaysText(const ValueInterval& iv) {
  std::string low = BoundText(VALUE_DATE, iv.low);
  std::string high = BoundText(VALUE_DATE, iv.high);
  if (low == high) return low;
  if (low.size() == 10 && high.size() == 10) {
    if (low.substr(0, 4) == high.substr(0, 4) && low.substr(5) == "01-01" &&
        high.substr(5) == "12-31") {
      return low.substr(0, 4);
    }
    if (low.substr(0, 7) == high.substr(0, 7) && low.substr(8) == "01" &&
        std::isfinite(iv.high) &&
        BoundText(VALUE_DATE, iv.high + 1).substr(8) == "01") {
      return low.substr(0, 7);
    }
  }
  return absl::StrCat(low, " to ", high);
}

std::string ValueAsWritten(const NormalizedClaim& c) {
  if (c.claim->text().empty()) {
    return IntervalText(c.interval, c.claim->quantity().unit());
  }
  // A relative date says little alone ("the same year"): add what it
  // resolved to.
  if (c.claim->has_relative_date() && c.interval.kind == VALUE_DATE &&
      std::isfinite(c.interval.low) && std::isfinite(c.interval.high)) {
    return absl::StrCat(c.claim->text(), " (", DaysText(c.interval), ")");
  }
  return c.claim->text();
}

std::string ClaimCitation(const NormalizedClaim& c) {
  std::string citation = ShortCitation(c.source, c.claim->source());
  if (c.claim->has_attribution() && !c.claim->attribution().voice().empty()) {
    return absl::StrCat(c.claim->attribution().voice(), ", in ", citation);
  }
  return citation;
}

namespace {

bool SameInterval(const ValueInterval& a, const ValueInterval& b) {
  return a.low == b.low && a.high == b.high &&
         a.low_exclusive == b.low_exclusive &&
         a.high_exclusive == b.high_exclusive;
}

// The texts of the distinct figures of a statement (one per interval: "the
// 26th" and "June 26, 1953" are one figure).
std::vector<std::string> DistinctFigures(const VoiceRange& v) {
  std::vector<std::string> out;
  const NormalizedClaim* previous = nullptr;
  for (const NormalizedClaim* c : v.kept) {
    if (previous == nullptr || !SameInterval(previous->interval, c->interval)) {
      AddDistinct(ValueAsWritten(*c), &out);
    }
    previous = c;
  }
  return out;
}

}  // namespace

std::string VoiceValue(const VoiceRange& v) {
  if (!v.value_text.empty()) return v.value_text;
  if (v.kept.size() == 1) {
    v.value_text = ValueAsWritten(*v.kept.front());
  } else {
    std::vector<std::string> figures = DistinctFigures(v);
    v.value_text = figures.size() == 1
                       ? figures.front()
                       : absl::StrCat(figures.front(), " to ", figures.back());
  }
  return v.value_text;
}

size_t SourceCount(const std::vector<const VoiceRange*>& voices) {
  std::vector<absl::string_view> ids;
  for (const VoiceRange* v : voices) {
    for (const NormalizedClaim* c : v->claims)
      ids.push_back(c->claim->source());
  }
  std::sort(ids.begin(), ids.end());
  return std::unique(ids.begin(), ids.end()) - ids.begin();
}

std::string ClusterPhrase(const std::vector<const VoiceRange*>& cluster,
                          bool first) {
  std::vector<std::string> values;
  for (const VoiceRange* v : cluster) AddDistinct(VoiceValue(*v), &values);
  std::string value_text;
  if (values.size() <= 3) {
    value_text = absl::StrJoin(values, " or ");
  } else {
    const NormalizedClaim* lowest = cluster.front()->kept.front();
    const NormalizedClaim* highest = lowest;
    for (const VoiceRange* v : cluster) {
      if (v->kept.front()->point < lowest->point) lowest = v->kept.front();
      if (v->kept.back()->point > highest->point) highest = v->kept.back();
    }
    value_text = absl::StrCat("from ", ValueAsWritten(*lowest), " to ",
                              ValueAsWritten(*highest));
  }
  const size_t sources = SourceCount(cluster);
  const size_t voices = VoiceCount(cluster);
  std::string who = CountWord(sources);
  if (first) absl::StrAppend(&who, sources == 1 ? " source" : " sources");
  std::string citations = absl::StrJoin(Citations(cluster), "; ");
  if (voices < sources) {
    absl::StrAppend(&citations, ", ", CountWord(voices),
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
    if (v.kept.size() < 2) continue;
    std::vector<std::string> values = DistinctFigures(v);
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

std::string CorroborationNote(const Group& group) {
  const size_t k = static_cast<size_t>(group.independent_voices);
  const size_t n = group.sources.size();
  if (n <= k) {
    return absl::StrCat(
        "Corroborated by ", k,
        k == 1 ? " independent source." : " independent sources.");
  }
  const std::vector<VoiceRange> voices = VoiceRanges(group);
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
