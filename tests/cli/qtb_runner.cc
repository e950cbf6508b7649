#include "qtb_runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace qtb::testing {
namespace {

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (const char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

QtbRun run_qtb(const std::vector<std::string>& args, const std::string& work_dir) {
  std::string command = "cd " + shell_quote(work_dir) + " && " + shell_quote(QTB_BINARY);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  const std::string out_path = work_dir + "/.qtb_stdout";
  const std::string err_path = work_dir + "/.qtb_stderr";
  command += " >" + shell_quote(out_path) + " 2>" + shell_quote(err_path);
  const int status = std::system(command.c_str());  // NOLINT(cert-env33-c): test driver
  QtbRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(out_path);
  run.err = read_file(err_path);
  return run;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "qtb-cli-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string source_path(const std::string& relative) {
  const char* root = std::getenv("QTB_SOURCE_DIR");  // NOLINT(concurrency-mt-unsafe): tests
  return std::string(root == nullptr ? "." : root) + "/" + relative;
}

}  // namespace qtb::testing
