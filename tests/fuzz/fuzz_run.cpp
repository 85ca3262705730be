// Fuzz harness for the whole pipeline a script goes through: lexer, parser,
// compiler, VM, builtins and the asyncio loop, with small budgets (a fuzzer's
// input is a stranger's script). A finding is anything but a run that ends:
// a sanitizer report, a crash, a C++ exception escaping, an exit status
// outside 0..255 (sys.exit(N) sets one), an error without a message, a
// syntax error without a line.
// Built by the asan preset (clang, -fsanitize=fuzzer): ctest fuzz_run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "script/scenario.h"
#include "world/threads.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool once = (ts::world::register_modules(), true);
  (void)once;
  ts::vm::RunOptions opts;
  opts.stamp = true;
  opts.limits.max_steps = 200000;
  opts.limits.max_heap = 64u << 20;
  opts.max_time = 3600;
  const ts::vm::RunOutcome r =
      ts::vm::run_source(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.py", opts);
  const bool failed = r.status != ts::vm::RunOutcome::Ok;
  if (r.exit_code < 0 || r.exit_code > 255 || (failed && r.status != ts::vm::RunOutcome::Error && r.message.empty()) ||
      (r.status == ts::vm::RunOutcome::SyntaxError && r.line < 1)) {
    std::fprintf(stderr, "bad outcome: exit %d, status %d, line %d: %s\n", r.exit_code, int(r.status), r.line,
                 r.message.c_str());
    __builtin_trap();
  }
  return 0;
}
