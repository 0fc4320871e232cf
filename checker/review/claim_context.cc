#include "checker/review/claim_context.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"

namespace checker {
namespace {

// Longest context shown on each side of the figure's sentence.
constexpr uint32_t kMaxSideBytes = 600;

// Moves `offset` back to the start of a UTF-8 character.
uint32_t CharStart(absl::string_view text, uint32_t offset) {
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  return offset;
}

ClaimContext FromQuote(const Provenance& p) {
  ClaimContext context;
  const std::string& quote = p.quote();
  const uint32_t in_quote = p.begin() >= p.quote_begin()
                                ? p.begin() - p.quote_begin()
                                : static_cast<uint32_t>(quote.size());
  const uint32_t length = p.end() >= p.begin() ? p.end() - p.begin() : 0;
  if (in_quote + length > quote.size()) {  // the quote misses the span
    context.before = absl::StrCat(p.prefix(), quote, p.suffix());
    context.begin = p.quote_begin() >= p.prefix().size()
                        ? p.quote_begin() - p.prefix().size()
                        : 0;
    return context;
  }
  context.before = absl::StrCat(p.prefix(), quote.substr(0, in_quote));
  context.figure = quote.substr(in_quote, length);
  context.after = absl::StrCat(quote.substr(in_quote + length), p.suffix());
  context.begin = p.quote_begin() >= p.prefix().size()
                      ? p.quote_begin() - p.prefix().size()
                      : 0;
  return context;
}

}  // namespace

absl::StatusOr<const DocumentCache::Document*> DocumentCache::Get(
    const std::string& path) {
  auto it = documents_.find(path);
  if (it != documents_.end()) return &it->second;
  absl::StatusOr<std::string> text =
      ReadFile(absl::StrCat(docs_root_, "/", path));
  if (!text.ok()) return text.status();
  Document doc;
  doc.text = *std::move(text);
  doc.sentences = SplitSentences(doc.text);
  return &documents_.emplace(path, std::move(doc)).first->second;
}

ClaimContext ContextOf(const Claim& claim, DocumentCache* docs) {
  const Provenance& p = claim.provenance();
  if (!docs->has_root() || p.document().empty()) return FromQuote(p);
  absl::StatusOr<const DocumentCache::Document*> doc = docs->Get(p.document());
  if (!doc.ok()) return FromQuote(p);
  const std::string& text = (*doc)->text;
  // The document must still hold the quote where the claim says it is.
  if (p.end() > text.size() || p.begin() > p.end() ||
      (!p.quote().empty() &&
       absl::string_view(text).substr(p.quote_begin(), p.quote().size()) !=
           p.quote())) {
    return FromQuote(p);
  }
  const std::vector<TextSpan>& sentences = (*doc)->sentences;
  // The sentence holding the figure, and one on each side.
  auto holding =
      std::find_if(sentences.begin(), sentences.end(),
                   [&](const TextSpan& s) { return s.end > p.begin(); });
  uint32_t begin = p.begin();
  uint32_t end = p.end();
  if (holding != sentences.end() && holding->begin <= p.begin()) {
    begin = holding == sentences.begin() ? holding->begin
                                         : std::prev(holding)->begin;
    auto next = std::next(holding);
    end = std::max(end, next == sentences.end() ? holding->end : next->end);
  }
  begin = CharStart(text, std::max(begin, p.begin() > kMaxSideBytes
                                              ? p.begin() - kMaxSideBytes
                                              : 0u));
  end = CharStart(
      text, std::min<uint32_t>(std::min<uint32_t>(end, p.end() + kMaxSideBytes),
                               static_cast<uint32_t>(text.size())));
  if (end < p.end()) end = p.end();
  ClaimContext context;
  context.from_document = true;
  context.begin = begin;
  context.before = text.substr(begin, p.begin() - begin);
  context.figure = text.substr(p.begin(), p.end() - p.begin());
  context.after = text.substr(p.end(), end - p.end());
  return context;
}

}  // namespace checker
