// checker check: runs the rules engine over a claim base and prints the
// findings. Split from its CLI11 registration so tests can run it in memory.
#ifndef CHECKER_CLI_CHECK_COMMAND_H_
#define CHECKER_CLI_CHECK_COMMAND_H_

#include <ostream>
#include <string>

#include "proto/finding.pb.h"

namespace checker {

struct CheckFlags {
  std::string dir;    // claim base directory or .binpb file
  std::string rules;  // RulesConfig textproto; "" = the base's own
  std::string docs;   // documents root; "" = $CHECKER_DOCS or none
  bool allow_absolute_documents = false;  // --allow-absolute-documents
  std::string format = "text";            // text | json
  std::string fail_on = "conflict";       // conflict | varying | never
};

// Runs the check; findings go to `out` as the engine emits them (streaming,
// so a base of millions of claims is never held as one report; the JSON is
// byte for byte MessageToJsonString of the Report), problems to `err`. Returns
// the exit code: 0 clean, 1 a finding at or above --fail-on that is not waived,
// 2 unusable input (base not loadable, load errors, bad rules or flags).
int RunCheck(const CheckFlags& flags, std::ostream& out, std::ostream& err);

// The human-readable report: one block per finding, then the summary.
void PrintTextReport(const Report& report, std::ostream& out);
void PrintTextFinding(const Finding& finding, std::ostream& out);
void PrintTextSummary(const ReportSummary& summary, std::ostream& out);

}  // namespace checker

#endif  // CHECKER_CLI_CHECK_COMMAND_H_
