// The virtual machine: runs compiled scenario code on the core event loop.
// The runtime state and the object protocol are objects/runtime.h; this adds
// the entry points of the layers above it.
#pragma once
#include "script/objects/runtime.h"

namespace ts::vm {

// Installs the interpreter as vm.eval_function (vm/call.cpp).
void install_interpreter(VM& vm);

// Install the builtins and modules (builtins/*.cpp, modules/*.cpp).
void install_builtins(VM& vm);
void install_type_methods(VM& vm);
void install_asyncio(VM& vm);
void install_time(VM& vm);
void install_random(VM& vm);
void install_misc_modules(VM& vm);

}  // namespace ts::vm
