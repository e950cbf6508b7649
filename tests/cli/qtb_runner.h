// Runs the built `qtb` binary for end-to-end tests and captures its exit code and output.
#pragma once

#include <string>
#include <vector>

namespace qtb::testing {

struct QtbRun {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `qtb ARGS...` in `work_dir` (arguments are shell-quoted).
QtbRun run_qtb(const std::vector<std::string>& args, const std::string& work_dir);

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Reads a whole file ("" if missing); writes a whole file.
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

// $QTB_SOURCE_DIR/<relative>.
std::string source_path(const std::string& relative);

}  // namespace qtb::testing
