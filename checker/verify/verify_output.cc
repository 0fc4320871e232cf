#include "checker/verify/verify_output.h"

#include <cmath>
#include <map>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/base/escape.h"
#include "checker/base/number_text.h"
#include "checker/verify/subject_display.h"

namespace checker {
namespace {

constexpr Outcome kAllOutcomes[] = {Outcome::kSupported, Outcome::kDisputed,
                                    Outcome::kContradicted,
                                    Outcome::kUnsupported, Outcome::kUnlinked};

std::string Quoted(absl::string_view text) { return JsonString(text); }

// A figure written across a line break, on one line.
std::string OneLine(absl::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return line;
}

const char* JsonBool(bool value) { return value ? "true" : "false"; }

std::string Lower(Outcome outcome) {
  return absl::AsciiStrToLower(OutcomeName(outcome));
}

std::string SubjectJson(const Subject& subject) {
  std::string out = absl::StrCat("{\"entity\":", Quoted(subject.entity()),
                                 ",\"attribute\":", Quoted(subject.attribute()),
                                 ",\"qualifier\":{");
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  bool first = true;
  for (const auto& [name, value] : sorted) {
    absl::StrAppend(&out, first ? "" : ",", Quoted(name), ":", Quoted(value));
    first = false;
  }
  return absl::StrCat(out, "}}");
}

std::string IntervalJson(const ValueInterval& interval) {
  return absl::StrCat("{\"low\":", JsonNumber(interval.low),
                      ",\"high\":", JsonNumber(interval.high),
                      ",\"low_exclusive\":", JsonBool(interval.low_exclusive),
                      ",\"high_exclusive\":", JsonBool(interval.high_exclusive),
                      ",\"derivation\":", Quoted(interval.derivation), "}");
}

std::string FigureJson(const FigureVerdict& f) {
  std::string out = absl::StrCat(
      "{\"line\":", f.line, ",\"column\":", f.column, ",\"begin\":", f.begin,
      ",\"end\":", f.end, ",\"text\":", Quoted(f.text),
      ",\"outcome\":", Quoted(OutcomeName(f.outcome)));
  if (f.outcome == Outcome::kUnlinked) {
    absl::StrAppend(&out, ",\"unlinked_reason\":", Quoted(f.unlinked_reason));
  } else {
    absl::StrAppend(&out, ",\"subject\":", SubjectJson(f.subject));
  }
  if (f.has_interval) {
    absl::StrAppend(&out, ",\"interval\":", IntervalJson(f.interval));
  }
  absl::StrAppend(&out, ",\"sources_range\":", Quoted(f.sources_range),
                  ",\"sources\":[");
  for (size_t i = 0; i < f.sources.size(); ++i) {
    const SourceClaim& s = f.sources[i];
    absl::StrAppend(&out, i ? "," : "", "{\"claim\":", Quoted(s.claim_id),
                    ",\"source\":", Quoted(s.source),
                    ",\"text\":", Quoted(s.text), ",\"page\":", Quoted(s.page),
                    ",\"interval\":", IntervalJson(s.interval), "}");
  }
  absl::StrAppend(&out, "],\"message\":", Quoted(f.message),
                  ",\"footnote\":", Quoted(f.footnote), "}");
  return out;
}

// A footnote label prefix that the draft does not use yet.
std::string FootnotePrefix(absl::string_view draft_text) {
  std::string prefix = "v";
  while (absl::StrContains(draft_text, absl::StrCat("[^", prefix))) {
    prefix += "v";
  }
  return prefix;
}

std::string Capitalized(Outcome outcome) {
  std::string name = Lower(outcome);
  name[0] = absl::ascii_toupper(name[0]);
  return name;
}

}  // namespace

std::string VerifySummary(const VerifyResult& result) {
  std::string out = absl::StrCat(result.figures.size(), " figures");
  const char* separator = ": ";
  for (Outcome outcome : kAllOutcomes) {
    absl::StrAppend(&out, separator, result.Count(outcome), " ",
                    Lower(outcome));
    separator = ", ";
  }
  return out;
}

void WriteVerifyText(const VerifyResult& result, std::ostream* out) {
  for (const FigureVerdict& f : result.figures) {
    *out << result.draft_path << ":" << f.line << ":" << f.column << ": "
         << OutcomeName(f.outcome) << " \"" << OneLine(f.text) << "\"";
    if (f.outcome != Outcome::kUnlinked) {
      *out << " " << SubjectDisplay(f.subject);
    }
    *out << " \u2014 " << f.message << "\n";
  }
  *out << result.draft_path << ": " << VerifySummary(result) << "\n";
}

void WriteVerifyJson(const VerifyResult& result, std::ostream* out) {
  *out << "{\"draft\":" << Quoted(result.draft_path) << ",\"summary\":{";
  const char* separator = "";
  for (Outcome outcome : kAllOutcomes) {
    *out << separator << Quoted(Lower(outcome)) << ":" << result.Count(outcome);
    separator = ",";
  }
  *out << "},\"figures\":[";
  for (size_t i = 0; i < result.figures.size(); ++i) {
    *out << (i ? ",\n" : "\n") << FigureJson(result.figures[i]);
  }
  *out << "\n]}\n";
}

void WriteVerifyHtml(const VerifyResult& result, std::ostream* out) {
  const std::string title =
      HtmlEscape(absl::StrCat("checker verify: ", result.draft_path));
  *out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
          "charset=\"utf-8\">\n"
       << "<title>" << title << "</title>\n<style>\n"
       << "body{font-family:sans-serif;margin:2em}"
       << "table{border-collapse:collapse}"
       << "td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}"
       << ".contradicted{background:#fdd}.unsupported{background:#ffe9c7}"
       << ".disputed{background:#fff6bf}.supported{background:#e3f6e3}"
       << ".unlinked{color:#666}\n</style>\n</head>\n<body>\n"
       << "<h1>" << title << "</h1>\n<p>" << HtmlEscape(VerifySummary(result))
       << "</p>\n<table>\n<tr><th>Line:col</th><th>Outcome</th><th>Figure</th>"
       << "<th>Subject</th><th>What the sources say</th></tr>\n";
  for (const FigureVerdict& f : result.figures) {
    *out << "<tr class=\"" << Lower(f.outcome) << "\"><td>" << f.line << ":"
         << f.column << "</td><td>" << OutcomeName(f.outcome) << "</td><td>"
         << HtmlEscape(f.text) << "</td><td>"
         << (f.outcome == Outcome::kUnlinked
                 ? ""
                 : HtmlEscape(SubjectDisplay(f.subject)))
         << "</td><td>" << HtmlEscape(f.message) << "</td></tr>\n";
  }
  *out << "</table>\n</body>\n</html>\n";
}

std::string AnnotateMarkdown(absl::string_view draft_text,
                             const VerifyResult& result) {
  const std::string prefix = FootnotePrefix(draft_text);
  std::string body, notes;
  size_t copied = 0;
  int number = 0;
  for (const FigureVerdict& f : result.figures) {
    if (f.outcome == Outcome::kUnlinked || f.end > draft_text.size() ||
        f.end < copied) {
      continue;
    }
    const std::string label = absl::StrCat("[^", prefix, ++number, "]");
    absl::StrAppend(&body, draft_text.substr(copied, f.end - copied), label);
    copied = f.end;
    absl::StrAppend(&notes, label, ": ", Capitalized(f.outcome), ". ",
                    f.footnote, "\n");
  }
  absl::StrAppend(&body, draft_text.substr(copied));
  if (notes.empty()) return body;
  if (!body.empty() && body.back() != '\n') body += '\n';
  return absl::StrCat(body, "\n", notes);
}

}  // namespace checker
