#include "checker/store/file_reader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(JoinPathTest, JoinsWithOneSlash) {
  EXPECT_EQ(JoinPath("claims", "a.textproto"), "claims/a.textproto");
  EXPECT_EQ(JoinPath("claims//", "a.textproto"), "claims/a.textproto");
  EXPECT_EQ(JoinPath("", "a.textproto"), "a.textproto");
  EXPECT_EQ(JoinPath("/", "a"), "/a");
}

TEST(MemoryFileReaderTest, ListsFilesBelowADirectoryOnly) {
  MemoryFileReader files;
  files.Add("claims/b.textproto", "b");
  files.Add("claims/a/x.textproto", "x");
  files.Add("claimsfoo/c.textproto", "c");
  EXPECT_TRUE(files.IsDirectory("claims"));
  EXPECT_TRUE(files.IsDirectory("claims/"));
  EXPECT_FALSE(files.IsDirectory("claims/b.textproto"));
  EXPECT_EQ(
      *files.ListFilesRecursively("claims"),
      (std::vector<std::string>{"claims/a/x.textproto", "claims/b.textproto"}));
  EXPECT_EQ(files.Read("claims/b.textproto").value_or(""), "b");
  EXPECT_EQ(files.Read("nope").status().code(), absl::StatusCode::kNotFound);
}

TEST(RealFileReaderTest, ListsSortedAndStreams) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(::testing::TempDir()) /
                  ("file_reader_test_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "z");
  std::ofstream(root / "z" / "b") << "bee";
  std::ofstream(root / "a") << "ay";
  RealFileReader disk;
  EXPECT_EQ(*disk.ListFilesRecursively(root.string()),
            (std::vector<std::string>{(root / "a").string(),
                                      (root / "z" / "b").string()}));
  EXPECT_EQ(disk.Read((root / "z" / "b").string()).value_or(""), "bee");
  EXPECT_EQ(disk.ListFilesRecursively((root / "none").string()).status().code(),
            absl::StatusCode::kNotFound);
  auto stream = disk.OpenStream((root / "a").string());
  ASSERT_TRUE(stream.ok());
  const void* data = nullptr;
  int size = 0;
  ASSERT_TRUE((*stream)->Next(&data, &size));
  EXPECT_EQ(std::string(static_cast<const char*>(data), size), "ay");
  fs::remove_all(root);
}

TEST(RealFileReaderTest, RefusesDevicesAtOnce) {
  absl::StatusOr<std::string> read = RealFileReader().Read("/dev/zero");
  EXPECT_EQ(read.status().code(), absl::StatusCode::kFailedPrecondition)
      << read.status();
}

}  // namespace
}  // namespace checker
