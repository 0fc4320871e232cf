#include "checker/pipeline/source_documents.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/text/document_input.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

// Characters a source id may hold (proto/source.proto: Source.id).
bool IsIdChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '-' || c == ':' || c == '.';
}

absl::string_view WithoutExtension(absl::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == absl::string_view::npos || dot == 0 ? name
                                                    : name.substr(0, dot);
}

bool Lists(const Source& source, absl::string_view path) {
  for (const DocumentFile& file : source.document()) {
    if (file.path() == path) return true;
  }
  return false;
}

// Adds `relative` (a file under `root`) to `source`; false when unreadable.
bool Attach(const fs::path& root, const std::string& relative, Source* source,
            IssueList* issues) {
  if (Lists(*source, relative)) return false;
  const std::string full = (root / relative).string();
  absl::StatusOr<std::string> bytes = ReadFile(full);
  if (!bytes.ok()) {
    issues->Error({full}, absl::StrCat(bytes.status().message(),
                                       "; not attached to source \"",
                                       source->id(), "\""));
    return false;
  }
  DocumentFile* file = source->add_document();
  file->set_path(relative);
  file->set_sha256(Sha256Hex(*bytes));
  file->set_size(bytes->size());
  file->set_media_type(MediaTypeForPath(relative));
  return true;
}

}  // namespace

std::string SourceIdForFileName(absl::string_view file_name,
                                const std::vector<Source>& sources) {
  const absl::string_view stem = WithoutExtension(file_name);
  std::string best;
  for (const Source& source : sources) {
    const std::string& id = source.id();
    if (id.empty() || id.size() > stem.size() ||
        stem.substr(0, id.size()) != id) {
      continue;
    }
    if (id.size() < stem.size() && IsIdChar(stem[id.size()])) continue;
    if (id.size() > best.size()) best = id;
  }
  return best;
}

int AttachDocuments(const std::string& docs_root,
                    const std::map<std::string, std::string>& explicit_paths,
                    std::vector<Source>* sources, IssueList* issues) {
  const fs::path root(docs_root);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    issues->Error({docs_root},
                  "is not a directory; give the root that documents' paths "
                  "are relative to");
    return 0;
  }
  int attached = 0;
  std::vector<std::string> mapped;
  for (const auto& [key, path] : explicit_paths) {
    auto it = std::find_if(sources->begin(), sources->end(),
                           [&](const Source& s) { return s.id() == key; });
    if (it == sources->end()) {
      issues->Error({docs_root},
                    absl::StrCat("--doc ", key, "=", path,
                                 ": no imported source has the key \"", key,
                                 "\"; check the citation key"));
      continue;
    }
    const std::string relative =
        fs::path(path).lexically_normal().generic_string();
    if (!fs::is_regular_file(root / relative, ec)) {
      issues->Error({(root / relative).string()},
                    absl::StrCat("--doc ", key, "=", path,
                                 ": no such file under ", docs_root));
      continue;
    }
    mapped.push_back(relative);
    attached += Attach(root, relative, &*it, issues) ? 1 : 0;
  }
  std::vector<std::string> documents;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file(ec) && IsDocumentPath(it->path().string())) {
      documents.push_back(fs::relative(it->path(), root, ec).generic_string());
    }
  }
  std::sort(documents.begin(), documents.end());
  for (const std::string& relative : documents) {
    if (std::find(mapped.begin(), mapped.end(), relative) != mapped.end()) {
      continue;
    }
    const std::string id =
        SourceIdForFileName(fs::path(relative).filename().string(), *sources);
    if (id.empty()) {
      bool listed = false;
      for (const Source& s : *sources) listed = listed || Lists(s, relative);
      if (!listed) {
        issues->Warning(
            {(root / relative).string()},
            "no imported source's key matches this file name; name the file "
            "after the key (KEY.txt) or pass --doc KEY=" +
                relative);
      }
      continue;
    }
    for (Source& source : *sources) {
      if (source.id() == id) {
        attached += Attach(root, relative, &source, issues) ? 1 : 0;
      }
    }
  }
  return attached;
}

}  // namespace checker
