// asyncio/runners.py: asyncio.run() drives the core loop's Runner to the
// end; a deadlock or the virtual time budget stops the whole run (the
// deadlock report names the blocked tasks).
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

bool run(VM& vm, Args& a, Value& out) {
  State& st = vm.state<State>();
  if (vm.loop.current_task() || st.running)
    return vm.raise(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop");
  auto* main = a.get(0)->as<ts::Coroutine>();
  if (!main) {
    std::string r;
    if (!vm.repr(*a.get(0), r)) return false;
    return vm.raise(vm.ValueError, "a coroutine was expected, got " + r);
  }
  Runner runner(vm.loop, Ref<ts::Coroutine>(main));
  st.running = true;
  RunResult r = runner.run();
  st.running = false;
  if (vm.fatal) return false;
  if (r.status == RunResult::Completed) {
    out = r.result;
    return true;
  }
  if (r.status == RunResult::Raised) return vm.raise_value(r.exception);
  if (r.status == RunResult::TimeLimit) return vm.fail_budget("virtual time budget");  // the driver reports it
  st.deadlock = r;
  return vm.fail_budget("deadlock");
}

constexpr Method kFunctions[] = {
    {"run", run, Conv::Python, "main, *, debug=None"},
};

}  // namespace

void install_runners(VM& vm, Dict& module) { install(vm, module, kFunctions); }

}  // namespace ts::vm::aio
