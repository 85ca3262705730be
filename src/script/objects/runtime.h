// The runtime state of one run (struct VM): the types, the pending
// exception, the budgets, the output sink, the modules; and the object
// protocol as its members (object.cpp, abstract.cpp, call.cpp). Python
// exceptions are values: a failing operation sets vm.error and returns
// false. Calls into Python functions go through eval_function, which the
// interpreter (ts_vm) installs, so this layer never links against it.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/asyncio.h"
#include "script/objects/frame.h"
#include "script/objects/objects.h"

namespace ts::vm {

// Budgets: a script that exceeds one stops with a clear error.
struct Limits {
  int64_t max_steps = 200'000'000;     // bytecode instructions (counted at back-edges and calls)
  int64_t max_objects = 20'000'000;    // live heap objects
  size_t max_output = 16u << 20;       // bytes printed
  size_t max_tasks = 1'000'000;        // live asyncio tasks
  int max_depth = 400;                 // nested Python calls
  size_t max_heap = size_t(2560) << 20;  // bytes of heap (core/heap.h): past it, MemoryError
  double max_wall = 0;                 // seconds of wall clock (0: none): the backstop for the page
};
// A budget's seconds as its message prints them ("31536000", "0.5").
std::string budget_seconds(double s);
// steady_clock, in seconds (the wall-clock budget's clock).
double wall_now();

// What a native module keeps per VM (random's generator, asyncio's running
// loop): each module derives its own typed struct and reaches it with
// vm.state<T>().
struct ModuleState {
  virtual ~ModuleState() = default;
};

// A native attribute getter for a type: returns true when it found attr.
using GetAttrHook = bool (*)(VM& vm, const Value& self, const Str& attr, Value& out);

// Runs Python function fn with the arguments to completion (or, for an
// `async def`, makes its coroutine object); with `locals`, runs it as a
// class body whose namespace that dict is. As PEP 523's eval-frame hook.
using EvalFunction = bool (*)(VM& vm, Function* fn, const Value* args, int nargs, Dict* kwargs, Dict* locals,
                              Value& out);

// Imports a module that is not in vm.modules yet (script/importer.cpp: the
// modules written in Python); false with the exception set.
using ImportHook = bool (*)(VM& vm, const std::string& name, Module*& out);

// The threads of a run (world/threads.h implements it; null: the script has
// only the main thread). Blocking natives wait through it.
struct ThreadHost {
  virtual ~ThreadHost() = default;
  // time.sleep(d) of the running thread.
  virtual bool sleep(VM& vm, double d, Value& out) = 0;
  // The running thread's ident, 0 while the main thread runs (state kept
  // per thread, as contextvars' current context, keys on it).
  virtual uint64_t running_thread() const = 0;
  // Python code charged as CPU time (_turnstile_cpu.set_step_cost): whether
  // it is on, and `value()` as the result of a call made once the running
  // thread's code so far has had its CPU time (a clock read, a print).
  virtual bool charging() const { return false; }
  virtual bool settle_then(VM& vm, std::function<Value()> value, Value& out) {
    out = value();
    return true;
  }
};

struct VM {
  // The objects layer only: types, exceptions, singletons, the loop's
  // ErrorModel. The run driver then installs the interpreter, builtins and
  // modules (scenario.cpp).
  explicit VM(Loop& loop, Limits limits = {});
  // The VM running now (the newest alive): dict and set tables reach the
  // user's __hash__ and __eq__ through it (objects/dict.h).
  static inline VM* current = nullptr;
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Loop& loop;
  Limits limits;
  int64_t steps = 0;
  int64_t next_budget_check = 0;  // the interpreter checks the budgets when steps reach it
  size_t output_bytes = 0;
  // steady_clock seconds at which the wall-clock budget ends (0: none);
  // checked where the step budget is (check_wall every few thousand steps).
  double wall_deadline = 0;
  int depth = 0;
  // C recursion on user data (CPython's Py_EnterRecursiveCall): a
  // comparison or hash of nested containers counts one level per container.
  // False, with RecursionError "maximum recursion depth exceeded<where>" set,
  // past limits.max_depth; every true is paired with leave_recursion().
  bool enter_recursion(const char* where) {
    if (++depth <= limits.max_depth) return true;
    --depth;
    return raise(RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
  void leave_recursion() { --depth; }

  // Pending exception (set by a failing operation).
  Value error;
  // Fatal budget error: stops the whole run (not catchable by scripts).
  bool fatal = false;
  std::string fatal_message;
  int fatal_line = 0;

  // Suspended generators freed while they could still run code (a finally
  // block): the interpreter closes them before its next instruction, as
  // CPython closes a generator the moment it is freed. (Not in the
  // destructor: it may run in the middle of a container's update.)
  std::vector<Ref<Obj>> to_close;
  // kOpCount while to_close is not empty, else 0: the interpreter's native
  // dispatch adds it to the opcode, so it lands on the step that closes them
  // first without testing to_close at every instruction.
  uint32_t close_pending = 0;
  bool tearing_down = false;  // ~VM: nothing runs any more
  // Async generators first iterated inside a running loop and not finished
  // (asyncio's loop._asyncgens, a WeakSet): asyncio.run closes them as it
  // shuts down; one freed before is closed by a task (the loop's finalizer hook).
  std::vector<Obj*> asyncgens;

  // Output sink (print). Receives text exactly as Python would write it.
  std::function<void(std::string_view)> write;
  // The same for stderr (sys.stderr): never stamped, apart from stdout.
  std::function<void(std::string_view)> write_err;
  // The simulated world's events (`_turnstile.emit(kind, fields)`, called by
  // the turnstile and openai packages): the host stamps the virtual time and
  // records them. Values are given as str() of each field, in the dict's order.
  using WorldFields = std::vector<std::pair<std::string, std::string>>;
  std::function<void(const std::string& kind, const WorldFields& fields)> world_event;

  Ref<Dict> builtins;
  Ref<Dict> main_globals;
  // The running process's own copy of main_globals, or null in the parent: a
  // forked worker (multiprocessing) starts with a copy of the script's module
  // state, so a call of the script's functions there reads and writes the
  // copy (vm/call.cpp), as after fork. Set while its threads run.
  Ref<Dict> forked_globals;
  // sys.modules: every module imported so far (a Python one from the moment
  // its body starts, so an import cycle finds it partially initialised).
  std::unordered_map<std::string, Ref<Module>> modules;
  ImportHook import_module = nullptr;

  // ---- types ----
  std::vector<Ref<PyType>> all_types;
  PyType *t_object, *t_type, *t_none, *t_bool, *t_int, *t_float, *t_str, *t_tuple, *t_list, *t_dict,
      *t_set, *t_frozenset, *t_range, *t_slice, *t_ellipsis, *t_notimplemented, *t_function, *t_method, *t_builtin, *t_module,
      *t_cell, *t_coroutine, *t_iterator, *t_code, *t_native, *t_generator, *t_async_generator,
      *t_async_gen_asend, *t_async_gen_athrow;
  // exceptions
  PyType *BaseException, *Exception_, *ArithmeticError, *ZeroDivisionError, *OverflowError,
      *LookupError, *IndexError, *KeyError, *ValueError, *TypeError, *AttributeError, *NameError,
      *UnboundLocalError, *RuntimeError, *NotImplementedError, *RecursionError, *AssertionError,
      *StopIteration, *StopAsyncIteration, *OSError, *TimeoutError, *ImportError,
      *ModuleNotFoundError, *KeyboardInterrupt, *SystemExit, *GeneratorExit, *MemoryError,
      *CancelledError, *InvalidStateError, *QueueEmpty, *QueueFull, *UnicodeError,
      *BaseExceptionGroup, *ExceptionGroup;
  // The singletons that are objects (None is a Value tag).
  Value Ellipsis, NotImplemented;
  // core object types by type_name() (Future, Task, Semaphore, ...)
  std::unordered_map<std::string, PyType*> native_types;
  // type_name() pointer -> type: type_of's fast path for core objects
  std::unordered_map<const char*, PyType*> native_type_cache;
  std::unordered_map<const PyType*, GetAttrHook> getattr_hooks;

  PyType* new_type(const std::string& name, PyType* base, Kind kind, const std::string& module = "builtins");
  PyType* type_of(const Value& v);
  std::string type_name(const Value& v) { return type_of(v)->name->s; }

  // ---- definitions (for builtins and modules) ----
  NativeFn* def(Dict& where, const std::string& name, NativeFnPtr fn, void* data = nullptr);
  NativeFn* def_method(PyType* t, const std::string& name, NativeFnPtr fn) { return def(*t->dict, name, fn); }
  Module* new_module(const std::string& name);

  // ---- errors ----
  // Sets error = type(msg); always returns false (for `return vm.raise(...)`).
  bool raise(PyType* type, const std::string& msg);
  bool raise_value(Value exc);
  Value new_exception(PyType* type, const std::string& msg);
  Value new_exception_args(PyType* type, std::vector<Value> args);
  bool isinstance(const Value& v, PyType* t) { return type_of(v)->is_subtype(t); }
  bool exc_matches(const Value& exc, PyType* t) { return isinstance(exc, t); }
  // Budget exceeded: fatal, stops the run.
  bool fail_budget(const std::string& msg);
  bool count_output(size_t n);
  // Work a native loop does (an item summed, a hash chain probed, a limb of
  // big-int arithmetic) charged to the step budget: false (fatal) past it.
  bool charge_steps(int64_t n) {
    steps += n;
    if (__builtin_expect(steps > limits.max_steps || steps >= next_wall_check, 0)) return steps_exceeded();
    return true;
  }
  int64_t next_wall_check = 0;  // charge_steps looks at the wall clock when steps reach it
  bool steps_exceeded();        // the slow half of charge_steps
  bool check_wall();            // false (fatal) past wall_deadline

  // ---- object protocol (false = exception set) ----
  // object.cpp
  bool getattr(const Value& obj, const Str& name, Value& out);
  bool getattr_opt(const Value& obj, const Str& name, Value& out, bool& found);
  bool setattr(const Value& obj, const Str& name, const Value& v);
  bool delattr(const Value& obj, const Str& name);
  // Method lookup without binding: sets meth + is_method (self to be passed).
  bool load_method(const Value& obj, const Str& name, Value& meth, bool& is_method);
  bool truthy(const Value& v, bool& out);
  bool repr(const Value& v, std::string& out);
  bool str(const Value& v, std::string& out);
  bool format(const Value& v, std::string_view spec, std::string& out);
  bool compare(int op, const Value& a, const Value& b, Value& out);
  bool eq(const Value& a, const Value& b, bool& out);
  bool lt(const Value& a, const Value& b, bool& out);
  bool hash(const Value& v, uint64_t& out);
  // abstract.cpp
  bool binary(int op, const Value& a, const Value& b, Value& out, bool inplace = false);
  bool unary(int op, const Value& a, Value& out);
  bool contains(const Value& container, const Value& item, bool& out);
  bool getitem(const Value& obj, const Value& key, Value& out);
  bool setitem(const Value& obj, const Value& key, const Value& v);
  bool delitem(const Value& obj, const Value& key);
  bool iter(const Value& obj, Value& out);
  // 1 = got one, 0 = exhausted, -1 = error
  int next(const Value& it, Value& out);
  bool to_list(const Value& iterable, std::vector<Value>& out);
  bool len(const Value& v, int64_t& out);
  // An int, a bool or an object with __index__; false (no error set) otherwise.
  bool index_of(const Value& v, int64_t& out);

  // ---- calls (call.cpp) ----
  // Calls any callable to completion (Python functions through
  // eval_function; async functions return a coroutine object).
  bool call(const Value& callable, const Value* args, int nargs, Dict* kwargs, Value& out);
  bool call0(const Value& f, Value& out) { return call(f, nullptr, 0, nullptr, out); }
  bool call1(const Value& f, const Value& a, Value& out) { return call(f, &a, 1, nullptr, out); }
  bool callm(const Value& obj, const char* method, const Value* args, int nargs, Value& out);
  // callable(v)
  bool is_callable(const Value& v);
  EvalFunction eval_function = nullptr;

  // ---- the interpreter: defined by ts_vm (vm/), never called by ts_objects ----
  // Binds arguments into a new frame for a Python function.
  bool make_frame(Function* f, const Value* args, int nargs, Dict* kwargs, const Value* kwvals,
                  const Tuple* kwnames, Ref<Frame>& out);
  // Runs a chain of frames until it returns, raises or suspends.
  Step run(std::vector<Ref<Frame>>& chain, Resume how, Value v);
  // Runs a module's top level (synchronously). Coroutines created by
  // asyncio.run() are driven by the loop from inside.
  bool exec_module(Ref<Code> code);
  // Runs a module's code with `globals` as its namespace (an imported module).
  bool exec_code(Ref<Code> code, Ref<Dict> globals);

  // Current source line of the innermost running frame (for errors, traces).
  int current_line() const;
  std::vector<Frame*> frame_stack;   // running frames (innermost last)
  // The chain each of those runs in (same indexes): a coroutine's frame
  // awaiting a library's is in its chain, not on frame_stack.
  std::vector<const std::vector<Ref<Frame>>*> chain_stack;
  // The line of the script being run (the file main_file names) that the
  // running task is at: the innermost such frame in the running coroutine
  // chains; 0 when none runs (the loop between steps, module-level code).
  int script_line() const;
  std::string main_file;
  // While a coroutine suspends, the line its chain stopped at (the await),
  // kept until another chain runs: what script_line() says between steps,
  // when the loop reports the suspension. Only when track_lines is set.
  bool track_lines = false;
  int suspended_line = 0;
  int chain_line(const std::vector<Ref<Frame>>& chain) const;

  // Builds the traceback text for an exception (Python style).
  std::string format_traceback(const Value& exc);
  // "ValueError: boom" (or just "ValueError").
  std::string format_exception_only(const Value& exc);

  // ---- threads (vm/threads.cpp) ----
  ThreadHost* threads = nullptr;
  // A native called directly by a thread's code (a CALL or a `with`) may
  // block that thread: it sets block_on and returns; the interpreter then
  // suspends the thread's chain (VM::run returns Step::Yield(block_on)),
  // and its host resumes it with the native's result (or an exception).
  Value block_on;
  size_t block_level = 0;  // frame_stack size inside a thread's run; 0: the main thread runs
  int native_depth = 0;    // natives being called (VM::call)
  // Whether the running native may set block_on.
  bool can_block() const;
  // Hooks run when the main module ends (threading._shutdown joins the threads).
  std::vector<std::function<void(VM&)>> at_exit;

  // ---- module state ----
  // The state of the native module whose state struct is T (see
  // ModuleState), made on first use; the VM owns one of each.
  template <class T>
  T& state() {
    static const size_t slot = next_state_slot();
    if (states_.size() <= slot) states_.resize(slot + 1);
    if (!states_[slot]) states_[slot] = std::make_unique<T>();
    return static_cast<T&>(*states_[slot]);
  }

  Value make_list(std::vector<Value> items) { return Value::object(new List(std::move(items))); }
  Value make_tuple(std::vector<Value> items) { return Value::object(new Tuple(std::move(items))); }
  Value make_str(std::string s) { return Value::object(new Str(std::move(s))); }
  // int, bool or Long as a BigInt; false for anything else.
  static bool big_of(const Value& v, py::BigInt& out) {
    if (v.tag == Value::Int) { out = py::BigInt::from_i64(v.i); return true; }
    if (v.tag == Value::Bool) { out = py::BigInt::from_i64(v.b); return true; }
    if (Long* l = as<Long>(v)) { out = l->v; return true; }
    return false;
  }

 private:
  void setup_types();       // type.cpp
  void setup_exceptions();  // exception.cpp
  static size_t next_state_slot() {
    static size_t n = 0;
    return n++;
  }
  ErrorModel* errors_ = nullptr;
  std::vector<std::unique_ptr<ModuleState>> states_;
  VM* previous_;  // `current` before this VM
};

// ---- abstract.cpp ----
// An integer argument (int, bool or __index__), else TypeError "'float'
// object cannot be interpreted as an integer".
bool int_arg(VM& vm, const Value& v, int64_t& out);
// PyNumber_Index as a big int (int, bool, an int subclass's value or
// __index__), for the callers that take ints past int64 (math, range);
// the same TypeError otherwise.
bool index_big(VM& vm, const Value& v, py::BigInt& out);

}  // namespace ts::vm
