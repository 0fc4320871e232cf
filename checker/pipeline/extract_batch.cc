#include "checker/pipeline/extract_batch.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/base/iso_day.h"
#include "checker/extract/extractor.h"
#include "checker/link/claim_ids.h"
#include "checker/store/claim_file.h"
#include "checker/store/claim_file_edit.h"
#include "checker/text/document_input.h"
#include "google/protobuf/util/message_differencer.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

constexpr char kOwnSourceNote[] =
    "Made by `checker extract` (no --sources): fill in author, "
    "title, year and kind.";

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
  source.set_note(kOwnSourceNote);
  return source;
}

const Source* ListedSource(const std::vector<Source>& sources,
                           absl::string_view document) {
  for (const Source& s : sources) {
    if (FindDocumentFile(s, document) != nullptr) return &s;
  }
  return nullptr;
}

// Whether `existing` is still the source extract made (nobody filled it in),
// whatever document hash it recorded.
bool IsUntouchedOwnSource(const Source& existing, const Source& own) {
  Source a = existing;
  Source b = own;
  for (Source* s : {&a, &b}) {
    for (DocumentFile& file : *s->mutable_document()) {
      file.clear_sha256();
      file.clear_size();
    }
  }
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

// "# " + each line of `header`, then a blank line.
std::string HeaderComment(absl::string_view header) {
  std::string out;
  for (absl::string_view line : absl::StrSplit(header, '\n')) {
    absl::StrAppend(&out, line.empty() ? "#" : "# ", line, "\n");
  }
  return out + "\n";
}

// The edits that bring claim file `old` to `merged`: each merged claim
// written in place (unchanged ones stay byte for byte), dropped ones
// removed, and the document's own source added, refreshed while nobody has
// filled it in, or removed once a listed source took its place and no claim
// cites it.
ClaimFileEdits EditsFor(const ClaimBaseFile& old, const MergeResult& merged,
                        const Source* own, absl::string_view document) {
  ClaimFileEdits edits;
  edits.upsert_claims = merged.claims;
  absl::flat_hash_set<std::string> written;
  absl::flat_hash_set<std::string> cited;
  for (const Claim& c : merged.claims) {
    written.insert(c.id());
    cited.insert(c.source());
  }
  for (const std::string& id : merged.dropped) {
    if (!written.contains(id)) edits.remove_claims.push_back(id);
  }
  const std::string own_id = DocumentStem(document);
  const Source* existing = nullptr;
  for (const Source& s : old.source()) {
    if (s.id() == own_id) existing = &s;
  }
  if (own != nullptr) {
    if (existing == nullptr || IsUntouchedOwnSource(*existing, *own)) {
      edits.upsert_sources.push_back(*own);
    }
  } else if (existing != nullptr && existing->note() == kOwnSourceNote &&
             !cited.contains(own_id)) {
    edits.remove_sources.push_back(own_id);
  }
  return edits;
}

// The document another claim file's claims point at, when it is not
// `document` ("" if none): two documents whose names map to one file.
std::string OtherDocument(const ClaimBaseFile& file,
                          absl::string_view document) {
  for (const Claim& c : file.claim()) {
    const std::string& d = c.provenance().document();
    if (!d.empty() && d != document) return d;
  }
  return "";
}

// How many times extract re-reads and re-merges a claim file that changed
// under it before giving up on the document.
constexpr int kMergeAttempts = 5;

// Merges `candidates` into the claim file at `out_path` and writes it only
// if nobody changed it since it was read; when somebody did, reads and
// merges again, so the other write is never lost.
absl::Status MergeIntoClaimFile(const std::string& out_path,
                                const DocumentJob& job,
                                const std::vector<Claim>& candidates,
                                const Source* own,
                                absl::string_view anchor_text,
                                const std::string& header,
                                DocumentOutcome* out) {
  for (int attempt = 1;; ++attempt) {
    IssueList issues;
    std::string text;
    FileFingerprint seen;
    ClaimBaseFile old;
    absl::StatusOr<ClaimFileSnapshot> snapshot =
        ReadClaimFileSnapshot(out_path, &issues);
    if (snapshot.ok()) {
      text = std::move(snapshot->text);
      seen = snapshot->fingerprint;
      old = std::move(snapshot->file);
    } else if (absl::IsNotFound(snapshot.status())) {
      text = HeaderComment(header);
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("cannot merge into it (", snapshot.status().message(),
                       "); fix or move the file and re-run"));
    }
    if (const std::string other = OtherDocument(old, job.document);
        !other.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          out_path, " holds the claims of \"", other, "\", and \"",
          job.document,
          "\" would write the same file; nothing was overwritten — rename one "
          "of the documents or extract them into different --out "
          "directories"));
    }
    MergeResult merged =
        MergeClaims(std::vector<Claim>(old.claim().begin(), old.claim().end()),
                    candidates, anchor_text);
    absl::StatusOr<std::string> edited =
        ApplyClaimFileEdits(text, seen.exists ? &old : nullptr,
                            EditsFor(old, merged, own, job.document));
    if (!edited.ok()) {
      return absl::Status(
          edited.status().code(),
          absl::StrCat(out_path, ": ", edited.status().message(),
                       "; fix the file and re-run"));
    }
    absl::StatusOr<FileFingerprint> written =
        ReplaceFileIfUnchanged(out_path, *edited, seen);
    if (absl::IsFailedPrecondition(written.status()) &&
        attempt < kMergeAttempts) {
      continue;  // somebody wrote the file meanwhile: merge into theirs
    }
    if (!written.ok()) return written.status();
    out->added = merged.added;
    out->refreshed = merged.refreshed;
    out->kept_reviewed = merged.kept_reviewed;
    out->vanished = std::move(merged.vanished);
    out->reanchored = std::move(merged.reanchored);
    out->dropped = std::move(merged.dropped);
    out->rewritten = !(*written == seen);
    return absl::OkStatus();
  }
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
  std::string header = absl::StrCat(
      "Candidate claims from ", job.document, ", made by `checker extract`.\n",
      "Review each: set status CONFIRMED, CORRECTED (after editing) or "
      "REJECTED;\nreviewed claims are kept as they are when extract re-runs.");
  if (!doc->text_note.empty())
    absl::StrAppend(&header, "\nNote: ", doc->text_note, ".");
  // Offsets point into the file's bytes, or into the extracted text when
  // the document had to be converted and says so (PDF).
  std::string file_bytes;
  if (!doc->original_offsets.empty()) {
    absl::StatusOr<std::string> bytes = ReadFile(job.path);
    if (bytes.ok()) file_bytes = *std::move(bytes);
  }
  const absl::string_view anchor_text = doc->original_offsets.empty()
                                            ? absl::string_view(doc->text)
                                            : absl::string_view(file_bytes);
  out.status =
      MergeIntoClaimFile(out.out_path, job, candidates, own ? &*own : nullptr,
                         anchor_text, header, &out);
  return out;
}

void RejectClaimFileCollisions(const std::string& out_dir,
                               std::vector<DocumentJob>* jobs,
                               IssueList* issues) {
  absl::flat_hash_map<std::string, std::string> owner;  // path -> document
  std::vector<DocumentJob> kept;
  for (DocumentJob& job : *jobs) {
    const std::string path = ClaimFilePath(out_dir, job.document);
    auto [it, inserted] = owner.try_emplace(path, job.document);
    if (!inserted) {
      issues->Error(
          {job.path},
          absl::StrCat("\"", job.document, "\" and \"", it->second,
                       "\" would both write ", path,
                       "; skipped, nothing overwritten — rename one of the "
                       "documents or extract them into different --out "
                       "directories"));
      continue;
    }
    kept.push_back(std::move(job));
  }
  *jobs = std::move(kept);
}

}  // namespace checker
