// Checks of claims and segments against the documents they point into.
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/base/document_path.h"
#include "checker/base/file_io.h"
#include "checker/store/file_reader.h"
#include "checker/store/lint_internal.h"

namespace checker::lint_internal {
namespace {

// A declared document: the first source (and its document entry) naming it.
struct DeclaredDocument {
  size_t source = 0;
  int index = 0;
  std::vector<size_t> claims;  // claims whose provenance names it
};

std::string DocumentPath(const DeclaredDocument& doc, absl::string_view field) {
  return absl::StrCat("document[", doc.index, "]", field.empty() ? "" : ".",
                      field);
}

// Hash and size; true if the file is the one the claims were made from.
bool LintUnchanged(const LintContext& context, const DeclaredDocument& doc,
                   const DocumentFile& file, absl::string_view text) {
  std::string hash;
  if (!file.sha256().empty()) {
    hash = Sha256Hex(text);
    if (hash != absl::AsciiStrToLower(file.sha256())) {
      context.SourceError(
          doc.source, DocumentPath(doc, "sha256"),
          absl::StrCat("document ", file.path(),
                       " changed since the claims were made (its sha256 is ",
                       hash.substr(0, 12), "..., not ",
                       file.sha256().substr(0, 12),
                       "...); re-run extract or re-anchor; its spans were not "
                       "checked"));
      return false;
    }
  }
  if (file.size() != 0 && file.size() != text.size()) {
    context.SourceError(
        doc.source, DocumentPath(doc, "size"),
        absl::StrCat("document ", file.path(),
                     " changed since the claims were made (it has ",
                     text.size(), " bytes, not ", file.size(),
                     "); re-run extract or re-anchor; its spans were not "
                     "checked"));
    return false;
  }
  return true;
}

void LintSegmentsInFile(const LintContext& context, const DeclaredDocument& doc,
                        const DocumentFile& file, size_t size) {
  for (int k = 0; k < file.segment_size(); ++k) {
    const Segment& segment = file.segment(k);
    if (segment.end() <= size) continue;
    context.SourceError(
        doc.source, DocumentPath(doc, absl::StrCat("segment[", k, "].end")),
        absl::StrCat("segment [", segment.begin(), ", ", segment.end(),
                     ") is beyond the end of ", file.path(), " (", size,
                     " bytes); fix the segment"));
  }
}

void LintClaimInFile(const LintContext& context, size_t i,
                     const std::string& path, absl::string_view text) {
  const Provenance& p = context.base().claims[i].provenance();
  if (p.begin() > p.end()) return;  // reported already
  if (p.end() > text.size()) {
    context.ClaimError(
        i, "provenance.end",
        absl::StrCat("span [", p.begin(), ", ", p.end(),
                     ") is beyond the end of ", path, " (", text.size(),
                     " bytes); fix the span or re-anchor"));
    return;
  }
  if (p.quote().empty() || p.begin() < p.quote_begin() ||
      p.end() - p.quote_begin() > p.quote().size()) {
    return;  // nothing to compare, or reported already
  }
  absl::string_view at_span = text.substr(p.begin(), p.end() - p.begin());
  absl::string_view in_quote = absl::string_view(p.quote()).substr(
      p.begin() - p.quote_begin(), p.end() - p.begin());
  if (at_span == in_quote) return;
  context.ClaimError(i, "provenance.begin",
                     absl::StrCat("the text at [", p.begin(), ", ", p.end(),
                                  ") of ", path, " is ", Quoted(at_span),
                                  " but the quote has ", Quoted(in_quote),
                                  " there; re-anchor the claim or fix the "
                                  "quote"));
}

}  // namespace

void LintDocuments(const LintContext& context, const LintOptions& options,
                   LintSummary* summary) {
  const ClaimBase& base = context.base();
  std::vector<std::string> order;
  absl::flat_hash_map<std::string, DeclaredDocument> documents;
  for (size_t s = 0; s < base.sources.size(); ++s) {
    for (int d = 0; d < base.sources[s].document_size(); ++d) {
      const std::string& path = base.sources[s].document(d).path();
      if (documents.try_emplace(path, DeclaredDocument{s, d, {}}).second) {
        order.push_back(path);
      }
    }
  }
  summary->documents_declared = static_cast<int>(order.size());
  if (options.docs_root.empty()) {
    summary->documents_skipped = summary->documents_declared;
    return;
  }
  for (size_t i = 0; i < base.claims.size(); ++i) {
    auto it = documents.find(base.claims[i].provenance().document());
    if (it != documents.end()) it->second.claims.push_back(i);
  }
  RealFileReader disk;
  const FileReader& reader = options.reader != nullptr ? *options.reader : disk;
  for (const std::string& path : order) {
    const DeclaredDocument& doc = documents[path];
    const DocumentFile& file = base.sources[doc.source].document(doc.index);
    SourceLocation where = base.LocationOf(ItemKind::kSource, doc.source,
                                           DocumentPath(doc, "path"));
    absl::StatusOr<std::string> resolved = ResolveDocumentPath(
        options.docs_root, path,
        {.allow_absolute = options.allow_absolute_documents});
    if (!resolved.ok()) {
      ++summary->documents_skipped;
      context.SourceError(doc.source, DocumentPath(doc, "path"),
                          resolved.status().message());
      continue;
    }
    absl::StatusOr<std::string> text =
        reader.ReadDocument(*resolved, options.max_document_bytes);
    if (!text.ok()) {
      ++summary->documents_skipped;
      context.Warning(
          where, absl::IsNotFound(text.status())
                     ? absl::StrCat("document ", path, " not found under ",
                                    options.docs_root,
                                    "; checks against its text skipped — pass "
                                    "--docs DIR")
                     : absl::StrCat("document ", path, " cannot be read (",
                                    text.status().message(),
                                    "); checks against its text skipped"));
      continue;
    }
    ++summary->documents_checked;
    if (!LintUnchanged(context, doc, file, *text)) continue;
    if (options.span_text) {
      text = options.span_text(*resolved, *std::move(text));
      if (!text.ok()) {
        context.SourceError(doc.source, DocumentPath(doc, "path"),
                            text.status().message());
        continue;
      }
    }
    LintSegmentsInFile(context, doc, file, text->size());
    for (size_t i : doc.claims) LintClaimInFile(context, i, path, *text);
  }
}

}  // namespace checker::lint_internal
