#include "checker/base/file_set.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class FileSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::path(::testing::TempDir()) /
            (std::string("FileSetTest_") + info->name() + "_" +
             std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    out_ = root_ / "out";
  }
  void TearDown() override { fs::remove_all(root_); }

  static void Put(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  static std::string Get(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }
  // Every name in `dir`, sorted.
  static std::vector<std::string> Names(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  // A PID no process has: a child that has exited and been reaped.
  static pid_t DeadPid() {
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
  }

  fs::path root_;
  fs::path out_;
};

TEST_F(FileSetTest, CreatesTheDirectoryWithEveryFile) {
  ASSERT_TRUE(WriteFileSetAtomically(
                  out_.string(), {{"a.md", "one"}, {"b.csv", "two"}}, nullptr)
                  .ok());
  EXPECT_THAT(Names(out_), ElementsAre("a.md", "b.csv"));
  EXPECT_EQ(Get(out_ / "a.md"), "one");
  EXPECT_THAT(Names(root_), ElementsAre("out"));  // no sibling left
}

TEST_F(FileSetTest, ReplacesTheSetAndKeepsFilesItDoesNotWrite) {
  Put(out_ / "a.md", "old");
  Put(out_ / "b.csv", "old csv");  // a format this run leaves out
  Put(out_ / "notes.txt", "a person's notes");
  std::vector<std::string> kept;
  ASSERT_TRUE(WriteFileSetAtomically((out_.string() + "/"),
                                     {{"a.md", "new"}, {"c.json", "{}"}}, &kept)
                  .ok());
  EXPECT_THAT(Names(out_), ElementsAre("a.md", "b.csv", "c.json", "notes.txt"));
  EXPECT_EQ(Get(out_ / "a.md"), "new");
  EXPECT_EQ(Get(out_ / "b.csv"), "old csv");
  EXPECT_EQ(Get(out_ / "notes.txt"), "a person's notes");
  EXPECT_THAT(kept, IsEmpty());
  EXPECT_THAT(Names(root_), ElementsAre("out"));
}

TEST_F(FileSetTest, DirectoryHoldingASubdirectoryIsRefusedAndUntouched) {
  Put(out_ / "a.md", "old");
  Put(out_ / "drafts" / "chapter.md", "mine");
  absl::Status status =
      WriteFileSetAtomically(out_.string(), {{"a.md", "new"}}, nullptr);
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(status.message(), HasSubstr("holds drafts"));
  EXPECT_THAT(status.message(), HasSubstr("nothing was written"));
  EXPECT_EQ(Get(out_ / "a.md"), "old");
  EXPECT_EQ(Get(out_ / "drafts" / "chapter.md"), "mine");
  EXPECT_THAT(Names(root_), ElementsAre("out"));
}

TEST_F(FileSetTest, FailedWriteLeavesTheOldSetAndNoSibling) {
  Put(out_ / "a.md", "old");
  // A name with a missing folder in it cannot be created.
  absl::Status status = WriteFileSetAtomically(
      out_.string(), {{"a.md", "new"}, {"no/such.md", "x"}}, nullptr);
  EXPECT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr((out_ / "no/such.md").string()));
  EXPECT_THAT(Names(out_), ElementsAre("a.md"));
  EXPECT_EQ(Get(out_ / "a.md"), "old");
  EXPECT_THAT(Names(root_), ElementsAre("out"));
}

TEST_F(FileSetTest, SiblingsOfKilledRunsAreCleanedAndUnknownFilesKept) {
  Put(out_ / "a.md", "old");
  Put(out_ / "notes.txt", "mine");
  const pid_t dead = DeadPid();
  // A run killed before its swap: a half-written a.md.
  const fs::path before = root_ / (".out.tmp." + std::to_string(dead));
  Put(before / "a.md", "half");
  // A run killed after its swap: the old set, holding a link to notes.txt
  // and a file saved there that exists nowhere else.
  const fs::path after = root_ / (".out.old." + std::to_string(dead));
  Put(after / "a.md", "older");
  fs::create_hard_link(out_ / "notes.txt", after / "notes.txt");
  Put(after / "late.txt", "saved during the swap");
  // A running process's sibling is not touched.
  const fs::path running = root_ / (".out.tmp." + std::to_string(::getppid()));
  Put(running / "a.md", "in progress");

  std::vector<std::string> kept;
  ASSERT_TRUE(
      WriteFileSetAtomically(out_.string(), {{"a.md", "new"}}, &kept).ok());
  EXPECT_FALSE(fs::exists(before));
  EXPECT_THAT(Names(after), ElementsAre("late.txt"));
  EXPECT_THAT(kept, ElementsAre((after / "late.txt").string()));
  EXPECT_EQ(Get(out_ / "notes.txt"), "mine");
  EXPECT_EQ(Get(running / "a.md"), "in progress");
}

TEST_F(FileSetTest, CurrentDirectoryIsNotAnOutputDirectory) {
  EXPECT_EQ(WriteFileSetAtomically(".", {{"a.md", "x"}}, nullptr).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace checker
