// The one PyErr <-> vm.error bridge. The core raises Python exceptions as the
// C++ exception PyErr{exc}; the VM passes them as vm.error with a false
// return. Bindings never catch by hand: table.h runs every binding in guard().
#pragma once
#include <utility>

#include "script/objects/runtime.h"

namespace ts::vm {

// Runs f (a bool-returning call, false with vm.error set); a PyErr thrown
// inside becomes vm.error and the result false.
template <class F>
bool guard(VM& vm, F&& f) {
  try {
    return f();
  } catch (PyErr& e) {
    vm.error = std::move(e.exc);
    return false;
  }
}

// The other way, for C++ code the core calls (callbacks, predicates): a
// failed VM call's vm.error thrown as PyErr.
[[noreturn]] inline void throw_error(VM& vm) {
  Value e = std::move(vm.error);
  vm.error = Value();
  throw PyErr{std::move(e)};
}

}  // namespace ts::vm
