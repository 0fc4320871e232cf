// Test helper: PDF files written by hand, so tests need no PDF tool.
#ifndef CHECKER_TEXT_PDF_TEST_UTIL_H_
#define CHECKER_TEXT_PDF_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace checker::testing {

// A minimal valid PDF: one page per string, each drawn in Helvetica; with
// `first_label` > 0 the catalog numbers the pages from it (/PageLabels), as
// a book's excerpt does. Written by hand here (objects, then a cross-
// reference table of their byte offsets), so the test needs no PDF tool.
inline std::string MakePdf(const std::vector<std::string>& pages,
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

}  // namespace checker::testing

#endif  // CHECKER_TEXT_PDF_TEST_UTIL_H_
