// Threads of scenario code as chains of frames (the mechanism; their
// scheduling is the host's, world/threads.h): a thread runs its callable as
// the root of its own chain, and a native it calls directly may suspend that
// chain (vm.block_on) until the host resumes it with the native's result.
#include "script/vm/ops.h"

namespace ts::vm {

bool VM::can_block() const {
  if (block_level == 0 || frame_stack.size() != block_level || native_depth != 1) return false;
  const Frame* f = frame_stack.back();
  switch (f->code->code[f->last_ip()].op) {
    case Op::CALL:
    case Op::CALL_KW:
    case Op::CALL_METHOD:
    case Op::CALL_METHOD_KW:
    case Op::CALL_EX:
    case Op::BEFORE_WITH: return true;
    default: return false;
  }
}

Step run_thread(VM& vm, ThreadCode& t, Resume how, Value v) {
  const size_t saved = vm.block_level;
  if (!t.started) {
    t.started = true;
    Function* fn = as<Function>(t.fn);
    std::vector<Value> args = t.args;
    if (BoundMethod* bm = as<BoundMethod>(t.fn); bm && as<Function>(bm->func)) {
      fn = as<Function>(bm->func);
      args.insert(args.begin(), bm->self);
    }
    if (!fn || (fn->code->flags & (CO_COROUTINE | CO_GENERATOR))) {
      // Not Python code: it runs at once, and cannot block (nothing to suspend).
      vm.block_level = 0;
      Value out;
      bool ok = vm.call(t.fn, t.args.data(), (int)t.args.size(), t.kwargs.get(), out);
      vm.block_level = saved;
      if (!ok) {
        Value e = std::move(vm.error);
        vm.error = Value();
        return Step::raise(std::move(e));
      }
      return Step::ret(std::move(out));
    }
    Ref<Frame> f;
    if (!vm.make_frame(fn, args.data(), (int)args.size(), t.kwargs.get(), nullptr, nullptr, f)) {
      Value e = std::move(vm.error);
      vm.error = Value();
      return Step::raise(std::move(e));
    }
    t.chain.push_back(std::move(f));
    how = Resume::Send;
    v = Value();
  }
  // It may run inside a native of the main thread's (a blocking one): its
  // own natives are called from its code, at depth 1.
  const int natives = vm.native_depth;
  vm.native_depth = 0;
  vm.block_level = vm.frame_stack.size() + 1;
  Step s = vm.run(t.chain, how, std::move(v));
  vm.block_level = saved;
  vm.native_depth = natives;
  if (s.kind != Step::Yield) t.chain.clear();
  return s;
}

}  // namespace ts::vm
