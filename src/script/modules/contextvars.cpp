// `_contextvars`: the native side of contextvars (modules/python/contextvars.py,
// which holds Context, ContextVar and Token). What is native is which context
// is current, because that follows the event loop: the context a
// Context.run() entered, else the running task's (each task runs in a copy of
// the context current when it was made: LoopGroup::capture_context), else the
// base context of the program; in a world thread, that thread's own.
#include <map>

#include "script/modules/modules.h"
#include "script/native/table.h"

namespace ts::vm {

namespace {

// A world thread's own (world/threads.h): as in CPython, each thread has
// its current context; a new thread starts in a new, empty one.
struct ThreadContexts {
  Value base;                // made when the thread first asks
  std::vector<Value> stack;  // entered by Context.run() in this thread
};

struct ContextState final : ModuleState {
  Value base;                // the program's own Context (the main thread's)
  Value copy;                // contextvars.copy_context
  std::vector<Value> stack;  // entered by Context.run() and callbacks in the main thread, innermost last
  std::map<uint64_t, ThreadContexts> threads;  // by ident
};

// The running world thread's contexts; null while the main thread runs.
ThreadContexts* thread_contexts(VM& vm) {
  const uint64_t id = vm.threads ? vm.threads->running_thread() : 0;
  return id ? &vm.state<ContextState>().threads[id] : nullptr;
}

Value current(VM& vm) {
  ContextState& st = vm.state<ContextState>();
  if (ThreadContexts* tc = thread_contexts(vm)) {
    if (!tc->stack.empty()) return tc->stack.back();
    if (tc->base.is_none()) {
      Value saved = std::move(vm.error);
      if (!vm.call(Value::object(vm.type_of(st.base)), nullptr, 0, nullptr, tc->base)) tc->base = st.base;
      vm.error = std::move(saved);
    }
    return tc->base;
  }
  if (!st.stack.empty()) return st.stack.back();
  if (Task* t = Loop::running_task(); t && !t->context.is_none()) return t->context;
  return st.base;
}

// register(base, copy_context): contextvars.py, when first imported.
bool register_(VM& vm, Args& a, Value& out) {
  ContextState& st = vm.state<ContextState>();
  st.base = a[0];
  st.copy = a[1];
  vm.loop.set_context_capture([&vm] { return contextvars_capture(vm); });
  out = Value();
  return true;
}

bool current_(VM& vm, Args&, Value& out) {
  out = current(vm);
  return true;
}

bool push_(VM& vm, Args& a, Value& out) {
  contextvars_push(vm, a[0]);
  out = Value();
  return true;
}

bool pop_(VM& vm, Args&, Value& out) {
  contextvars_pop(vm);
  out = Value();
  return true;
}

constexpr Method kFunctions[] = {
    {"register", register_, Conv::Python, "base, copy"},
    {"current", current_, Conv::Python},
    {"push", push_, Conv::Python, "ctx"},
    {"pop", pop_, Conv::Python},
};

}  // namespace

Value contextvars_capture(VM& vm) {
  ContextState& st = vm.state<ContextState>();
  if (st.copy.is_none()) return Value();
  Value out;
  Value saved = std::move(vm.error);
  if (!vm.call(st.copy, nullptr, 0, nullptr, out)) out = Value();  // copy_context does not fail
  vm.error = std::move(saved);
  return out;
}

void contextvars_push(VM& vm, const Value& ctx) {
  ThreadContexts* tc = thread_contexts(vm);
  (tc ? tc->stack : vm.state<ContextState>().stack).push_back(ctx);
}

void contextvars_pop(VM& vm) {
  ThreadContexts* tc = thread_contexts(vm);
  auto& s = tc ? tc->stack : vm.state<ContextState>().stack;
  if (!s.empty()) s.pop_back();
}

void install_contextvars(VM& vm) { install(vm, *vm.new_module("_contextvars")->dict, kFunctions); }

}  // namespace ts::vm
