#include "checker/text/html_text.h"

#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/strip.h"

namespace checker {
namespace {

struct NamedReference {
  const char* name;
  const char* utf8;
};

// Named character references common in prose.
constexpr NamedReference kNamedReferences[] = {
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", " "},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"hellip", "\xE2\x80\xA6"},
    {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"},
    {"eacute", "\xC3\xA9"},
    {"egrave", "\xC3\xA8"},
    {"aacute", "\xC3\xA1"},
    {"iacute", "\xC3\xAD"},
    {"oacute", "\xC3\xB3"},
    {"uacute", "\xC3\xBA"},
    {"auml", "\xC3\xA4"},
    {"ouml", "\xC3\xB6"},
    {"uuml", "\xC3\xBC"},
    {"szlig", "\xC3\x9F"},
    {"deg", "\xC2\xB0"},
    {"sect", "\xC2\xA7"},
    {"copy", "\xC2\xA9"},
    {"shy", ""},
};

constexpr const char* kBlockTags[] = {
    "p",          "div",     "br",      "h1",      "h2",         "h3",
    "h4",         "h5",      "h6",      "li",      "ul",         "ol",
    "tr",         "table",   "section", "article", "blockquote", "header",
    "footer",     "title",   "hr",      "dt",      "dd",         "pre",
    "figcaption", "caption", "td",      "th"};

std::string EncodeUtf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Decodes the reference at html[pos] ('&'); sets *len. False if it is not
// one (then the '&' is literal text).
bool DecodeReference(absl::string_view html, size_t pos, std::string* out,
                     size_t* len) {
  const size_t semi = html.find(';', pos);
  if (semi == absl::string_view::npos || semi - pos > 12) return false;
  absl::string_view name = html.substr(pos + 1, semi - pos - 1);
  if (absl::ConsumePrefix(&name, "#")) {
    uint32_t cp = 0;
    const bool hex =
        absl::ConsumePrefix(&name, "x") || absl::ConsumePrefix(&name, "X");
    if (name.empty() || (hex ? !absl::SimpleHexAtoi(name, &cp)
                             : !absl::SimpleAtoi(name, &cp))) {
      return false;
    }
    if (cp == 0 || cp >= 0x110000 || (cp >= 0xD800 && cp <= 0xDFFF)) {
      cp = 0xFFFD;
    }
    *out = cp == 0xA0 ? " " : EncodeUtf8(cp);
    *len = semi - pos + 1;
    return true;
  }
  for (const NamedReference& r : kNamedReferences) {
    if (name == r.name) {
      *out = r.utf8;
      *len = semi - pos + 1;
      return true;
    }
  }
  return false;
}

class Stripper {
 public:
  explicit Stripper(absl::string_view html) : html_(html) {}

  HtmlText Run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const char c = html_[pos];
      if (c == '<') {
        pos = SkipMarkup(pos);
      } else if (c == '&') {
        std::string decoded;
        size_t len = 1;
        if (DecodeReference(html_, pos, &decoded, &len)) {
          for (char d : decoded) Emit(d, pos);
        } else {
          Emit('&', pos);
        }
        pos += len;
      } else {
        Emit(c, pos);
        ++pos;
      }
    }
    out_.offsets.push_back(static_cast<uint32_t>(html_.size()));
    return std::move(out_);
  }

 private:
  // Appends one byte; whitespace collapses to one space, and none is kept
  // right after a paragraph break.
  void Emit(char c, size_t from) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (out_.text.empty() || out_.text.back() == ' ' ||
          out_.text.back() == '\n') {
        return;
      }
      c = ' ';
    }
    out_.text += c;
    out_.offsets.push_back(static_cast<uint32_t>(from));
  }

  void Break(size_t from) {
    while (!out_.text.empty() && out_.text.back() == ' ') {
      out_.text.pop_back();
      out_.offsets.pop_back();
    }
    if (out_.text.empty() || absl::EndsWith(out_.text, "\n\n")) return;
    while (!absl::EndsWith(out_.text, "\n\n")) {
      out_.text += '\n';
      out_.offsets.push_back(static_cast<uint32_t>(from));
    }
  }

  // Skips the tag, comment or declaration at `pos`; returns the position
  // after it (and after a script/style element's content).
  size_t SkipMarkup(size_t pos) {
    if (html_.substr(pos, 4) == "<!--") {
      const size_t end = html_.find("-->", pos + 4);
      return end == absl::string_view::npos ? html_.size() : end + 3;
    }
    const size_t end = html_.find('>', pos);
    if (end == absl::string_view::npos) return html_.size();
    absl::string_view tag = html_.substr(pos + 1, end - pos - 1);
    const bool closing = absl::ConsumePrefix(&tag, "/");
    const size_t name_end = tag.find_first_of(" \t\r\n/>");
    const std::string name = absl::AsciiStrToLower(tag.substr(0, name_end));
    for (const char* block : kBlockTags) {
      if (name == block) Break(pos);
    }
    if (!closing && (name == "script" || name == "style")) {
      const std::string close = "</" + name;
      size_t stop = end;
      while (stop != absl::string_view::npos &&
             !absl::EqualsIgnoreCase(html_.substr(stop, close.size()), close)) {
        stop = html_.find('<', stop + 1);
      }
      if (stop == absl::string_view::npos) return html_.size();
      const size_t after = html_.find('>', stop);
      return after == absl::string_view::npos ? html_.size() : after + 1;
    }
    return end + 1;
  }

  absl::string_view html_;
  HtmlText out_;
};

}  // namespace

HtmlText StripHtml(absl::string_view html) { return Stripper(html).Run(); }

}  // namespace checker
