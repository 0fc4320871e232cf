#include "checker/text/document_input.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;

// A minimal valid PDF: one page per string, each drawn in Helvetica; with
// `first_label` > 0 the catalog numbers the pages from it (/PageLabels), as
// a book's excerpt does. Written by hand here (objects, then a cross-
// reference table of their byte offsets), so the test needs no PDF tool.
std::string MakePdf(const std::vector<std::string>& pages,
                    int first_label = 0) {
  std::vector<std::string> objects;
  std::string catalog = "<< /Type /Catalog /Pages 2 0 R";
  if (first_label > 0) {
    absl::StrAppend(&catalog, " /PageLabels << /Nums [0 << /S /D /St ",
                    first_label, " >>] >>");
  }
  objects.push_back(catalog + " >>");
  std::string kids;
  for (size_t i = 0; i < pages.size(); ++i) {
    absl::StrAppend(&kids, i == 0 ? "" : " ", 4 + 2 * i, " 0 R");
  }
  objects.push_back(absl::StrCat("<< /Type /Pages /Kids [", kids, "] /Count ",
                                 pages.size(), " >>"));
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (size_t i = 0; i < pages.size(); ++i) {
    objects.push_back(absl::StrCat(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << "
        "/Font << /F1 3 0 R >> >> /Contents ",
        5 + 2 * i, " 0 R >>"));
    const std::string content =
        absl::StrCat("BT /F1 12 Tf 72 720 Td (", pages[i], ") Tj ET");
    objects.push_back(absl::StrCat("<< /Length ", content.size(),
                                   " >>\nstream\n", content, "\nendstream"));
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    absl::StrAppend(&pdf, i + 1, " 0 obj\n", objects[i], "\nendobj\n");
  }
  const size_t xref = pdf.size();
  absl::StrAppend(&pdf, "xref\n0 ", objects.size() + 1,
                  "\n0000000000 65535 f \n");
  for (size_t offset : offsets) {
    const std::string digits = absl::StrCat(offset);
    absl::StrAppend(&pdf, std::string(10 - digits.size(), '0'), digits,
                    " 00000 n \n");
  }
  absl::StrAppend(&pdf, "trailer\n<< /Size ", objects.size() + 1,
                  " /Root 1 0 R >>\nstartxref\n", xref, "\n%%EOF\n");
  return pdf;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::string path = ::testing::TempDir() + name;
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

}  // namespace
}  // namespace checker
