#include "checker/link/pages.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"

namespace checker {
namespace {

// "(p. 307)" or "(pp. 12-14)" starting at text[at]: the first page, or "".
std::string CitedPage(absl::string_view text, size_t at) {
  absl::string_view rest = text.substr(at);
  if (!absl::ConsumePrefix(&rest, "(p. ") &&
      !absl::ConsumePrefix(&rest, "(pp. ")) {
    return "";
  }
  size_t n = 0;
  while (n < rest.size() && n < 12 &&
         absl::ascii_isalnum(static_cast<unsigned char>(rest[n]))) {
    ++n;
  }
  if (n == 0 || n >= rest.size()) return "";
  const char after = rest[n];
  if (after != ')' && after != '-' && after != ',') return "";
  return std::string(rest.substr(0, n));
}

}  // namespace

std::string PageOf(absl::string_view text,
                   const std::vector<PageMarker>& markers, TextSpan paragraph,
                   TextSpan figure, uint32_t floor) {
  auto it = std::upper_bound(
      markers.begin(), markers.end(), figure.begin,
      [](uint32_t value, const PageMarker& m) { return value < m.span.begin; });
  if (it != markers.begin() && std::prev(it)->span.begin >= floor) {
    return std::prev(it)->page;
  }
  const uint32_t end = std::min<uint32_t>(paragraph.end, text.size());
  for (uint32_t i = figure.end; i < end; ++i) {
    if (text[i] != '(') continue;
    std::string page = CitedPage(text, i);
    if (!page.empty()) return page;
  }
  return "";
}

}  // namespace checker
