// checker: cross-references factual claims across sources.
//
// Git-style subcommands (see `checker --help`). Exit codes: 0 clean,
// 1 findings at or above --fail-on, 2 bad usage or unusable input.
#include <iostream>

#include "checker/cli/commands.h"

int main(int argc, char** argv) {
  return checker::RunCli(argc, argv, std::cout, std::cerr);
}
