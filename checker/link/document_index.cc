#include "checker/link/document_index.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace checker {
namespace {

// Index of the last span whose begin <= offset, or -1.
int LastStartingAtOrBefore(const std::vector<TextSpan>& spans,
                           uint32_t offset) {
  auto it = std::upper_bound(
      spans.begin(), spans.end(), offset,
      [](uint32_t value, const TextSpan& span) { return value < span.begin; });
  return static_cast<int>(it - spans.begin()) - 1;
}

bool IsNumberedHeading(absl::string_view line) {
  // "(6) ...", "6. ...", "6) ...", "VI. ..."
  size_t i = 0;
  if (i < line.size() && line[i] == '(') ++i;
  size_t digits = i;
  while (i < line.size() && absl::ascii_isdigit(line[i])) ++i;
  if (i == digits || i - digits > 3) return false;
  if (i >= line.size() || (line[i] != ')' && line[i] != '.')) return false;
  return i + 1 < line.size() && line[i + 1] == ' ';
}

bool IsClauseBoundary(absl::string_view text, size_t i) {
  const char c = text[i];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' ||
      c == ']') {
    return true;
  }
  if (c == '-' && i > 0 && i + 1 < text.size() && text[i - 1] == ' ' &&
      text[i + 1] == ' ') {
    return true;  // " - "
  }
  // Em dash (U+2014) and en dash (U+2013): E2 80 94 / E2 80 93.
  return static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[i + 2]) == 0x94 ||
          (static_cast<unsigned char>(text[i + 2]) == 0x93 && i > 0 &&
           text[i - 1] == ' '));
}

bool Protected(const std::vector<TextSpan>& spans, size_t i) {
  const int k = LastStartingAtOrBefore(spans, static_cast<uint32_t>(i));
  return k >= 0 && i < spans[k].end;
}

}  // namespace

bool LooksLikeHeading(absl::string_view line) {
  line = absl::StripAsciiWhitespace(line);
  if (line.empty()) return false;
  if (line[0] == '#') return true;
  if (IsNumberedHeading(line)) return line.size() <= 300;
  if (line.size() > 100 || line.find('\n') != absl::string_view::npos) {
    return false;
  }
  const char last = line.back();
  return last != '.' && last != ':' && last != ';' && last != ',' &&
         !absl::EndsWith(line, ".\"") && !absl::EndsWith(line, "\xE2\x80\x9D");
}

DocumentIndex::DocumentIndex(absl::string_view text) : text_(text) {
  paragraphs_ = SplitParagraphs(text);
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    const TextSpan para = paragraphs_[p];
    absl::string_view body = text.substr(para.begin, para.end - para.begin);
    is_heading_.push_back(LooksLikeHeading(body));
    for (TextSpan s : SplitSentences(body)) {
      sentences_.push_back({para.begin + s.begin, para.begin + s.end});
      sentence_paragraph_.push_back(static_cast<int>(p));
    }
  }
}

int DocumentIndex::ParagraphAt(uint32_t offset) const {
  return LastStartingAtOrBefore(paragraphs_, offset);
}

int DocumentIndex::SentenceAt(uint32_t offset) const {
  return LastStartingAtOrBefore(sentences_, offset);
}

int DocumentIndex::PreviousSentenceInParagraph(int s) const {
  if (s <= 0) return -1;
  return sentence_paragraph_[s - 1] == sentence_paragraph_[s] ? s - 1 : -1;
}

int DocumentIndex::HeadingBefore(int p) const {
  for (int q = p - 1; q >= 0; --q) {
    if (is_heading_[q]) return q;
  }
  return -1;
}

TextSpan DocumentIndex::ClauseAround(
    int s, uint32_t begin, uint32_t end,
    const std::vector<TextSpan>& protected_spans) const {
  const TextSpan sentence = sentences_[s];
  TextSpan clause{std::max(sentence.begin, std::min(begin, sentence.end)),
                  std::min(sentence.end, std::max(end, sentence.begin))};
  while (clause.begin > sentence.begin &&
         !(IsClauseBoundary(text_, clause.begin - 1) &&
           !Protected(protected_spans, clause.begin - 1))) {
    --clause.begin;
  }
  while (clause.end < sentence.end &&
         !(IsClauseBoundary(text_, clause.end) &&
           !Protected(protected_spans, clause.end))) {
    ++clause.end;
  }
  return clause;
}

}  // namespace checker
