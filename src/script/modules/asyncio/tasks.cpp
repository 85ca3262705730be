// asyncio.Task (CPython's _asyncio.Task) and the module functions of
// asyncio/tasks.py: sleep, create_task, ensure_future, gather, shield,
// wait_for, wait, all_tasks, current_task.
#include "script/modules/asyncio/asyncio.h"
#include "script/objects/await_iter.h"

namespace ts::vm::aio {

namespace {

// ---- Task ----------------------------------------------------------------------------

bool get_name(VM& vm, Task& t, Args&, Value& out) {
  out = vm.make_str(t.name());
  return true;
}
bool set_name(VM& vm, Task& t, Args& a, Value& out) {
  std::string n;
  if (!vm.str(a[0], n)) return false;
  t.set_name(n);
  out = Value();
  return true;
}
bool get_coro(VM&, Task& t, Args&, Value& out) {
  out = Value::object(t.coro());
  return true;
}
bool cancelling(VM&, Task& t, Args&, Value& out) {
  out = Value::integer(t.cancelling());
  return true;
}
bool uncancel(VM&, Task& t, Args&, Value& out) {
  out = Value::integer(t.uncancel());
  return true;
}

// The loop argument of Task(), all_tasks(), ...: a loop object, or null with
// the AttributeError CPython's first use of it raises.
LoopObject* loop_arg(VM& vm, const Value& v) {
  if (auto* l = v.as<LoopObject>()) return l;
  no_attribute(vm, v, "create_future");
  return nullptr;
}

bool start_task(VM& vm, Loop& loop, Args& a, int name, Value& out) {
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  if (!task_room(vm, loop)) return false;
  std::string n;
  if (const Value* nv = a.get(name); nv && !nv->is_none() && !vm.str(*nv, n)) return false;
  Ref<Task> t = loop.create_task(c, n);
  given_context(t->context, a.get(name + 1));
  out = Value::object(t);
  return true;
}

// Task(coro, *, loop=None, name=None, context=None): on events._get_event_loop().
bool new_task(VM& vm, Args& a, Value& out) {
  const Value* lv = a.get(1);
  LoopObject* l = lv && !lv->is_none() ? loop_arg(vm, *lv) : event_loop(vm);
  return l && start_task(vm, *l->loop, a, 2, out);
}

// ---- module functions ------------------------------------------------------------------

bool sleep(VM& vm, Args& a, Value& out) {
  double d;
  if (!to_seconds(vm, *a.get(0), d, "sleep() delay")) return false;
  out = ts::sleep(home_loop(vm), d, a.get(1, Value())).named("sleep").value();
  return true;
}

// create_task(coro, *, name=None, context=None): on the running loop.
bool create_task(VM& vm, Args& a, Value& out) {
  LoopObject* l = running_loop(vm);
  if (!l) return vm.raise(vm.RuntimeError, "no running event loop");
  // loop.create_task(coro) then _set_task_name: the task takes a number even with a name.
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  if (!task_room(vm, *l->loop)) return false;
  Ref<Task> t = l->loop->create_task(c);
  given_context(t->context, a.get(2));
  out = Value::object(t);
  if (const Value* nv = a.get(1); nv && !nv->is_none()) {
    std::string n;
    if (!vm.str(*nv, n)) return false;
    t->set_name(n);
  }
  return true;
}

// The loop _ensure_future(arg) uses: a future's own, else `loop` if given,
// else events._get_event_loop().
Loop* loop_for(VM& vm, const Value& arg, const Value* loop = nullptr) {
  if (auto* f = arg.as<Future>()) return &f->loop();
  if (loop && !loop->is_none()) {
    LoopObject* l = loop_arg(vm, *loop);
    return l ? l->loop : nullptr;
  }
  LoopObject* l = event_loop(vm);
  return l ? l->loop : nullptr;
}

// An object with __await__ (or a types.coroutine generator) stands for a
// coroutine awaiting it (asyncio's _wrap_awaitable) wherever ensure_future
// takes it.
Value awaitable(VM& vm, const Value& v) {
  PyGen* g = as<PyGen>(v);
  if (g && (g->frame->code->flags & CO_ITERABLE_COROUTINE)) return awaiting_coroutine(vm, v);
  if (v.as<Future>() || v.as<ts::Coroutine>() || !vm.type_of(v)->lookup("__await__")) return v;
  return awaiting_coroutine(vm, v);
}

bool ensure_future(VM& vm, Args& a, Value& out) {
  const Value& arg = *a.get(0);
  const Value* lv = a.get(1);
  if (auto* f = arg.as<Future>(); f && lv && !lv->is_none()) {
    if (auto* l = lv->as<LoopObject>(); l && l->loop != &f->loop())
      return vm.raise(vm.ValueError,
                      "The future belongs to a different loop than the one specified as the loop argument");
  }
  Loop* loop = loop_for(vm, arg, lv);
  if (!loop) return false;
  out = Value::object(ts::ensure_future(*loop, awaitable(vm, arg)));
  return true;
}

bool gather(VM& vm, Args& a, Value& out) {
  bool rex = false;
  if (const Value* re = a.get(0); re && !vm.truthy(*re, rex)) return false;
  Loop* loop = a.n ? loop_for(vm, a.v[0]) : loop_for(vm, Value());
  if (!loop) return false;
  std::vector<Value> aws;
  for (int i = 0; i < a.n; i++) aws.push_back(awaitable(vm, a.v[i]));
  out = Value::object(ts::gather(*loop, std::move(aws), rex));
  return true;
}

bool shield(VM& vm, Args& a, Value& out) {
  Loop* loop = loop_for(vm, *a.get(0));
  if (!loop) return false;
  out = Value::object(ts::shield(*loop, awaitable(vm, *a.get(0))));
  return true;
}

bool timeout_arg(VM& vm, const Value* v, std::optional<double>& out) {
  if (!v || v->is_none()) return true;
  double d;
  if (!to_seconds(vm, *v, d, "timeout")) return false;
  out = d;
  return true;
}

bool wait_for(VM& vm, Args& a, Value& out) {
  std::optional<double> timeout;
  if (!timeout_arg(vm, a.get(1), timeout)) return false;
  out = ts::wait_for(home_loop(vm), awaitable(vm, *a.get(0)), timeout).named("wait_for").value();
  return true;
}

bool wait(VM& vm, Args& a, Value& out) {
  std::vector<Value> fs;
  if (!vm.to_list(*a.get(0), fs)) return false;
  for (auto& f : fs)
    if (as<PyCoro>(f)) return vm.raise(vm.TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  std::optional<double> timeout;
  if (!timeout_arg(vm, a.get(1), timeout)) return false;
  ReturnWhen rw = ReturnWhen::AllCompleted;
  if (const Value* w = a.get(2))
    if (Str* s = as<Str>(*w)) {
      if (s->s == "FIRST_COMPLETED") rw = ReturnWhen::FirstCompleted;
      else if (s->s == "FIRST_EXCEPTION") rw = ReturnWhen::FirstException;
      else if (s->s != "ALL_COMPLETED") return vm.raise(vm.ValueError, "Invalid return_when value: " + s->s);
    }
  if (fs.empty()) return vm.raise(vm.ValueError, "Set of Tasks/Futures is empty.");
  out = ts::wait(home_loop(vm), fs, timeout, rw).named("wait").value();
  return true;
}

// all_tasks(loop=None) / current_task(loop=None): of the running loop by default.
LoopObject* loop_or_running(VM& vm, const Value* lv) {
  if (lv && !lv->is_none()) return loop_arg(vm, *lv);
  LoopObject* l = running_loop(vm);
  if (!l) vm.raise(vm.RuntimeError, "no running event loop");
  return l;
}

// as_completed's generator: its body (ensure_future on every argument)
// runs at the first next().
struct AsCompletedIter final : Iterator {
  std::vector<Value> fs;
  std::optional<double> timeout;
  Ref<AsCompleted> st;
  size_t handed = 0;
  int next(VM& vm, Value& out) override {
    if (!st) {
      LoopObject* l = event_loop(vm);
      if (!l) return -1;
      if (!guard(vm, [&] {
            st = ts::as_completed(*l->loop, fs, timeout);
            return true;
          }))
        return -1;
      fs.clear();
    }
    if (handed == st->total) return 0;
    ++handed;
    out = next_completed(st).value();
    return 1;
  }
  const char* type_name() const override { return "generator"; }
};

bool as_completed(VM& vm, Args& a, Value& out) {
  const Value& fs = *a.get(0);
  if (fs.as<Future>() || fs.as<ts::Coroutine>())
    return vm.raise(vm.TypeError, "expect an iterable of futures, not " + vm.type_name(fs));
  Ref<AsCompletedIter> it = make<AsCompletedIter>();
  if (!vm.to_list(fs, it->fs) || !timeout_arg(vm, a.get(1), it->timeout)) return false;
  out = Value::object(it);
  return true;
}

bool to_thread(VM& vm, Args& a, Value& out) {
  return call_threads_helper(vm, "to_thread", std::vector<Value>(a.v, a.v + a.n), a.kw, out);
}

bool all_tasks(VM& vm, Args& a, Value& out) {
  LoopObject* l = loop_or_running(vm, a.get(0));
  if (!l) return false;
  Ref<Set> s = make<Set>();
  for (auto& t : l->loop->all_tasks()) s->d.set(Value::object(t), Value());
  out = Value::object(s);
  return true;
}

bool current_task(VM& vm, Args& a, Value& out) {
  LoopObject* l = loop_or_running(vm, a.get(0));
  if (!l) return false;
  Task* t = l->loop->current_task();
  out = t ? Value::object(t) : Value();
  return true;
}

// coroutines.py: a function made by `async def` (a bound method's function
// counts); a coroutine or a generator (3.11's _COROUTINE_TYPES).
bool iscoroutinefunction(VM&, Args& a, Value& out) {
  Value f = *a.get(0);
  if (BoundMethod* m = as<BoundMethod>(f)) f = m->func;
  Function* fn = as<Function>(f);
  out = Value::boolean(fn && (fn->code->flags & CO_COROUTINE) && !(fn->code->flags & CO_GENERATOR));
  return true;
}
bool iscoroutine(VM& vm, Args& a, Value& out) {
  const Value& o = *a.get(0);
  out = Value::boolean(vm.isinstance(o, vm.t_coroutine) || vm.isinstance(o, vm.t_generator));
  return true;
}

constexpr Owner kTask{"_asyncio.Task", is<Task>};
constexpr Method kNew{"Task", new_task, Conv::Keywords, "coro, *, loop=None, name=None, context=None"};
constexpr Method kMethods[] = {
    {"Task.get_name", on<get_name>, Conv::NoArgs},
    {"Task.set_name", on<set_name>, Conv::O},
    {"Task.get_coro", on<get_coro>, Conv::NoArgs},
    {"Task.cancelling", on<cancelling>, Conv::NoArgs},
    {"Task.uncancel", on<uncancel>, Conv::NoArgs},
    {"Task.cancel", on<future_cancel>, Conv::Keywords, "msg=None"},
    {"Task.__repr__", on<future_repr>, Conv::Slot},
};

// tasks.py's functions are Python functions.
constexpr Method kFunctions[] = {
    {"sleep", sleep, Conv::Python, "delay, result=None"},
    {"create_task", create_task, Conv::Python, "coro, *, name=None, context=None"},
    {"ensure_future", ensure_future, Conv::Python, "coro_or_future, *, loop=None"},
    {"gather", gather, Conv::Python, "*coros_or_futures, return_exceptions=False"},
    {"shield", shield, Conv::Python, "arg"},
    {"wait_for", wait_for, Conv::Python, "fut, timeout"},
    {"wait", wait, Conv::Python, "fs, *, timeout=None, return_when=ALL_COMPLETED"},
    {"as_completed", as_completed, Conv::Python, "fs, *, timeout=None"},
    {"to_thread", to_thread, Conv::Python, "func, /, *args, **kwargs"},
    {"all_tasks", all_tasks, Conv::Python, "loop=None"},
    {"current_task", current_task, Conv::Python, "loop=None"},
    {"iscoroutinefunction", iscoroutinefunction, Conv::Python, "func"},
    {"iscoroutine", iscoroutine, Conv::Python, "obj"},
};

}  // namespace

void install_tasks(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Task", "_asyncio", vm.native_types.at("Future"), "Task");
  install_new<kTask>(vm, t, kNew);
  install<kTask>(vm, t, kMethods);
  install(vm, module, kFunctions);
}

}  // namespace ts::vm::aio
