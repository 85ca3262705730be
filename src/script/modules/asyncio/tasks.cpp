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

// create_task(coro, *, name=None, context=None), also Task(coro, ...);
// `name` is parameter i.
bool make_task(VM& vm, Args& a, int name, Value& out) {
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  std::string n;
  if (const Value* nv = a.get(name); nv && !nv->is_none() && !vm.str(*nv, n)) return false;
  out = Value::object(vm.loop.create_task(c, n));
  return true;
}
bool new_task(VM& vm, Args& a, Value& out) { return make_task(vm, a, 2, out); }

// ---- module functions ------------------------------------------------------------------

bool sleep(VM& vm, Args& a, Value& out) {
  double d;
  if (!to_seconds(vm, *a.get(0), d, "sleep() delay")) return false;
  out = ts::sleep(vm.loop, d, a.get(1, Value())).named("sleep").value();
  return true;
}

bool create_task(VM& vm, Args& a, Value& out) { return make_task(vm, a, 1, out); }

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
  out = Value::object(ts::ensure_future(vm.loop, awaitable(vm, *a.get(0))));
  return true;
}

bool gather(VM& vm, Args& a, Value& out) {
  bool rex = false;
  if (const Value* re = a.get(0); re && !vm.truthy(*re, rex)) return false;
  std::vector<Value> aws;
  for (int i = 0; i < a.n; i++) aws.push_back(awaitable(vm, a.v[i]));
  out = Value::object(ts::gather(vm.loop, std::move(aws), rex));
  return true;
}

bool shield(VM& vm, Args& a, Value& out) {
  out = Value::object(ts::shield(vm.loop, awaitable(vm, *a.get(0))));
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
  out = ts::wait_for(vm.loop, awaitable(vm, *a.get(0)), timeout).named("wait_for").value();
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
  out = ts::wait(vm.loop, fs, timeout, rw).named("wait").value();
  return true;
}

bool all_tasks(VM& vm, Args&, Value& out) {
  Ref<Set> s = make<Set>();
  for (auto& t : vm.loop.all_tasks()) s->d.set(Value::object(t), Value());
  out = Value::object(s);
  return true;
}

bool current_task(VM& vm, Args&, Value& out) {
  Task* t = vm.loop.current_task();
  out = t ? Value::object(t) : Value();
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
    {"all_tasks", all_tasks, Conv::Python, "loop=None"},
    {"current_task", current_task, Conv::Python, "loop=None"},
};

}  // namespace

void install_tasks(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Task", "_asyncio", vm.native_types.at("Future"), "Task");
  install_new<kTask>(vm, t, kNew);
  install<kTask>(vm, t, kMethods);
  install(vm, module, kFunctions);
}

}  // namespace ts::vm::aio
