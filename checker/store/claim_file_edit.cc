#include "checker/store/claim_file_edit.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/base/file_io.h"
#include "checker/store/textproto_parse.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/field_comparator.h"
#include "google/protobuf/util/message_differencer.h"

namespace checker {
namespace {

using google::protobuf::util::MessageDifferencer;

// ---------------------------------------------------------------------------
// Locating fields in textproto text.
//
// The file has already parsed with protobuf, so this scanner only has to
// find where each field starts and ends; it follows the text format grammar
// (comments, quoted strings with escapes, nested messages in {} or <>,
// lists in []) without checking field names or types.

struct FieldSpan {
  std::string name;
  size_t begin = 0;  // first byte of the field name
  size_t end = 0;    // one past the value (closing brace included)
  bool is_list = false;
  // The ',' or ';' that may follow the value, possibly on a later line;
  // npos if none. Removing the field must remove it too, or the file no
  // longer parses.
  size_t separator = std::string::npos;
  std::vector<FieldSpan> children;  // fields of a message value
};

class SpanScanner {
 public:
  explicit SpanScanner(absl::string_view text) : text_(text) {}

  absl::StatusOr<std::vector<FieldSpan>> Scan() {
    std::vector<FieldSpan> fields;
    if (!ScanMessage('\0', &fields)) return Error();
    return fields;
  }

  // [begin, end) of every comment, in order.
  const std::vector<std::pair<size_t, size_t>>& comments() const {
    return comments_;
  }

 private:
  absl::Status Error() const {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot locate the fields at byte ", pos_,
        " (the text format scanner disagrees with protobuf's parser); "
        "please report this file"));
  }
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  void SkipSpace() {
    while (!AtEnd()) {
      const char c = text_[pos_];
      if (c == '#') {
        const size_t begin = pos_;
        while (!AtEnd() && text_[pos_] != '\n') ++pos_;
        comments_.emplace_back(begin, pos_);
      } else if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else {
        return;
      }
    }
  }

  bool ScanMessage(char close, std::vector<FieldSpan>* fields) {
    while (true) {
      SkipSpace();
      if (AtEnd()) return close == '\0';
      if (Peek() == close) return true;
      FieldSpan field;
      field.begin = pos_;
      if (Peek() == '[') {  // extension or Any type URL
        while (!AtEnd() && Peek() != ']') ++pos_;
        if (AtEnd()) return false;
        ++pos_;
      } else {
        while (!AtEnd() &&
               (absl::ascii_isalnum(static_cast<unsigned char>(Peek())) ||
                Peek() == '_' || Peek() == '.')) {
          ++pos_;
        }
      }
      field.name = std::string(text_.substr(field.begin, pos_ - field.begin));
      if (field.name.empty()) return false;
      SkipSpace();
      if (Peek() == ':') {
        ++pos_;
        SkipSpace();
      }
      if (Peek() == '[') {
        field.is_list = true;
        ++pos_;
        while (true) {
          SkipSpace();
          if (Peek() == ']') break;
          if (!ScanValue(&field.children)) return false;
          SkipSpace();
          if (Peek() == ',') ++pos_;
        }
        ++pos_;
      } else if (!ScanValue(&field.children)) {
        return false;
      }
      field.end = pos_;
      SkipSpace();
      if (Peek() == ',' || Peek() == ';') field.separator = pos_++;
      fields->push_back(std::move(field));
    }
  }

  bool ScanValue(std::vector<FieldSpan>* children) {
    const char c = Peek();
    if (c == '{' || c == '<') {
      ++pos_;
      if (!ScanMessage(c == '{' ? '}' : '>', children)) return false;
      if (AtEnd()) return false;
      ++pos_;
      return true;
    }
    if (c == '"' || c == '\'') {
      // Adjacent strings concatenate; the value ends after the last one.
      while (Peek() == '"' || Peek() == '\'') {
        if (!ScanString()) return false;
        const size_t after = pos_;
        const size_t comments = comments_.size();
        SkipSpace();
        if (Peek() != '"' && Peek() != '\'') {
          pos_ = after;
          comments_.resize(comments);
          break;
        }
      }
      return true;
    }
    const size_t begin = pos_;
    while (!AtEnd()) {
      const char d = Peek();
      if (absl::ascii_isspace(static_cast<unsigned char>(d)) ||
          absl::StrContains(",;{}[]<>#:\"'", d)) {
        break;
      }
      ++pos_;
    }
    return pos_ > begin;
  }

  bool ScanString() {
    const char quote = text_[pos_++];
    while (!AtEnd() && text_[pos_] != quote) {
      if (text_[pos_] == '\n') return false;
      if (text_[pos_] == '\\') ++pos_;
      ++pos_;
    }
    if (AtEnd()) return false;
    ++pos_;
    return true;
  }

  absl::string_view text_;
  size_t pos_ = 0;
  std::vector<std::pair<size_t, size_t>> comments_;
};

// A parsed claim file with the span of each top-level claim and source.
struct LocatedFile {
  ClaimBaseFile file;
  std::vector<FieldSpan> claims;   // claims[i] holds file.claim(i)
  std::vector<FieldSpan> sources;  // sources[i] holds file.source(i)
  std::vector<std::pair<size_t, size_t>> comments;
};

// `parsed`, when given, is `text` already parsed (saves parsing it twice).
absl::StatusOr<LocatedFile> Locate(absl::string_view text,
                                   const ClaimBaseFile* parsed = nullptr) {
  LocatedFile located;
  IssueList issues;
  if (parsed != nullptr) {
    located.file = *parsed;
  } else if (!ParseTextproto("claim file", std::string(text), &located.file,
                             nullptr, &issues)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot be parsed, so it is not edited: ", issues.ToDisplayString()));
  }
  SpanScanner scanner(text);
  absl::StatusOr<std::vector<FieldSpan>> fields = scanner.Scan();
  if (!fields.ok()) return fields.status();
  for (FieldSpan& field : *fields) {
    if ((field.name == "claim" || field.name == "source") && field.is_list) {
      return absl::InvalidArgumentError(absl::StrCat(
          "writes its ", field.name, "s as a list (`", field.name,
          ": [...]`) at byte ", field.begin, "; write one `", field.name,
          " { }` block each so they can be edited one at a time"));
    }
    if (field.name == "claim") located.claims.push_back(std::move(field));
    if (field.name == "source") located.sources.push_back(std::move(field));
  }
  if (static_cast<int>(located.claims.size()) != located.file.claim_size() ||
      static_cast<int>(located.sources.size()) != located.file.source_size()) {
    return absl::InternalError(
        "the text format scanner found a different number of claims than "
        "protobuf; please report this file");
  }
  located.comments = scanner.comments();
  return located;
}

// The comments lying inside [begin, end) of `text`, one per line.
std::string CommentsInside(absl::string_view text, const LocatedFile& located,
                           size_t begin, size_t end) {
  std::string out;
  for (const auto& [from, to] : located.comments) {
    if (from >= begin && to <= end) {
      absl::StrAppend(&out, "  ", text.substr(from, to - from), "\n");
    }
  }
  return out;
}

std::string PrintBlock(const google::protobuf::Message& file) {
  google::protobuf::TextFormat::Printer printer;
  printer.SetUseUtf8StringEscaping(true);
  std::string out;
  printer.PrintToString(file, &out);
  return out;
}

std::string PrintSourceBlock(const Source& source) {
  ClaimBaseFile file;
  *file.add_source() = source;
  return PrintBlock(file);
}

// The text that replaces block `old` of `text`: `block` ("name {\n...}\n")
// without its last newline, with the comments the old block held at its top.
std::string ReplacementBlock(absl::string_view text, const LocatedFile& located,
                             const FieldSpan& old, std::string block) {
  std::string comments = CommentsInside(text, located, old.begin, old.end);
  if (!comments.empty()) block.insert(block.find('\n') + 1, comments);
  if (absl::EndsWith(block, "\n")) block.pop_back();
  return block;
}

// The start of the line holding byte `at`, moved up over the comment lines
// right above it (they belong to what follows).
size_t StartOfCommentedLine(absl::string_view text, size_t at) {
  size_t line = at;
  while (line > 0 && text[line - 1] != '\n') --line;
  while (line > 0) {
    size_t previous = line - 1;
    while (previous > 0 && text[previous - 1] != '\n') --previous;
    absl::string_view above = absl::StripLeadingAsciiWhitespace(
        text.substr(previous, line - previous));
    if (above.empty() || above[0] != '#') break;
    line = previous;
  }
  return line;
}

// Equal field by field, a NaN equal to a NaN: the editor compares what a
// file holds before and after an edit, and a value written as nan (which
// lint refuses) must not make every edit of that file fail.
bool SameMessage(const google::protobuf::Message& a,
                 const google::protobuf::Message& b) {
  google::protobuf::util::DefaultFieldComparator comparator;
  comparator.set_treat_nan_as_equal(true);
  MessageDifferencer differencer;
  differencer.set_field_comparator(&comparator);
  return differencer.Compare(a, b);
}

// Whether `a` and `b` hold the same entries, whatever the order of their
// claim and source blocks.
bool SameEntries(ClaimBaseFile a, ClaimBaseFile b) {
  const auto by_id = [](auto* field) {
    std::stable_sort(
        field->pointer_begin(), field->pointer_end(),
        [](const auto* x, const auto* y) { return x->id() < y->id(); });
  };
  for (ClaimBaseFile* f : {&a, &b}) {
    by_id(f->mutable_claim());
    by_id(f->mutable_source());
  }
  return SameMessage(a, b);
}

// [begin, end) widened to its whole line (newline included) when nothing
// else stands on it.
std::pair<size_t, size_t> LineOf(absl::string_view text, size_t begin,
                                 size_t end) {
  size_t line_begin = begin;
  while (line_begin > 0 &&
         (text[line_begin - 1] == ' ' || text[line_begin - 1] == '\t')) {
    --line_begin;
  }
  size_t line_end = end;
  while (line_end < text.size() &&
         (text[line_end] == ' ' || text[line_end] == '\t' ||
          text[line_end] == ';' || text[line_end] == ',')) {
    ++line_end;
  }
  if ((line_begin == 0 || text[line_begin - 1] == '\n') &&
      (line_end == text.size() || text[line_end] == '\n')) {
    if (line_end < text.size()) ++line_end;
    return {line_begin, line_end};
  }
  return {begin, end};
}

// Bytes [begin, end) of the text replaced by `with`.
struct Splice {
  size_t begin;
  size_t end;
  std::string with;
};

// Splices that delete `field`: its line when nothing else stands on it, and
// its trailing separator wherever that stands.
void RemoveField(absl::string_view text, const FieldSpan& field,
                 std::vector<Splice>* splices) {
  const auto [begin, end] = LineOf(text, field.begin, field.end);
  splices->push_back({begin, end, ""});
  if (field.separator != std::string::npos && field.separator >= end) {
    const auto [sep_begin, sep_end] =
        LineOf(text, field.separator, field.separator + 1);
    splices->push_back({sep_begin, sep_end, ""});
  }
}

// Index of each claim id in `located` (first block); a second block with
// the same id is remembered in `duplicate_of`.
struct ClaimIndex {
  explicit ClaimIndex(const LocatedFile& located) : located_(located) {
    for (int i = 0; i < located.file.claim_size(); ++i) {
      auto [it, inserted] = first_.try_emplace(located.file.claim(i).id(), i);
      if (!inserted) second_.try_emplace(it->first, i);
    }
  }
  // The block with `id`, -1 if none; InvalidArgument if two have it.
  absl::StatusOr<int> Find(absl::string_view id) const {
    auto it = first_.find(id);
    if (it == first_.end()) return -1;
    if (auto dup = second_.find(id); dup != second_.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("two claims have the id \"", id, "\" (at bytes ",
                       located_.claims[it->second].begin, " and ",
                       located_.claims[dup->second].begin,
                       "); give one of them another id"));
    }
    return it->second;
  }

 private:
  const LocatedFile& located_;
  absl::flat_hash_map<std::string, int> first_;
  absl::flat_hash_map<std::string, int> second_;
};

// Reads `path` and fingerprints exactly the bytes read.
absl::Status ReadWithFingerprint(const std::string& path, std::string* text,
                                 FileFingerprint* fingerprint) {
  *fingerprint = FileFingerprint();
  text->clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return absl::OkStatus();
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": not a regular file; move it away"));
  }
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return absl::DataLossError(
          absl::StrCat(path, ": read error: ", std::strerror(err)));
    }
    if (n == 0) break;
    text->append(buffer, static_cast<size_t>(n));
  }
  ::fstat(fd, &st);
  ::close(fd);
  fingerprint->exists = true;
  fingerprint->size = text->size();
  fingerprint->mtime_ns =
      static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  fingerprint->sha256 = Sha256Hex(*text);
  return absl::OkStatus();
}

std::string DirectoryOf(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

// Holds an exclusive flock(2) on a directory while alive.
class DirectoryLock {
 public:
  explicit DirectoryLock(const std::string& dir)
      : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ >= 0) {
      while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
      }
    }
  }
  ~DirectoryLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
  }
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

std::mutex& HookMutex() {
  static std::mutex* mutex = new std::mutex;
  return *mutex;
}
std::function<void(const std::string&)>& Hook() {
  static auto* hook = new std::function<void(const std::string&)>;
  return *hook;
}

absl::Status Changed(const std::string& path) {
  return absl::FailedPreconditionError(absl::StrCat(
      path,
      ": changed since it was read (a person's editor, `checker review` or "
      "another run wrote it); nothing was written — read it again and redo "
      "the change"));
}

}  // namespace

absl::StatusOr<FileFingerprint> FingerprintFile(const std::string& path) {
  std::string text;
  FileFingerprint fingerprint;
  absl::Status status = ReadWithFingerprint(path, &text, &fingerprint);
  if (!status.ok()) return status;
  return fingerprint;
}

absl::StatusOr<FileFingerprint> ReadFileWithFingerprint(const std::string& path,
                                                        std::string* text) {
  FileFingerprint fingerprint;
  absl::Status status = ReadWithFingerprint(path, text, &fingerprint);
  if (!status.ok()) return status;
  return fingerprint;
}

absl::StatusOr<ClaimFileSnapshot> ReadClaimFileSnapshot(const std::string& path,
                                                        IssueList* issues) {
  ClaimFileSnapshot snapshot;
  absl::Status status =
      ReadWithFingerprint(path, &snapshot.text, &snapshot.fingerprint);
  if (!status.ok()) return status;
  if (!snapshot.fingerprint.exists) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  }
  status = ParseTextprotoFile(path, snapshot.text, &snapshot.file, issues);
  if (!status.ok()) return status;
  return snapshot;
}

std::string PrintClaimBlock(const Claim& claim) {
  ClaimBaseFile file;
  *file.add_claim() = claim;
  return PrintBlock(file);
}

absl::StatusOr<std::string> ApplyClaimFileEdits(absl::string_view text,
                                                const ClaimFileEdits& edits) {
  return ApplyClaimFileEdits(text, nullptr, edits);
}

absl::StatusOr<std::string> ApplyClaimFileEdits(const ClaimFileSnapshot& file,
                                                const ClaimFileEdits& edits) {
  return ApplyClaimFileEdits(file.text, &file.file, edits);
}

absl::StatusOr<std::string> ApplyClaimFileEdits(absl::string_view text,
                                                const ClaimBaseFile* parsed,
                                                const ClaimFileEdits& edits) {
  absl::StatusOr<LocatedFile> located = Locate(text, parsed);
  if (!located.ok()) return located.status();
  const LocatedFile& file = *located;
  const ClaimIndex index(file);
  // Byte range -> replacement, applied in one pass from the start.
  std::vector<Splice> splices;
  std::string appended_claims;
  std::string new_sources;
  // What the edited text must parse to, checked before it is returned.
  ClaimBaseFile expected = file.file;
  std::vector<bool> claim_removed(file.file.claim_size(), false);
  std::vector<bool> source_removed(file.file.source_size(), false);
  absl::flat_hash_set<std::string> removed(edits.remove_claims.begin(),
                                           edits.remove_claims.end());
  absl::flat_hash_set<int> touched;
  for (const Claim& claim : edits.upsert_claims) {
    if (claim.id().empty()) {
      return absl::InvalidArgumentError("a claim to write has no id");
    }
    if (removed.contains(claim.id())) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim \"", claim.id(), "\" is both written and removed"));
    }
    absl::StatusOr<int> at = index.Find(claim.id());
    if (!at.ok()) return at.status();
    if (*at < 0) {
      absl::StrAppend(&appended_claims, PrintClaimBlock(claim));
      *expected.add_claim() = claim;
      continue;
    }
    *expected.mutable_claim(*at) = claim;
    if (!touched.insert(*at).second) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim \"", claim.id(), "\" is written twice in one edit"));
    }
    if (SameMessage(file.file.claim(*at), claim)) continue;
    const FieldSpan& span = file.claims[*at];
    splices.push_back(
        {span.begin, span.end,
         ReplacementBlock(text, file, span, PrintClaimBlock(claim))});
  }
  for (const std::string& id : edits.remove_claims) {
    absl::StatusOr<int> at = index.Find(id);
    if (!at.ok()) return at.status();
    if (*at < 0) {
      return absl::NotFoundError(
          absl::StrCat("no claim has the id \"", id, "\"; nothing removed"));
    }
    RemoveField(text, file.claims[*at], &splices);
    claim_removed[*at] = true;
  }
  for (const Source& source : edits.upsert_sources) {
    int at = -1;
    for (int i = 0; i < file.file.source_size(); ++i) {
      if (file.file.source(i).id() == source.id()) at = i;
    }
    if (at < 0) {
      absl::StrAppend(&new_sources, PrintSourceBlock(source));
      *expected.add_source() = source;
      continue;
    }
    *expected.mutable_source(at) = source;
    if (SameMessage(file.file.source(at), source)) continue;
    const FieldSpan& span = file.sources[at];
    splices.push_back(
        {span.begin, span.end,
         ReplacementBlock(text, file, span, PrintSourceBlock(source))});
  }
  for (const std::string& id : edits.remove_sources) {
    int at = -1;
    for (int i = 0; i < file.file.source_size(); ++i) {
      if (file.file.source(i).id() == id) at = i;
    }
    if (at < 0) {
      return absl::NotFoundError(
          absl::StrCat("no source has the id \"", id, "\"; nothing removed"));
    }
    RemoveField(text, file.sources[at], &splices);
    source_removed[at] = true;
  }
  if (!new_sources.empty()) {
    // A new source goes after the last source, else before the first claim
    // (and the comments right above it), where a printed file has its
    // sources; with neither, at the end.
    if (!file.sources.empty()) {
      size_t after = file.sources.back().end;
      while (after < text.size() && text[after] != '\n') ++after;
      if (after < text.size()) ++after;
      std::string block = new_sources;
      if (after == text.size() && !text.empty() && text.back() != '\n') {
        block.insert(0, "\n");
      }
      splices.push_back({after, after, block});
    } else if (!file.claims.empty()) {
      splices.push_back({StartOfCommentedLine(text, file.claims.front().begin),
                         StartOfCommentedLine(text, file.claims.front().begin),
                         new_sources});
    } else {
      appended_claims = absl::StrCat(new_sources, appended_claims);
    }
  }
  if (splices.empty() && appended_claims.empty()) return std::string(text);
  std::sort(splices.begin(), splices.end(),
            [](const Splice& a, const Splice& b) {
              return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
            });
  std::string out;
  out.reserve(text.size() + appended_claims.size());
  size_t at = 0;
  for (const Splice& splice : splices) {
    absl::StrAppend(&out, text.substr(at, splice.begin - at));
    out += splice.with;
    at = splice.end;
  }
  absl::StrAppend(&out, text.substr(at));
  if (!appended_claims.empty()) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += appended_claims;
  }
  // Guard against a scanner mistake: text spliced inside the file must
  // still hold exactly the old entries with the edits applied. (Appending
  // printed blocks at the end cannot go wrong that way.)
  if (splices.empty()) return out;
  ClaimBaseFile want;
  want.mutable_entity()->CopyFrom(expected.entity());
  want.mutable_attribute()->CopyFrom(expected.attribute());
  for (int i = 0; i < expected.claim_size(); ++i) {
    if (i >= file.file.claim_size() || !claim_removed[i]) {
      *want.add_claim() = expected.claim(i);
    }
  }
  for (int i = 0; i < expected.source_size(); ++i) {
    if (i >= file.file.source_size() || !source_removed[i]) {
      *want.add_source() = expected.source(i);
    }
  }
  ClaimBaseFile got;
  IssueList issues;
  if (!ParseTextproto("edited claim file", out, &got, nullptr, &issues) ||
      !SameEntries(std::move(got), std::move(want))) {
    return absl::InternalError(
        "editing the claim file as text would change more than the edited "
        "claims; nothing written — please report this file");
  }
  return out;
}

absl::StatusOr<std::string> UpsertClaimText(absl::string_view text,
                                            const Claim& claim) {
  ClaimFileEdits edits;
  edits.upsert_claims.push_back(claim);
  return ApplyClaimFileEdits(text, edits);
}

absl::StatusOr<std::string> RemoveClaimText(absl::string_view text,
                                            absl::string_view id) {
  ClaimFileEdits edits;
  edits.remove_claims.emplace_back(id);
  return ApplyClaimFileEdits(text, edits);
}

absl::StatusOr<std::string> UpsertSourceText(absl::string_view text,
                                             const Source& source) {
  ClaimFileEdits edits;
  edits.upsert_sources.push_back(source);
  return ApplyClaimFileEdits(text, edits);
}

absl::StatusOr<FileFingerprint> ReplaceFileIfUnchanged(
    const std::string& path, absl::string_view contents,
    const FileFingerprint& expected) {
  std::function<void(const std::string&)> hook;
  {
    std::lock_guard<std::mutex> hook_lock(HookMutex());
    hook = Hook();
  }
  if (hook) hook(path);
  DirectoryLock lock(DirectoryOf(path));
  if (lock.fd() < 0) {
    return absl::PermissionDeniedError(absl::StrCat(
        path, ": cannot open its directory: ", std::strerror(errno)));
  }
  std::string current;
  FileFingerprint now;
  absl::Status status = ReadWithFingerprint(path, &current, &now);
  if (!status.ok()) return status;
  if (!(now == expected)) return Changed(path);
  if (now.exists && current == contents) return now;
  const std::string temp = TempPathFor(path);
  status = WriteSyncedFile(temp, contents, path);
  if (!status.ok()) return status;
  status = RenameOver(temp, path);
  if (!status.ok()) return status;
  ::fsync(lock.fd());  // the rename itself reaches the disk
  return FingerprintFile(path);
}

namespace {

// Reads `path`, checks that it is as `expected` (and, with `must_exist`,
// that it exists), applies `edit` to its text and writes the result with
// ReplaceFileIfUnchanged. An error of `edit` is prefixed with the path.
absl::StatusOr<FileFingerprint> EditFileIfUnchanged(
    const std::string& path, const FileFingerprint& expected, bool must_exist,
    const std::function<absl::StatusOr<std::string>(absl::string_view)>& edit) {
  std::string text;
  FileFingerprint now;
  absl::Status status = ReadWithFingerprint(path, &text, &now);
  if (!status.ok()) return status;
  if (!(now == expected)) return Changed(path);
  if (must_exist && !now.exists) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  }
  absl::StatusOr<std::string> edited = edit(text);
  if (!edited.ok()) {
    return absl::Status(edited.status().code(),
                        absl::StrCat(path, ": ", edited.status().message()));
  }
  return ReplaceFileIfUnchanged(path, *edited, expected);
}

}  // namespace

absl::StatusOr<FileFingerprint> UpsertClaimInFile(
    const std::string& path, const Claim& claim,
    const FileFingerprint& expected) {
  return EditFileIfUnchanged(
      path, expected, /*must_exist=*/false,
      [&](absl::string_view text) { return UpsertClaimText(text, claim); });
}

absl::StatusOr<FileFingerprint> RemoveClaimFromFile(
    const std::string& path, absl::string_view id,
    const FileFingerprint& expected) {
  return EditFileIfUnchanged(
      path, expected, /*must_exist=*/true,
      [&](absl::string_view text) { return RemoveClaimText(text, id); });
}

absl::StatusOr<std::vector<ClaimBlockSpan>> LocateClaimBlocks(
    absl::string_view text) {
  SpanScanner scanner(text);
  absl::StatusOr<std::vector<FieldSpan>> fields = scanner.Scan();
  if (!fields.ok()) return fields.status();
  std::vector<ClaimBlockSpan> blocks;
  for (const FieldSpan& field : *fields) {
    if (field.name != "claim") continue;
    if (field.is_list) {
      return absl::InvalidArgumentError(
          absl::StrCat("writes its claims as a list at byte ", field.begin,
                       "; write one `claim { }` block each"));
    }
    ClaimBlockSpan block{field.begin, field.end, 0, 0};
    for (const FieldSpan& child : field.children) {
      if (child.name == "id") {
        block.id_begin = child.begin;
        block.id_end = child.end;
      }
    }
    blocks.push_back(block);
  }
  return blocks;
}

int RemoveStaleTempFiles(const std::string& dir) {
  std::error_code ec;
  int removed = 0;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const size_t tmp = name.rfind(".textproto.tmp.");
    if (tmp == std::string::npos) continue;
    int pid = 0;
    if (!absl::SimpleAtoi(
            absl::string_view(name).substr(tmp + sizeof ".textproto.tmp." - 1),
            &pid) ||
        pid <= 0 || pid == ::getpid()) {
      continue;
    }
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // still running
    std::error_code remove_ec;
    if (std::filesystem::remove(it->path(), remove_ec)) ++removed;
  }
  return removed;
}

void SetBeforeReplaceHookForTesting(
    std::function<void(const std::string&)> hook) {
  std::lock_guard<std::mutex> lock(HookMutex());
  Hook() = std::move(hook);
}

}  // namespace checker
