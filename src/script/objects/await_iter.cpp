#include "script/objects/await_iter.h"

#include "core/future.h"
#include "script/objects/runtime.h"

namespace ts::vm {

namespace {

struct CoroWrapper final : Iterator {
  Ref<ts::Coroutine> coro;
  int send(VM& vm, Resume how, Value v, Value& out) override {
    Step s;
    try {
      s = coro->resume(how, std::move(v));
    } catch (PyErr& e) {
      s = Step::raise(e.exc);
    }
    if (s.kind == Step::Raise) {
      vm.error = std::move(s.value);
      return -1;
    }
    out = std::move(s.value);
    return s.kind == Step::Yield ? 1 : 0;
  }
  int next(VM& vm, Value& out) override { return send(vm, Resume::Send, Value(), out); }
  const char* type_name() const override { return "coroutine_wrapper"; }
};

struct FutureIter final : Iterator {
  Value fut;
  int send(VM& vm, Resume how, Value v, Value& out) override {
    if (how == Resume::Throw) {
      vm.error = std::move(v);
      return -1;
    }
    Future* f = fut.as<Future>();
    if (!f->done()) {
      out = fut;
      return 1;
    }
    Outcome oc = f->get_result();
    if (!oc.ok) {
      vm.error = std::move(oc.value);
      return -1;
    }
    out = std::move(oc.value);
    return 0;
  }
  int next(VM& vm, Value& out) override { return send(vm, Resume::Send, Value(), out); }
  const char* type_name() const override { return "FutureIter"; }
};

}  // namespace

Value coro_await_iter(const Value& coro) {
  auto* it = new CoroWrapper();
  it->coro = Ref<ts::Coroutine>(coro.as<ts::Coroutine>());
  return Value::object(it);
}

Value future_await_iter(const Value& fut) {
  auto* it = new FutureIter();
  it->fut = fut;
  return Value::object(it);
}

}  // namespace ts::vm
