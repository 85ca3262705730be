// Python coroutine objects (driven by tasks through ts::Coroutine) and
// `await`: a coroutine object runs as frames of the awaiting chain; a future
// or a native coroutine suspends the chain until the task resumes it.
#include "script/vm/ops.h"

namespace ts::vm {

// ---- coroutine objects ---------------------------------------------------------

PyCoro::PyCoro(VM* v, Ref<Frame> f) : vm(v), frame(std::move(f)) {
  kind = K;
  frame->coro = this;
}

std::string PyCoro::name() const { return frame->code->name; }

std::string PyCoro::where() const {
  if (chain.empty()) return std::string();
  const Frame* top = chain.back().get();
  return "line " + std::to_string(top->line());
}

Step PyCoro::resume(Resume how, Value v) {
  if (finished) {
    vm->error = vm->new_exception(vm->RuntimeError, "cannot reuse already awaited coroutine");
    return Step::raise(vm->error);
  }
  if (!started) {
    started = true;
    running = true;
    chain.clear();
    chain.push_back(frame);
    frame->mode = Frame::Call;
  }
  Ref<PyCoro> keep(this);
  Step s = vm->run(chain, how, std::move(v));
  if (s.kind != Step::Yield) {
    finished = true;
    running = false;
    chain.clear();
  }
  return s;
}

// ---- await -------------------------------------------------------------------------

bool check_awaitable(VM& vm, const Value& v) {
  if (v.tag == Value::Object) {
    if (v.o->kind == PyCoro::K) return true;
    if (v.o->kind == 0 && (v.as<Future>() || v.as<ts::Coroutine>())) return true;
  }
  return vm.raise(vm.TypeError, "object " + vm.type_name(v) + " can't be used in 'await' expression");
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

}  // namespace

Awaited await_value(VM& vm, Frame& f, Resume how, Value v, Value& yielded) {
  if (f.delegate) return await_native(vm, f, f.delegate, how, std::move(v), yielded);
  if (!f.awaiting.is_none()) {
    Value fut = std::move(f.awaiting);
    f.awaiting = Value();
    return await_future(vm, f, *fut.as<Future>(), true, how, std::move(v), yielded);
  }
  const Value& tos = f.stack.back();
  if (Future* fut = tos.as<Future>()) return await_future(vm, f, *fut, false, how, std::move(v), yielded);
  return await_native(vm, f, Ref<ts::Coroutine>(tos.as<ts::Coroutine>()), how, std::move(v), yielded);
}

}  // namespace ts::vm
