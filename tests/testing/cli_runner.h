// Shared fixture for end-to-end tests of the `checker` binary.
//
// Each test gets its own scratch directory (unique per test and process, as
// ctest runs tests in parallel) and runs the built binary
// ($CHECKER_BINARY_DIR/bin/checker) in it, capturing exit code and output.
//
//   class ReportTest : public checker::testing::CliTest {};
//   TEST_F(ReportTest, X) { RunResult run = Run("report claims --out r"); }
#ifndef CHECKER_TESTS_TESTING_CLI_RUNNER_H_
#define CHECKER_TESTS_TESTING_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace checker::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Occurrences of `needle` in `text` (overlapping ones too).
inline int Count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

inline std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    namespace fs = std::filesystem;
    const char* build = std::getenv("CHECKER_BINARY_DIR");
    binary_ = fs::absolute(fs::path(build != nullptr ? build : "build") /
                           "bin" / "checker");
    ASSERT_TRUE(fs::exists(binary_)) << binary_ << " missing; build it first";
    repo_root_ = fs::current_path();
    root_ =
        fs::path(::testing::TempDir()) /
        (std::string(::testing::UnitTest::GetInstance()
                         ->current_test_info()
                         ->test_suite_name()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() +
         "_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  // Writes `text` to `relative` under the scratch directory.
  void Write(const std::string& relative, const std::string& text) {
    std::filesystem::path path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

  // Runs `checker args` in the scratch directory; `env` is prepended
  // ("VAR=value ...").
  RunResult Run(const std::string& args, const std::string& env = "") {
    std::string command = "cd '" + root_.string() + "' && " + env + " '" +
                          binary_.string() + "' " + args +
                          " >.out.txt 2>.err.txt </dev/null";
    int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = Slurp(root_ / ".out.txt");
    result.err = Slurp(root_ / ".err.txt");
    return result;
  }

  std::filesystem::path binary_;
  std::filesystem::path repo_root_;  // tests run from the repository root
  std::filesystem::path root_;
};

}  // namespace checker::testing

#endif  // CHECKER_TESTS_TESTING_CLI_RUNNER_H_
