// The modules scenarios may import: asyncio (the core event loop), time (the
// virtual clock), random (CPython's Mersenne Twister), math, functools,
// typing, types. Each is a table of bindings (native/table.h) in its own file and
// keeps its per-VM state in a typed struct (vm.state<T>()).
#pragma once
#include <cstdint>

#include "core/loop.h"
#include "script/objects/runtime.h"

namespace ts::vm {

// Installs every module, in order, into a fresh VM.
void install_modules(VM& vm);

// random.seed(seed), and what random.seed() / random.seed(None) reseed with
// from then on (a run's seed makes it reproducible).
void seed_random(VM& vm, int64_t seed);

// How the last asyncio.run() ended when it deadlocked (the tasks it left
// blocked); null if it did not.
const RunResult* asyncio_deadlock(VM& vm);

// One module each (asyncio/asyncio.cpp, time.cpp, random.cpp, ...).
void install_asyncio(VM& vm);
void install_time(VM& vm);
void install_random(VM& vm);
void install_math(VM& vm);
void install_functools(VM& vm);
void install_typing(VM& vm);
void install_types(VM& vm);

}  // namespace ts::vm
