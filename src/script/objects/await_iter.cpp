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
      f->blocking_ = true;
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

struct AwaitingCoroutine final : ts::Coroutine {
  VM* vm;
  Value inner, dflt;
  bool with_default = false;
  bool ready = false;  // inner is what get_awaitable made of it
  Step resume(Resume how, Value v) override {
    Ref<AwaitingCoroutine> keep(this);
    if (!ready) {
      ready = true;
      if (!get_awaitable(*vm, inner)) return taken_error();
    }
    Step s;
    if (Iterator* it = as_iterator(inner)) {
      Value out;
      int r = it->send(*vm, how, std::move(v), out);
      if (r < 0) s = taken_error();
      else s = r == 1 ? Step::yield(std::move(out)) : Step::ret(std::move(out));
    } else if (ts::Coroutine* c = inner.as<ts::Coroutine>()) {
      try {
        s = c->resume(how, std::move(v));
      } catch (PyErr& e) {
        s = Step::raise(e.exc);
      }
    } else {  // a future: as `await` on it
      Future* f = inner.as<Future>();
      if (how == Resume::Throw) return Step::raise(std::move(v));
      if (!f->done()) return Step::yield(inner);
      Outcome oc = f->get_result();
      s = oc.ok ? Step::ret(std::move(oc.value)) : Step::raise(std::move(oc.value));
    }
    if (with_default && s.kind == Step::Raise && vm->isinstance(s.value, vm->StopAsyncIteration))
      return Step::ret(dflt);
    return s;
  }
  Step taken_error() {
    Value e = std::move(vm->error);
    vm->error = Value();
    return Step::raise(std::move(e));
  }
  std::string name() const override { return with_default ? "anext_awaitable" : "_wrap_awaitable"; }
};

}  // namespace

bool get_awaitable(VM& vm, Value& v) {
  if (v.tag == Value::Object) {
    const uint32_t k = v.o->kind;
    if (k == PyCoro::K || k == PyAsyncGenOp::K) return true;
    if (k == PyGen::K && (static_cast<PyGen*>(v.o)->frame->code->flags & CO_ITERABLE_COROUTINE)) return true;
    if (k == 0 && (v.as<Future>() || v.as<ts::Coroutine>())) return true;
    if (Value* m = vm.type_of(v)->lookup("__await__")) {
      Value it;
      if (!vm.call(*m, &v, 1, nullptr, it)) return false;
      if (as<PyCoro>(it)) return vm.raise(vm.TypeError, "__await__() returned a coroutine");
      if (!as_iterator(it)) {
        if (!(as<Instance>(it) && vm.type_of(it)->lookup("__next__")))
          return vm.raise(vm.TypeError, "__await__() returned non-iterator of type '" + vm.type_name(it) + "'");
        it = user_iter(it);
      }
      v = std::move(it);
      return true;
    }
  }
  // tp_name: a C type's carries its module (_asyncio.FutureIter).
  PyType* t = vm.type_of(v);
  std::string name = vm.type_name(v);
  if (!t->user && t->module.size() > 1 && t->module[0] == '_') name = t->module + "." + name;
  return vm.raise(vm.TypeError, "object " + name + " can't be used in 'await' expression");
}

Value awaiting_coroutine(VM& vm, Value awaitable, bool with_default, Value dflt) {
  auto* a = new AwaitingCoroutine();
  a->vm = &vm;
  a->inner = std::move(awaitable);
  a->with_default = with_default;
  a->dflt = std::move(dflt);
  return Value::object(a);
}

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
