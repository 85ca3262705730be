// The virtual machine: runs compiled scenario code on the core event loop.
// The runtime state and the object protocol are objects/runtime.h; this adds
// the entry points of the layers above it.
#pragma once
#include "script/objects/runtime.h"

namespace ts::vm {

// Installs the interpreter as vm.eval_function (vm/call.cpp).
void install_interpreter(VM& vm);

// Install the builtins (builtins/*.cpp); the modules are modules/modules.h's.
void install_builtins(VM& vm);
void install_type_methods(VM& vm);

}  // namespace ts::vm
