// asyncio.Future (CPython's _asyncio.Future, a C type): the core Future's
// methods and repr.
#include "script/modules/asyncio/asyncio.h"
#include "script/objects/await_iter.h"

namespace ts::vm::aio {

namespace {

bool done(VM&, Future& f, Args&, Value& out) {
  out = Value::boolean(f.done());
  return true;
}
bool cancelled(VM&, Future& f, Args&, Value& out) {
  out = Value::boolean(f.cancelled());
  return true;
}
bool result(VM&, Future& f, Args&, Value& out) {
  out = f.result();
  return true;
}
bool exception(VM&, Future& f, Args&, Value& out) {
  out = f.exception();
  return true;
}
bool set_result(VM&, Future& f, Args& a, Value& out) {
  f.set_result(a[0]);
  out = Value();
  return true;
}
bool set_exception(VM& vm, Future& f, Args& a, Value& out) {
  Value exc = a[0];
  if (PyType* t = as<PyType>(exc)) {  // a class is instantiated, as raise does
    Value inst;
    if (!vm.call0(Value::object(t), inst)) return false;
    exc = inst;
  }
  if (!as<Exception>(exc)) return vm.raise(vm.TypeError, "invalid exception object");
  f.set_exception(exc);
  out = Value();
  return true;
}
bool add_done_callback(VM& vm, Future& f, Args& a, Value& out) {
  f.add_done_callback(py_callback(vm, a[0]));
  out = Value();
  return true;
}
bool remove_done_callback(VM& vm, Future& f, Args& a, Value& out) {
  PyCallback probe;  // compared with the registered ones, never stored
  probe.vm = &vm;
  probe.fn = a[0];
  probe.rc = 1000;
  out = Value::integer(int64_t(f.remove_done_callback(probe)));
  return true;
}

// " exception=..." / " result=..." of a finished, not cancelled future.
std::string outcome(VM& vm, Future& f) {
  if (!f.done() || f.cancelled()) return "";
  std::string r;
  Outcome oc = f.get_exception();
  if (oc.ok && !oc.value.is_none()) {
    vm.repr(oc.value, r);
    return " exception=" + r;
  }
  Outcome res = f.get_result();
  if (!res.ok) return "";
  vm.repr(res.value, r);
  return " result=" + r;
}

}  // namespace

// Future.__repr__ and Task.__repr__ (base_futures._future_repr_info,
// base_tasks._task_repr_info).
bool future_repr(VM& vm, Future& f, Args&, Value& out) {
  std::string state = f.cancelled() ? "cancelled" : f.done() ? "finished" : "pending";
  if (Task* t = dynamic_cast<Task*>(&f)) {
    std::string s = "<Task " + state + " name='" + t->name() + "' coro=<" + t->coro()->name() + "()";
    s += f.done() ? " done>" : " running>";
    out = vm.make_str(s + outcome(vm, f) + ">");
    return true;
  }
  out = vm.make_str("<Future " + state + outcome(vm, f) + ">");
  return true;
}
bool future_cancel(VM&, Future& f, Args& a, Value& out) {
  out = Value::boolean(f.cancel(a.get(0, Value())));
  return true;
}

namespace {

// __await__ and __iter__: the iterator yield from drives (FutureIter).
bool await_iter(VM&, Future&, Args& a, Value& out) {
  out = future_await_iter(a.self);
  return true;
}

bool new_future(VM& vm, Args&, Value& out) {
  out = Value::object(vm.loop.create_future());
  return true;
}

constexpr Owner kFuture{"_asyncio.Future", is<Future>};
constexpr Method kNew{"Future", new_future, Conv::Keywords, "*, loop=None"};
constexpr Method kMethods[] = {
    {"Future.done", on<done>, Conv::NoArgs},
    {"Future.cancelled", on<cancelled>, Conv::NoArgs},
    {"Future.result", on<result>, Conv::NoArgs},
    {"Future.exception", on<exception>, Conv::NoArgs},
    {"Future.set_result", on<set_result>, Conv::O},
    {"Future.set_exception", on<set_exception>, Conv::O},
    {"Future.cancel", on<future_cancel>, Conv::Keywords, "msg=None"},
    {"Future.add_done_callback", on<add_done_callback>, Conv::Keywords, "fn, /, *, context=None"},
    {"Future.remove_done_callback", on<remove_done_callback>, Conv::O},
    {"Future.__repr__", on<future_repr>, Conv::Slot},
    {"Future.__await__", on<await_iter>, Conv::Slot},
    {"Future.__iter__", on<await_iter>, Conv::Slot},
};

}  // namespace

void install_futures(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Future", "_asyncio", nullptr, "Future");
  vm.native_types["_GatheringFuture"] = t;
  install_new<kFuture>(vm, t, kNew);
  install<kFuture>(vm, t, kMethods);
}

}  // namespace ts::vm::aio
