// Fuzz harness for ts::parse.
//
// libFuzzer (clang):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     tests/fuzz/fuzz_parser.cpp src/script/front/lexer.cpp src/script/front/parser.cpp -o build/fuzz_parser
//   build/fuzz_parser -max_len=4096 -timeout=5 CORPUS_DIR tests/unit/parser_cases/corpus
// Plain driver (g++, no libFuzzer): parses every file named on the command
// line (directories: every regular file inside), e.g. under ASan:
//   g++ -std=c++20 -g -O1 -fsanitize=address,undefined -DTS_FUZZ_MAIN -Isrc \
//     tests/fuzz/fuzz_parser.cpp src/script/front/lexer.cpp src/script/front/parser.cpp -o build/fuzz_parser
//   build/fuzz_parser tests/conformance presets tests/unit/parser_cases/corpus
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "script/front/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  ts::ast::Module m;
  ts::ast::SyntaxError e;
  if (ts::parse(src, m, e)) {
    (void)ts::dump_ast(m);
  } else if (e.pos.line < 1 || e.pos.col < 0 || e.message.empty()) {
    std::fprintf(stderr, "bad error: %d:%d '%s'\n", e.pos.line, e.pos.col, e.message.c_str());
    __builtin_trap();
  }
  return 0;
}

#ifdef TS_FUZZ_MAIN
#include <dirent.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

static int run_path(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    std::fprintf(stderr, "cannot stat %s\n", path.c_str());
    return 1;
  }
  if (S_ISDIR(st.st_mode)) {
    int n = 0;
    if (DIR* d = opendir(path.c_str())) {
      while (dirent* ent = readdir(d)) {
        std::string name = ent->d_name;
        if (name == "." || name == "..") continue;
        n += run_path(path + "/" + name);
      }
      closedir(d);
    }
    return n;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  return 1;
}

int main(int argc, char** argv) {
  int n = 0;
  for (int i = 1; i < argc; ++i) n += run_path(argv[i]);
  std::printf("parsed %d inputs\n", n);
  return 0;
}
#endif
