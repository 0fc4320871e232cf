#include "checker/base/document_path.h"

#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

struct PathCase {
  int line;
  std::string path;
  bool allow_absolute;
  std::string expected;  // "" when refused
};

TEST(ResolveDocumentPathTest, KeepsPathsUnderTheRoot) {
  const PathCase kCases[] = {
      {__LINE__, "seeds/a.txt", false, "docs/seeds/a.txt"},
      {__LINE__, "./seeds//a.txt", false, "docs/seeds/a.txt"},
      {__LINE__, "seeds/../b.txt", false, "docs/b.txt"},
      {__LINE__, "a/b/../../c.txt", false, "docs/c.txt"},
      {__LINE__, "..", false, ""},
      {__LINE__, "../docs/a.txt", false, ""},
      {__LINE__, "seeds/../../a.txt", false, ""},
      {__LINE__, "../../../../etc/passwd", false, ""},
      {__LINE__, "/etc/passwd", false, ""},
      {__LINE__, "/dev/zero", false, ""},
      {__LINE__, "/data/a.txt", true, "/data/a.txt"},
      {__LINE__, "/data/../a.txt", true, "/a.txt"},
      {__LINE__, "", false, ""},
      {__LINE__, ".", false, ""},
      {__LINE__, std::string("a\0b", 3), false, ""},
  };
  for (const PathCase& c : kCases) {
    absl::StatusOr<std::string> got = ResolveDocumentPath(
        "docs", c.path, {.allow_absolute = c.allow_absolute});
    if (c.expected.empty()) {
      EXPECT_TRUE(absl::IsInvalidArgument(got.status())) << "line " << c.line;
    } else {
      ASSERT_TRUE(got.ok()) << "line " << c.line << ": " << got.status();
      EXPECT_EQ(*got, c.expected) << "line " << c.line;
    }
  }
}

TEST(ResolveDocumentPathTest, MessageSaysWhatToDo) {
  absl::StatusOr<std::string> got =
      ResolveDocumentPath("docs", "../../etc/passwd", {});
  EXPECT_EQ(got.status().message(),
            "document path ../../etc/passwd leads outside the docs root docs; "
            "write it relative to the root, without climbing above it");
}

class ReadRegularFileTest : public ::testing::Test {
 protected:
  std::string dir_ = ::testing::TempDir();
};

TEST_F(ReadRegularFileTest, ReadsASmallFile) {
  std::string path = dir_ + "/small.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "40 days").ok());
  absl::StatusOr<std::string> got = ReadRegularFile(path, 100);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(*got, "40 days");
  EXPECT_EQ(*ReadRegularFile(path, 7), "40 days");  // exactly at the cap
}

TEST_F(ReadRegularFileTest, RefusesAFileOverTheCapWithoutItsBytes) {
  std::string path = dir_ + "/big.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "secret-bytes").ok());
  absl::StatusOr<std::string> got = ReadRegularFile(path, 4);
  EXPECT_TRUE(absl::IsResourceExhausted(got.status()));
  EXPECT_TRUE(absl::StrContains(got.status().message(), "limit of 4 bytes"));
  EXPECT_FALSE(absl::StrContains(got.status().message(), "secret"));
}

TEST_F(ReadRegularFileTest, RefusesDevicesFifosAndDirectoriesWithoutBlocking) {
  std::string fifo = dir_ + "/pipe";
  ::unlink(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {std::string("/dev/zero"), fifo, dir_}) {
    absl::StatusOr<std::string> got = ReadRegularFile(path, 1 << 20);
    EXPECT_TRUE(absl::IsFailedPrecondition(got.status()))
        << path << ": " << got.status();
  }
  ::unlink(fifo.c_str());
}

TEST_F(ReadRegularFileTest, MissingFileIsNotFound) {
  EXPECT_TRUE(
      absl::IsNotFound(ReadRegularFile(dir_ + "/no/such/file", 10).status()));
}

}  // namespace
}  // namespace checker
