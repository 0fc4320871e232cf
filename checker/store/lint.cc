#include "checker/store/lint.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/normalize/rules_config_check.h"
#include "checker/store/lint_internal.h"

namespace checker {
namespace lint_internal {

std::string Quoted(absl::string_view text) {
  constexpr size_t kMax = 60;
  if (text.size() <= kMax) {
    return absl::StrCat("\"", absl::CHexEscape(text), "\"");
  }
  return absl::StrCat("\"", absl::CHexEscape(text.substr(0, kMax)), "...\"");
}

std::string LocationText(const SourceLocation& where) {
  std::string out = where.file;
  if (where.line > 0) absl::StrAppend(&out, ":", where.line);
  if (where.line > 0 && where.column > 0) {
    absl::StrAppend(&out, ":", where.column);
  }
  return out;
}

namespace {

const char* KindName(ItemKind kind) {
  switch (kind) {
    case ItemKind::kSource:
      return "source";
    case ItemKind::kEntity:
      return "entity";
    case ItemKind::kAttribute:
      return "attribute";
    case ItemKind::kClaim:
      return "claim";
  }
  return "item";
}

// Duplicate (and empty) ids among `items`, naming both places.
template <typename T>
void LintIds(const LintContext& context, const std::vector<T>& items,
             ItemKind kind) {
  const ClaimBase& base = context.base();
  absl::flat_hash_map<absl::string_view, size_t> first;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id();
    if (id.empty()) {
      context.Error(base.LocationOf(kind, i),
                    absl::StrCat(KindName(kind), " without an id; add id: \"",
                                 "...\" (unique across the claim base)"));
      continue;
    }
    auto [it, inserted] = first.try_emplace(id, i);
    if (inserted) continue;
    context.Error(
        base.LocationOf(kind, i, "id"),
        absl::StrCat("duplicate ", KindName(kind), " id \"", id,
                     "\"; it is also defined at ",
                     LocationText(base.LocationOf(kind, it->second, "id")),
                     "; rename one of them"));
  }
}

// The segments of document `d` of source `i`: quoted source known, begin
// <= end, no overlap.
void LintSegments(const LintContext& context, size_t i, int d) {
  const ClaimBase& base = context.base();
  const DocumentFile& document = base.sources[i].document(d);
  std::vector<int> order;
  for (int k = 0; k < document.segment_size(); ++k) {
    const Segment& segment = document.segment(k);
    std::string path = absl::StrCat("document[", d, "].segment[", k, "]");
    if (base.FindSource(segment.quoted_source()) == nullptr) {
      context.SourceError(
          i, absl::StrCat(path, ".quoted_source"),
          absl::StrCat("segment of ", document.path(),
                       " quotes unknown source \"", segment.quoted_source(),
                       "\"; add that source or fix the id"));
    }
    if (segment.begin() > segment.end()) {
      context.SourceError(
          i, absl::StrCat(path, ".begin"),
          absl::StrCat("segment [", segment.begin(), ", ", segment.end(),
                       ") of ", document.path(),
                       " ends before it begins; fix begin and end"));
    } else {
      order.push_back(k);
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return document.segment(a).begin() < document.segment(b).begin();
  });
  for (size_t n = 1; n < order.size(); ++n) {
    const Segment& previous = document.segment(order[n - 1]);
    const Segment& segment = document.segment(order[n]);
    if (segment.begin() >= previous.end()) continue;
    context.SourceError(
        i, absl::StrCat("document[", d, "].segment[", order[n], "].begin"),
        absl::StrCat("segment [", segment.begin(), ", ", segment.end(), ") of ",
                     document.path(), " overlaps segment [", previous.begin(),
                     ", ", previous.end(), "); make the segments disjoint"));
  }
}

// Ids in `field` (cites, quotes or derived_from) of source `i` must be sources.
void LintSourceIds(const LintContext& context, size_t i, const char* field,
                   const google::protobuf::RepeatedPtrField<std::string>& ids) {
  for (int k = 0; k < ids.size(); ++k) {
    if (context.base().FindSource(ids[k]) != nullptr) continue;
    context.SourceError(i, absl::StrCat(field, "[", k, "]"),
                        absl::StrCat(field, " unknown source \"", ids[k],
                                     "\"; add that source or fix the id"));
  }
}

// The derived_from graph of the sources: no source copies itself, and no
// chain of copies returns to where it began (two pages cannot each be the
// other's copy, and the independence of their figures could not be
// decided). Each cycle is reported once, at the derived_from that closes it
// in a depth-first walk from the sources in load order.
void LintDerivationCycles(const LintContext& context) {
  const ClaimBase& base = context.base();
  const size_t n = base.sources.size();
  // Edges i -> (k, j): derived_from[k] of source i names source j.
  std::vector<std::vector<std::pair<int, size_t>>> edges(n);
  for (size_t i = 0; i < n; ++i) {
    const Source& source = base.sources[i];
    for (int k = 0; k < source.derived_from_size(); ++k) {
      const Source* target = base.FindSource(source.derived_from(k));
      if (target == nullptr) continue;  // reported as unknown
      const size_t j = static_cast<size_t>(target - base.sources.data());
      if (j == i) {
        context.SourceError(
            i, absl::StrCat("derived_from[", k, "]"),
            absl::StrCat("derived_from names the source itself; remove it "
                         "(derived_from lists the sources this one copies)"));
        continue;
      }
      edges[i].emplace_back(k, j);
    }
  }
  enum : char { kNew, kOnPath, kDone };
  std::vector<char> state(n, kNew);
  struct Frame {
    size_t source;
    size_t next_edge;
  };
  for (size_t root = 0; root < n; ++root) {
    if (state[root] != kNew) continue;
    std::vector<Frame> path = {{root, 0}};
    state[root] = kOnPath;
    while (!path.empty()) {
      Frame& top = path.back();
      if (top.next_edge == edges[top.source].size()) {
        state[top.source] = kDone;
        path.pop_back();
        continue;
      }
      const auto [k, j] = edges[top.source][top.next_edge++];
      if (state[j] == kNew) {
        state[j] = kOnPath;
        path.push_back({j, 0});
      } else if (state[j] == kOnPath) {
        std::vector<std::string> ids;
        size_t start = path.size();
        while (path[start - 1].source != j) --start;
        for (size_t p = start - 1; p < path.size(); ++p) {
          ids.push_back(base.sources[path[p].source].id());
        }
        ids.push_back(base.sources[j].id());
        const size_t closing = path.back().source;
        context.SourceError(
            closing, absl::StrCat("derived_from[", k, "]"),
            absl::StrCat(
                "derived_from forms a cycle: ", absl::StrJoin(ids, " -> "),
                "; a source cannot copy its own copy, remove the "
                "derived_from that is wrong"));
      }
    }
  }
}

// Cites, quotes, derived_from and segments of every source.
void LintSources(const LintContext& context) {
  const ClaimBase& base = context.base();
  LintDerivationCycles(context);
  for (size_t i = 0; i < base.sources.size(); ++i) {
    const Source& source = base.sources[i];
    LintSourceIds(context, i, "cites", source.cites());
    LintSourceIds(context, i, "quotes", source.quotes());
    LintSourceIds(context, i, "derived_from", source.derived_from());
    for (int d = 0; d < source.document_size(); ++d) {
      LintSegments(context, i, d);
    }
  }
}

// Source, subject, carrier and document of claim `i`.
void LintClaimReferences(const LintContext& context,
                         const absl::flat_hash_set<std::string>& documents,
                         size_t i) {
  const ClaimBase& base = context.base();
  const Claim& claim = base.claims[i];
  if (claim.source().empty()) {
    context.ClaimError(i, "", "no source; add source: \"<source id>\"");
  } else if (base.FindSource(claim.source()) == nullptr) {
    context.ClaimError(i, "source",
                       absl::StrCat("unknown source \"", claim.source(),
                                    "\"; add it to a sources file or fix the "
                                    "id"));
  }
  const Subject& subject = claim.subject();
  if (!subject.entity().empty() &&
      base.FindEntity(subject.entity()) == nullptr) {
    context.ClaimError(
        i, "subject.entity",
        absl::StrCat("unknown entity \"", subject.entity(),
                     "\"; add it to the gazetteer or fix the id"));
  }
  if (!subject.attribute().empty() &&
      !context.KnownAttribute(subject.attribute())) {
    context.ClaimError(
        i, "subject.attribute",
        absl::StrCat("unknown attribute \"", subject.attribute(), "\"",
                     LintContext::kUnknownAttributeAdvice));
  }
  if (claim.status() == CONFIRMED || claim.status() == CORRECTED) {
    const char* lack =
        !claim.has_subject()          ? "no subject"
        : subject.entity().empty()    ? "a subject without an entity"
        : subject.attribute().empty() ? "a subject without an attribute"
                                      : nullptr;
    if (lack != nullptr) {
      context.ClaimError(
          i, "status",
          absl::StrCat("is ", CurationStatus_Name(claim.status()), " but has ",
                       lack,
                       "; add subject { entity: \"...\" attribute: "
                       "\"...\" } or set status: EXTRACTED"));
    }
  }
  const Provenance& provenance = claim.provenance();
  if (!provenance.carrier_source().empty() &&
      base.FindSource(provenance.carrier_source()) == nullptr) {
    context.ClaimError(
        i, "provenance.carrier_source",
        absl::StrCat("unknown carrier source \"", provenance.carrier_source(),
                     "\"; add that source or fix the id"));
  }
  if (!provenance.document().empty() &&
      !documents.contains(provenance.document())) {
    context.ClaimError(
        i, "provenance.document",
        absl::StrCat("document \"", provenance.document(),
                     "\" is not declared by any source; add it to its "
                     "source's document list or fix the path"));
  }
}

}  // namespace
}  // namespace lint_internal

void LintClaimBase(const ClaimBase& base, const LintOptions& options,
                   IssueList* issues) {
  LintClaimBase(base, options, issues, nullptr);
}

void LintClaimBase(const ClaimBase& base, const LintOptions& options,
                   IssueList* issues, LintSummary* summary) {
  using namespace lint_internal;  // NOLINT(google-build-using-namespace)
  LintContext context(base, issues);
  const absl::flat_hash_set<std::string> builtin_attributes(
      options.builtin_attributes.begin(), options.builtin_attributes.end());
  context.set_builtin_attributes(&builtin_attributes);
  LintIds(context, base.sources, ItemKind::kSource);
  LintIds(context, base.entities, ItemKind::kEntity);
  LintIds(context, base.attributes, ItemKind::kAttribute);
  LintIds(context, base.claims, ItemKind::kClaim);
  LintSources(context);
  LintText(context);
  absl::flat_hash_set<std::string> documents;
  for (const Source& source : base.sources) {
    for (const DocumentFile& document : source.document()) {
      documents.insert(document.path());
    }
  }
  for (size_t i = 0; i < base.claims.size(); ++i) {
    LintClaimReferences(context, documents, i);
    LintClaimValue(context, i);
  }
  LintAnchorCycles(context);
  LintSegmentAttribution(context);
  LintSummary ignored;
  LintDocuments(context, options, summary != nullptr ? summary : &ignored);
  RealFileReader disk;
  const FileReader& reader = options.reader != nullptr ? *options.reader : disk;
  for (const std::string& file : base.files) {
    if (!IsRulesFile(file)) continue;
    absl::StatusOr<std::string> text = reader.Read(file);
    if (text.ok()) LintRules(file, *text, options.known_rules, issues);
  }
}

}  // namespace checker
