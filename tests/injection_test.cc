// One table of injection payloads run against every output people open:
// report.md, report.html, findings.csv, claims.csv, report.json,
// footnotes.md, and verify's annotated Markdown and HTML. Every free-text
// field of the fixture (claim text, voice, quote, page, document, entity
// name, qualifier, explanation, waiver and reliability notes) carries the
// payload. Markdown outputs are also rendered by pandoc (Pandoc Markdown and
// GFM) when it is installed, and the rendered HTML must hold no element,
// link or attribute that came from the payload.
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/report/csv_writer.h"
#include "checker/report/footnotes_writer.h"
#include "checker/report/html_writer.h"
#include "checker/report/json_writer.h"
#include "checker/report/markdown_writer.h"
#include "checker/report/report_fixture.h"
#include "checker/store/claim_base_set.h"
#include "checker/verify/classify.h"
#include "checker/verify/verify_output.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/report_test_util.h"

namespace checker {
namespace {

constexpr char kPandoc[] = "/usr/bin/pandoc";

struct Payload {
  int line;
  std::string text;
};

const std::vector<Payload>& Payloads() {
  static const auto* kPayloads = new std::vector<Payload>{
      {__LINE__, "<script>alert(1)</script>"},
      {__LINE__, "<img src=x onerror=alert(1)>"},
      {__LINE__, "[click](javascript:alert(1))"},
      {__LINE__, "1](javascript:alert(1)) 307"},
      {__LINE__, "![x](javascript:alert(1))"},
      {__LINE__, "<javascript:alert(1)>"},
      {__LINE__, "\\](javascript:alert(1))"},
      {__LINE__, "`code` and ``x``"},
      {__LINE__, "</details><details open><summary>x"},
      {__LINE__, "a | b | c"},
      {__LINE__, "two\nlines | x\r\n|---|"},
      {__LINE__, "=HYPERLINK(\"http://x\",\"y\")"},
      {__LINE__, "+1+2"},
      {__LINE__, "-2+3"},
      {__LINE__, "@SUM(A1)"},
      {__LINE__, "[^1]: fake note"},
      {__LINE__, "&lt;img src=x onerror=alert(1)&gt;"},
      {__LINE__, "<a href=\"javascript:alert(1)\">x</a>"},
  };
  return *kPayloads;
}

// The fixture with every free-text field set to `text`.
void Poison(const std::string& text, ClaimBase* base, Report* report) {
  for (Entity& entity : base->entities) {
    entity.clear_name();
    entity.add_name(text);
  }
  for (Finding& finding : *report->mutable_finding()) {
    finding.set_explanation(text);
    finding.set_waiver_note(text);
    finding.set_tier_note(text);
    (*finding.mutable_subject()->mutable_qualifier())["year"] = text;
    for (FindingClaim& claim : *finding.mutable_claim()) {
      claim.set_text(text);
      claim.set_voice(text);
      claim.mutable_interval()->set_derivation(text);
      Provenance* provenance = claim.mutable_provenance();
      provenance->set_quote(text);
      provenance->set_page(text);
      provenance->set_document(text);
    }
  }
}

// Occurrences of `needle` whose first character is not backslash-escaped
// (an even number of backslashes before it).
bool ContainsUnescaped(absl::string_view text, absl::string_view needle) {
  for (size_t at = text.find(needle); at != absl::string_view::npos;
       at = text.find(needle, at + 1)) {
    size_t slashes = 0;
    while (slashes < at && text[at - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return true;
  }
  return false;
}

// Markdown the payload cannot have turned into markup.
void ExpectInertMarkdown(const std::string& md, const Payload& p,
                         absl::string_view what) {
  for (absl::string_view needle :
       {"<", "](", "`", "[^1]: fake", "![", "[click"}) {
    EXPECT_FALSE(ContainsUnescaped(md, needle))
        << what << ", payload line " << p.line << ": unescaped '" << needle
        << "' in\n"
        << md;
  }
}

// Problems in the tags of `html` (text is escaped, so every literal '<'
// starts a real tag): a script, image, frame or details element, a
// javascript: URL or an on...= event handler in any attribute. At most
// `own_scripts` <script> elements are the page's own.
std::vector<std::string> LiveMarkup(absl::string_view html, int own_scripts) {
  std::vector<std::string> problems;
  int scripts = 0;
  for (size_t at = html.find('<'); at != absl::string_view::npos;
       at = html.find('<', at + 1)) {
    size_t end = html.find('>', at);
    std::string tag = absl::AsciiStrToLower(
        html.substr(at, end == absl::string_view::npos ? absl::string_view::npos
                                                       : end - at + 1));
    if (absl::StartsWith(tag, "<script")) {
      if (++scripts > own_scripts) problems.push_back(tag);
      continue;
    }
    for (absl::string_view element :
         {"<img", "<iframe", "<details", "</details", "<summary", "<object",
          "<embed", "<svg:script", "<form"}) {
      if (absl::StartsWith(tag, element)) problems.push_back(tag);
    }
    // Attributes, outside quotes: no on...= handler, no javascript: URL.
    size_t i = tag.find_first_of(" \t\n/");
    while (i != std::string::npos && i < tag.size()) {
      i = tag.find_first_not_of(" \t\n/", i);
      if (i == std::string::npos || tag[i] == '>') break;
      size_t name_end = tag.find_first_of("= \t\n>", i);
      std::string name = tag.substr(i, name_end - i);
      std::string value;
      i = name_end;
      if (i < tag.size() && tag[i] == '=') {
        ++i;
        char quote = i < tag.size() ? tag[i] : '\0';
        if (quote == '"' || quote == '\'') {
          size_t close = tag.find(quote, i + 1);
          value = tag.substr(i + 1, close - i - 1);
          i = close == std::string::npos ? close : close + 1;
        } else {
          size_t stop = tag.find_first_of(" \t\n>", i);
          value = tag.substr(i, stop - i);
          i = stop;
        }
      }
      if (absl::StartsWith(name, "on")) problems.push_back(tag);
      if ((name == "href" || name == "src" || name == "action" ||
           name == "xlink:href" || name == "formaction") &&
          absl::StrContains(value, "javascript:")) {
        problems.push_back(tag);
      }
    }
  }
  return problems;
}

// pandoc's HTML for `md`: no element, link or event handler from a payload.
void ExpectInertAfterPandoc(const std::string& md, const Payload& p,
                            absl::string_view what) {
  if (!IsExecutable(kPandoc)) return;
  std::string dir = MakeTempDir();
  ASSERT_TRUE(WriteFileAtomically(dir + "/in.md", md).ok());
  for (const char* dialect : {"markdown", "gfm"}) {
    CommandResult html = RunCommand(
        absl::StrCat(kPandoc, " -f ", dialect, " -t html '", dir, "/in.md'"));
    ASSERT_EQ(html.exit_code, 0) << html.err;
    EXPECT_THAT(LiveMarkup(html.out, 0), ::testing::IsEmpty())
        << what << " (" << dialect << "), payload line " << p.line << ":\n"
        << html.out;
  }
}

void ExpectInertHtml(const std::string& html, const Payload& p,
                     absl::string_view what, int own_scripts) {
  EXPECT_THAT(LiveMarkup(html, own_scripts), ::testing::IsEmpty())
      << what << ", payload line " << p.line;
  EXPECT_FALSE(absl::StrContains(html, "<a "))
      << what << ", payload line " << p.line;
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> ParseCsv(absl::string_view csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::vector<std::string>* row = &rows.back();
  row->emplace_back();
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        row->back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        row->back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row->emplace_back();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      ++i;
      if (i + 1 < csv.size()) {
        rows.emplace_back();
        row = &rows.back();
        row->emplace_back();
      }
    } else {
      row->back() += c;
    }
  }
  return rows;
}

bool IsNumber(const std::string& cell) {
  if (cell.empty()) return false;
  size_t start = cell[0] == '-' ? 1 : 0;
  return start < cell.size() &&
         cell.find_first_not_of("0123456789.", start) == std::string::npos;
}

void ExpectInertCsv(const std::string& csv, const Payload& p,
                    absl::string_view what) {
  std::vector<std::vector<std::string>> rows = ParseCsv(csv);
  ASSERT_GE(rows.size(), 2u) << what;
  for (size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].size(), rows[0].size())
        << what << " row " << r << ", payload line " << p.line;
    for (const std::string& cell : rows[r]) {
      if (cell.empty() || IsNumber(cell)) continue;
      EXPECT_FALSE(absl::StrContains("=+-@\t\r", cell[0]))
          << what << ", payload line " << p.line << ": formula cell " << cell;
    }
  }
}

TEST(InjectionTest, ReportOutputsKeepEveryPayloadInert) {
  for (const Payload& p : Payloads()) {
    ClaimBase base = FixtureClaimBase();
    Report report = FixtureReport();
    Poison(p.text, &base, &report);
    ReportContext context{ClaimBaseSet(base)};

    std::ostringstream md, html, findings, claims, footnotes, json;
    WriteMarkdown(report, context, &md);
    WriteHtml(report, context, &html);
    WriteFindingsCsv(report, context, &findings);
    WriteClaimsCsv(report, context, &claims);
    WriteFootnotes(report, context, &footnotes);
    ASSERT_TRUE(WriteJson(report, &json).ok());

    ExpectInertMarkdown(md.str(), p, "report.md");
    ExpectInertAfterPandoc(md.str(), p, "report.md");
    // footnotes.md's fixed preamble has a code span of its own.
    std::string notes = footnotes.str();
    ExpectInertMarkdown(notes.substr(notes.find("\n## ")), p, "footnotes.md");
    ExpectInertAfterPandoc(footnotes.str(), p, "footnotes.md");
    ExpectInertHtml(html.str(), p, "report.html", /*own_scripts=*/1);
    ExpectInertCsv(findings.str(), p, "findings.csv");
    ExpectInertCsv(claims.str(), p, "claims.csv");

    // JSON: parses, and the payload comes back byte for byte.
    nlohmann::json parsed = nlohmann::json::parse(json.str(), nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << "payload line " << p.line;
    EXPECT_EQ(parsed["finding"][0]["claim"][0]["text"], p.text)
        << "payload line " << p.line;
    EXPECT_FALSE(absl::StrContains(json.str(), "</script"))
        << "payload line " << p.line;

    // Every markdown table row keeps its seven cells (eight pipes).
    for (absl::string_view line : absl::StrSplit(md.str(), '\n')) {
      if (!absl::StartsWith(line, "| ") || absl::StartsWith(line, "| Summary"))
        continue;
      int pipes = 0;
      for (size_t i = 0; i < line.size(); ++i) {
        size_t slashes = 0;
        while (slashes < i && line[i - 1 - slashes] == '\\') ++slashes;
        if (line[i] == '|' && slashes % 2 == 0) ++pipes;
      }
      if (pipes != 3) {  // the two-cell summary rows have three
        EXPECT_EQ(pipes, 8) << "payload line " << p.line << ": " << line;
      }
    }
  }
}

TEST(InjectionTest, VerifyOutputsKeepEveryPayloadInert) {
  for (const Payload& p : Payloads()) {
    SubjectEvidence evidence;
    SourceClaim source;
    source.claim_id = "c1";
    source.source = "heller1985";
    source.text = p.text;
    source.page = p.text;
    source.interval.kind = VALUE_QUANTITY;
    source.interval.low = source.interval.high = 300;
    evidence.claims.push_back(source);
    ValueInterval draft;
    draft.kind = VALUE_QUANTITY;
    draft.low = draft.high = 5000;
    Classification c = Classify(draft, evidence, p.text);

    VerifyResult result;
    result.draft_path = p.text;
    FigureVerdict figure;
    figure.begin = 10;
    figure.end = 15;
    figure.line = figure.column = 1;
    figure.text = p.text;
    figure.outcome = c.outcome;
    figure.subject.set_entity(p.text);
    figure.subject.set_attribute(p.text);
    figure.message = c.message;
    figure.footnote = c.footnote;
    result.figures.push_back(figure);

    // Dispute, whose footnote also carries the engine's plain text.
    evidence.verdict = CONFLICT;
    evidence.footnote = p.text;
    draft.low = draft.high = 300;
    Classification d = Classify(draft, evidence, p.text);
    figure.begin = 20;
    figure.end = 25;
    figure.outcome = d.outcome;
    figure.footnote = d.footnote;
    result.figures.push_back(figure);

    std::string annotated =
        AnnotateMarkdown("About 5,000 and 300 men went.\n", result);
    ExpectInertMarkdown(annotated, p, "verify md");
    ExpectInertAfterPandoc(annotated, p, "verify md");

    std::ostringstream html;
    WriteVerifyHtml(result, &html);
    ExpectInertHtml(html.str(), p, "verify html", /*own_scripts=*/0);
  }
}

}  // namespace
}  // namespace checker
