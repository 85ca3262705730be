// asyncio/events.py and base_events.py: handles, the event loop policy
// (get_event_loop, set_event_loop, new_event_loop, get_running_loop) and
// BaseEventLoop's methods. Every loop object owns a core Loop of the VM's
// process, so all loops share the virtual clock (as the oracle's do).
#include "script/modules/asyncio/asyncio.h"
#include "script/modules/modules.h"

#include <cstdlib>

namespace ts::vm::aio {

bool call_threads_helper(VM& vm, const char* fn, std::vector<Value> args, Dict* kw, Value& out) {
  Module* m = nullptr;
  auto it = vm.modules.find("_asyncio_threads");
  if (it != vm.modules.end()) m = it->second.get();
  else if (!vm.import_module || !vm.import_module(vm, "_asyncio_threads", m)) return false;
  Value f;
  if (!vm.getattr(Value::object(m), *make<Str>(fn), f)) return false;
  return vm.call(f, args.data(), (int)args.size(), kw, out);
}

// The runner's shutdown_default_executor step: the default executor's
// threads finish in a thread of their own (_asyncio_threads), if there is one.
Ref<Future> shutdown_default_executor(VM& vm) {
  LoopObject* l = running_loop(vm);
  if (!l || vm.modules.find("_asyncio_threads") == vm.modules.end()) return Ref<Future>();
  Value out;
  if (!call_threads_helper(vm, "shutdown_default_executor", {Value::object(l)}, nullptr, out)) {
    vm.error = Value();
    return Ref<Future>();
  }
  Future* f = out.as<Future>();
  return f ? Ref<Future>(f) : Ref<Future>();
}

namespace {

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
bool handle_when(VM&, Handle& h, Args&, Value& out) {
  out = Value::real(h.when);
  return true;
}

// ---- exception handler ---------------------------------------------------------------------

// BaseEventLoop.call_exception_handler(context). The default handler logs
// to stderr, which scenarios do not show.
bool call_exception_handler(VM& vm, LoopObject& self, const Value& context) {
  if (self.handler.is_none()) return true;
  Value args[] = {Value::object(&self), context}, r;
  if (vm.call(self.handler, args, 2, nullptr, r) || vm.fatal) return !vm.fatal;
  vm.error = Value();  // "Unhandled error in exception handler" goes to the default handler
  return true;
}

// Handle._run's report of a callback that raised.
void callback_failed(VM& vm, Handle& h, const Value& exc) {
  auto* self = running_loop(vm);
  if (!self || vm.fatal) return;
  Ref<Dict> ctx = make<Dict>();
  ctx->set(vm.make_str("message"), vm.make_str("Exception in callback " + callback_source(vm, *h.cb)));
  ctx->set(vm.make_str("exception"), exc);
  ctx->set(vm.make_str("handle"), Value::object(&h));
  call_exception_handler(vm, *self, Value::object(ctx));
}

// ---- loop methods ------------------------------------------------------------------------

// BaseEventLoop.time() never reads self.
bool loop_time(VM& vm, Args&, Value& out) { return clock_now(vm, out); }
bool loop_create_future(VM&, LoopObject& self, Args&, Value& out) {
  out = Value::object(self.loop->create_future());
  return true;
}
bool loop_create_task(VM& vm, LoopObject& self, Args& a, Value& out) {
  self.loop->check_closed();
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  if (!task_room(vm, *self.loop)) return false;
  std::string n;
  if (const Value* nv = a.get(1); nv && !nv->is_none() && !vm.str(*nv, n)) return false;
  Ref<Task> t = self.loop->create_task(c, n);
  given_context(t->context, a.get(2));
  out = Value::object(t);
  return true;
}
// callback(*args) on the loop at `when`, or soon; args: the positional
// arguments after the first `first` ones.
Value schedule(VM& vm, Loop& loop, Args& a, int first, const double* when) {
  Ref<PyCallback> cb = py_callback(vm, *a.get(first - 1));
  cb->pass_arg = false;
  if (a.n > first) cb->extra.assign(a.v + first, a.v + a.n);
  given_context(cb->context, a.kw ? a.kw->find_str("context") : nullptr);
  return Value::object(when ? loop.call_at(*when, cb) : loop.call_soon(cb));
}
bool loop_call_soon(VM& vm, LoopObject& self, Args& a, Value& out) {
  out = schedule(vm, *self.loop, a, 1, nullptr);
  return true;
}
// call_later checks its delay before it reads self.
bool loop_call_later(VM& vm, Args& a, Value& out) {
  const Value& delay_v = *a.get(0);
  if (delay_v.is_none()) return vm.raise(vm.TypeError, "delay must not be None");
  auto* self = a.self.as<LoopObject>();
  if (!self) return no_attribute(vm, a.self, "time");
  double delay;
  if (!to_seconds(vm, delay_v, delay, "delay")) return false;
  double when = self->loop->time() + delay;
  out = schedule(vm, *self->loop, a, 2, &when);
  return true;
}
bool loop_call_at(VM& vm, Args& a, Value& out) {
  const Value& when_v = *a.get(0);
  if (when_v.is_none()) return vm.raise(vm.TypeError, "when cannot be None");
  auto* self = a.self.as<LoopObject>();
  if (!self) return no_attribute(vm, a.self, "_check_closed");
  double when;
  if (!to_seconds(vm, when_v, when, "when")) return false;
  out = schedule(vm, *self->loop, a, 2, &when);
  return true;
}
bool loop_run_forever(VM& vm, LoopObject& self, Args&, Value& out) {
  self.loop->check_closed();
  self.loop->check_running();
  State& st = vm.state<State>();
  st.running = Value::object(&self);
  RunEnd end = self.loop->run_forever();
  st.running = Value();
  if (end != RunEnd::Stopped) {
    RunResult r;
    r.status = end == RunEnd::Deadlock ? RunResult::Deadlock : RunResult::TimeLimit;
    r.time = self.loop->time();
    r.blocked = self.loop->blocked_tasks();
    return run_failed(vm, r);
  }
  out = Value();
  return !vm.fatal;
}
bool loop_run_until_complete(VM& vm, LoopObject& self, Args& a, Value& out) {
  self.loop->check_closed();
  self.loop->check_running();
  const Value& arg = *a.get(0);
  if (auto* f = arg.as<Future>(); f && &f->loop() != self.loop)
    return vm.raise(vm.ValueError, "The future belongs to a different loop than the one specified as the loop argument");
  return run_until_complete(vm, self, ts::ensure_future(*self.loop, arg), out);
}
bool loop_stop(VM&, LoopObject& self, Args&, Value& out) {
  self.loop->stop();
  out = Value();
  return true;
}
bool loop_is_running(VM&, LoopObject& self, Args&, Value& out) {
  out = Value::boolean(self.loop->is_running());
  return true;
}
bool loop_is_closed(VM&, LoopObject& self, Args&, Value& out) {
  out = Value::boolean(self.loop->is_closed());
  return true;
}
// _UnixSelectorEventLoop.close starts with super().close().
bool loop_close(VM& vm, Args& a, Value& out) {
  auto* self = a.self.as<LoopObject>();
  if (!self) {
    if (a.self.is_none()) return vm.raise(vm.AttributeError, "'super' object has no attribute 'close'");
    return vm.raise(vm.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  self->loop->close();
  out = Value();
  return true;
}
bool loop_get_debug(VM&, LoopObject&, Args&, Value& out) {
  out = Value::boolean(false);
  return true;
}
bool loop_set_exception_handler(VM& vm, LoopObject& self, Args& a, Value& out) {
  const Value& h = *a.get(0);
  if (!h.is_none() && !vm.is_callable(h)) {
    std::string r;
    if (!vm.repr(h, r)) return false;
    return vm.raise(vm.TypeError, "A callable object or None is expected, got " + r);
  }
  self.handler = h;
  out = Value();
  return true;
}
bool loop_get_exception_handler(VM&, LoopObject& self, Args&, Value& out) {
  out = self.handler;
  return true;
}
bool loop_call_exception_handler(VM& vm, LoopObject& self, Args& a, Value& out) {
  out = Value();
  return call_exception_handler(vm, self, *a.get(0));
}
// Logs the context to stderr in CPython; scenarios show stdout only. It
// reads context.get('message') first.
bool loop_default_exception_handler(VM& vm, Args& a, Value& out) {
  if (!as<Dict>(*a.get(0))) return no_attribute(vm, *a.get(0), "get");
  out = Value();
  return true;
}
bool loop_run_in_executor(VM& vm, LoopObject& self, Args& a, Value& out) {
  self.loop->check_closed();
  std::vector<Value> args{Value::object(&self)};
  for (int i = 0; i < a.n; i++) args.push_back(a[i]);
  return call_threads_helper(vm, "run_in_executor", std::move(args), nullptr, out);
}

// ---- module functions ----------------------------------------------------------------------

bool get_running_loop(VM& vm, Args&, Value& out) {
  LoopObject* l = running_loop(vm);
  if (!l) return vm.raise(vm.RuntimeError, "no running event loop");
  out = Value::object(l);
  return true;
}
bool get_event_loop(VM& vm, Args&, Value& out) {
  LoopObject* l = event_loop(vm);
  if (!l) return false;
  out = Value::object(l);
  return true;
}
bool set_event_loop(VM& vm, Args& a, Value& out) {
  const Value& l = *a.get(0);
  if (!l.is_none() && !l.as<LoopObject>())
    return vm.raise(vm.TypeError,
                    "loop must be an instance of AbstractEventLoop or None, not '" + vm.type_name(l) + "'");
  State& st = vm.state<State>();
  st.set_called = true;
  st.current = l;
  out = Value();
  return true;
}
bool new_event_loop(VM& vm, Args&, Value& out) {
  out = Value::object(new_loop(vm));
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
    {"TimerHandle.when", on<handle_when>, Conv::Python, "", "_when"},
};
constexpr Method kLoopMethods[] = {
    {"BaseEventLoop.time", loop_time, Conv::Python},
    {"BaseEventLoop.create_future", on<loop_create_future>, Conv::Python, "", "get_debug"},
    {"BaseEventLoop.create_task", on<loop_create_task>, Conv::Python, "coro, *, name=None, context=None",
     "_check_closed"},
    {"BaseEventLoop.call_soon", on<loop_call_soon>, Conv::Python, "callback, *args, context=None", "_check_closed"},
    {"BaseEventLoop.call_soon_threadsafe", on<loop_call_soon>, Conv::Python, "callback, *args, context=None",
     "_check_closed"},
    {"BaseEventLoop.call_later", loop_call_later, Conv::Python, "delay, callback, *args, context=None"},
    {"BaseEventLoop.call_at", loop_call_at, Conv::Python, "when, callback, *args, context=None"},
    {"BaseEventLoop.run_forever", on<loop_run_forever>, Conv::Python, "", "_check_closed"},
    {"BaseEventLoop.run_until_complete", on<loop_run_until_complete>, Conv::Python, "future", "_check_closed"},
    {"BaseEventLoop.stop", on<loop_stop>, Conv::Python, "", "_stopping"},
    {"BaseEventLoop.is_running", on<loop_is_running>, Conv::Python, "", "_thread_id"},
    {"BaseEventLoop.is_closed", on<loop_is_closed>, Conv::Python, "", "_closed"},
    {"_UnixSelectorEventLoop.close", loop_close, Conv::Python},
    {"BaseEventLoop.get_debug", on<loop_get_debug>, Conv::Python, "", "_debug"},
    {"BaseEventLoop.set_exception_handler", on<loop_set_exception_handler>, Conv::Python, "handler",
     "_exception_handler"},
    {"BaseEventLoop.get_exception_handler", on<loop_get_exception_handler>, Conv::Python, "",
     "_exception_handler"},
    {"BaseEventLoop.call_exception_handler", on<loop_call_exception_handler>, Conv::Python, "context",
     "_exception_handler"},
    {"BaseEventLoop.default_exception_handler", loop_default_exception_handler, Conv::Python, "context"},
    {"BaseEventLoop.run_in_executor", on<loop_run_in_executor>, Conv::Python, "executor, func, *args",
     "_check_closed"},
};
// C functions of _asyncio, Python functions of events.py.
constexpr Method kFunctions[] = {
    {"_asyncio.get_running_loop", get_running_loop, Conv::NoArgs},
    {"_asyncio.get_event_loop", get_event_loop, Conv::NoArgs},
    {"set_event_loop", set_event_loop, Conv::Python, "loop"},
    {"new_event_loop", new_event_loop, Conv::Python},
};

}  // namespace

Ref<LoopObject> new_loop(VM& vm) {
  State& st = vm.state<State>();
  st.loops.push_back(std::make_unique<Loop>(vm.loop));
  Ref<LoopObject> l = make<LoopObject>();
  l->loop = st.loops.back().get();
  l->loop->shutdown_asyncgens = vm.loop.shutdown_asyncgens;
  l->loop->shutdown_default_executor = vm.loop.shutdown_default_executor;
  VM* v = &vm;
  l->loop->set_exception_handler([v](Loop&, Handle& h, const Value& exc) { callback_failed(*v, h, exc); });
  return l;
}

LoopObject* running_loop(VM& vm) {
  const Value& r = vm.state<State>().running;  // None or a LoopObject
  return r.is_obj() ? static_cast<LoopObject*>(r.o) : nullptr;
}

LoopObject* event_loop(VM& vm) {
  if (LoopObject* l = running_loop(vm)) return l;
  State& st = vm.state<State>();
  if (st.current.is_none() && !st.set_called) {
    st.set_called = true;
    st.current = Value::object(new_loop(vm));
  }
  if (auto* l = st.current.as<LoopObject>()) return l;
  vm.raise(vm.RuntimeError, "There is no current event loop in thread 'MainThread'.");
  return nullptr;
}

Loop& home_loop(VM& vm) {
  LoopObject* l = running_loop(vm);
  return l ? *l->loop : vm.loop;
}

bool run_failed(VM& vm, const RunResult& r) {
  if (vm.fatal) return false;
  switch (r.status) {
    case RunResult::Completed: return true;
    case RunResult::Raised: return vm.raise_value(r.exception);
    case RunResult::TimeLimit:
      vm.fail_budget("virtual time budget");  // the driver reports it
      // At the line the first blocked task waits at (asyncio.run's is no news).
      for (const BlockedTask& b : r.blocked)
        if (b.where.rfind("line ", 0) == 0) {
          vm.fatal_line = std::atoi(b.where.c_str() + 5);
          break;
        }
      return false;
    case RunResult::Deadlock: break;
  }
  vm.state<State>().deadlock = r;
  return vm.fail_budget("deadlock");
}

bool run_until_complete(VM& vm, LoopObject& loop, Ref<Future> fut, Value& out) {
  State& st = vm.state<State>();
  st.running = Value::object(&loop);
  RunResult r = loop.loop->run_until_complete(std::move(fut));
  st.running = Value();
  if (r.status != RunResult::Completed) return run_failed(vm, r);
  out = r.result;
  return !vm.fatal;
}

void install_events(VM& vm, Dict& module) {
  PyType* handle = new_type(vm, module, "Handle", "asyncio.events", nullptr, "Handle");
  install<kHandle>(vm, handle, kHandleMethods);
  PyType* timer = new_type(vm, module, "TimerHandle", "asyncio.events", handle, "TimerHandle");
  install<kHandle>(vm, timer, kTimerHandleMethods);
  PyType* loop = new_type(vm, module, "_UnixSelectorEventLoop", "asyncio.unix_events", nullptr,
                          "_UnixSelectorEventLoop", false);
  install<kLoop>(vm, loop, kLoopMethods);
  install(vm, module, kFunctions);
}

}  // namespace ts::vm::aio
