// Python coroutine objects (driven by tasks through ts::Coroutine) and
// `await` / `yield from`: a coroutine object or a fresh generator runs as
// frames of the awaiting chain; a future, a native coroutine or another
// iterator suspends the chain until it is resumed.
#include "script/vm/ops.h"

namespace ts::vm {

// ---- coroutine objects ---------------------------------------------------------

GenState::GenState(Ref<Frame> f, Flavor fl) : frame(std::move(f)), flavor(fl) {
  frame->owner = this;
  if (frame->func) {
    name_ = frame->func->name;
    qualname_ = frame->func->qualname;
  }
}


PyCoro::PyCoro(VM* v, Ref<Frame> f) : GenState(std::move(f), GenState::Coroutine), vm(v) { kind = K; }

std::string PyCoro::name() const { return GenState::name(); }

std::string PyCoro::where() const {
  if (chain.empty()) return std::string();
  const Frame* top = chain.back().get();
  return "line " + std::to_string(top->line());
}

constexpr int64_t kTaskStepCost = 16;

Step PyCoro::resume(Resume how, Value v) {
  Ref<PyCoro> keep(this);
  // A task's step is the loop's work as much as the coroutine's (CPython's
  // _run_once, Task.__step, the future's callbacks): charged as steps, so
  // `while True: await asyncio.sleep(1)` meets the step budget in seconds.
  vm->steps += kTaskStepCost;
  return resume_owner(*vm, *this, how, std::move(v));
}

// ---- await -------------------------------------------------------------------------

bool get_yield_from_iter(VM& vm, Value& v, bool in_coroutine) {
  if (as<PyGen>(v)) return true;
  if (as<PyCoro>(v)) {
    if (in_coroutine) return true;
    return vm.raise(vm.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  Value it;
  if (!vm.iter(v, it)) return false;
  v = std::move(it);
  return true;
}


bool begin_await(VM& vm, PyCoro& c) {
  if (c.started) return vm.raise(vm.RuntimeError, "cannot reuse already awaited coroutine");
  c.started = true;
  c.running = true;
  return true;
}

namespace {

// The awaited value raised: it leaves the stack.
Awaited raised(VM& vm, Frame& f, Value exc) {
  f.stack.pop_back();
  vm.error = std::move(exc);
  return Awaited::Raise;
}

// `resumed`: the task woke f (how/v say how) after it suspended on fut.
Awaited await_future(VM& vm, Frame& f, Future& fut, bool resumed, Resume how, Value v, Value& yielded) {
  if (resumed) {
    if (how == Resume::Throw) return raised(vm, f, std::move(v));
    if (!fut.done()) return raised(vm, f, vm.new_exception(vm.RuntimeError, "await wasn't used with future"));
  } else if (!fut.done()) {
    f.awaiting = f.stack.back();
    yielded = f.stack.back();
    return Awaited::Suspend;
  }
  Outcome oc = fut.get_result();
  if (!oc.ok) return raised(vm, f, std::move(oc.value));
  f.stack.back() = std::move(oc.value);
  return Awaited::Ready;
}

Awaited await_native(VM& vm, Frame& f, Ref<ts::Coroutine> native, Resume how, Value v, Value& yielded) {
  Step s;
  try {
    s = native->resume(how, std::move(v));
  } catch (PyErr& e) {
    s = Step::raise(e.exc);
  }
  if (s.kind == Step::Yield) {
    f.delegate = std::move(native);
    yielded = std::move(s.value);
    return Awaited::Suspend;
  }
  f.delegate = nullptr;
  if (s.kind == Step::Raise) return raised(vm, f, std::move(s.value));
  f.stack.back() = std::move(s.value);
  return Awaited::Ready;
}

// Delegating to an iterator through its send/throw (`yield from`, or an
// `await` on what __await__ returned): each value it yields suspends the
// chain; its return value is the result.
Awaited yield_from(VM& vm, Frame& f, Iterator& it, Resume how, Value v, Value& yielded) {
  Ref<Iterator> keep(&it);
  Value out;
  PyGen* g = it.kind == PyGen::K ? static_cast<PyGen*>(&it) : nullptr;
  if (how == Resume::Throw && g && vm.isinstance(v, vm.GeneratorExit)) {
    // As CPython: the delegate is closed, then GeneratorExit raises here.
    f.delegating = false;
    if (!close_owner(vm, *g)) {
      Value e = std::move(vm.error);
      vm.error = Value();
      return raised(vm, f, std::move(e));
    }
    return raised(vm, f, std::move(v));
  }
  int r = it.send(vm, how, std::move(v), out);
  if (r == 1) {
    f.delegating = true;
    yielded = std::move(out);
    return Awaited::Suspend;
  }
  f.delegating = false;
  if (r < 0) {
    Value e = std::move(vm.error);
    vm.error = Value();
    return raised(vm, f, std::move(e));
  }
  f.stack.back() = std::move(out);
  return Awaited::Ready;
}

}  // namespace

Awaited await_value(VM& vm, Frame& f, Resume how, Value v, Value& yielded) {
  if (f.delegate) return await_native(vm, f, f.delegate, how, std::move(v), yielded);
  if (f.delegating) return yield_from(vm, f, *as_iterator(f.stack.back()), how, std::move(v), yielded);
  if (!f.awaiting.is_none()) {
    Value fut = std::move(f.awaiting);
    f.awaiting = Value();
    return await_future(vm, f, *fut.as<Future>(), true, how, std::move(v), yielded);
  }
  const Value& tos = f.stack.back();
  if (Future* fut = tos.as<Future>()) return await_future(vm, f, *fut, false, how, std::move(v), yielded);
  if (Iterator* it = as_iterator(tos)) return yield_from(vm, f, *it, how, std::move(v), yielded);
  return await_native(vm, f, Ref<ts::Coroutine>(tos.as<ts::Coroutine>()), how, std::move(v), yielded);
}

}  // namespace ts::vm
