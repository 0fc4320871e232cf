// `checker mentions FILE... [--reference-date YYYY-MM-DD]`: prints every
// mention found in each file as one JSON object per line ("-" reads
// standard input). A file that cannot be read or is not valid UTF-8 is
// reported on stderr as "FILE: message"; the other files are still
// processed and the exit code is then 2.
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/cli/exit_code.h"
#include "checker/extract/extractor.h"
#include "checker/extract/mention_format.h"

namespace checker {
namespace {

struct MentionsFlags {
  std::vector<std::string> files;
  std::string reference_date;
};

// "1953-03-06" to a day; false when malformed or impossible.
bool ParseIsoDay(const std::string& s, date::sys_days* out) {
  std::vector<absl::string_view> parts = absl::StrSplit(s, '-');
  int y = 0, m = 0, d = 0;
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].size() != 2 ||
      parts[2].size() != 2 || !absl::SimpleAtoi(parts[0], &y) ||
      !absl::SimpleAtoi(parts[1], &m) || !absl::SimpleAtoi(parts[2], &d)) {
    return false;
  }
  const date::year_month_day ymd{date::year{y},
                                 date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return false;
  *out = date::sys_days{ymd};
  return true;
}

int RunMentions(const MentionsFlags& flags) {
  ExtractOptions options;
  if (!flags.reference_date.empty()) {
    date::sys_days day;
    if (!ParseIsoDay(flags.reference_date, &day)) {
      std::cerr << "--reference-date: expected YYYY-MM-DD, got \""
                << flags.reference_date << "\"\n";
      return kExitUsage;
    }
    options.reference_date = day;
  }
  int exit_code = kExitOk;
  std::string out;
  for (const std::string& file : flags.files) {
    std::string text;
    if (file == "-") {
      text.assign(std::istreambuf_iterator<char>(std::cin),
                  std::istreambuf_iterator<char>());
    } else {
      absl::StatusOr<std::string> read = ReadFile(file);
      if (!read.ok()) {
        // ReadFile's message names the path already ("x.txt: no such file").
        const absl::string_view message = read.status().message();
        if (!absl::StartsWith(message, file)) std::cerr << file << ": ";
        std::cerr << message << "\n";
        exit_code = kExitUsage;
        continue;
      }
      text = *std::move(read);
    }
    absl::StatusOr<std::vector<Mention>> mentions =
        ExtractMentions(text, options);
    if (!mentions.ok()) {
      std::cerr << file << ": " << mentions.status().message() << "\n";
      exit_code = kExitUsage;
      continue;
    }
    out.clear();
    for (const Mention& m : *mentions) {
      out += MentionToJson(m, text, file);
      out += '\n';
    }
    std::cout << out;
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

void AddMentionsCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<MentionsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "mentions",
      "Print the figures, dates and durations found in FILEs as JSON lines");
  cmd->add_option("files", flags->files, "Text files; \"-\" reads stdin")
      ->required();
  cmd->add_option("--reference-date", flags->reference_date,
                  "The documents' own date (YYYY-MM-DD) for \"yesterday\"");
  cmd->callback([flags, exit_code] { *exit_code = RunMentions(*flags); });
}

}  // namespace checker
