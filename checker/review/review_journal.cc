#include "checker/review/review_journal.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "google/protobuf/util/json_util.h"
#include "nlohmann/json.hpp"

namespace checker {
namespace {

using Json = nlohmann::json;

constexpr const char* kKindNames[] = {"change", "skip", "add"};

std::string ClaimJson(const Claim& claim) {
  std::string text;
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  // Cannot fail for a message this program built.
  (void)google::protobuf::util::MessageToJsonString(claim, &text, options);
  return text;
}

std::string StepLine(const ReviewStep& step) {
  Json line = {
      {"op", "push"}, {"kind", kKindNames[step.kind]}, {"id", step.claim_id}};
  if (step.kind == ReviewStep::kChange) {
    line["before"] = Json::parse(ClaimJson(step.before));
  }
  if (step.kind != ReviewStep::kSkip) {
    line["after"] = Json::parse(ClaimJson(step.after));
  }
  return line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

// Parses `json` (an object) into `claim`; false when it is not a claim.
bool ClaimFrom(const Json& json, Claim* claim) {
  return json.is_object() &&
         google::protobuf::util::JsonStringToMessage(json.dump(), claim).ok();
}

// Applies one line to `steps`; an error says what is wrong with it.
absl::Status ApplyLine(absl::string_view text, std::vector<ReviewStep>* steps) {
  const Json line = Json::parse(text, nullptr, false);
  if (!line.is_object() || !line.contains("op")) {
    return absl::InvalidArgumentError("not a journal entry");
  }
  const std::string op = line.value("op", "");
  if (op == "pop") {
    if (steps->empty()) {
      return absl::InvalidArgumentError("a pop with no step before it");
    }
    steps->pop_back();
    return absl::OkStatus();
  }
  if (op != "push") {
    return absl::InvalidArgumentError(absl::StrCat("unknown op \"", op, "\""));
  }
  ReviewStep step;
  const std::string kind = line.value("kind", "");
  if (kind == "change") {
    step.kind = ReviewStep::kChange;
  } else if (kind == "skip") {
    step.kind = ReviewStep::kSkip;
  } else if (kind == "add") {
    step.kind = ReviewStep::kAdd;
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown kind \"", kind, "\""));
  }
  step.claim_id = line.value("id", "");
  if (step.claim_id.empty()) return absl::InvalidArgumentError("no claim id");
  if (step.kind == ReviewStep::kChange &&
      !ClaimFrom(line.value("before", Json()), &step.before)) {
    return absl::InvalidArgumentError("no claim before the change");
  }
  if (step.kind != ReviewStep::kSkip &&
      !ClaimFrom(line.value("after", Json()), &step.after)) {
    return absl::InvalidArgumentError("no claim after the change");
  }
  steps->push_back(std::move(step));
  return absl::OkStatus();
}

}  // namespace

std::string ReviewJournalPath(const std::string& base) {
  if (absl::EndsWith(base, ".textproto")) {
    return absl::StrCat(base, ".review-journal");
  }
  std::string dir = base;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return absl::StrCat(dir, "/.review-journal");
}

ReviewJournal::ReviewJournal(ReviewJournal&& other) noexcept
    : path_(std::move(other.path_)),
      steps_(std::move(other.steps_)),
      lock_fd_(std::exchange(other.lock_fd_, -1)) {}

ReviewJournal& ReviewJournal::operator=(ReviewJournal&& other) noexcept {
  if (this != &other) {
    if (lock_fd_ >= 0) ::close(lock_fd_);
    path_ = std::move(other.path_);
    steps_ = std::move(other.steps_);
    lock_fd_ = std::exchange(other.lock_fd_, -1);
  }
  return *this;
}

ReviewJournal::~ReviewJournal() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

absl::StatusOr<ReviewJournal> ReviewJournal::OpenFree(const std::string& base) {
  const std::string first = ReviewJournalPath(base);
  for (int k = 1; k <= 16; ++k) {
    absl::StatusOr<ReviewJournal> journal =
        Open(k == 1 ? first : absl::StrCat(first, ".", k));
    if (!absl::IsUnavailable(journal.status())) return journal;
  }
  return absl::UnavailableError(absl::StrCat(
      first, ": 16 review servers already run on this base; stop one"));
}

absl::StatusOr<ReviewJournal> ReviewJournal::Open(const std::string& path) {
  ReviewJournal journal(path);
  const std::string lock = absl::StrCat(path, ".lock");
  journal.lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (journal.lock_fd_ < 0) {
    return absl::PermissionDeniedError(
        absl::StrCat(lock, ": cannot open: ", std::strerror(errno)));
  }
  if (::flock(journal.lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    return absl::UnavailableError(
        absl::StrCat(path, ": another review server holds it"));
  }
  absl::StatusOr<std::string> text = ReadFile(path);
  if (absl::IsNotFound(text.status())) return journal;
  if (!text.ok()) return text.status();
  const std::vector<absl::string_view> lines = absl::StrSplit(*text, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    // The last line has no newline only when a kill cut its write short.
    const bool torn = i + 1 == lines.size();
    if (torn) break;
    absl::Status applied = ApplyLine(lines[i], &journal.steps_);
    if (!applied.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", i + 1, ": ", applied.message(),
          "; this review history is damaged. Move the file away to start "
          "a fresh one (no claim file is affected)"));
    }
  }
  absl::Status rewritten = journal.Rewrite();
  if (!rewritten.ok()) return rewritten;
  return journal;
}

absl::Status ReviewJournal::Reconcile(
    const std::function<bool(const ReviewStep&)>& reached_disk) {
  bool dropped = false;
  while (!steps_.empty() && !reached_disk(steps_.back())) {
    steps_.pop_back();
    dropped = true;
  }
  return dropped ? Rewrite() : absl::OkStatus();
}

absl::Status ReviewJournal::Push(const ReviewStep& step) {
  absl::Status status = Append(StepLine(step));
  if (status.ok()) steps_.push_back(step);
  return status;
}

absl::Status ReviewJournal::Pop() {
  if (steps_.empty()) return absl::OkStatus();
  absl::Status status = Append("{\"op\":\"pop\"}\n");
  if (status.ok()) steps_.pop_back();
  return status;
}

absl::Status ReviewJournal::Append(const std::string& line) {
  const int fd =
      ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return absl::PermissionDeniedError(absl::StrCat(
        path_, ": cannot open the review history: ", std::strerror(errno)));
  }
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return absl::PermissionDeniedError(absl::StrCat(
          path_, ": cannot write the review history: ", std::strerror(err),
          "; nothing was decided"));
    }
    done += static_cast<size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) {
    return absl::DataLossError(
        absl::StrCat(path_, ": cannot flush the review history to disk"));
  }
  return absl::OkStatus();
}

absl::Status ReviewJournal::Rewrite() {
  std::string text;
  for (const ReviewStep& step : steps_) text += StepLine(step);
  return WriteFileAtomically(path_, text);
}

}  // namespace checker
