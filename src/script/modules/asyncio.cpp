// The `asyncio` module: scenario-facing bindings of the core event loop.
// Core objects (Future, Task, Semaphore, ...) are Python objects directly;
// this file gives them Python types, methods and attributes.
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

#define NATIVE(name) bool name(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void* data)
#define UNUSED (void)vm, (void)args, (void)nargs, (void)kwargs, (void)out, (void)data

// A Python callable scheduled by the loop (call_soon, call_later, done callbacks).
struct PyCallback final : Callback {
  VM* vm;
  Value fn;
  std::vector<Value> extra;  // call_soon(cb, *args): called as cb(*args)
  bool pass_arg = true;      // done callbacks get the future
  void call(Loop&, const Value& arg) override {
    Value r;
    bool ok;
    if (pass_arg) ok = vm->call1(fn, arg, r);
    else ok = vm->call(fn, extra.data(), (int)extra.size(), nullptr, r);
    if (!ok) {
      Value e = std::move(vm->error);
      vm->error = Value();
      throw PyErr{std::move(e)};
    }
  }
  bool equals(const Callback& o) const override {
    auto* p = dynamic_cast<const PyCallback*>(&o);
    if (!p) return false;
    if (p->fn.same(fn)) return true;
    auto* a = as<BoundMethod>(fn);
    auto* b = as<BoundMethod>(p->fn);
    return a && b && a->self.same(b->self) && a->func.same(b->func);
  }
  const char* name() const override { return "python-callback"; }
};

struct PyPredicate final : Predicate {
  VM* vm;
  Value fn;
  Value call(Loop&) override {
    Value r;
    if (!vm->call0(fn, r)) {
      Value e = std::move(vm->error);
      vm->error = Value();
      throw PyErr{std::move(e)};
    }
    return r;
  }
};

// get_running_loop() result.
struct LoopProxy final : Obj {
  const char* type_name() const override { return "_UnixSelectorEventLoop"; }
};

bool to_coroutine(VM& vm, const Value& v, Ref<ts::Coroutine>& out, const char* what) {
  if (auto* c = v.as<ts::Coroutine>()) {
    out = Ref<ts::Coroutine>(c);
    return true;
  }
  std::string r;
  vm.repr(v, r);
  return vm.raise(vm.TypeError, std::string(what) + r);
}

bool to_seconds(VM& vm, const Value& v, double& out, const char* what) {
  if (v.tag == Value::Int) out = (double)v.i;
  else if (v.tag == Value::Float) out = v.f;
  else if (v.tag == Value::Bool) out = v.b;
  else return vm.raise(vm.TypeError, std::string(what) + " must be a number, not " + vm.type_name(v));
  return true;
}

Future* self_future(VM& vm, const Value& v) {
  Future* f = v.as<Future>();
  if (!f) vm.raise(vm.TypeError, "expected a Future");
  return f;
}

// ---- module functions ----

NATIVE(a_run) {
  UNUSED;
  if (vm.loop.current_task() || vm.loop_running)
    return vm.raise(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop");
  if (nargs != 1) return vm.arg_count("run", nargs, 1, 1);
  if (!args[0].as<ts::Coroutine>()) {
    std::string r;
    vm.repr(args[0], r);
    return vm.raise(vm.ValueError, "a coroutine was expected, got " + r);
  }
  Runner runner(vm.loop, Ref<ts::Coroutine>(args[0].as<ts::Coroutine>()));
  vm.loop_running = true;
  RunResult r = runner.run();
  vm.loop_running = false;
  if (vm.fatal) return false;
  if (r.status == RunResult::Completed) {
    out = r.result;
    return true;
  }
  if (r.status == RunResult::Raised) return vm.raise_value(r.exception);
  vm.deadlock = true;
  vm.deadlock_report = r;
  return vm.fail_budget("deadlock");
}

NATIVE(a_sleep) {
  UNUSED;
  if (!vm.arg_count("sleep", nargs, 1, 2)) return false;
  double d;
  if (!to_seconds(vm, args[0], d, "sleep() delay")) return false;
  Value result = nargs > 1 ? args[1] : vm.kwarg(kwargs, "result");
  out = sleep(vm.loop, d, result).named("sleep").value();
  return true;
}

NATIVE(a_create_task) {
  UNUSED;
  if (!vm.arg_count("create_task", nargs, 1, 1)) return false;
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, args[0], c, "a coroutine was expected, got ")) return false;
  Value name = vm.kwarg(kwargs, "name");
  std::string n;
  if (!name.is_none() && !vm.str(name, n)) return false;
  try {
    out = Value::object(vm.loop.create_task(c, n));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}

NATIVE(a_ensure_future) {
  UNUSED;
  if (!vm.arg_count("ensure_future", nargs, 1, 1)) return false;
  try {
    out = Value::object(ensure_future(vm.loop, args[0]));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}

NATIVE(a_gather) {
  UNUSED;
  Value re = vm.kwarg(kwargs, "return_exceptions");
  bool rex = false;
  if (!vm.truthy(re, rex)) return false;
  std::vector<Value> aws(args, args + nargs);
  try {
    out = Value::object(gather(vm.loop, aws, rex));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}

NATIVE(a_shield) {
  UNUSED;
  if (!vm.arg_count("shield", nargs, 1, 1)) return false;
  try {
    out = Value::object(shield(vm.loop, args[0]));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}

NATIVE(a_wait_for) {
  UNUSED;
  Value aw = nargs > 0 ? args[0] : vm.kwarg(kwargs, "fut");
  Value to = nargs > 1 ? args[1] : vm.kwarg(kwargs, "timeout");
  std::optional<double> timeout;
  if (!to.is_none()) {
    double d;
    if (!to_seconds(vm, to, d, "timeout")) return false;
    timeout = d;
  }
  out = wait_for(vm.loop, aw, timeout).named("wait_for").value();
  return true;
}

NATIVE(a_wait) {
  UNUSED;
  if (!vm.arg_count("wait", nargs, 1, 1)) return false;
  std::vector<Value> fs;
  if (!vm.to_list(args[0], fs)) return false;
  for (auto& f : fs)
    if (as<PyCoro>(f))
      return vm.raise(vm.TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  std::optional<double> timeout;
  Value to = vm.kwarg(kwargs, "timeout");
  if (!to.is_none()) {
    double d;
    if (!to_seconds(vm, to, d, "timeout")) return false;
    timeout = d;
  }
  ReturnWhen rw = ReturnWhen::AllCompleted;
  Value w = vm.kwarg(kwargs, "return_when");
  if (Str* s = as<Str>(w)) {
    if (s->s == "FIRST_COMPLETED") rw = ReturnWhen::FirstCompleted;
    else if (s->s == "FIRST_EXCEPTION") rw = ReturnWhen::FirstException;
    else if (s->s != "ALL_COMPLETED") return vm.raise(vm.ValueError, "Invalid return_when value: " + s->s);
  }
  if (fs.empty()) return vm.raise(vm.ValueError, "Set of Tasks/Futures is empty.");
  out = wait(vm.loop, fs, timeout, rw).named("wait").value();
  return true;
}

NATIVE(a_all_tasks) {
  UNUSED;
  std::vector<Value> items;
  for (auto& t : vm.loop.all_tasks()) items.push_back(Value::object(t));
  Ref<Set> s = make<Set>();
  for (auto& x : items) s->d.set(x, Value());
  out = Value::object(s);
  return true;
}

NATIVE(a_current_task) {
  UNUSED;
  Task* t = vm.loop.current_task();
  out = t ? Value::object(t) : Value();
  return true;
}

NATIVE(a_get_running_loop) {
  UNUSED;
  if (!vm.loop.current_task() && !vm.loop_running) return vm.raise(vm.RuntimeError, "no running event loop");
  out = vm.loop_proxy;
  return true;
}

NATIVE(a_get_event_loop) {
  UNUSED;
  out = vm.loop_proxy;
  return true;
}

// ---- loop proxy methods ----

NATIVE(l_time) {
  UNUSED;
  out = Value::real(vm.loop.time());
  return true;
}

NATIVE(l_create_future) {
  UNUSED;
  out = Value::object(vm.loop.create_future());
  return true;
}

bool schedule(VM& vm, Value* args, int nargs, Value& out, bool later) {
  int first = later ? 1 : 0;
  if (nargs < first + 1) return vm.raise(vm.TypeError, later ? "call_later() missing arguments" : "call_soon() missing arguments");
  double delay = 0;
  if (later && !to_seconds(vm, args[1], delay, "delay")) return false;
  Ref<PyCallback> cb = make<PyCallback>();
  cb->vm = &vm;
  cb->fn = args[first];
  cb->pass_arg = false;
  cb->extra.assign(args + first + 1, args + nargs);
  Ref<Handle> h = later ? vm.loop.call_later(delay, cb) : vm.loop.call_soon(cb);
  out = Value::object(h);
  return true;
}

NATIVE(l_call_soon) {
  UNUSED;
  return schedule(vm, args + 1, nargs - 1, out, false);
}

NATIVE(l_call_later) {
  UNUSED;
  return schedule(vm, args + 1, nargs - 1, out, true);
}

NATIVE(l_run_in_executor) {
  UNUSED;
  return vm.raise(vm.NotImplementedError,
                  "run_in_executor is not available yet in Turnstile scenarios (thread pools are planned)");
}

NATIVE(l_create_task) {
  UNUSED;
  return a_create_task(vm, args + 1, nargs - 1, kwargs, out, data);
}

NATIVE(h_cancel) {
  UNUSED;
  if (auto* h = args[0].as<Handle>()) h->cancel();
  out = Value();
  return true;
}

NATIVE(h_cancelled) {
  UNUSED;
  auto* h = args[0].as<Handle>();
  out = Value::boolean(h && h->cancelled);
  return true;
}

// ---- Future / Task methods ----

NATIVE(f_done) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f) return false;
  out = Value::boolean(f->done());
  return true;
}
NATIVE(f_cancelled) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f) return false;
  out = Value::boolean(f->cancelled());
  return true;
}
NATIVE(f_result) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f) return false;
  try {
    out = f->result();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}
NATIVE(f_exception) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f) return false;
  try {
    out = f->exception();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}
NATIVE(f_set_result) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f || !vm.arg_count("set_result", nargs - 1, 1, 1)) return false;
  try {
    f->set_result(args[1]);
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(f_set_exception) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f || !vm.arg_count("set_exception", nargs - 1, 1, 1)) return false;
  Value exc = args[1];
  if (PyType* t = as<PyType>(exc)) {
    Value inst;
    if (!vm.call0(Value::object(t), inst)) return false;
    exc = inst;
  }
  if (!as<Exception>(exc)) return vm.raise(vm.TypeError, "invalid exception object");
  try {
    f->set_exception(exc);
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(f_cancel) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f) return false;
  Value msg = nargs > 1 ? args[1] : vm.kwarg(kwargs, "msg");
  try {
    out = Value::boolean(f->cancel(msg));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}
NATIVE(f_add_done_callback) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f || !vm.arg_count("add_done_callback", nargs - 1, 1, 1)) return false;
  Ref<PyCallback> cb = make<PyCallback>();
  cb->vm = &vm;
  cb->fn = args[1];
  f->add_done_callback(cb);
  out = Value();
  return true;
}
NATIVE(f_remove_done_callback) {
  UNUSED;
  Future* f = self_future(vm, args[0]);
  if (!f || !vm.arg_count("remove_done_callback", nargs - 1, 1, 1)) return false;
  PyCallback probe;
  probe.vm = &vm;
  probe.fn = args[1];
  probe.rc = 1000;
  out = Value::integer((int64_t)f->remove_done_callback(probe));
  return true;
}
NATIVE(t_get_name) {
  UNUSED;
  Task* t = args[0].as<Task>();
  out = vm.make_str(t->name());
  return true;
}
NATIVE(t_set_name) {
  UNUSED;
  Task* t = args[0].as<Task>();
  std::string n;
  if (nargs < 2 || !vm.str(args[1], n)) return false;
  t->set_name(n);
  out = Value();
  return true;
}
NATIVE(t_get_coro) {
  UNUSED;
  Task* t = args[0].as<Task>();
  out = Value::object(t->coro());
  return true;
}
NATIVE(t_cancelling) {
  UNUSED;
  out = Value::integer(args[0].as<Task>()->cancelling());
  return true;
}
NATIVE(t_uncancel) {
  UNUSED;
  out = Value::integer(args[0].as<Task>()->uncancel());
  return true;
}
NATIVE(f_repr) {
  UNUSED;
  Future* f = args[0].as<Future>();
  std::string state = f->cancelled() ? "cancelled" : f->done() ? "finished" : "pending";
  if (Task* t = args[0].as<Task>()) {
    std::string s = "<Task " + state + " name='" + t->name() + "' coro=<" + t->coro()->name() + "()";
    s += f->done() ? " done>" : " running>";
    if (f->done() && !f->cancelled()) {
      Outcome oc = f->get_exception();
      std::string r;
      if (oc.ok && !oc.value.is_none()) {
        vm.repr(oc.value, r);
        s += " exception=" + r;
      } else {
        Outcome res = f->get_result();
        if (res.ok) {
          vm.repr(res.value, r);
          s += " result=" + r;
        }
      }
    }
    out = vm.make_str(s + ">");
    return true;
  }
  std::string s = "<Future " + state;
  if (f->done() && !f->cancelled()) {
    Outcome oc = f->get_exception();
    std::string r;
    if (oc.ok && !oc.value.is_none()) {
      vm.repr(oc.value, r);
      s += " exception=" + r;
    } else {
      Outcome res = f->get_result();
      if (res.ok) {
        vm.repr(res.value, r);
        s += " result=" + r;
      }
    }
  }
  out = vm.make_str(s + ">");
  return true;
}
NATIVE(f_new) {
  UNUSED;
  out = Value::object(vm.loop.create_future());
  return true;
}
NATIVE(t_new) {
  UNUSED;
  return a_create_task(vm, args, nargs, kwargs, out, data);
}

// ---- primitives ----

template <class T>
T* prim(VM& vm, const Value& v) {
  T* p = v.as<T>();
  if (!p) vm.raise(vm.TypeError, "wrong object type");
  return p;
}

Async aenter_acquire(Value self, Async acquire) {
  (void)self;
  co_await acquire;
  co_return Value();
}

Async aexit_release(Value self) {
  Semaphore* s = self.as<Semaphore>();
  if (s) s->release();
  else if (Lock* l = self.as<Lock>()) l->release();
  else if (Condition* c = self.as<Condition>()) c->release();
  co_return Value();
}

NATIVE(p_aenter) {
  UNUSED;
  Value self = args[0];
  if (auto* s = self.as<Semaphore>()) out = aenter_acquire(self, s->acquire().named("Semaphore.acquire")).named("Semaphore.__aenter__").value();
  else if (auto* l = self.as<Lock>()) out = aenter_acquire(self, l->acquire().named("Lock.acquire")).named("Lock.__aenter__").value();
  else if (auto* c = self.as<Condition>()) out = aenter_acquire(self, c->acquire().named("Lock.acquire")).named("Condition.__aenter__").value();
  else return vm.raise(vm.TypeError, "not a lock");
  return true;
}

NATIVE(p_aexit) {
  UNUSED;
  out = aexit_release(args[0]).named("__aexit__").value();
  return true;
}

NATIVE(sem_new) {
  UNUSED;
  PyType* t = static_cast<PyType*>(data);
  int64_t v = 1;
  Value a = nargs > 0 ? args[0] : vm.kwarg(kwargs, "value");
  if (!a.is_none()) {
    if (a.tag != Value::Int && a.tag != Value::Bool) return vm.raise(vm.TypeError, "'" + vm.type_name(a) + "' object cannot be interpreted as an integer");
    v = a.tag == Value::Int ? a.i : a.b;
  }
  try {
    if (t == vm.native_types["BoundedSemaphore"]) out = Value::object(make<BoundedSemaphore>(vm.loop, v));
    else out = Value::object(make<Semaphore>(vm.loop, v));
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}
NATIVE(sem_acquire) {
  UNUSED;
  auto* s = prim<Semaphore>(vm, args[0]);
  if (!s) return false;
  out = s->acquire().named("Semaphore.acquire").value();
  return true;
}
NATIVE(sem_release) {
  UNUSED;
  auto* s = prim<Semaphore>(vm, args[0]);
  if (!s) return false;
  try {
    s->release();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(sem_locked) {
  UNUSED;
  auto* s = prim<Semaphore>(vm, args[0]);
  if (!s) return false;
  out = Value::boolean(s->locked());
  return true;
}
bool sem_attr(VM& vm, const Value& self, const Str& name, Value& out) {
  auto* s = self.as<Semaphore>();
  if (!s) return false;
  if (name.s == "_value") {
    out = Value::integer(s->value());
    return true;
  }
  if (name.s == "_bound_value") {
    if (auto* b = self.as<BoundedSemaphore>()) {
      out = Value::integer(b->bound());
      return true;
    }
  }
  if (name.s == "_waiters") {
    std::vector<Value> w;
    for (auto& f : s->waiters_) w.push_back(Value::object(f));
    out = w.empty() && s->waiters_.empty() ? Value() : vm.make_list(std::move(w));
    return true;
  }
  return false;
}

NATIVE(lock_new) {
  UNUSED;
  out = Value::object(make<Lock>(vm.loop));
  return true;
}
NATIVE(lock_acquire) {
  UNUSED;
  auto* l = prim<Lock>(vm, args[0]);
  if (!l) return false;
  out = l->acquire().named("Lock.acquire").value();
  return true;
}
NATIVE(lock_release) {
  UNUSED;
  auto* l = prim<Lock>(vm, args[0]);
  if (!l) return false;
  try {
    l->release();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(lock_locked) {
  UNUSED;
  auto* l = prim<Lock>(vm, args[0]);
  if (!l) return false;
  out = Value::boolean(l->locked());
  return true;
}

NATIVE(event_new) {
  UNUSED;
  out = Value::object(make<Event>(vm.loop));
  return true;
}
NATIVE(event_set) {
  UNUSED;
  prim<Event>(vm, args[0])->set();
  out = Value();
  return true;
}
NATIVE(event_clear) {
  UNUSED;
  prim<Event>(vm, args[0])->clear();
  out = Value();
  return true;
}
NATIVE(event_is_set) {
  UNUSED;
  out = Value::boolean(prim<Event>(vm, args[0])->is_set());
  return true;
}
NATIVE(event_wait) {
  UNUSED;
  out = prim<Event>(vm, args[0])->wait().named("Event.wait").value();
  return true;
}

NATIVE(cond_new) {
  UNUSED;
  Value l = nargs > 0 ? args[0] : vm.kwarg(kwargs, "lock");
  Ref<Lock> lock;
  if (!l.is_none()) {
    Lock* lp = l.as<Lock>();
    if (!lp) return vm.raise(vm.TypeError, "Condition() lock must be an asyncio.Lock");
    lock = Ref<Lock>(lp);
  }
  out = Value::object(make<Condition>(vm.loop, lock));
  return true;
}
NATIVE(cond_acquire) {
  UNUSED;
  out = prim<Condition>(vm, args[0])->acquire().named("Lock.acquire").value();
  return true;
}
NATIVE(cond_release) {
  UNUSED;
  try {
    prim<Condition>(vm, args[0])->release();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(cond_locked) {
  UNUSED;
  out = Value::boolean(prim<Condition>(vm, args[0])->locked());
  return true;
}
NATIVE(cond_wait) {
  UNUSED;
  out = prim<Condition>(vm, args[0])->wait().named("Condition.wait").value();
  return true;
}
NATIVE(cond_wait_for) {
  UNUSED;
  if (nargs != 2) return vm.arg_count("wait_for", nargs - 1, 1, 1);
  Ref<PyPredicate> p = make<PyPredicate>();
  p->vm = &vm;
  p->fn = args[1];
  out = prim<Condition>(vm, args[0])->wait_for(p).named("Condition.wait_for").value();
  return true;
}
NATIVE(cond_notify) {
  UNUSED;
  int64_t n = 1;
  Value nv = nargs > 1 ? args[1] : vm.kwarg(kwargs, "n");
  if (nv.tag == Value::Int) n = nv.i;
  try {
    prim<Condition>(vm, args[0])->notify(n);
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(cond_notify_all) {
  UNUSED;
  try {
    prim<Condition>(vm, args[0])->notify_all();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}

NATIVE(queue_new) {
  UNUSED;
  QueueKind k = (QueueKind)(intptr_t)data;
  int64_t maxsize = 0;
  Value m = nargs > 0 ? args[0] : vm.kwarg(kwargs, "maxsize");
  if (m.tag == Value::Int) maxsize = m.i;
  out = Value::object(make<Queue>(vm.loop, maxsize, k));
  return true;
}
NATIVE(q_put) {
  UNUSED;
  if (!vm.arg_count("put", nargs - 1, 1, 1)) return false;
  out = prim<Queue>(vm, args[0])->put(args[1]).named("Queue.put").value();
  return true;
}
NATIVE(q_get) {
  UNUSED;
  out = prim<Queue>(vm, args[0])->get().named("Queue.get").value();
  return true;
}
NATIVE(q_join) {
  UNUSED;
  out = prim<Queue>(vm, args[0])->join().named("Queue.join").value();
  return true;
}
NATIVE(q_put_nowait) {
  UNUSED;
  if (!vm.arg_count("put_nowait", nargs - 1, 1, 1)) return false;
  try {
    prim<Queue>(vm, args[0])->put_nowait(args[1]);
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(q_get_nowait) {
  UNUSED;
  try {
    out = prim<Queue>(vm, args[0])->get_nowait();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  return true;
}
NATIVE(q_task_done) {
  UNUSED;
  try {
    prim<Queue>(vm, args[0])->task_done();
  } catch (PyErr& e) {
    return vm.take(e);
  }
  out = Value();
  return true;
}
NATIVE(q_qsize) {
  UNUSED;
  out = Value::integer((int64_t)prim<Queue>(vm, args[0])->qsize());
  return true;
}
NATIVE(q_empty) {
  UNUSED;
  out = Value::boolean(prim<Queue>(vm, args[0])->empty());
  return true;
}
NATIVE(q_full) {
  UNUSED;
  out = Value::boolean(prim<Queue>(vm, args[0])->full());
  return true;
}
bool queue_attr(VM& vm, const Value& self, const Str& name, Value& out) {
  auto* q = self.as<Queue>();
  if (!q) return false;
  if (name.s == "maxsize") {
    out = Value::integer(q->maxsize());
    return true;
  }
  if (name.s == "_unfinished_tasks") {
    out = Value::integer(q->unfinished_tasks());
    return true;
  }
  (void)vm;
  return false;
}

}  // namespace

void install_asyncio(VM& vm) {
  Module* m = vm.new_module("asyncio");
  Dict& d = *m->dict;
  auto type = [&](const char* name, const char* core_name) {
    PyType* t = vm.new_type(name, vm.t_object, Kind::Native, "asyncio");
    if (core_name) vm.native_types[core_name] = t;
    d.set(vm.make_str(name), Value::object(t));
    return t;
  };
  PyType* fut = type("Future", "Future");
  vm.native_types["_GatheringFuture"] = fut;
  PyType* task = vm.new_type("Task", fut, Kind::Native, "asyncio");
  vm.native_types["Task"] = task;
  d.set(vm.make_str("Task"), Value::object(task));
  vm.native_types["coroutine"] = vm.t_coroutine;
  PyType* handle = vm.new_type("TimerHandle", vm.t_object, Kind::Native, "asyncio");
  vm.native_types["TimerHandle"] = handle;
  vm.native_types["Handle"] = handle;
  vm.def_method(handle, "cancel", h_cancel);
  vm.def_method(handle, "cancelled", h_cancelled);

  vm.def_method(fut, "__new__", f_new);
  vm.def_method(fut, "done", f_done);
  vm.def_method(fut, "cancelled", f_cancelled);
  vm.def_method(fut, "result", f_result);
  vm.def_method(fut, "exception", f_exception);
  vm.def_method(fut, "set_result", f_set_result);
  vm.def_method(fut, "set_exception", f_set_exception);
  vm.def_method(fut, "cancel", f_cancel);
  vm.def_method(fut, "add_done_callback", f_add_done_callback);
  vm.def_method(fut, "remove_done_callback", f_remove_done_callback);
  vm.def_method(fut, "__repr__", f_repr);
  vm.def_method(task, "__new__", t_new);
  vm.def_method(task, "get_name", t_get_name);
  vm.def_method(task, "set_name", t_set_name);
  vm.def_method(task, "get_coro", t_get_coro);
  vm.def_method(task, "cancelling", t_cancelling);
  vm.def_method(task, "uncancel", t_uncancel);

  PyType* sem = type("Semaphore", "Semaphore");
  PyType* bsem = vm.new_type("BoundedSemaphore", sem, Kind::Native, "asyncio");
  vm.native_types["BoundedSemaphore"] = bsem;
  d.set(vm.make_str("BoundedSemaphore"), Value::object(bsem));
  vm.def(*sem->dict, "__new__", sem_new, sem);
  vm.def(*bsem->dict, "__new__", sem_new, bsem);
  vm.def_method(sem, "acquire", sem_acquire);
  vm.def_method(sem, "release", sem_release);
  vm.def_method(sem, "locked", sem_locked);
  vm.def_method(sem, "__aenter__", p_aenter);
  vm.def_method(sem, "__aexit__", p_aexit);
  vm.getattr_hooks[sem] = sem_attr;

  PyType* lock = type("Lock", "Lock");
  vm.def_method(lock, "__new__", lock_new);
  vm.def_method(lock, "acquire", lock_acquire);
  vm.def_method(lock, "release", lock_release);
  vm.def_method(lock, "locked", lock_locked);
  vm.def_method(lock, "__aenter__", p_aenter);
  vm.def_method(lock, "__aexit__", p_aexit);

  PyType* ev = type("Event", "Event");
  vm.def_method(ev, "__new__", event_new);
  vm.def_method(ev, "set", event_set);
  vm.def_method(ev, "clear", event_clear);
  vm.def_method(ev, "is_set", event_is_set);
  vm.def_method(ev, "wait", event_wait);

  PyType* cond = type("Condition", "Condition");
  vm.def_method(cond, "__new__", cond_new);
  vm.def_method(cond, "acquire", cond_acquire);
  vm.def_method(cond, "release", cond_release);
  vm.def_method(cond, "locked", cond_locked);
  vm.def_method(cond, "wait", cond_wait);
  vm.def_method(cond, "wait_for", cond_wait_for);
  vm.def_method(cond, "notify", cond_notify);
  vm.def_method(cond, "notify_all", cond_notify_all);
  vm.def_method(cond, "__aenter__", p_aenter);
  vm.def_method(cond, "__aexit__", p_aexit);

  PyType* q = type("Queue", "Queue");
  PyType* lq = vm.new_type("LifoQueue", q, Kind::Native, "asyncio");
  PyType* pq = vm.new_type("PriorityQueue", q, Kind::Native, "asyncio");
  d.set(vm.make_str("LifoQueue"), Value::object(lq));
  d.set(vm.make_str("PriorityQueue"), Value::object(pq));
  vm.def(*q->dict, "__new__", queue_new, (void*)(intptr_t)QueueKind::Fifo);
  vm.def(*lq->dict, "__new__", queue_new, (void*)(intptr_t)QueueKind::Lifo);
  vm.def(*pq->dict, "__new__", queue_new, (void*)(intptr_t)QueueKind::Priority);
  vm.def_method(q, "put", q_put);
  vm.def_method(q, "get", q_get);
  vm.def_method(q, "join", q_join);
  vm.def_method(q, "put_nowait", q_put_nowait);
  vm.def_method(q, "get_nowait", q_get_nowait);
  vm.def_method(q, "task_done", q_task_done);
  vm.def_method(q, "qsize", q_qsize);
  vm.def_method(q, "empty", q_empty);
  vm.def_method(q, "full", q_full);
  vm.getattr_hooks[q] = queue_attr;

  PyType* loopt = vm.new_type("_UnixSelectorEventLoop", vm.t_object, Kind::Native, "asyncio.unix_events");
  vm.native_types["_UnixSelectorEventLoop"] = loopt;
  vm.def_method(loopt, "time", l_time);
  vm.def_method(loopt, "create_future", l_create_future);
  vm.def_method(loopt, "create_task", l_create_task);
  vm.def_method(loopt, "call_soon", l_call_soon);
  vm.def_method(loopt, "call_later", l_call_later);
  vm.def_method(loopt, "run_in_executor", l_run_in_executor);
  vm.loop_proxy = Value::object(make<LoopProxy>());

  vm.def(d, "run", a_run);
  vm.def(d, "sleep", a_sleep);
  vm.def(d, "create_task", a_create_task);
  vm.def(d, "ensure_future", a_ensure_future);
  vm.def(d, "gather", a_gather);
  vm.def(d, "shield", a_shield);
  vm.def(d, "wait_for", a_wait_for);
  vm.def(d, "wait", a_wait);
  vm.def(d, "all_tasks", a_all_tasks);
  vm.def(d, "current_task", a_current_task);
  vm.def(d, "get_running_loop", a_get_running_loop);
  vm.def(d, "get_event_loop", a_get_event_loop);
  d.set(vm.make_str("FIRST_COMPLETED"), vm.make_str("FIRST_COMPLETED"));
  d.set(vm.make_str("FIRST_EXCEPTION"), vm.make_str("FIRST_EXCEPTION"));
  d.set(vm.make_str("ALL_COMPLETED"), vm.make_str("ALL_COMPLETED"));
  d.set(vm.make_str("CancelledError"), Value::object(vm.CancelledError));
  d.set(vm.make_str("TimeoutError"), Value::object(vm.TimeoutError));
  d.set(vm.make_str("InvalidStateError"), Value::object(vm.InvalidStateError));
  d.set(vm.make_str("QueueEmpty"), Value::object(vm.QueueEmpty));
  d.set(vm.make_str("QueueFull"), Value::object(vm.QueueFull));
}

}  // namespace ts::vm
