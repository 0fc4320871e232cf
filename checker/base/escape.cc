#include "checker/base/escape.h"

#include <cmath>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace checker {

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string MarkdownEscape(absl::string_view text) {
  static constexpr absl::string_view kSpecial = "\\`*[]<>|#~^$@";
  auto is_alnum = [&](size_t i) {
    return i < text.size() &&
           absl::ascii_isalnum(static_cast<unsigned char>(text[i]));
  };
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += ' ';
      continue;
    }
    // An underscore inside a word ("gulag_population") starts no emphasis.
    bool word_underscore =
        c == '_' && i > 0 && is_alnum(i - 1) && is_alnum(i + 1);
    if (absl::StrContains(kSpecial, c) || (c == '_' && !word_underscore)) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string CsvText(absl::string_view text) {
  bool formula = !text.empty() && absl::StrContains("=+-@\t\r", text[0]);
  std::string cell = absl::StrCat(formula ? "'" : "", text);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvNumber(double value) {
  if (!std::isfinite(value)) return "";
  if (std::trunc(value) == value && std::fabs(value) < 1e15) {
    return absl::StrCat(static_cast<int64_t>(value));
  }
  return absl::StrFormat("%.10g", value);
}

std::string JsonString(absl::string_view text, bool html_safe) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      // <, > and & as \u escapes, so the string can sit inside an HTML
      // <script> or be served as HTML by mistake and still close nothing.
      case '<':
        out += html_safe ? "\\u003c" : "<";
        break;
      case '>':
        out += html_safe ? "\\u003e" : ">";
        break;
      case '&':
        out += html_safe ? "\\u0026" : "&";
        break;
      default:
        if (u < 0x20) {
          out += absl::StrFormat("\\u%04x", u);
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace checker
