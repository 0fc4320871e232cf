#include "checker/base/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("checker_file_io_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

TEST(FileIoTest, WriteThenReadRoundTrips) {
  std::string path = TempPath("roundtrip");
  ASSERT_TRUE(WriteFileAtomically(path, "hello").ok());
  auto read = ReadFile(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(*read, "hello");
  ASSERT_TRUE(WriteFileAtomically(path, std::string("a\0b", 3)).ok());
  EXPECT_EQ(ReadFile(path)->size(), 3u);
  std::filesystem::remove(path);
}

TEST(FileIoTest, MissingFileIsNotFoundAndNamesThePath) {
  auto read = ReadFile("/nonexistent/checker/file.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(read.status().message().find("/nonexistent/checker/file.txt"),
            std::string::npos);
}

TEST(FileIoTest, WriteIntoMissingDirectoryNamesThePathAndTheReason) {
  absl::Status status = WriteFileAtomically("/nonexistent/dir/x", "x");
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied) << status;
  EXPECT_EQ(status.message(),
            "/nonexistent/dir/x: cannot create temporary file: No such file "
            "or directory");
}

TEST(FileIoTest, TargetIsUntouchedUntilTheTempIsRenamedOverIt) {
  const std::string path = TempPath("halves");
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  const std::string temp = TempPathFor(path);
  EXPECT_EQ(temp, path + ".tmp." + std::to_string(::getpid()));
  ASSERT_TRUE(WriteSyncedFile(temp, "new", path).ok());
  EXPECT_EQ(ReadFile(path).value_or(""), "old");
  EXPECT_EQ(ReadFile(temp).value_or(""), "new");
  ASSERT_TRUE(RenameOver(temp, path).ok());
  EXPECT_EQ(ReadFile(path).value_or(""), "new");
  EXPECT_FALSE(std::filesystem::exists(temp));
  std::filesystem::remove(path);
}

TEST(FileIoTest, FailedRenameRemovesTheTempAndNamesTheTarget) {
  const std::string temp = TempPath("orphan.tmp");
  ASSERT_TRUE(WriteSyncedFile(temp, "x", "/nonexistent/dir/x").ok());
  absl::Status status = RenameOver(temp, "/nonexistent/dir/x");
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied) << status;
  EXPECT_EQ(status.message(),
            "/nonexistent/dir/x: cannot replace: No such file or directory");
  EXPECT_FALSE(std::filesystem::exists(temp));
}

TEST(FileIoTest, FailedWriteIsDataLossNamingTheFile) {
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (fd < 0) GTEST_SKIP() << "no /dev/full to write to";
  absl::Status status = WriteAllAndClose(fd, "x", "claims/a.textproto");
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_EQ(status.message(),
            "claims/a.textproto: write failed: No space left on device");
  // The descriptor was closed: closing it again fails.
  EXPECT_NE(::close(fd), 0);
}

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(
      Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

}  // namespace
}  // namespace checker
