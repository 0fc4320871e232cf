#include "checker/text/document_input.h"

#include <unistd.h>

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/text/pdf_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::checker::testing::MakePdf;
using ::testing::HasSubstr;

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::string path =
      ::testing::TempDir() + std::to_string(::getpid()) + "_" + name;
  EXPECT_TRUE(WriteFileAtomically(path, bytes).ok());
  return path;
}

TEST(LoadDocumentTest, PdfGivesEachPagesTextAndAMarkerPerPage) {
  const std::string pdf =
      MakePdf({"The strike lasted 40 days.", "It ended on 26 June 1954."});
  const std::string path = WriteTemp("two_pages.pdf", pdf);
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->media_type, "application/pdf");
  EXPECT_EQ(doc->size, pdf.size());
  ASSERT_TRUE(doc->has_pages);
  ASSERT_EQ(doc->pages.size(), 2u);
  EXPECT_EQ(doc->pages[0].page, "1");
  EXPECT_EQ(doc->pages[1].page, "2");
  const size_t first = doc->text.find("The strike lasted 40 days.");
  const size_t second = doc->text.find("It ended on 26 June 1954.");
  ASSERT_NE(first, std::string::npos) << doc->text;
  ASSERT_NE(second, std::string::npos) << doc->text;
  // Page 2's marker is the form feed between the two pages' text.
  const uint32_t feed = doc->pages[1].span.begin;
  EXPECT_EQ(doc->text[feed], '\f');
  EXPECT_LT(first, feed);
  EXPECT_GT(second, feed);
  EXPECT_EQ(PageAt(doc->pages, static_cast<uint32_t>(first)), "1");
  EXPECT_EQ(PageAt(doc->pages, static_cast<uint32_t>(second)), "2");
  EXPECT_THAT(doc->text_note, HasSubstr("poppler"));
}

TEST(LoadDocumentTest, PdfPageLabelsAreThePagesAReaderCites) {
  const std::string path =
      WriteTemp("labelled.pdf", MakePdf({"One page.", "Another page."}, 306));
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->pages.size(), 2u);
  EXPECT_EQ(doc->pages[0].page, "306");
  EXPECT_EQ(doc->pages[1].page, "307");
}

TEST(LoadDocumentTest, TheHashIsOfTheBytesRead) {
  // printf 'It lasted 40 days.\n' | sha256sum
  const std::string path = WriteTemp("hashed.txt", "It lasted 40 days.\n");
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "It lasted 40 days.\n");
  EXPECT_EQ(doc->sha256,
            "3f70e22d3741e8815d846a87ab708127e18605d9fb7eb306873f3feb966da97e");
}

TEST(LoadDocumentTest, AFileThatIsNotAPdfIsAnErrorNamingIt) {
  const std::string path = WriteTemp("not_really.pdf", "plain words\n");
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(), HasSubstr(path + ": not a PDF"));
}

// Bytes that are no text are an error naming the file and the byte.
TEST(LoadDocumentTest, ANulByteIsAnErrorNamingItsOffset) {
  const std::string path =
      WriteTemp("nul.txt", std::string("It lasted 40 days.\0 Then", 25));
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(),
              HasSubstr(path + ": NUL byte at byte offset 18"));
}

// UTF-16 without a byte order mark is valid UTF-8 byte by byte ("I" then
// a NUL); with one it starts with bytes UTF-8 never has. Both are named.
TEST(LoadDocumentTest, Utf16IsAnErrorSayingToConvert) {
  const std::string plain = WriteTemp("utf16.txt", std::string("I\0n\0", 4));
  absl::StatusOr<LoadedDocument> doc = LoadDocument(plain);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(doc.status().message(),
              HasSubstr(plain + ": NUL byte at byte offset 1"));
  EXPECT_THAT(doc.status().message(), HasSubstr("convert the file to UTF-8"));
  const std::string marked =
      WriteTemp("utf16_bom.txt", std::string("\xFF\xFEI\0n\0", 6));
  doc = LoadDocument(marked);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(
      doc.status().message(),
      HasSubstr(marked + ": invalid UTF-8 at byte offset 0 (a UTF-16 byte "
                         "order mark)"));
}

TEST(LoadDocumentTest, ADirectoryIsNotADocument) {
  absl::StatusOr<LoadedDocument> doc = LoadDocument(::testing::TempDir());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(doc.status().message(), HasSubstr("not a regular file"));
}

// A UTF-8 byte order mark is text as any other (offsets count it).
TEST(LoadDocumentTest, AUtf8ByteOrderMarkIsKept) {
  const std::string path =
      WriteTemp("bom.txt", "\xEF\xBB\xBFIt lasted 40 days.\r\n");
  absl::StatusOr<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "\xEF\xBB\xBFIt lasted 40 days.\r\n");
}

TEST(SpanTextOfTest, APdfGivesTheTextItsSpansPointInto) {
  const std::string pdf = MakePdf({"The siege lasted 872 days."});
  absl::StatusOr<std::string> text = SpanTextOf("book/ch1.pdf", pdf);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, HasSubstr("The siege lasted 872 days."));
  EXPECT_EQ(text->find("%PDF"), std::string::npos);
}

TEST(SpanTextOfTest, OtherFormatsAreTheirOwnText) {
  // HTML spans map back to the file's bytes, so its text is the bytes too.
  for (const char* path : {"a.txt", "b.md", "c.html", "no_extension"}) {
    EXPECT_EQ(*SpanTextOf(path, "<p>40&nbsp;days</p>"), "<p>40&nbsp;days</p>")
        << path;
  }
}

TEST(SpanTextOfTest, AnUnreadablePdfIsAnErrorNamingIt) {
  absl::StatusOr<std::string> text = SpanTextOf("scan.pdf", "not a pdf");
  ASSERT_FALSE(text.ok());
  EXPECT_THAT(text.status().message(), HasSubstr("scan.pdf"));
}

}  // namespace
}  // namespace checker
