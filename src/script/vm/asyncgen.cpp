// Async generators and async iteration (CPython's genobject.c async_gen_*,
// and ceval's GET_AITER / GET_ANEXT): an async generator's frame runs as the
// root of its own chain, driven by the asend/athrow awaitables, which the
// awaiting frame drives as any native coroutine.
#include "script/vm/ops.h"

namespace ts::vm {

PyAsyncGenOp::PyAsyncGenOp(VM* v, Ref<PyAsyncGen> g, What w, Value a)
    : what(w), vm(v), gen(std::move(g)), arg(std::move(a)) {
  kind = K;
}

std::string PyAsyncGenOp::name() const { return gen->name(); }

namespace {

// A finished or freed async generator leaves vm.asyncgens (most likely
// near its end).
void forget(VM& vm, PyAsyncGen& g) {
  if (!g.hooked) return;
  g.hooked = false;
  for (size_t i = vm.asyncgens.size(); i-- > 0;)
    if (vm.asyncgens[i] == &g) {
      vm.asyncgens.erase(vm.asyncgens.begin() + long(i));
      return;
    }
}

}  // namespace

PyAsyncGen::~PyAsyncGen() {
  if (!hooked) return;
  forget(*vm, *this);
  Loop* loop = Loop::running();
  if (finished || vm->tearing_down || !loop) return;
  // loop._asyncgen_finalizer_hook: call_soon(create_task, agen.aclose())
  auto* heir = new PyAsyncGen(vm, frame);
  heir->started = true;
  heir->closed = closed;
  heir->chain = std::move(chain);
  Ref<PyAsyncGenOp> op(new PyAsyncGenOp(vm, Ref<PyAsyncGen>(heir), PyAsyncGenOp::Close, Value()));
  loop->call_soon(callback([op](Loop& l, const Value&) { l.create_task(op); }));
}

Ref<Future> shutdown_asyncgens(VM& vm, Loop& loop) {
  std::vector<Value> closing;
  std::vector<Obj*> others;  // hooked by other loops
  for (Obj* o : vm.asyncgens) {
    auto* g = static_cast<PyAsyncGen*>(o);
    if (o->rc == 0) continue;  // being freed (the trashcan deferred it): forgets itself
    if (g->hook_loop != &loop) {
      others.push_back(o);
      continue;
    }
    g->hooked = false;
    if (!g->finished) closing.push_back(Value::object(new PyAsyncGenOp(&vm, Ref<PyAsyncGen>(g), PyAsyncGenOp::Close, Value())));
  }
  vm.asyncgens.swap(others);
  if (closing.empty()) return nullptr;
  return ts::gather(loop, closing, /*return_exceptions=*/true);
}

Step PyAsyncGenOp::resume(Resume how, Value v) {
  Ref<PyAsyncGenOp> keep(this);
  PyAsyncGen& g = *gen;
  auto fail = [&](PyType* t, const char* m) { return Step::raise(vm->new_exception(t, m)); };
  if (state == Closed)
    return fail(vm->RuntimeError, what == Send ? "cannot reuse already awaited __anext__()/asend()"
                                               : "cannot reuse already awaited aclose()/athrow()");
  // A throw (a cancelled task's) goes straight into the generator in any
  // state, as CPython's asend/athrow throw(); only an asend is then spent.
  if (how == Resume::Throw) {
    Step s = resume_owner(*vm, g, how, std::move(v));
    if (s.kind == Step::Yield) return s;
    if (what == Send) state = Closed;
    return unwrap(std::move(s));
  }
  if (what != Send && g.finished) {
    state = Closed;
    return Step::ret(Value());
  }
  if (state == Init) {
    if (g.running_async) {
      if (what == Send) return fail(vm->RuntimeError, "anext(): asynchronous generator is already running");
      state = Closed;
      return fail(vm->RuntimeError, what == Close ? "aclose(): asynchronous generator is already running"
                                                  : "athrow(): asynchronous generator is already running");
    }
    if (what != Send) {
      if (g.closed) {
        state = Closed;
        return Step::raise(vm->new_exception(vm->StopAsyncIteration, ""));
      }
      if (how == Resume::Send && !v.is_none())
        return fail(vm->RuntimeError, "can't send non-None value to a just-started coroutine");
    }
    state = Iter;
    if (what == Send) {
      if (how == Resume::Send && v.is_none()) v = arg;
    } else {
      how = Resume::Throw;
      v = what == Close ? vm->new_exception(vm->GeneratorExit, "") : arg;
      if (what == Close) g.closed = true;
    }
  }
  if (!g.started && !g.hooked && Loop::running()) {  // the running loop's firstiter hook (once)
    g.hooked = true;
    g.hook_loop = Loop::running();
    vm->asyncgens.push_back(&g);
  }
  g.running_async = true;
  Step s = resume_owner(*vm, g, how, std::move(v));
  if (s.kind == Step::Yield) return s;  // an await inside: the task waits
  state = Closed;
  return unwrap(std::move(s));
}

// The generator stopped (async_gen_unwrap_value): a yield is the await's
// value; its end is StopAsyncIteration (None for aclose()).
Step PyAsyncGenOp::unwrap(Step s) {
  PyAsyncGen& g = *gen;
  g.running_async = false;
  if (g.finished) forget(*vm, g);
  if (s.kind == Step::Return && g.frame->at_yield) {
    if (what == Close) return Step::raise(vm->new_exception(vm->RuntimeError, "async generator ignored GeneratorExit"));
    return s;
  }
  if (s.kind == Step::Return) {
    g.closed = true;
    if (what == Close) return s;
    return Step::raise(vm->new_exception(vm->StopAsyncIteration, ""));
  }
  if (vm->isinstance(s.value, vm->StopAsyncIteration) || vm->isinstance(s.value, vm->GeneratorExit)) {
    g.closed = true;
    if (what == Close) return Step::ret(Value());
  }
  return s;
}

bool get_aiter(VM& vm, Value& v) {
  if (as<PyAsyncGen>(v)) return true;
  Value* m = vm.type_of(v)->lookup("__aiter__");
  if (!m) return vm.raise(vm.TypeError, "'async for' requires an object with __aiter__ method, got " + vm.type_name(v));
  Value r;
  if (!vm.call(*m, &v, 1, nullptr, r)) return false;
  if (!as<PyAsyncGen>(r) && !vm.type_of(r)->lookup("__anext__"))
    return vm.raise(vm.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                      vm.type_name(r));
  v = std::move(r);
  return true;
}

bool get_anext(VM& vm, const Value& aiter, Value& out) {
  if (PyAsyncGen* g = as<PyAsyncGen>(aiter)) {
    out = Value::object(new PyAsyncGenOp(&vm, Ref<PyAsyncGen>(g), PyAsyncGenOp::Send, Value()));
    return true;
  }
  Value* m = vm.type_of(aiter)->lookup("__anext__");
  if (!m)
    return vm.raise(vm.TypeError, "'async for' requires an iterator with __anext__ method, got " + vm.type_name(aiter));
  Value r;
  if (!vm.call(*m, &aiter, 1, nullptr, r)) return false;
  if (!get_awaitable(vm, r)) {
    Value cause = std::move(vm.error);
    vm.raise(vm.TypeError, "'async for' received an invalid object from __anext__: " + vm.type_name(r));
    Exception* e = as<Exception>(vm.error);
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
    return false;
  }
  out = std::move(r);
  return true;
}

}  // namespace ts::vm
