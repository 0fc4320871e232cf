#include "checker/link/extract_batch.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/base/iso_day.h"
#include "checker/extract/extractor.h"
#include "checker/link/claim_ids.h"
#include "checker/text/document_input.h"
#include "checker/store/claim_file.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

// `path` relative to `root` with '/', or "" if it is not under it.
std::string RelativeUnder(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  const fs::path rel = fs::relative(fs::weakly_canonical(path, ec),
                                    fs::weakly_canonical(root, ec), ec);
  if (ec || rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

void AddJob(const fs::path& file, const fs::path& base,
            const std::string& docs_root, std::vector<DocumentJob>* jobs) {
  std::string document;
  if (!docs_root.empty()) document = RelativeUnder(file, docs_root);
  if (document.empty() && !base.empty()) document = RelativeUnder(file, base);
  if (document.empty()) document = file.filename().generic_string();
  jobs->push_back({file.lexically_normal().string(), document});
}

// The document's date as a day, when the source gives a full ISO date.
std::optional<date::sys_days> DocumentDay(absl::string_view iso) {
  absl::StatusOr<int64_t> day = ParseIsoDay(iso);
  if (!day.ok()) return std::nullopt;
  return date::sys_days{date::days{*day}};
}

Source OwnSource(const DocumentJob& job, const LoadedDocument& doc,
                 absl::string_view bytes_hash) {
  Source source;
  source.set_id(DocumentStem(job.document));
  source.set_title(fs::path(job.document).filename().string());
  DocumentFile* file = source.add_document();
  file->set_path(job.document);
  file->set_sha256(std::string(bytes_hash));
  file->set_size(doc.size);
  file->set_media_type(doc.media_type);
  source.set_note(
      "Made by `checker extract` (no --sources): fill in author, "
      "title, year and kind.");
  return source;
}

const Source* ListedSource(const std::vector<Source>& sources,
                           absl::string_view document) {
  for (const Source& s : sources) {
    if (FindDocumentFile(s, document) != nullptr) return &s;
  }
  return nullptr;
}

// Writes the merged claims; keeps everything else the old file held, with
// `own` (if any) replacing the source of the same id.
absl::Status WriteMerged(const std::string& out_path, const ClaimBaseFile& old,
                         const std::vector<Claim>& claims, const Source* own,
                         const std::string& header) {
  ClaimBaseFile file = old;
  file.clear_claim();
  if (own != nullptr) {
    auto* sources = file.mutable_source();
    sources->erase(
        std::remove_if(sources->begin(), sources->end(),
                       [&](const Source& s) { return s.id() == own->id(); }),
        sources->end());
    *file.add_source() = *own;
  }
  for (const Claim& c : claims) *file.add_claim() = c;
  return WriteClaimFile(out_path, file, header);
}

}  // namespace

std::vector<DocumentJob> CollectDocuments(const std::vector<std::string>& args,
                                          const std::string& docs_root,
                                          IssueList* issues) {
  std::vector<DocumentJob> jobs;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end;
           it.increment(ec)) {
        if (it->is_regular_file(ec) && IsDocumentPath(it->path().string())) {
          AddJob(it->path(), arg, docs_root, &jobs);
        }
      }
      if (ec) issues->Error({arg}, absl::StrCat("cannot list: ", ec.message()));
    } else if (fs::exists(arg, ec)) {
      AddJob(arg, "", docs_root, &jobs);
    } else {
      issues->Error({arg}, "no such file or directory; check the path");
    }
  }
  std::sort(jobs.begin(), jobs.end(),
            [](const DocumentJob& a, const DocumentJob& b) {
              return a.document != b.document ? a.document < b.document
                                              : a.path < b.path;
            });
  std::vector<DocumentJob> unique;
  for (DocumentJob& job : jobs) {
    if (!unique.empty() && unique.back().document == job.document) {
      if (unique.back().path != job.path) {
        issues->Error({job.path},
                      absl::StrCat("same document path \"", job.document,
                                   "\" as ", unique.back().path,
                                   "; skipped — use --docs-root to tell them "
                                   "apart"));
      }
      continue;
    }
    unique.push_back(std::move(job));
  }
  jobs = std::move(unique);
  return jobs;
}

uint64_t StableHash(absl::string_view document) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : document) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool InShard(absl::string_view document, int index, int count) {
  return count <= 1 || StableHash(document) % static_cast<uint64_t>(count) ==
                           static_cast<uint64_t>(index);
}

std::string ClaimFilePath(const std::string& out_dir,
                          absl::string_view document) {
  return (fs::path(out_dir) /
          absl::StrCat(DocumentStem(document), ".textproto"))
      .string();
}

DocumentOutcome ExtractDocument(const DocumentJob& job,
                                const BatchConfig& config) {
  DocumentOutcome out;
  out.document = job.document;
  out.out_path = ClaimFilePath(config.out_dir, job.document);
  absl::StatusOr<LoadedDocument> doc = LoadDocument(job.path);
  if (!doc.ok()) {
    out.status = doc.status();
    return out;
  }
  out.bytes = doc->size;
  const Source* source = ListedSource(config.sources, job.document);
  std::optional<Source> own;
  if (source == nullptr) {
    if (!config.sources.empty()) {
      out.warnings.push_back(
          "no source lists this document; it becomes its "
          "own source, named after the file");
    }
    own = OwnSource(job, *doc, doc->sha256);
    source = &*own;
  }
  ExtractOptions options;
  options.reference_date = config.reference_date;
  if (!options.reference_date) {
    options.reference_date = DocumentDay(source->document_date());
  }
  absl::StatusOr<std::vector<Mention>> mentions =
      ExtractMentions(doc->text, options);
  if (!mentions.ok()) {
    out.status =
        absl::Status(mentions.status().code(),
                     absl::StrCat(job.path, ": ", mentions.status().message()));
    return out;
  }
  LinkRequest request;
  request.text = doc->text;
  request.mentions = &*mentions;
  request.document = job.document;
  request.source = source;
  if (!doc->original_offsets.empty())
    request.original_offsets = &doc->original_offsets;
  if (doc->has_pages) request.pages = &doc->pages;
  request.known_sources = &config.sources;
  std::vector<Claim> candidates = config.linker->Link(request);
  out.claims = static_cast<int>(candidates.size());
  for (const Claim& c : candidates) {
    (c.subject().entity().empty() ? out.unlinked : out.linked)++;
  }
  std::error_code ec;
  fs::create_directories(config.out_dir, ec);
  if (ec) {
    out.status = absl::PermissionDeniedError(
        absl::StrCat(config.out_dir, ": cannot create the output directory (",
                     ec.message(), "); choose another --out"));
    return out;
  }
  IssueList issues;
  ClaimBaseFile old;
  if (fs::exists(out.out_path, ec)) {
    absl::StatusOr<ClaimBaseFile> read = ReadClaimFile(out.out_path, &issues);
    if (!read.ok()) {
      out.status = absl::InvalidArgumentError(absl::StrCat(
          out.out_path, ": cannot merge into it (", read.status().message(),
          "); fix or move the file and re-run"));
      return out;
    }
    old = *std::move(read);
  }
  MergeResult merged = MergeClaims(
      std::vector<Claim>(old.claim().begin(), old.claim().end()), candidates);
  out.added = merged.added;
  out.refreshed = merged.refreshed;
  out.kept_reviewed = merged.kept_reviewed;
  out.vanished = merged.vanished;
  std::string header = absl::StrCat(
      "Candidate claims from ", job.document, ", made by `checker extract`.\n",
      "Review each: set status CONFIRMED, CORRECTED (after editing) or "
      "REJECTED;\nreviewed claims are kept as they are when extract re-runs.");
  if (!doc->text_note.empty())
    absl::StrAppend(&header, "\nNote: ", doc->text_note, ".");
  out.status = WriteMerged(out.out_path, old, merged.claims,
                           own ? &*own : nullptr, header);
  return out;
}

}  // namespace checker
