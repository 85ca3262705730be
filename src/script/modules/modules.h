// The modules scenarios may import. Native ones: asyncio (the core event
// loop), time (the virtual clock), random (CPython's Mersenne Twister), math,
// _functools, sys, types, unicodedata, re; each is a table of bindings (native/table.h) in its
// own file and keeps its per-VM state in a typed struct (vm.state<T>()). The
// rest are written in Python (python.h), run by script/importer.cpp.
#pragma once
#include <cstdint>
#include <string>

#include "core/loop.h"
#include "script/objects/runtime.h"

namespace ts::vm {

// Installs every native module, in order, into a fresh VM.
void install_modules(VM& vm);

// A native module of a layer above script (world's _thread), installed
// into every VM made from then on, after these; the host registers it once.
void register_native_module(const char* name, void (*install)(VM&));

// Whether `import name` can work (a native or a Python module): the
// compiler's check, so a missing module is an error with its position.
bool module_available(const std::string& name);
// "asyncio, time, ..., heapq, ...": every module, for that error's message.
std::string available_modules();

// random.seed(seed), and what random.seed() / random.seed(None) reseed with
// from then on (a run's seed makes it reproducible).
void seed_random(VM& vm, int64_t seed);

// sys.argv = [script]: the run's script name.
void set_argv(VM& vm, const std::string& script);

// How the last asyncio.run() ended when it deadlocked (the tasks it left
// blocked); null if it did not.
const RunResult* asyncio_deadlock(VM& vm);

// A number of seconds: int, bool or float (CPython's _PyTime_FromSecondsObject; time.cpp).
bool seconds_arg(VM& vm, const Value& v, double& out);
// The virtual clock as time.monotonic() and loop.time() read it: with Python
// code charged as CPU time, once the code before the read has had its time.
bool clock_now(VM& vm, Value& out);

// One module each (asyncio/asyncio.cpp, time.cpp, random.cpp, ...).
void install_asyncio(VM& vm);
void install_time(VM& vm);
void install_random(VM& vm);
void install_math(VM& vm);
void install_functools(VM& vm);
void install_sys(VM& vm);
void install_json(VM& vm);
void install_types(VM& vm);
void install_unicodedata(VM& vm);
void install_turnstile_native(VM& vm);
void install_re(VM& vm);
void install_contextvars(VM& vm);

// contextvars (contextvars.cpp): a copy of the current context (None until
// contextvars is imported), and entering / leaving one around a callback.
Value contextvars_capture(VM& vm);
void contextvars_push(VM& vm, const Value& ctx);
void contextvars_pop(VM& vm);

}  // namespace ts::vm
