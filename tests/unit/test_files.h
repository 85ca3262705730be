// Data files next to the unit tests: the folder a test source lives in (from
// its __FILE__) and whole-file reads.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace ts::testing {

// "<dir>" of "<dir>/x_test.cpp" (or "." when there is no directory part).
inline std::string source_dir(const std::string& file) {
  size_t slash = file.find_last_of("/\\");
  return slash == std::string::npos ? std::string(".") : file.substr(0, slash);
}

inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace ts::testing
