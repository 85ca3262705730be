// Running a scenario: parse, compile and execute a script on a fresh event
// loop and VM, under budgets, capturing its output. Used by the CLI, the
// page and the tests; all three print the same bytes.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/loop.h"
#include "core/observer.h"
#include "script/vm/vm.h"

namespace ts::vm {

struct RunOptions {
  bool stamp = false;           // prefix each output line with "%.3f " virtual time
  double max_time = 365.0 * 86400.0;  // virtual-time budget, seconds (the loop's horizon)
  int64_t seed = 0;             // random.seed(seed) before the script runs
  Limits limits;
  Observer* observer = nullptr; // trace recorder (UI)
  // Called with each complete output line (without '\n') and the virtual
  // time at which it started; the final partial line is flushed at the end.
  std::function<void(double t, const std::string& line)> on_line;
  // Called with the fresh loop before the script runs (install observers),
  // and with the run's summary before the loop is destroyed.
  std::function<void(Loop& loop)> on_start;
  // Called with each event of the simulated world (services and the openai
  // client; VM::world_event) at the virtual time t.
  std::function<void(double t, const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields)>
      on_world_event;
  std::function<void(const RunResult& r)> on_finish;
  // Called with the VM once it is set up, before the script runs (the
  // recorder asks it for the script's current line: VM::script_line).
  std::function<void(VM& vm)> on_vm;
};

struct RunOutcome {
  enum Status { Ok, Error, SyntaxError, Deadlock, Budget } status = Ok;
  int exit_code = 0;         // 0 ok, 1 exception/budget, 2 syntax/subset error, 3 deadlock
  std::string out;           // stdout (stamped when asked)
  std::string err;           // stderr: traceback, syntax error, deadlock report
  double end_time = 0.0;
  int line = 0, col = 0;     // where the error is (1-based), 0 if unknown
  std::string message;       // one-line summary ("ValueError: boom", "step budget exceeded ...")
  std::vector<BlockedTask> blocked;
  size_t tasks_blocked = 0;
};

RunOutcome run_source(std::string_view source, const std::string& filename, const RunOptions& opts);

// Installs the layers above objects on a fresh VM, always in this order:
// the interpreter (vm.eval_function), the builtins, the builtin types'
// methods, the native modules (modules/modules.h), the importer of the
// Python ones (importer.h).
void install_runtime(VM& vm);

// Bytecode listing of a script (turnstile dis FILE); returns 2 on a syntax error.
int disassemble_source(std::string_view source, const std::string& filename, std::string& out);

}  // namespace ts::vm
