// asyncio/events.py and base_events.py: handles, the running loop object
// (get_running_loop, get_event_loop) and its methods (BaseEventLoop's:
// time, create_future, create_task, call_soon, call_later).
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

// The loop object scripts see (CPython's is an _UnixSelectorEventLoop).
struct LoopObject final : Obj {
  const char* type_name() const override { return "_UnixSelectorEventLoop"; }
};

// ---- Handle, TimerHandle ----------------------------------------------------------------

bool handle_cancel(VM&, Handle& h, Args&, Value& out) {
  h.cancel();
  out = Value();
  return true;
}
bool handle_cancelled(VM&, Handle& h, Args&, Value& out) {
  out = Value::boolean(h.cancelled);
  return true;
}

// ---- loop methods ------------------------------------------------------------------------

// BaseEventLoop.time() never reads self.
bool loop_time(VM& vm, Args&, Value& out) {
  out = Value::real(vm.loop.time());
  return true;
}
bool loop_create_future(VM& vm, LoopObject&, Args&, Value& out) {
  out = Value::object(vm.loop.create_future());
  return true;
}
bool loop_create_task(VM& vm, LoopObject&, Args& a, Value& out) {
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  std::string n;
  if (const Value* nv = a.get(1); nv && !nv->is_none() && !vm.str(*nv, n)) return false;
  out = Value::object(vm.loop.create_task(c, n));
  return true;
}
// callback(*args) on the loop, after delay seconds (call_later) or soon;
// args: the positional arguments after the first `first` ones.
Value schedule(VM& vm, Args& a, int first, const Value& callback, double delay, bool later) {
  Ref<PyCallback> cb = py_callback(vm, callback);
  cb->pass_arg = false;
  if (a.n > first) cb->extra.assign(a.v + first, a.v + a.n);
  return Value::object(later ? vm.loop.call_later(delay, cb) : vm.loop.call_soon(cb));
}
bool loop_call_soon(VM& vm, LoopObject&, Args& a, Value& out) {
  out = schedule(vm, a, 1, *a.get(0), 0, false);
  return true;
}
// call_later checks its delay before it reads self.
bool loop_call_later(VM& vm, Args& a, Value& out) {
  const Value& delay_v = *a.get(0);
  if (delay_v.is_none()) return vm.raise(vm.TypeError, "delay must not be None");
  if (!a.self.as<LoopObject>()) return no_attribute(vm, a.self, "time");
  double delay;
  if (!to_seconds(vm, delay_v, delay, "delay")) return false;
  out = schedule(vm, a, 2, *a.get(1), delay, true);
  return true;
}
bool loop_run_in_executor(VM& vm, LoopObject&, Args&, Value&) {
  return vm.raise(vm.NotImplementedError,
                  "run_in_executor is not available yet in Turnstile scenarios (thread pools are planned)");
}

// ---- module functions ----------------------------------------------------------------------

bool get_running_loop(VM& vm, Args&, Value& out) {
  State& st = vm.state<State>();
  if (!vm.loop.current_task() && !st.running) return vm.raise(vm.RuntimeError, "no running event loop");
  out = st.loop;
  return true;
}
bool get_event_loop(VM& vm, Args&, Value& out) {
  out = vm.state<State>().loop;
  return true;
}

constexpr Owner kHandle{"asyncio.events.Handle", is<Handle>, true};
constexpr Owner kLoop{"asyncio.unix_events._UnixSelectorEventLoop", is<LoopObject>, true};
constexpr Method kHandleMethods[] = {
    {"Handle.cancel", on<handle_cancel>, Conv::Python, "", "_cancelled"},
    {"Handle.cancelled", on<handle_cancelled>, Conv::Python, "", "_cancelled"},
};
constexpr Method kTimerHandleMethods[] = {
    {"TimerHandle.cancel", on<handle_cancel>, Conv::Python, "", "_cancelled"},
};
constexpr Method kLoopMethods[] = {
    {"BaseEventLoop.time", loop_time, Conv::Python},
    {"BaseEventLoop.create_future", on<loop_create_future>, Conv::Python, "", "get_debug"},
    {"BaseEventLoop.create_task", on<loop_create_task>, Conv::Python, "coro, *, name=None, context=None",
     "_check_closed"},
    {"BaseEventLoop.call_soon", on<loop_call_soon>, Conv::Python, "callback, *args, context=None", "_check_closed"},
    {"BaseEventLoop.call_later", loop_call_later, Conv::Python, "delay, callback, *args, context=None"},
    {"BaseEventLoop.run_in_executor", on<loop_run_in_executor>, Conv::Python, "executor, func, *args",
     "_check_closed"},
};
// C functions of _asyncio.
constexpr Method kFunctions[] = {
    {"_asyncio.get_running_loop", get_running_loop, Conv::NoArgs},
    {"_asyncio.get_event_loop", get_event_loop, Conv::NoArgs},
};

}  // namespace

void install_events(VM& vm, Dict& module) {
  PyType* handle = new_type(vm, module, "Handle", "asyncio.events", nullptr, "Handle");
  install<kHandle>(vm, handle, kHandleMethods);
  PyType* timer = new_type(vm, module, "TimerHandle", "asyncio.events", handle, "TimerHandle");
  install<kHandle>(vm, timer, kTimerHandleMethods);
  PyType* loop = new_type(vm, module, "_UnixSelectorEventLoop", "asyncio.unix_events", nullptr,
                          "_UnixSelectorEventLoop", false);
  install<kLoop>(vm, loop, kLoopMethods);
  install(vm, module, kFunctions);
  vm.state<State>().loop = Value::object(make<LoopObject>());
}

}  // namespace ts::vm::aio
