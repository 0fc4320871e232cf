#include "checker/cli/commands.h"

namespace checker {

// One declaration and one table row per subcommand.

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
  };
  return kCommands;
}

}  // namespace checker
