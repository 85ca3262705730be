// The native modules over the thread scheduler (world/threads.h): `_thread`
// (CPython's: start_new_thread, allocate_lock, get_ident, the lock type,
// _excepthook), on which the Python threading, queue and concurrent.futures
// (script/modules/python/) are written; and `_turnstile_cpu`, CPU time on
// the virtual clock (turnstile.cpu re-exports it).
#include "script/modules/modules.h"
#include "script/native/table.h"
#include "world/threads.h"

namespace ts::world {

using namespace ts::vm;

namespace {

Threads& threads(VM& vm) {
  Threads& t = vm.state<Threads>();
  t.attach(vm);
  return t;
}

// What threading and multiprocessing call the thread fn starts: fn is the
// Thread's (or Process's) bound _bootstrap, whose object has a str _name.
// Empty when it is anything else.
std::string name_of(VM& vm, const Value& fn) {
  static Ref<Str> name = make<Str>("_name");
  BoundMethod* m = as<BoundMethod>(fn);
  Value v;
  bool found = false;
  if (!m || !vm.getattr_opt(m->self, *name, v, found)) {
    vm.error = Value();
    return {};
  }
  Str* s = found ? as<Str>(v) : nullptr;
  return s ? s->s : std::string();
}

bool start_new_thread(VM& vm, Args& a, Value& out) {
  if (!vm.is_callable(a[0])) return vm.raise(vm.TypeError, "first arg must be callable");
  Tuple* args = as<Tuple>(a[1]);
  if (!args) return vm.raise(vm.TypeError, "2nd arg must be a tuple");
  Ref<Dict> kw;
  if (a.n > 2 && !a[2].is_none()) {
    if (!as<Dict>(a[2])) return vm.raise(vm.TypeError, "optional 3rd arg must be a dictionary");
    kw = Ref<Dict>(as<Dict>(a[2]));
  }
  std::string name = name_of(vm, a[0]);
  out = Value::integer(int64_t(threads(vm).start(a[0], args->items, kw, false, std::move(name))));
  return true;
}

bool allocate_lock(VM&, Args&, Value& out) {
  out = Value::object(new SimLock);
  return true;
}

bool get_ident(VM& vm, Args&, Value& out) {
  out = Value::integer(int64_t(threads(vm).current_ident()));
  return true;
}

bool count(VM& vm, Args&, Value& out) {
  out = Value::integer(int64_t(threads(vm).count()));
  return true;
}

// threading.excepthook's default: "Exception in thread NAME:" and the
// traceback on stderr; SystemExit is silent.
bool excepthook(VM& vm, Args& a, Value& out) {
  static Ref<Str> exc_value = make<Str>("exc_value"), thread = make<Str>("thread"), name = make<Str>("name");
  Value exc, th, nm;
  out = Value();
  if (!vm.getattr(a[0], *exc_value, exc) || !vm.getattr(a[0], *thread, th)) {
    vm.error = Value();
    return vm.raise(vm.TypeError, "_thread._excepthook argument type must be ExceptHookArgs");
  }
  if (vm.isinstance(exc, vm.SystemExit)) return true;
  std::string who;
  if (th.is_none()) {
    who = std::to_string(threads(vm).current_ident());
  } else {
    if (!vm.getattr(th, *name, nm) || !vm.str(nm, who)) return false;
  }
  if (vm.write_err) vm.write_err("Exception in thread " + who + ":\n" + vm.format_traceback(exc));
  return true;
}

bool acquire(VM& vm, SimLock& self, Args& a, Value& out) {
  bool blocking = true;
  double timeout = -1;
  if (const Value* b = a.get(0); b && !vm.truthy(*b, blocking)) return false;
  if (const Value* t = a.get(1); t && !seconds_arg(vm, *t, timeout)) return false;
  if (!blocking && timeout != -1) return vm.raise(vm.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) return vm.raise(vm.ValueError, "timeout value must be a non-negative number");
  return threads(vm).acquire(vm, self, blocking, timeout, out);
}

bool release(VM& vm, SimLock& self, Args&, Value& out) { return threads(vm).release(vm, self, out); }

bool locked(VM&, SimLock& self, Args&, Value& out) {
  out = Value::boolean(self.locked);
  return true;
}

bool lock_exit(VM& vm, SimLock& self, Args&, Value& out) { return threads(vm).release(vm, self, out); }

bool cpu(VM& vm, Args& a, Value& out) {
  double s = 0;
  if (!seconds_arg(vm, a[0], s)) return false;
  if (s < 0) return vm.raise(vm.ValueError, "cpu time must be non-negative");
  return threads(vm).cpu(vm, s, out);
}

bool switch_interval(VM& vm, Args&, Value& out) {
  out = Value::real(threads(vm).policy.switch_interval);
  return true;
}

// A process's main thread (multiprocessing's workers are written over it);
// `globals`, its copy of the script's globals (None: it shares the parent's).
bool start_process(VM& vm, Args& a, Value& out) {
  if (!vm.is_callable(a[0])) return vm.raise(vm.TypeError, "first arg must be callable");
  Tuple* args = as<Tuple>(a[1]);
  if (!args) return vm.raise(vm.TypeError, "2nd arg must be a tuple");
  Ref<Dict> globals;
  if (a.n > 2 && !a[2].is_none()) {
    globals = Ref<Dict>(as<Dict>(a[2]));
    if (!globals) return vm.raise(vm.TypeError, "3rd arg must be a dict or None");
  }
  std::string name = name_of(vm, a[0]);
  out = Value::integer(
      int64_t(threads(vm).start(a[0], args->items, Ref<Dict>(), true, std::move(name), std::move(globals))));
  return true;
}

// What runs now and at most so far, and the model's memory per unit (bytes).
bool stats(VM& vm, Args&, Value& out) {
  Threads& t = threads(vm);
  const Counts& c = t.counts();
  const Policy& p = t.policy;
  Ref<Dict> d = make<Dict>();
  auto put = [&](const char* k, Value v) { d->set(vm.make_str(k), std::move(v)); };
  auto num = [](size_t n) { return Value::integer(int64_t(n)); };
  put("tasks", num(vm.loop.live_tasks()));
  put("threads", num(c.threads));
  put("processes", num(c.processes));
  put("peak_threads", num(c.peak_threads));
  put("peak_processes", num(c.peak_processes));
  put("task_resident", Value::real(p.memory.task));
  put("thread_resident", Value::real(p.memory.thread));
  put("thread_reserved", Value::real(p.memory.thread_reserved));
  put("process_resident", Value::real(p.memory.process_resident));
  put("process_private", Value::real(p.memory.process));
  put("process_start", Value::real(p.process_start));
  put("cores", Value::integer(p.cores));
  out = Value::object(d.get());
  return true;
}

bool cpu_count(VM& vm, Args&, Value& out) {
  out = Value::integer(threads(vm).policy.cores);
  return true;
}

// Python code charged as CPU time from now on: `seconds` a VM step (0: off).
bool set_step_cost(VM& vm, Args& a, Value& out) {
  double s = 0;
  if (!seconds_arg(vm, a[0], s)) return false;
  if (!(s >= 0) || s > 1) return vm.raise(vm.ValueError, "step cost must be between 0 and 1 second");
  threads(vm).set_step_cost(s);
  out = Value();
  return true;
}

// The running thread's process (0: the parent), for threading.enumerate and
// multiprocessing.current_process.
bool process_ident(VM& vm, Args&, Value& out) {
  out = Value::integer(int64_t(threads(vm).current_process()));
  return true;
}

// The script's globals as the running process sees them: a forked worker's
// copy, or the parent's (what a fork from here copies).
bool script_globals(VM& vm, Args&, Value& out) {
  out = Value::object(vm.forked_globals ? vm.forked_globals.get() : vm.main_globals.get());
  return true;
}

constexpr Method kThread[] = {
    {"start_new_thread", start_new_thread, Conv::Tuple, "function, args, kwargs=None, /"},
    {"allocate_lock", allocate_lock, Conv::NoArgs},
    {"get_ident", get_ident, Conv::NoArgs},
    {"get_native_id", get_ident, Conv::NoArgs},
    {"_count", count, Conv::NoArgs},
    {"_excepthook", excepthook, Conv::O},
};

constexpr Owner kLockOwner{"_thread.lock", is<SimLock>};
constexpr Method kLock[] = {
    {"lock.acquire", on<acquire>, Conv::Keywords, "blocking=True, timeout=-1"},
    {"lock.__enter__", on<acquire>, Conv::Keywords, "blocking=True, timeout=-1"},
    {"lock.release", on<release>, Conv::NoArgs},
    {"lock.locked", on<locked>, Conv::NoArgs},
    {"lock.__exit__", on<lock_exit>, Conv::Free},
};

constexpr Method kCpu[] = {
    {"cpu", cpu, Conv::O},
    {"getswitchinterval", switch_interval, Conv::NoArgs},
    {"cpu_count", cpu_count, Conv::NoArgs},
    {"start_process", start_process, Conv::Positional, "function, args, globals=None, /"},
    {"stats", stats, Conv::NoArgs},
    {"process_ident", process_ident, Conv::NoArgs},
    {"set_step_cost", set_step_cost, Conv::O},
    {"script_globals", script_globals, Conv::NoArgs},
};

// The end of the main module: threading._shutdown() (its atexit calls, then
// joining the non-daemon threads), when threading was imported.
void shutdown_threading(VM& vm) {
  auto it = vm.modules.find("threading");
  if (it == vm.modules.end()) return;
  static Ref<Str> name = make<Str>("_shutdown");
  Value fn, out;
  if (!vm.getattr(Value::object(it->second.get()), *name, fn) || !vm.call0(fn, out)) {
    if (vm.write_err && !vm.fatal) vm.write_err(vm.format_traceback(vm.error));
    vm.error = Value();
  }
}

void install_thread(VM& vm) {
  Dict& d = *vm.new_module("_thread")->dict;
  install(vm, d, kThread);
  PyType* t = vm.new_type("lock", vm.t_object, Kind::Native, "_thread");
  vm.native_types["lock"] = t;
  install<kLockOwner>(vm, t, kLock);
  d.set(vm.make_str("LockType"), Value::object(t));
  d.set(vm.make_str("error"), Value::object(vm.RuntimeError));
  d.set(vm.make_str("TIMEOUT_MAX"), Value::real(9223372036.0));
  vm.at_exit.push_back(shutdown_threading);
}

void install_cpu(VM& vm) { install(vm, *vm.new_module("_turnstile_cpu")->dict, kCpu); }

}  // namespace

void register_modules() {
  register_native_module("_thread", install_thread);
  register_native_module("_turnstile_cpu", install_cpu);
}

}  // namespace ts::world
