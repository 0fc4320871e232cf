#include "checker/rules/clusters.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

// Above this many claims in one voice, every figure counts toward its range
// (the nesting test is quadratic).
constexpr size_t kMaxNestingCheck = 32;
// Above this many voices, clusters are the overlap components (linear).
constexpr size_t kMaxClusterSearch = 256;

// Whether `inner` lies inside `outer` and is narrower: a more precise
// statement of the same thing.
bool StrictlyInside(const ValueInterval& inner, const ValueInterval& outer) {
  return inner.low >= outer.low && inner.high <= outer.high &&
         (inner.low > outer.low || inner.high < outer.high);
}

bool ByPoint(const NormalizedClaim* a, const NormalizedClaim* b) {
  if (a->point != b->point) return a->point < b->point;
  return a->claim->id() < b->claim->id();
}

void BuildRange(VoiceRange* v) {
  const bool check_nesting = v->claims.size() <= kMaxNestingCheck;
  for (const NormalizedClaim* c : v->claims) {
    bool vaguer = false;
    if (check_nesting) {
      for (const NormalizedClaim* other : v->claims) {
        vaguer |= other != c && StrictlyInside(other->interval, c->interval);
      }
    }
    if (!vaguer) v->kept.push_back(c);
  }
  std::sort(v->kept.begin(), v->kept.end(), ByPoint);
  // A copy without the derivation text, which ranges never show.
  const NormalizedClaim& front = *v->kept.front();
  NormalizedClaim range;
  range.claim = front.claim;
  range.source = front.source;
  range.interval.kind = front.interval.kind;
  range.interval.low = front.interval.low;
  range.interval.high = front.interval.high;
  range.interval.low_exclusive = front.interval.low_exclusive;
  range.interval.high_exclusive = front.interval.high_exclusive;
  range.point_written = front.point_written;
  range.voice = front.voice;
  range.tier = front.tier;
  bool all_same_point = true;
  for (const NormalizedClaim* c : v->kept) {
    range.interval = Hull(range.interval, c->interval);
    all_same_point &= c->point == v->kept.front()->point;
    range.point_written &= c->point_written;
  }
  range.point = (v->kept.front()->point + v->kept.back()->point) / 2;
  range.point_written &= all_same_point;
  v->range = std::move(range);
}

// Whether `iv` holds the value `at` (or, when `just_above`, the values just
// above it).
bool Holds(const ValueInterval& iv, double at, bool just_above) {
  bool low_ok =
      iv.low < at || (iv.low == at && (just_above || !iv.low_exclusive));
  bool high_ok =
      iv.high > at || (iv.high == at && !just_above && !iv.high_exclusive);
  return low_ok && high_ok;
}

// The subset of `left` sharing one value held by the most voices, tried at
// each range's low end; removes it from `left`.
std::vector<const VoiceRange*> TakeLargest(
    std::vector<const VoiceRange*>* left) {
  size_t best_count = 0;
  double best_at = 0;
  bool best_above = false;
  for (const VoiceRange* candidate : *left) {
    const ValueInterval& c = candidate->range.interval;
    double at = c.low;
    bool above = c.low_exclusive;
    if (at == -std::numeric_limits<double>::infinity()) {
      at = c.high;  // open below: try its top
      above = false;
    }
    // Voices, not statements, are counted (a voice's statements are
    // adjacent in `left`).
    size_t count = 0;
    int last_voice = -1;
    for (const VoiceRange* v : *left) {
      if (v->voice != last_voice && Holds(v->range.interval, at, above)) {
        ++count;
        last_voice = v->voice;
      }
    }
    if (count > best_count || (count == best_count && at < best_at)) {
      best_count = count;
      best_at = at;
      best_above = above;
    }
  }
  std::vector<const VoiceRange*> taken, rest;
  for (const VoiceRange* v : *left) {
    (best_count > 0 && Holds(v->range.interval, best_at, best_above) ? taken
                                                                     : rest)
        .push_back(v);
  }
  if (taken.empty()) {  // cannot happen for non-empty ranges; stay total
    taken.swap(rest);
  }
  left->swap(rest);
  return taken;
}

bool ByRange(const VoiceRange* a, const VoiceRange* b) {
  return std::make_tuple(a->range.interval.low, a->range.interval.high,
                         a->voice) < std::make_tuple(b->range.interval.low,
                                                     b->range.interval.high,
                                                     b->voice);
}

}  // namespace

std::vector<VoiceRange> VoiceRanges(const Group& group) {
  std::vector<VoiceRange> voices(group.independent_voices);
  for (int v = 0; v < group.independent_voices; ++v) voices[v].voice = v;
  for (const NormalizedClaim& c : group.claims) {
    voices[c.voice].claims.push_back(&c);
  }
  for (VoiceRange& v : voices) BuildRange(&v);
  return voices;
}

std::vector<VoiceRange> StatementRanges(const Group& group) {
  std::vector<std::vector<const NormalizedClaim*>> by_voice(
      group.independent_voices);
  for (const NormalizedClaim& c : group.claims) by_voice[c.voice].push_back(&c);
  std::vector<VoiceRange> out;
  for (int v = 0; v < group.independent_voices; ++v) {
    std::vector<const NormalizedClaim*> claims = by_voice[v];
    std::stable_sort(claims.begin(), claims.end(),
                     [](const NormalizedClaim* a, const NormalizedClaim* b) {
                       const Provenance& pa = a->claim->provenance();
                       const Provenance& pb = b->claim->provenance();
                       int by_document = pa.document().compare(pb.document());
                       return by_document != 0 ? by_document < 0
                                               : pa.begin() < pb.begin();
                     });
    const Provenance* last = nullptr;
    for (const NormalizedClaim* c : claims) {
      const Provenance& p = c->claim->provenance();
      // Claims without a place in a document cannot be told apart: one
      // passage.
      bool same_passage =
          last != nullptr && last->document() == p.document() &&
          (p.document().empty() || p.begin() <= last->end() + kPassageBytes);
      if (!same_passage) {
        out.emplace_back();
        out.back().voice = v;
      }
      out.back().claims.push_back(c);
      last = &p;
    }
  }
  for (VoiceRange& s : out) {
    std::sort(s.claims.begin(), s.claims.end(),
              [](const NormalizedClaim* a, const NormalizedClaim* b) {
                return a->claim->id() < b->claim->id();
              });
    BuildRange(&s);
  }
  return out;
}

bool VoicesDisagree(const std::vector<VoiceRange>& statements) {
  if (statements.size() > kMaxClusterSearch) return true;
  for (size_t i = 0; i < statements.size(); ++i) {
    for (size_t j = i + 1; j < statements.size(); ++j) {
      if (statements[i].voice != statements[j].voice &&
          !Overlaps(statements[i].range.interval,
                    statements[j].range.interval)) {
        return true;
      }
    }
  }
  return false;
}

size_t VoiceCount(const std::vector<const VoiceRange*>& statements) {
  std::vector<int> voices;
  for (const VoiceRange* s : statements) voices.push_back(s->voice);
  std::sort(voices.begin(), voices.end());
  return std::unique(voices.begin(), voices.end()) - voices.begin();
}

std::vector<const NormalizedClaim*> RangeClaims(
    const std::vector<VoiceRange>& voices) {
  std::vector<const NormalizedClaim*> out;
  out.reserve(voices.size());
  for (const VoiceRange& v : voices) out.push_back(&v.range);
  return out;
}

std::vector<std::vector<const VoiceRange*>> AgreementClusters(
    const std::vector<VoiceRange>& voices, size_t max_clusters) {
  std::vector<std::vector<const VoiceRange*>> clusters;
  if (voices.empty()) return clusters;
  std::vector<const VoiceRange*> left;
  for (const VoiceRange& v : voices) left.push_back(&v);
  if (voices.size() > kMaxClusterSearch) {
    // Overlap components, through the claims that stand for the ranges.
    std::vector<const NormalizedClaim*> ranges = RangeClaims(voices);
    absl::flat_hash_map<const NormalizedClaim*, const VoiceRange*> owner;
    for (const VoiceRange& v : voices) owner.emplace(&v.range, &v);
    for (const auto& component : OverlapClusters(ranges)) {
      clusters.emplace_back();
      for (const NormalizedClaim* r : component) {
        clusters.back().push_back(owner.at(r));
      }
    }
  } else {
    while (!left.empty()) {
      if (clusters.size() + 1 >= std::max<size_t>(max_clusters, 1)) {
        clusters.push_back(std::move(left));
        left.clear();
        break;
      }
      clusters.push_back(TakeLargest(&left));
    }
  }
  for (auto& cluster : clusters)
    std::sort(cluster.begin(), cluster.end(), ByRange);
  // Most voices first; equal counts by value (the sort above is per
  // cluster).
  std::stable_sort(clusters.begin(), clusters.end(),
                   [](const auto& a, const auto& b) {
                     return VoiceCount(a) > VoiceCount(b);
                   });
  return clusters;
}

}  // namespace checker
