// The structure of one document as the linker needs it: paragraphs,
// sentences inside them, section headings, and clause boundaries, all as
// byte spans into the document text.
//
// A heading is a paragraph that is a numbered heading ("(6) Conquest's
// figures", "6. Results"), a Markdown heading ("## Losses"), or a short line
// (at most 100 bytes) that does not end like a sentence (., :, ;, ,).
//
// Built once per document; const afterwards.
#ifndef CHECKER_LINK_DOCUMENT_INDEX_H_
#define CHECKER_LINK_DOCUMENT_INDEX_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

class DocumentIndex {
 public:
  // `text` must outlive the index.
  explicit DocumentIndex(absl::string_view text);

  absl::string_view text() const { return text_; }
  const std::vector<TextSpan>& paragraphs() const { return paragraphs_; }
  const std::vector<TextSpan>& sentences() const { return sentences_; }

  // Index of the paragraph / sentence containing `offset` (the nearest one
  // before it when `offset` falls between them); -1 before the first.
  int ParagraphAt(uint32_t offset) const;
  int SentenceAt(uint32_t offset) const;
  // Paragraph index of sentence `s`.
  int ParagraphOfSentence(int s) const { return sentence_paragraph_[s]; }
  // The sentence before `s` in the same paragraph, or -1.
  int PreviousSentenceInParagraph(int s) const;
  // The nearest heading paragraph before paragraph `p` (never `p` itself),
  // or -1.
  int HeadingBefore(int p) const;
  bool IsHeading(int p) const { return is_heading_[p]; }

  // The clause of sentence `s` around [begin, end): the text between the
  // nearest clause boundaries (, ; : ( ) [ ] and dashes) outside
  // `protected_spans` (the figures themselves, whose commas are not
  // boundaries). `protected_spans` is sorted by begin.
  TextSpan ClauseAround(int s, uint32_t begin, uint32_t end,
                        const std::vector<TextSpan>& protected_spans) const;

 private:
  absl::string_view text_;
  std::vector<TextSpan> paragraphs_;
  std::vector<bool> is_heading_;
  std::vector<TextSpan> sentences_;
  std::vector<int> sentence_paragraph_;
};

// Whether `line` looks like a section heading (see above).
bool LooksLikeHeading(absl::string_view line);

}  // namespace checker

#endif  // CHECKER_LINK_DOCUMENT_INDEX_H_
