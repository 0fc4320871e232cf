#include "checker/extract/hedges.h"

#include <optional>

namespace checker::extract {

namespace {

// Verbs that take "over" or "under" as a particle ("handed over").
bool PhrasalVerb(const Scan& s, size_t i) {
  static constexpr absl::string_view kVerbs[] = {
      "turned", "turn",    "turns", "turning", "handed", "hand",
      "hands",  "handing", "won",   "win",     "taken",  "took",
      "take",   "went",    "go",    "brought", "came",   "come",
      "passed", "gone",    "fell",  "put",     "kept"};
  if (i == 0 || !s.IsWord(i - 1)) return false;
  for (absl::string_view v : kVerbs) {
    if (s[i - 1].word() == v) return true;
  }
  return false;
}

}  // namespace

// Comparison signs glued to a figure: ">6000", "<50", "~300", "≥ 12".
HedgeMatch MatchSignHedge(const Scan& s, size_t i) {
  HedgeMatch out;
  if (!s.Num(i + 1) || (s[i + 1].space_before && s.tokens[i].punct != 'G' &&
                        s.tokens[i].punct != 'L')) {
    return out;
  }
  switch (s.tokens[i].punct) {
    case '>':
      out.bound = HedgeBound::kLowerExclusive, out.text = ">";
      break;
    case '<':
      out.bound = HedgeBound::kUpperExclusive, out.text = "<";
      break;
    case '~':
      out.bound = HedgeBound::kApproximate, out.text = "~";
      break;
    case 'G':
      out.bound = HedgeBound::kLowerInclusive, out.text = ">=";
      break;
    case 'L':
      out.bound = HedgeBound::kUpperInclusive, out.text = "<=";
      break;
    default:
      return out;
  }
  out.end = i + 1;
  return out;
}

HedgeMatch MatchHedge(const Scan& s, size_t i) {
  HedgeMatch out;
  if (i < s.size() && s.tokens[i].type == TokenType::kPunct) {
    return MatchSignHedge(s, i);
  }
  if (!s.Has(i, kHedgeStart)) return out;
  const absl::string_view first = s[i].word();
  for (const HedgePhrase& h : HedgePhrases()) {
    if (h.words[0] != first) continue;
    size_t j = i;
    int k = 0;
    for (; k < 4 && !h.words[k].empty(); ++k, ++j) {
      if (!s.Word(j, h.words[k])) break;
    }
    if (k < 4 && !h.words[k].empty()) continue;
    out.end = j;
    out.bound = h.bound;
    for (int w = 0; w < k; ++w) {
      if (w) out.text += ' ';
      out.text.append(h.words[w].data(), h.words[w].size());
    }
    const absl::string_view last = h.words[k - 1];
    if (k == 1 && (last == "over" || last == "under") && PhrasalVerb(s, i)) {
      out.end = 0;
      out.text.clear();
      return out;  // "turned over 1,100 prisoners": not a bound
    }
    if ((last == "c" || last == "ca" || last == "approx" || last == "appx") &&
        s.Punct(j, '.') && s.Joined(j)) {
      out.end = j + 1;
      out.text += '.';
    } else if (last == "c" || last == "ca") {
      out.end = 0;  // a bare "c" is not a hedge
      out.text.clear();
      continue;
    }
    return out;
  }
  return out;
}

namespace {

void Bound(HedgeBound bound, std::optional<double>* low,
           std::optional<double>* high, bool* low_exclusive,
           bool* high_exclusive) {
  switch (bound) {
    case HedgeBound::kApproximate:
      return;
    case HedgeBound::kLowerExclusive:
      *low_exclusive = true;
      [[fallthrough]];
    case HedgeBound::kLowerInclusive:
      high->reset();
      return;
    case HedgeBound::kUpperExclusive:
      *high_exclusive = true;
      [[fallthrough]];
    case HedgeBound::kUpperInclusive:
      low->reset();
      return;
  }
}

}  // namespace

void ApplyHedge(const HedgeMatch& h, Mention* m) {
  if (h.end == 0) return;
  m->hedge = h.text;
  switch (m->kind) {
    case MentionKind::kQuantity:
    case MentionKind::kPercent:
      // A range keeps the end the hedge points at ("up to 500-700": 700).
      Bound(h.bound, &m->low, &m->high, &m->low_exclusive, &m->high_exclusive);
      return;
    case MentionKind::kDuration:
    case MentionKind::kRelativeDate:
      Bound(h.bound, &m->low_days, &m->high_days, &m->low_exclusive,
            &m->high_exclusive);
      return;
    case MentionKind::kDate:
      m->approximate = true;
      return;
  }
}

}  // namespace checker::extract
