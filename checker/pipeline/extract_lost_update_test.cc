// A review saved while `extract` merges a claim file is never lost: the
// write is injected between extract's read of the file and its rename (the
// store's test hook), and extract must merge into the reviewed file.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "checker/base/file_io.h"
#include "checker/pipeline/extract_batch.h"
#include "checker/store/claim_file_edit.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

class ExtractLostUpdateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("extract_lost_update_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "docs");
    Entity entity;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
        "id: 'kengir_uprising' kind: EVENT name: 'Kengir uprising' "
        "name: 'Kengir'",
        &entity));
    absl::StatusOr<Linker> linker = Linker::Create({entity}, {});
    ASSERT_TRUE(linker.ok()) << linker.status();
    linker_.emplace(*std::move(linker));
    config_.linker = &*linker_;
    config_.out_dir = (root_ / "out").string();
    job_.path = (root_ / "docs" / "a.txt").string();
    job_.document = "a.txt";
    WriteText(job_.path,
              "The Kengir uprising lasted 40 days. Some 700 prisoners were "
              "moved from Kengir. The camp was closed later on.\n");
  }
  void TearDown() override {
    SetBeforeReplaceHookForTesting({});
    fs::remove_all(root_);
  }
  static void WriteText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  std::string OutPath() const {
    return (root_ / "out" / "a.textproto").string();
  }

  fs::path root_;
  std::optional<Linker> linker_;
  BatchConfig config_;
  DocumentJob job_;
};

TEST_F(ExtractLostUpdateTest, ReviewSavedBetweenReadAndRenameIsKept) {
  DocumentOutcome first = ExtractDocument(job_, config_);
  ASSERT_TRUE(first.status.ok()) << first.status;
  const std::string extracted = ReadFile(OutPath()).value_or("");
  const size_t status = extracted.find("status: EXTRACTED");
  ASSERT_NE(status, std::string::npos) << extracted;
  // What the reviewer saves: the first claim confirmed, and a comment.
  std::string reviewed = "# reviewed on the train\n" + extracted;
  reviewed.replace(reviewed.find("status: EXTRACTED"), 17,
                   "status: CONFIRMED\n  note: \"double-checked\"");
  // The document grows, so extract has a new candidate to write.
  WriteText(job_.path,
            "The Kengir uprising lasted 40 days. Some 700 prisoners were "
            "moved from Kengir. The camp was closed later on.\nLater 300 "
            "more left Kengir.\n");
  int injected = 0;
  SetBeforeReplaceHookForTesting([&](const std::string& path) {
    if (injected++ == 0) WriteText(path, reviewed);
  });
  DocumentOutcome second = ExtractDocument(job_, config_);
  ASSERT_TRUE(second.status.ok()) << second.status;
  EXPECT_EQ(injected, 2) << "extract must read again and merge once more";
  const std::string after = ReadFile(OutPath()).value_or("");
  // Byte for byte, but for the document hash and size in the source
  // extract made, which follow the changed document.
  const size_t claims = reviewed.find("\nclaim {");
  ASSERT_NE(claims, std::string::npos);
  const size_t claims_after = after.find("\nclaim {");
  ASSERT_NE(claims_after, std::string::npos) << after;
  EXPECT_EQ(after.substr(0, reviewed.find("    sha256: ")),
            reviewed.substr(0, reviewed.find("    sha256: ")));
  EXPECT_EQ(after.substr(claims_after).rfind(reviewed.substr(claims), 0), 0u)
      << "the reviewed claims must survive byte for byte:\n"
      << after;
  EXPECT_NE(after.find("300"), std::string::npos) << after;
  EXPECT_EQ(second.added, 1);
}

TEST_F(ExtractLostUpdateTest, FileKeptChangingIsAnErrorNotAnOverwrite) {
  DocumentOutcome first = ExtractDocument(job_, config_);
  ASSERT_TRUE(first.status.ok()) << first.status;
  WriteText(job_.path, "The Kengir uprising lasted 41 days.\n");
  int writes = 0;
  SetBeforeReplaceHookForTesting([&](const std::string& path) {
    WriteText(path, "# edit " + std::to_string(++writes) + "\n");
  });
  DocumentOutcome second = ExtractDocument(job_, config_);
  EXPECT_EQ(second.status.code(), absl::StatusCode::kFailedPrecondition)
      << second.status;
  EXPECT_EQ(ReadFile(OutPath()).value_or(""),
            "# edit " + std::to_string(writes) + "\n");
}

}  // namespace
}  // namespace checker
