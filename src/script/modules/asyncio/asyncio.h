// Internal to the asyncio bindings. The module is split as CPython's
// package is: futures.cpp (Future), tasks.cpp (Task and the module
// functions of tasks.py), locks.cpp, queues.cpp, events.cpp (handles, the
// running loop and its methods), runners.cpp (asyncio.run); asyncio.cpp
// makes the package and its exceptions. Core objects are the Python objects
// themselves: each file gives core classes a Python type and method tables.
#pragma once
#include <memory>
#include <optional>

#include "core/asyncio.h"
#include "script/native/table.h"

namespace ts::vm::aio {

// An event loop as scripts see it (CPython's _UnixSelectorEventLoop): a
// core Loop of the VM's process (all loops share the virtual clock).
struct LoopObject final : Obj {
  Loop* loop = nullptr;
  Value handler;  // set_exception_handler()'s, or None
  const char* type_name() const override { return "_UnixSelectorEventLoop"; }
};

// The module's per-VM state.
struct State final : ModuleState {
  Value running;            // the LoopObject inside run_forever(), or None
  Value current;            // the policy's loop (set_event_loop), or None
  bool set_called = false;  // the policy's _local._set_called
  // Every loop made: futures point at theirs until the VM ends.
  std::vector<std::unique_ptr<Loop>> loops;
  std::optional<RunResult> deadlock;  // how a run ended, if it deadlocked
};

// asyncio.new_event_loop().
Ref<LoopObject> new_loop(VM& vm);
// The running loop object, or null.
LoopObject* running_loop(VM& vm);
// events._get_event_loop(): the running loop, else the policy's (made on
// first use; RuntimeError "There is no current event loop in thread
// 'MainThread'." once set to None).
LoopObject* event_loop(VM& vm);
// The core loop new objects are made on outside a running loop (primitives
// bind to a running loop when they first wait), else the running one.
Loop& home_loop(VM& vm);
// Runs loop until fut is done (BaseEventLoop.run_until_complete after its
// checks): its result, its exception, or a deadlock / time limit that
// stops the whole run.
bool run_until_complete(VM& vm, LoopObject& loop, Ref<Future> fut, Value& out);
// A core RunResult that is not Completed as the VM's error: the exception,
// or the deadlock / time limit that stops the run.
bool run_failed(VM& vm, const RunResult& r);

// A Python callable the loop calls: call_soon / call_later (with their extra
// arguments) or a done callback (with the future).
struct PyCallback final : Callback {
  VM* vm = nullptr;
  Value fn;
  std::vector<Value> extra;  // call_soon(cb, *args)
  bool pass_arg = true;      // done callbacks get the future
  Value context;             // the contextvars.Context it runs in (None: the current one)
  void call(Loop&, const Value& arg) override;
  bool equals(const Callback& o) const override;
  const char* name() const override { return "python-callback"; }
};
Ref<PyCallback> py_callback(VM& vm, const Value& fn);

// format_helpers._format_callback_source: "bad() at FILE:11", "print('x')",
// a core callback as "Task.task_wakeup()".
std::string callback_source(VM& vm, const Callback& cb);

// A number of seconds ("<what> must be a number, not str").
bool to_seconds(VM& vm, const Value& v, double& out, const char* what);
// The coroutine argument of create_task / Task(): TypeError "a coroutine was expected, got 1".
bool to_coroutine(VM& vm, const Value& v, Ref<ts::Coroutine>& out);
// The tasks budget, before a task is made on loop: false (fatal) when the
// loop already holds limits.max_tasks live tasks (a create_task bomb).
bool task_room(VM& vm, const Loop& loop);
// The AttributeError a Python-level method raises on a wrong receiver
// lacking `attr` (for bindings that check their receiver themselves).
bool no_attribute(VM& vm, const Value& self, const char* attr);
// _asyncio_threads.<fn>(*args, **kw): run_in_executor and to_thread, written
// in Python over concurrent.futures (modules/python/_asyncio_threads.py).
bool call_threads_helper(VM& vm, const char* fn, std::vector<Value> args, Dict* kw, Value& out);
// loop.shutdown_default_executor's future for the running loop, or null.
Ref<Future> shutdown_default_executor(VM& vm);

// create_task(..., context=ctx) / call_soon(..., context=ctx): a given
// context replaces the copy of the current one the task or callback took.
inline void given_context(Value& slot, const Value* ctx) {
  if (ctx && !ctx->is_none()) slot = *ctx;
}

// Shared by Future's and Task's tables (futures.cpp).
bool future_repr(VM& vm, Future& f, Args& a, Value& out);
bool future_cancel(VM& vm, Future& f, Args& a, Value& out);

// A type of the package: registered for the core objects whose
// type_name() is core_name (if any), exported as asyncio.<name> if export.
PyType* new_type(VM& vm, Dict& module, const char* name, const char* py_module, PyType* base,
                 const char* core_name, bool export_ = true);

// Each file's part of the package.
void install_futures(VM& vm, Dict& module);
void install_tasks(VM& vm, Dict& module);
void install_locks(VM& vm, Dict& module);
void install_queues(VM& vm, Dict& module);
void install_events(VM& vm, Dict& module);
void install_runners(VM& vm, Dict& module);
void install_taskgroups(VM& vm, Dict& module);
void install_timeouts(VM& vm, Dict& module);

}  // namespace ts::vm::aio
