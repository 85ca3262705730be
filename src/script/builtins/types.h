// Shared pieces of the builtins and the builtin types' methods
// (builtins.cpp, str_methods.cpp, container_methods.cpp, number_methods.cpp).
// The types themselves, their protocol and constructors are objects/.
#pragma once
#include <string>
#include <vector>

#include "script/objects/await_iter.h"
#include "script/objects/getargs.h"
#include "script/pylib/num.h"
#include "script/vm/vm.h"

namespace ts::vm {

void install_iteration_builtins(VM& vm);  // iteration.cpp: called by install_builtins
void install_str_methods(VM& vm);
void install_str_format(VM& vm);  // str_format.cpp: called by install_str_methods
void install_container_methods(VM& vm);
void install_number_methods(VM& vm);
void install_str_translate(VM& vm);  // str_translate.cpp
void install_generator_methods(VM& vm);
void install_dir_builtin(VM& vm);  // dir.cpp: called by install_builtins
void install_dunder_methods(VM& vm);  // dunder_methods.cpp: called by install_builtins
// locals(): the running frame's local names and values (the module's
// globals at module level), as a dict (builtins.cpp).
bool frame_locals(VM& vm, Value& out);

}  // namespace ts::vm
