// Generators and the resumption every frame owner shares (CPython's
// genobject.c, gen_send_ex): a generator, a coroutine driven by hand or by
// a task, or an async generator runs its frame as the root of its own chain
// (its frame, then the frames it delegates to with `yield from`/`await`),
// until the innermost frame yields or the root returns or raises.
#include "script/vm/ops.h"

namespace ts::vm {

void pep479(VM& vm, const GenState& g, Value& exc) {
  const char* what = nullptr;
  if (vm.isinstance(exc, vm.StopIteration)) what = "StopIteration";
  else if (g.flavor == GenState::AsyncGenerator && vm.isinstance(exc, vm.StopAsyncIteration))
    what = "StopAsyncIteration";
  if (!what) return;
  Value r = vm.new_exception(vm.RuntimeError, std::string(g.noun()) + " raised " + what);
  Exception* e = as<Exception>(r);
  e->cause = exc;
  e->context = exc;
  e->suppress_context = true;
  e->tb = as<Exception>(exc)->tb;
  exc = std::move(r);
}

Step resume_owner(VM& vm, GenState& g, Resume how, Value v) {
  auto fail = [&](PyType* t, const std::string& m) { return Step::raise(vm.new_exception(t, m)); };
  if (g.running) return fail(vm.ValueError, std::string(g.noun()) + " already executing");
  if (g.finished) {
    if (g.flavor == GenState::Coroutine) return fail(vm.RuntimeError, "cannot reuse already awaited coroutine");
    if (how == Resume::Throw) return Step::raise(std::move(v));
    if (g.flavor == GenState::AsyncGenerator) return Step::raise(vm.new_exception(vm.StopAsyncIteration, ""));
    return Step::ret(Value());
  }
  if (!g.started) {
    if (how == Resume::Send && !v.is_none())
      return fail(vm.TypeError, std::string("can't send non-None value to a just-started ") + g.noun());
    g.started = true;
    g.frame->mode = Frame::Call;
  }
  if (g.chain.empty()) g.chain.push_back(g.frame);
  // A generator it delegated to (its frame last in the chain) was finished
  // by someone else meanwhile: the `yield from` gets None, as from an
  // exhausted generator.
  while (g.chain.size() > 1 && g.chain.back()->owner && g.chain.back()->owner->finished) {
    g.chain.pop_back();
    g.chain.back()->stack.back() = Value();
  }
  if (vm.depth >= vm.limits.max_depth) return fail(vm.RecursionError, "maximum recursion depth exceeded");
  vm.depth++;
  Step s = vm.run(g.chain, how, std::move(v));
  vm.depth--;
  const bool ended = s.kind == Step::Raise || (s.kind == Step::Return && !g.frame->at_yield);
  if (ended) {
    g.finished = true;
    g.running = false;
    g.chain.clear();
    // As CPython clears a finished frame: what its locals held is freed now.
    for (Value& l : g.frame->locals) l = Value::unset();
    g.frame->stack.clear();
    if (s.kind == Step::Raise && !vm.fatal) pep479(vm, g, s.value);
  }
  return s;
}

bool close_owner(VM& vm, GenState& g) {
  if (!g.started || g.finished) {
    g.started = g.finished = true;
    return true;
  }
  Step s = resume_owner(vm, g, Resume::Throw, vm.new_exception(vm.GeneratorExit, ""));
  if (s.kind == Step::Yield || (s.kind == Step::Return && g.frame->at_yield))
    return vm.raise(vm.RuntimeError, std::string(g.noun()) + " ignored GeneratorExit");
  if (s.kind == Step::Return) return true;
  if (vm.isinstance(s.value, vm.GeneratorExit) || vm.isinstance(s.value, vm.StopIteration)) return true;
  return vm.raise_value(std::move(s.value));
}

int PyGen::send(VM& vm, Resume how, Value v, Value& out) {
  Step s = resume_owner(vm, *this, how, std::move(v));
  out = std::move(s.value);
  if (s.kind == Step::Yield) return 1;
  if (s.kind == Step::Return) return 0;
  vm.error = std::move(out);
  out = Value();
  return -1;
}

int PyGen::next(VM& vm, Value& out) { return send(vm, Resume::Send, Value(), out); }

PyGen::~PyGen() {
  if (!started || finished || vm->tearing_down) return;
  bool handlers = !frame->blocks.empty();
  for (const Ref<Frame>& fr : chain) handlers = handlers || !fr->blocks.empty();
  if (!handlers) return;  // GeneratorExit could only leave it
  auto* heir = new PyGen(vm, frame);
  heir->started = true;
  heir->chain = std::move(chain);
  vm->to_close.push_back(Ref<Obj>(heir));
  vm->close_pending = kOpCount;
}

void close_dropped(VM& vm) {
  std::vector<Ref<Obj>> q;
  q.swap(vm.to_close);
  vm.close_pending = 0;
  Value saved = std::move(vm.error);
  for (Ref<Obj>& o : q) {
    vm.error = Value();
    close_owner(vm, *static_cast<PyGen*>(o.get()));  // what it raises is lost, as CPython's "Exception ignored"
  }
  vm.error = std::move(saved);
}

Value make_generator(VM& vm, Ref<Frame> f) {
  const uint32_t flags = f->code->flags;
  if (flags & CO_GENERATOR) {
    if (flags & CO_COROUTINE) return Value::object(new PyAsyncGen(&vm, std::move(f)));
    return Value::object(new PyGen(&vm, std::move(f)));
  }
  return Value::object(new PyCoro(&vm, std::move(f)));
}

}  // namespace ts::vm
