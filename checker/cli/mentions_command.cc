// `checker mentions FILE... [--reference-date YYYY-MM-DD]`: prints every
// mention found in each file as one JSON object per line ("-" reads
// standard input as plain text). A file is loaded as `extract` loads it
// (LoadDocument: HTML as its text, PDF through poppler), so the mentions
// are those of the document's text, with the offsets extract's claims and
// lint use: file offsets for text, Markdown and HTML, offsets into the
// extracted text for a PDF (whose mentions also carry the PDF's page
// label). A file that cannot be read or is not valid UTF-8 is reported on
// stderr as "FILE: message"; the other files are still processed and the
// exit code is then 2.
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/match.h"
#include "checker/base/iso_day.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/extract/extractor.h"
#include "checker/extract/mention_format.h"
#include "checker/text/document.h"
#include "checker/text/document_input.h"

namespace checker {
namespace {

struct MentionsFlags {
  std::vector<std::string> files;
  std::string reference_date;
};

int RunMentions(const MentionsFlags& flags, std::istream& in,
                std::ostream& stdout_stream, std::ostream& err) {
  ExtractOptions options;
  if (!flags.reference_date.empty()) {
    absl::StatusOr<int64_t> day = ParseIsoDay(flags.reference_date);
    if (!day.ok()) {
      err << "checker mentions: --reference-date: " << day.status().message()
          << "\n";
      return kExitUsage;
    }
    options.reference_date = date::sys_days{date::days{*day}};
  }
  int exit_code = kExitOk;
  std::string out;
  for (const std::string& file : flags.files) {
    LoadedDocument doc;
    if (file == "-") {
      doc.text.assign(std::istreambuf_iterator<char>(in),
                      std::istreambuf_iterator<char>());
      absl::Status text_ok = CheckDocumentText(file, doc.text);
      if (!text_ok.ok()) {
        err << text_ok.message() << "\n";
        exit_code = kExitUsage;
        continue;
      }
    } else {
      absl::StatusOr<LoadedDocument> loaded = LoadDocument(file);
      if (!loaded.ok()) {
        // LoadDocument's message names the path already ("x.txt: ...").
        const absl::string_view message = loaded.status().message();
        if (!absl::StartsWith(message, file)) err << file << ": ";
        err << message << "\n";
        exit_code = kExitUsage;
        continue;
      }
      doc = *std::move(loaded);
    }
    const std::string& text = doc.text;
    // Streamed: the JSON goes out in blocks of about 1 MiB as the text is
    // scanned, so memory does not grow with the number of mentions.
    constexpr size_t kFlushBytes = 1 << 20;
    out.clear();
    absl::Status extracted = ForEachMention(text, options, [&](Mention&& m) {
      // A PDF's pages are its form feeds, as extract cites them.
      if (doc.has_pages) m.page = PageAt(doc.pages, m.begin);
      out += MentionToJson(m, text, file, doc.original_offsets);
      out += '\n';
      if (out.size() >= kFlushBytes) {
        stdout_stream << out;
        out.clear();
      }
    });
    if (!extracted.ok()) {
      err << file << ": " << extracted.message() << "\n";
      exit_code = kExitUsage;
      continue;
    }
    stdout_stream << out;
  }
  stdout_stream.flush();
  return exit_code;
}

}  // namespace

void AddMentionsCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<MentionsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "mentions",
      "Print the figures, dates and durations found in FILEs as JSON lines");
  cmd->add_option(
         "files", flags->files,
         "Documents (text, Markdown, HTML, PDF); \"-\" reads stdin as text")
      ->required();
  cmd->add_option("--reference-date", flags->reference_date,
                  "The documents' own date (YYYY-MM-DD) for \"yesterday\"");
  cmd->callback([flags, context] {
    context->exit_code =
        RunMentions(*flags, std::cin, *context->out, *context->err);
  });
}

}  // namespace checker
