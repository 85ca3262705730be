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
  Ref<PyCallback> cb = py_callback(vm, a[0]);
  given_context(cb->context, a.get(1));
  f.add_done_callback(cb);
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

// base_futures._format_callbacks: " cb=[a(), <2 more>, b()]", or "".
std::string callbacks(VM& vm, Future& f) {
  auto& cbs = f.callbacks_;
  size_t n = cbs.size();
  if (!n) return "";
  std::string s = callback_source(vm, *cbs[0]);
  if (n == 2) s += ", " + callback_source(vm, *cbs[1]);
  if (n > 2) s += ", <" + std::to_string(n - 2) + " more>, " + callback_source(vm, *cbs[n - 1]);
  return " cb=[" + s + "]";
}

// coroutines._format_coroutine: "worker() running at FILE:LINE" while it has
// a frame (from its def line before it starts), "worker() done, defined at
// FILE:LINE" after.
std::string format_coroutine(const ts::Coroutine& c) {
  if (c.kind != PyCoro::K) return c.name() + "()";
  auto* pc = static_cast<const PyCoro*>(&c);
  const Code& code = *pc->frame->code;
  std::string s = pc->qualname() + "() ";
  if (pc->finished) return s + "done, defined at " + code.filename + ":" + std::to_string(code.firstline);
  int line = pc->started ? pc->frame->line() : code.firstline;
  return s + "running at " + code.filename + ":" + std::to_string(line);
}

}  // namespace

// Future.__repr__ and Task.__repr__ (base_futures._future_repr_info,
// base_tasks._task_repr_info).
bool future_repr(VM& vm, Future& f, Args& a, Value& out) {
  std::string state = f.cancelled() ? "cancelled" : f.done() ? "finished" : "pending";
  if (Task* t = dynamic_cast<Task*>(&f)) {
    if (t->cancelling() && !t->done()) state = "cancelling";
    std::string name;
    if (!vm.repr(vm.make_str(t->name()), name)) return false;
    std::string s = "<Task " + state + " name=" + name + " coro=<" + format_coroutine(*t->coro()) + ">";
    s += outcome(vm, f);
    if (Future* w = t->fut_waiter()) {
      Value wr;
      if (!future_repr(vm, *w, a, wr)) return false;
      s += " wait_for=" + as<Str>(wr)->s;
    }
    out = vm.make_str(s + callbacks(vm, f) + ">");
    return true;
  }
  out = vm.make_str("<" + std::string(f.type_name()) + " " + state + outcome(vm, f) + callbacks(vm, f) + ">");
  return true;
}

// How deep cancel() would recurse from f: a gather cancels its children, a
// task what it waits on. Walked iteratively, as the core's cancel recurses
// in C++ once a level.
static size_t cancel_nesting(Future& f) {
  size_t deepest = 0;
  std::vector<std::pair<Future*, size_t>> todo{{&f, 1}};
  while (!todo.empty()) {
    auto [g, d] = todo.back();
    todo.pop_back();
    if (g->done()) continue;
    if (d > deepest) deepest = d;
    if (auto* gf = dynamic_cast<GatheringFuture*>(g)) {
      for (auto& c : gf->children) todo.push_back({c.get(), d + 1});
    } else if (auto* t = dynamic_cast<Task*>(g)) {
      if (Future* w = t->fut_waiter()) todo.push_back({w, d + 1});
    }
  }
  return deepest;
}

bool future_cancel(VM& vm, Future& f, Args& a, Value& out) {
  // CPython's _GatheringFuture.cancel is Python, each level a call: 10,000
  // nested gathers end in RecursionError before anything is cancelled.
  if (cancel_nesting(f) + size_t(vm.depth) + vm.frame_stack.size() > size_t(vm.limits.max_depth))
    return vm.raise(vm.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  out = Value::boolean(f.cancel(a.get(0, Value())));
  return true;
}

namespace {

// __await__ and __iter__: the iterator yield from drives (FutureIter).
bool await_iter(VM&, Future&, Args& a, Value& out) {
  out = future_await_iter(a.self);
  return true;
}

// Future(*, loop=None): on events._get_event_loop() by default.
bool new_future(VM& vm, Args& a, Value& out) {
  const Value* lv = a.get(0);
  LoopObject* l = lv && !lv->is_none() ? lv->as<LoopObject>() : event_loop(vm);
  if (!l) return lv && !lv->is_none() ? no_attribute(vm, *lv, "get_debug") : false;
  out = Value::object(l->loop->create_future());
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

// Future._asyncio_future_blocking (what Task.__step checks a yielded
// future by); Task inherits it.
bool future_attr(VM&, const Value& self, const Str& name, Value& out) {
  auto* f = self.as<Future>();
  if (!f || name.s != "_asyncio_future_blocking") return false;
  out = Value::boolean(f->blocking_);
  return true;
}

}  // namespace

void install_futures(VM& vm, Dict& module) {
  PyType* t = new_type(vm, module, "Future", "_asyncio", nullptr, "Future");
  vm.native_types["_GatheringFuture"] = t;
  install_new<kFuture>(vm, t, kNew);
  install<kFuture>(vm, t, kMethods);
  vm.getattr_hooks[t] = future_attr;
}

}  // namespace ts::vm::aio
