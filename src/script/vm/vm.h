// The virtual machine: runs compiled scenario code on the core event loop.
// The runtime state and the object protocol are objects/runtime.h; this adds
// the entry points of the layers above it.
#pragma once
#include "script/objects/runtime.h"

namespace ts::vm {

// Installs the interpreter as vm.eval_function (vm/call.cpp).
void install_interpreter(VM& vm);

// Resumes a generator, coroutine or async generator as the root of its
// chain (CPython's gen_send_ex, with its errors: already executing, a
// non-None send to a just-started one, reuse of a finished coroutine). An
// async generator's `yield` returns Step::Return with its frame at_yield.
Step resume_owner(VM& vm, GenState& g, Resume how, Value v);
// close(): GeneratorExit thrown in; false with vm.error set when it yields
// ("... ignored GeneratorExit") or raises something else.
bool close_owner(VM& vm, GenState& g);
// The object calling f's function makes: a generator, async generator or coroutine.
Value make_generator(VM& vm, Ref<Frame> f);

// What a thread runs: fn(*args, **kwargs) as the root of its own chain
// (vm/threads.cpp). run_thread starts or resumes it: Step::Yield carries
// what a native it called blocks on (vm.block_on); resume it with the
// native's result (Send) or an exception (Throw).
struct ThreadCode {
  Value fn;
  std::vector<Value> args;
  Ref<Dict> kwargs;
  std::vector<Ref<Frame>> chain;
  bool started = false;
};
Step run_thread(VM& vm, ThreadCode& t, Resume how, Value v);

// Install the builtins (builtins/*.cpp); the modules are modules/modules.h's.
void install_builtins(VM& vm);
void install_type_methods(VM& vm);

}  // namespace ts::vm
