#include "checker/rules/citation.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace checker {
namespace {

constexpr size_t kShortTitleChars = 28;

std::string PersonName(const Person& person) {
  return person.family().empty() ? person.literal() : person.family();
}

// The title cut at a word boundary near `max_chars`, with an ellipsis.
std::string ShortTitle(absl::string_view title, size_t max_chars) {
  if (title.size() <= max_chars) return std::string(title);
  size_t cut = title.rfind(' ', max_chars);
  if (cut == absl::string_view::npos || cut == 0) cut = max_chars;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  absl::string_view kept = title.substr(0, cut);
  while (!kept.empty() && absl::StrContains(" :;,.-", kept.back())) {
    kept.remove_suffix(1);
  }
  return absl::StrCat(kept, "…");
}

}  // namespace

std::string SourceAuthorText(const Source& source) {
  const auto& authors = source.author();
  if (authors.size() == 1) return PersonName(authors[0]);
  if (authors.size() == 2) {
    return absl::StrCat(PersonName(authors[0]), " and ",
                        PersonName(authors[1]));
  }
  if (authors.size() > 2)
    return absl::StrCat(PersonName(authors[0]), " et al.");
  if (!source.title().empty())
    return ShortTitle(source.title(), kShortTitleChars);
  return source.id();
}

std::string ShortCitation(const Source* source, absl::string_view id) {
  if (source == nullptr) return std::string(id);
  std::string author = SourceAuthorText(*source);
  if (source->year() <= 0) return author;
  return absl::StrCat(author, ", ", source->year());
}

}  // namespace checker
