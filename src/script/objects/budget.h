// The byte budget (core/heap.h) as the objects see it: an operation whose
// result size is known before it is made (s * n, 'x'.center(w), a format
// width, join, replace) asks first, so it raises MemoryError instead of
// starting an allocation that cannot succeed.
#pragma once

namespace ts::vm {

struct VM;

// False with MemoryError("memory budget exceeded (N bytes)") set when
// `bytes` more would pass the run's heap budget.
bool heap_room(VM& vm, double bytes);

}  // namespace ts::vm
