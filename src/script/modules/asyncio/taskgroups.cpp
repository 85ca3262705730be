// asyncio/taskgroups.py: TaskGroup (a Python class: Python binding rules).
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

bool new_group(VM& vm, Args&, Value& out) {
  out = Value::object(make<TaskGroup>(home_loop(vm)));
  return true;
}
bool aenter(VM&, TaskGroup& g, Args&, Value& out) {
  out = g.aenter().value();
  return true;
}
bool aexit(VM& vm, TaskGroup& g, Args& a, Value& out) {
  out = g.aexit(*a.get(1), a.get(0)->same(Value::object(vm.CancelledError))).value();
  return true;
}
bool create_task(VM& vm, TaskGroup& g, Args& a, Value& out) {
  g.check_open();
  Ref<ts::Coroutine> c;
  if (!to_coroutine(vm, *a.get(0), c)) return false;
  std::string name;
  const Value* nv = a.get(1);
  if (nv && !nv->is_none() && !vm.str(*nv, name)) return false;
  Ref<Task> t = g.create_task(c, nv && !nv->is_none() ? &name : nullptr);
  given_context(t->context, a.get(2));
  out = Value::object(t);
  return true;
}
bool repr(VM& vm, TaskGroup& g, Args&, Value& out) {
  out = vm.make_str(g.repr());
  return true;
}

constexpr Owner kGroup{"asyncio.taskgroups.TaskGroup", is<TaskGroup>, true};
constexpr Method kNew{"TaskGroup.__init__", new_group, Conv::Python};
constexpr Method kMethods[] = {
    {"TaskGroup.__aenter__", on<aenter>, Conv::Python, "", "_entered"},
    {"TaskGroup.__aexit__", on<aexit>, Conv::Python, "et, exc, tb", "_exiting"},
    {"TaskGroup.create_task", on<create_task>, Conv::Python, "coro, *, name=None, context=None", "_entered"},
    {"TaskGroup.__repr__", on<repr>, Conv::Python, "", "_tasks"},
};

}  // namespace

void install_taskgroups(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "TaskGroup", "asyncio.taskgroups", nullptr, "TaskGroup");
  install_new<kGroup>(vm, t, kNew);
  install<kGroup>(vm, t, kMethods);
}

}  // namespace ts::vm::aio
