// asyncio/runners.py: asyncio.Runner and asyncio.run() (a Runner used once).
// Each Runner makes a new loop and sets it as the current one; close()
// cancels what is left and runs the shutdown steps. A deadlock or the
// virtual time budget stops the whole run (the report names the blocked
// tasks).
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

struct RunnerObject final : Obj {
  enum class St : uint8_t { Created, Initialized, Closed } state = St::Created;
  Ref<LoopObject> loop;
  bool set_event_loop = false;
  const char* type_name() const override { return "Runner"; }
};

// Runner._lazy_init
bool lazy_init(VM& vm, RunnerObject& r) {
  if (r.state == RunnerObject::St::Closed) return vm.raise(vm.RuntimeError, "Runner is closed");
  if (r.state == RunnerObject::St::Initialized) return true;
  r.loop = new_loop(vm);
  if (!r.set_event_loop) {
    State& st = vm.state<State>();
    st.set_called = true;
    st.current = Value::object(r.loop);
    r.set_event_loop = true;
  }
  r.state = RunnerObject::St::Initialized;
  return true;
}

// Runner.close
bool close(VM& vm, RunnerObject& r) {
  if (r.state != RunnerObject::St::Initialized) return true;
  State& st = vm.state<State>();
  st.running = Value::object(r.loop);
  RunResult res = r.loop->loop->shutdown();
  st.running = Value();
  if (r.set_event_loop) {
    st.set_called = true;
    st.current = Value();
  }
  r.loop->loop->close();
  r.loop = nullptr;
  r.state = RunnerObject::St::Closed;
  return res.status == RunResult::Completed ? !vm.fatal : run_failed(vm, res);
}

// Runner.run (self may be a wrong receiver: checked after the arguments)
bool run_coro(VM& vm, const Value& self, const Value& coro, Value& out) {
  auto* c = coro.as<ts::Coroutine>();
  if (!c) {
    std::string rep;
    if (!vm.repr(coro, rep)) return false;
    return vm.raise(vm.ValueError, "a coroutine was expected, got " + rep);
  }
  if (running_loop(vm)) return vm.raise(vm.RuntimeError, "Runner.run() cannot be called from a running event loop");
  auto* r = self.as<RunnerObject>();
  if (!r) return no_attribute(vm, self, "_lazy_init");
  if (!lazy_init(vm, *r)) return false;
  Ref<LoopObject> loop = r->loop;
  Ref<Task> task = loop->loop->create_task(Ref<ts::Coroutine>(c));
  return run_until_complete(vm, *loop, task, out);
}

bool new_runner(VM&, Args&, Value& out) {
  out = Value::object(make<RunnerObject>());
  return true;
}
bool runner_enter(VM& vm, RunnerObject& r, Args& a, Value& out) {
  if (!lazy_init(vm, r)) return false;
  out = a.self;
  return true;
}
bool runner_exit(VM& vm, RunnerObject& r, Args&, Value& out) {
  out = Value();
  return close(vm, r);
}
bool runner_close(VM& vm, RunnerObject& r, Args&, Value& out) {
  out = Value();
  return close(vm, r);
}
bool runner_get_loop(VM& vm, RunnerObject& r, Args&, Value& out) {
  if (!lazy_init(vm, r)) return false;
  out = Value::object(r.loop);
  return true;
}
// Runner.run checks its argument before it reads self.
bool runner_run(VM& vm, Args& a, Value& out) { return run_coro(vm, a.self, *a.get(0), out); }

// asyncio.run: `with Runner() as runner: return runner.run(main)`.
bool run(VM& vm, Args& a, Value& out) {
  if (running_loop(vm)) return vm.raise(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop");
  Ref<RunnerObject> r = make<RunnerObject>();
  if (!lazy_init(vm, *r)) return false;
  bool ok = run_coro(vm, Value::object(r), *a.get(0), out);
  if (vm.fatal) return false;
  Value error = vm.error;
  vm.error = Value();
  if (!close(vm, *r)) return false;
  if (!ok) vm.error = error;
  return ok;
}

constexpr Owner kRunner{"asyncio.runners.Runner", is<RunnerObject>, true};
constexpr Method kNew{"Runner.__init__", new_runner, Conv::Python, "*, debug=None, loop_factory=None"};
constexpr Method kMethods[] = {
    {"Runner.__enter__", on<runner_enter>, Conv::Python, "", "_lazy_init"},
    {"Runner.__exit__", on<runner_exit>, Conv::Python, "exc_type, exc_val, exc_tb", "close"},
    {"Runner.close", on<runner_close>, Conv::Python, "", "_state"},
    {"Runner.get_loop", on<runner_get_loop>, Conv::Python, "", "_lazy_init"},
    {"Runner.run", runner_run, Conv::Python, "coro, *, context=None"},
};
constexpr Method kFunctions[] = {
    {"run", run, Conv::Python, "main, *, debug=None"},
};

}  // namespace

void install_runners(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Runner", "asyncio.runners", nullptr, "Runner");
  install_new<kRunner>(vm, t, kNew);
  install<kRunner>(vm, t, kMethods);
  install(vm, module, kFunctions);
}

}  // namespace ts::vm::aio
