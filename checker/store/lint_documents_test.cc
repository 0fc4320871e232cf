// Lint checks against the documents' text (LintOptions::docs_root set).
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "checker/base/file_io.h"
#include "checker/store/claim_base.h"
#include "checker/store/lint.h"
#include "checker/store/lint_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::ClaimWith;

constexpr char kDocument[] = "In 1954, some 500 died there.\n";

// A claim on seeds/a.txt with the span [begin, end) on the "500" of quote
// "some 500 died" (which starts 5 bytes earlier); the provenance starts on
// line 5 of the file.
std::string ClaimAt(int begin, int end, const std::string& id = "c1") {
  return ClaimWith(
      "  quantity { value: 500 }\n"
      "  provenance {\n"
      "    document: \"seeds/a.txt\"\n"
      "    begin: " +
          std::to_string(begin) +
          "\n"
          "    end: " +
          std::to_string(end) +
          "\n"
          "    quote_begin: " +
          std::to_string(begin - 5) +
          "\n"
          "    quote: \"some 500 died\"\n"
          "  }\n",
      id);
}

class LintDocumentsTest : public testing::ClaimBaseFixture {
 protected:
  // Replaces the sources with s1 declaring seeds/a.txt with `document_fields`.
  void DeclareDocument(const std::string& document_fields) {
    files_.Add("claims/sources.textproto",
               "source {\n"
               "  id: \"s1\"\n"
               "  title: \"One\"\n"
               "  document {\n"
               "    path: \"seeds/a.txt\"\n" +
                   document_fields + "  }\n}\n");
  }
};

// A document whose spans point into a text derived from its bytes (a PDF's
// extracted text): the hash covers the bytes, the spans the derived text.
TEST_F(LintDocumentsTest, SpansAreCheckedAgainstTheTextDerivedFromTheBytes) {
  const std::string bytes = "%binary form of the document%";
  files_.Add("docs/seeds/a.txt", bytes);
  DeclareDocument("    sha256: \"" + Sha256Hex(bytes) + "\"\n");
  files_.Add("claims/c.textproto", ClaimAt(14, 17));
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files_, "claims", {}, &issues);
  ASSERT_TRUE(base.ok()) << base.status();
  LintOptions options;
  options.docs_root = "docs";
  options.reader = &files_;
  // Without the derived text the span lands in the raw bytes: an error.
  IssueList raw = issues;
  LintClaimBase(*base, options, &raw);
  EXPECT_TRUE(raw.has_errors());
  std::string seen_path;
  options.span_text = [&](const std::string& path,
                          std::string read) -> absl::StatusOr<std::string> {
    seen_path = path;
    EXPECT_EQ(read, bytes);
    return std::string(kDocument);
  };
  IssueList derived = issues;
  LintClaimBase(*base, options, &derived);
  EXPECT_FALSE(derived.has_errors());
  EXPECT_EQ(seen_path, "docs/seeds/a.txt");
  // A document the derivation cannot read is an error naming the reason.
  options.span_text = [](const std::string&,
                         std::string) -> absl::StatusOr<std::string> {
    return absl::InvalidArgumentError("docs/seeds/a.txt: not a PDF");
  };
  IssueList failed = issues;
  LintClaimBase(*base, options, &failed);
  EXPECT_TRUE(failed.has_errors());
}

TEST_F(LintDocumentsTest, MatchingDocumentIsClean) {
  files_.Add("docs/seeds/a.txt", kDocument);
  DeclareDocument("    sha256: \"" + Sha256Hex(kDocument) +
                  "\"\n    size: 30\n");
  EXPECT_EQ(Lint(ClaimAt(14, 17), "docs"), "");
  EXPECT_EQ(summary_.documents_declared, 1);
  EXPECT_EQ(summary_.documents_checked, 1);
  EXPECT_EQ(summary_.documents_skipped, 0);
}

TEST_F(LintDocumentsTest, UnreachableDocumentWarnsOnceAndSkipsItsChecks) {
  // Both spans are beyond any 30-byte file, but the file is not there.
  EXPECT_EQ(Lint(ClaimAt(100, 103) + ClaimAt(200, 203, "c2"), "docs"),
            "WARNING: claims/sources.textproto:4:14: document seeds/a.txt not "
            "found under docs; checks against its text skipped — pass --docs "
            "DIR\n");
  EXPECT_EQ(summary_.documents_checked, 0);
  EXPECT_EQ(summary_.documents_skipped, 1);
}

TEST_F(LintDocumentsTest, WithoutDocsRootNothingIsReadOrReported) {
  EXPECT_EQ(Lint(ClaimAt(100, 103)), "");
  EXPECT_EQ(summary_.documents_skipped, 1);
}

TEST_F(LintDocumentsTest, ChangedDocumentHashIsAnError) {
  files_.Add("docs/seeds/a.txt", kDocument);
  DeclareDocument("    sha256: \"" + std::string(64, 'a') + "\"\n");
  // The span is beyond the file too, but a changed file's spans are skipped.
  EXPECT_EQ(Lint(ClaimAt(114, 117), "docs"),
            "ERROR: claims/sources.textproto:6:5: source \"s1\": document "
            "seeds/a.txt changed since the claims were made (its sha256 is " +
                Sha256Hex(kDocument).substr(0, 12) +
                "..., not aaaaaaaaaaaa...); re-run extract or re-anchor; its "
                "spans were not checked\n");
}

TEST_F(LintDocumentsTest, ChangedDocumentSizeIsAnError) {
  files_.Add("docs/seeds/a.txt", kDocument);
  DeclareDocument("    size: 31\n");
  EXPECT_EQ(Lint(ClaimAt(14, 17), "docs"),
            "ERROR: claims/sources.textproto:6:5: source \"s1\": document "
            "seeds/a.txt changed since the claims were made (it has 30 bytes, "
            "not 31); re-run extract or re-anchor; its spans were not "
            "checked\n");
}

TEST_F(LintDocumentsTest, SpanBeyondTheFileIsAnError) {
  files_.Add("docs/seeds/a.txt", kDocument);
  std::string claim = ClaimWith(
      "  quantity { value: 500 }\n"
      "  provenance {\n"
      "    document: \"seeds/a.txt\"\n"
      "    begin: 34\n"
      "    end: 37\n"
      "    quote_begin: 29\n"
      "    quote: \"some 500 died\"\n"
      "  }\n");
  EXPECT_EQ(Lint(claim, "docs"),
            "ERROR: claims/c.textproto:8:5: claim \"c1\": span [34, 37) is "
            "beyond the end of seeds/a.txt (30 bytes); fix the span or "
            "re-anchor\n");
}

TEST_F(LintDocumentsTest, TextAtSpanMustEqualTheQuote) {
  files_.Add("docs/seeds/a.txt", "In 1954, some 600 died there.\n");
  EXPECT_EQ(Lint(ClaimAt(14, 17), "docs"),
            "ERROR: claims/c.textproto:7:5: claim \"c1\": the text at [14, 17) "
            "of seeds/a.txt is \"600\" but the quote has \"500\" there; "
            "re-anchor the claim or fix the quote\n");
}

TEST_F(LintDocumentsTest, SegmentBeyondTheFileIsAnError) {
  files_.Add("docs/seeds/a.txt", kDocument);
  DeclareDocument("    segment { quoted_source: \"s2\" begin: 0 end: 40 }\n");
  files_.Add("claims/more.textproto", "source { id: \"s2\" title: \"Two\" }\n");
  EXPECT_EQ(Lint("", "docs"),
            "ERROR: claims/sources.textproto:6:44: source \"s1\": segment [0, "
            "40) is beyond the end of seeds/a.txt (30 bytes); fix the "
            "segment\n");
}

// Documents on the real file system, under a fresh docs root; the claim
// files stay in memory.
class LintDiskDocumentsTest : public LintDocumentsTest {
 protected:
  void SetUp() override {
    LintDocumentsTest::SetUp();
    dir_ = ::testing::TempDir() + "/lint_disk_" + std::to_string(::getpid());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ + "/docs/seeds");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Declares `path` as s1's document, lints a claim on its [0, 9) whose
  // quote is "different", and returns the issues.
  std::string LintOnDisk(const std::string& path, LintOptions options = {}) {
    files_.Add("claims/sources.textproto",
               "source {\n  id: \"s1\"\n  title: \"One\"\n  document {\n"
               "    path: \"" +
                   path + "\"\n  }\n}\n");
    files_.Add("claims/c.textproto",
               ClaimWith("  quantity { value: 500 }\n"
                         "  provenance {\n"
                         "    document: \"" +
                         path +
                         "\"\n"
                         "    begin: 0\n    end: 9\n    quote_begin: 0\n"
                         "    quote: \"different\"\n  }\n"));
    IssueList issues;
    absl::StatusOr<ClaimBase> base =
        LoadClaimBase(files_, "claims", {}, &issues);
    EXPECT_TRUE(base.ok()) << base.status();
    if (!base.ok()) return "";
    options.docs_root = dir_ + "/docs";  // documents from the real disk
    LintClaimBase(*base, options, &issues, &summary_);
    issues.Sort();
    return issues.ToDisplayString();
  }

  std::string dir_;
};

TEST_F(LintDiskDocumentsTest, PathClimbingAboveTheRootIsAnErrorAndNotRead) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/secret.txt", "TOPSECRET").ok());
  std::string out = LintOnDisk("../secret.txt");
  EXPECT_EQ(out,
            "ERROR: claims/sources.textproto:5:5: source \"s1\": document "
            "path ../secret.txt leads outside the docs root " +
                dir_ +
                "/docs; write it relative to the root, without climbing "
                "above it\n");
  EXPECT_EQ(out.find("TOPSECRET"), std::string::npos);
  EXPECT_EQ(summary_.documents_checked, 0);
}

TEST_F(LintDiskDocumentsTest, AbsolutePathIsRefusedUnlessAllowed) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/abs.txt", "different").ok());
  EXPECT_EQ(LintOnDisk("/dev/zero"),
            "ERROR: claims/sources.textproto:5:5: source \"s1\": document "
            "path /dev/zero is absolute; write it relative to the docs root " +
                dir_ +
                "/docs (absolute paths are refused, so a claim file cannot "
                "point anywhere on the disk)\n");
  LintOptions allowed;
  allowed.allow_absolute_documents = true;
  EXPECT_EQ(LintOnDisk(dir_ + "/abs.txt", allowed), "");
  EXPECT_EQ(summary_.documents_checked, 1);
}

TEST_F(LintDiskDocumentsTest, FifoAndDeviceAreSkippedWithoutBlocking) {
  ASSERT_EQ(::mkfifo((dir_ + "/docs/seeds/pipe").c_str(), 0600), 0);
  std::filesystem::create_symlink("/dev/zero", dir_ + "/docs/seeds/zero");
  for (const char* name : {"pipe", "zero"}) {
    std::string out = LintOnDisk(std::string("seeds/") + name);
    EXPECT_EQ(out, "WARNING: claims/sources.textproto:5:5: document seeds/" +
                       std::string(name) + " cannot be read (" + dir_ +
                       "/docs/seeds/" + name +
                       ": not a regular file (a directory, device, FIFO or "
                       "socket); documents must be regular files; not read); "
                       "checks against its text skipped\n");
  }
}

TEST_F(LintDiskDocumentsTest, DocumentOverTheCapIsSkippedAndSaysSo) {
  ASSERT_TRUE(
      WriteFileAtomically(dir_ + "/docs/seeds/a.txt", "different text").ok());
  LintOptions capped;
  capped.max_document_bytes = 9;
  EXPECT_EQ(LintOnDisk("seeds/a.txt", capped),
            "WARNING: claims/sources.textproto:5:5: document seeds/a.txt "
            "cannot be read (" +
                dir_ +
                "/docs/seeds/a.txt: larger than the limit of 9 bytes for a "
                "document; not read); checks against its text skipped\n");
  EXPECT_EQ(LintOnDisk("seeds/a.txt"), "");  // under the default cap
}

}  // namespace
}  // namespace checker
