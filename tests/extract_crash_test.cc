// Crash consistency of `checker extract`: killed with SIGKILL at random
// points, it leaves every claim file either as it was before the run or as
// a complete run writes it, never half-written or mixed, and a reviewed
// claim, a note or a comment is never lost. The next run finishes the job
// and cleans up the temporary files the killed one left.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker::testing {
namespace {

namespace fs = std::filesystem;

using Files = std::map<std::string, std::string>;  // name -> bytes

constexpr int kDocuments = 24;
constexpr int kKills = 30;

class ExtractCrashTest : public CliTest {
 protected:
  // Every regular file in out/ by name.
  Files ReadOut() const {
    Files files;
    for (const auto& entry : fs::directory_iterator(root_ / "out")) {
      files[entry.path().filename().string()] = Slurp(entry.path());
    }
    return files;
  }
  void ResetOut(const Files& files) {
    fs::remove_all(root_ / "out");
    for (const auto& [name, bytes] : files) Write("out/" + name, bytes);
  }
  // Starts extract in the scratch directory; returns its pid.
  pid_t StartExtract() const {
    const pid_t pid = ::fork();
    if (pid == 0) {
      if (::chdir(root_.c_str()) != 0) ::_exit(127);
      const std::string binary = binary_.string();
      const int null_fd = ::open("/dev/null", O_WRONLY);
      if (null_fd >= 0) ::dup2(null_fd, STDERR_FILENO);
      ::execl(binary.c_str(), binary.c_str(), "extract", "--gazetteer",
              "gazetteer.textproto", "docs", "--out", "out", "--jobs", "2",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    return pid;
  }
};

TEST_F(ExtractCrashTest, KilledRunsLeaveEachFileBeforeOrAfterAndLoseNothing) {
  Write("gazetteer.textproto",
        "entity { id: \"kengir_uprising\" kind: EVENT name: \"Kengir "
        "uprising\" name: \"Kengir\" }\n");
  for (int i = 0; i < kDocuments; ++i) {
    Write("docs/d" + std::to_string(i) + ".txt",
          "The Kengir uprising lasted " + std::to_string(30 + i) +
              " days. Some " + std::to_string(100 * (i + 1)) +
              " prisoners were moved from Kengir. The camp closed later.\n");
  }
  ASSERT_EQ(
      Run("extract --gazetteer gazetteer.textproto docs --out out").exit_code,
      0);
  // A person reviews every file: a comment on top, the first claim
  // confirmed with a UTF-8 note.
  Files before = ReadOut();
  ASSERT_EQ(before.size(), static_cast<size_t>(kDocuments));
  for (auto& [name, bytes] : before) {
    const size_t status = bytes.find("status: EXTRACTED");
    ASSERT_NE(status, std::string::npos) << name;
    bytes.replace(status, 17,
                  "status: CONFIRMED\n  note: \"revu — " + name + "\"");
    bytes = "# reviewed " + name + "\n" + bytes;
  }
  // The documents change: half get a preface (the reviewed claims must be
  // re-anchored), all get a new figure.
  for (int i = 0; i < kDocuments; ++i) {
    const fs::path doc = root_ / "docs" / ("d" + std::to_string(i) + ".txt");
    std::string text = Slurp(doc);
    if (i % 2 == 0) text = "Foreword by the editor.\n\n" + text;
    Write("docs/d" + std::to_string(i) + ".txt",
          text + "Later " + std::to_string(7 + i) + " more left Kengir.\n");
  }
  // What a complete run makes of `before`, and how long it takes.
  ResetOut(before);
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(Run("extract --gazetteer gazetteer.textproto docs --out out "
                "--jobs 2")
                .exit_code,
            0);
  const auto full_run = std::chrono::steady_clock::now() - start;
  const Files after = ReadOut();
  ASSERT_EQ(after.size(), before.size());
  for (const auto& [name, bytes] : after) {
    EXPECT_NE(bytes, before.at(name)) << name << " should change";
    EXPECT_EQ(bytes.rfind("# reviewed " + name + "\n", 0), 0u) << bytes;
    EXPECT_NE(bytes.find("note: \"revu — " + name + "\""), std::string::npos)
        << bytes;
    EXPECT_NE(bytes.find("status: CONFIRMED"), std::string::npos) << bytes;
  }

  std::mt19937 random(20261201);  // fixed: a failure can be replayed
  const auto longest =
      std::chrono::duration_cast<std::chrono::microseconds>(full_run).count();
  std::uniform_int_distribution<long> delay_us(0, longest);
  int killed_mid_run = 0;
  int killed_between_files = 0;  // some files written, some not yet
  for (int kill = 0; kill < kKills; ++kill) {
    ResetOut(before);
    const pid_t pid = StartExtract();
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_mid_run;
    int files_after = 0;
    for (const auto& [name, bytes] : ReadOut()) {
      if (name.find(".tmp.") != std::string::npos)
        continue;  // not a claim file
      ASSERT_TRUE(before.count(name)) << "unexpected file " << name;
      if (bytes == after.at(name)) ++files_after;
      EXPECT_TRUE(bytes == before.at(name) || bytes == after.at(name))
          << "kill " << kill << ": " << name << " is neither before nor "
          << "after:\n"
          << bytes;
    }
    if (files_after > 0 && files_after < kDocuments) ++killed_between_files;
    // The next run finishes the job and removes what the killed one left.
    RunResult rerun =
        Run("extract --gazetteer gazetteer.textproto docs --out out");
    ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
    EXPECT_EQ(ReadOut(), after) << "kill " << kill;
  }
  // Most kills must land while extract writes, or the test shows nothing.
  EXPECT_GE(killed_mid_run, kKills / 3);
  EXPECT_GE(killed_between_files, 1);
}

}  // namespace
}  // namespace checker::testing
