#include "script/objects/runtime.h"
#include "script/objects/exception_group.h"
#include "script/objects/budget.h"
#include "core/heap.h"
#include "script/pylib/bigint.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ts::vm {

namespace {

// The ErrorModel the VM installs on its loop: core errors become real
// Python exceptions, and the core compares and tests values as Python does.
struct VMErrors final : ErrorModel {
  VM& vm;
  explicit VMErrors(VM& v) : vm(v) {}
  PyType* type_for(ErrKind k) {
    switch (k) {
      case ErrKind::CancelledError: return vm.CancelledError;
      case ErrKind::TimeoutError: return vm.TimeoutError;
      case ErrKind::InvalidStateError: return vm.InvalidStateError;
      case ErrKind::RuntimeError: return vm.RuntimeError;
      case ErrKind::ValueError: return vm.ValueError;
      case ErrKind::TypeError: return vm.TypeError;
      case ErrKind::QueueEmpty: return vm.QueueEmpty;
      case ErrKind::QueueFull: return vm.QueueFull;
      case ErrKind::SystemExit: return vm.SystemExit;
      case ErrKind::KeyboardInterrupt: return vm.KeyboardInterrupt;
      case ErrKind::BaseExceptionGroup: return vm.BaseExceptionGroup;
    }
    return vm.RuntimeError;
  }
  Value make_error(ErrKind kind, const std::string& msg) override { return vm.new_exception(type_for(kind), msg); }
  Value make_cancelled(const Value& msg) override {
    if (msg.is_none()) return vm.new_exception_args(vm.CancelledError, {});
    return vm.new_exception_args(vm.CancelledError, {msg});
  }
  bool is(const Value& exc, ErrKind kind) override { return vm.isinstance(exc, type_for(kind)); }
  void set_cause(const Value& exc, const Value& cause) override {
    if (Exception* e = as<Exception>(exc)) {
      e->cause = cause;
      e->suppress_context = true;
    }
  }
  std::string describe(const Value& exc) override { return vm.format_exception_only(exc); }
  bool truthy(const Value& v) override {
    bool b = false;
    if (!vm.truthy(v, b)) throw PyErr{std::move(vm.error)};
    return b;
  }
  bool less(const Value& a, const Value& b) override {
    bool r = false;
    if (!vm.lt(a, b, r)) throw PyErr{std::move(vm.error)};
    return r;
  }
  Value make_list(std::vector<Value> items) override { return vm.make_list(std::move(items)); }
  Value make_set(std::vector<Value> items) override {
    Ref<Set> s = make<Set>();
    for (auto& x : items) s->d.set(x, Value());
    return Value::object(s);
  }
  Value make_tuple(std::vector<Value> items) override { return vm.make_tuple(std::move(items)); }
  Value make_str(const std::string& s) override { return vm.make_str(s); }
  Value make_group(const std::string& msg, std::vector<Value> excs) override {
    Value args[] = {vm.make_str(msg), vm.make_list(std::move(excs))}, out;
    if (!exception_group_new(vm, vm.BaseExceptionGroup, args, 2, out)) throw PyErr{std::move(vm.error)};
    return out;
  }
};

}  // namespace

VM::VM(Loop& l, Limits lim) : loop(l), limits(lim), previous_(current) {
  current = this;
  builtins = make<Dict>();
  main_globals = make<Dict>();
  setup_types();
  setup_exceptions();
  // A module's namespace as types.ModuleType makes it, in its order (dir()
  // and globals() show them); the scenario sets __file__ (scenario.cpp).
  main_globals->set(make_str("__name__"), make_str("__main__"));
  for (const char* n : {"__doc__", "__package__", "__loader__", "__spec__"}) main_globals->set(make_str(n), Value());
  main_globals->set(make_str("__builtins__"), Value::object(builtins));
  builtins->set(make_str("None"), Value());
  Ellipsis = Value::object(new EllipsisObj());
  builtins->set(make_str("Ellipsis"), Ellipsis);
  NotImplemented = Value::object(new NotImplementedObj());
  builtins->set(make_str("NotImplemented"), NotImplemented);
  errors_ = new VMErrors(*this);
  loop.set_errors(errors_);
  LoopLimits ll = loop.limits();
  ll.max_live_tasks = limits.max_tasks;
  loop.set_limits(ll);
}

VM::~VM() {
  current = previous_;
  tearing_down = true;
  to_close.clear();
  asyncgens.clear();
  loop.shutdown_asyncgens = nullptr;
  loop.shutdown_default_executor = nullptr;
  loop.set_errors(nullptr);
  // Break reference cycles through type dicts and module dicts.
  error = Value();
  states_.clear();
  for (auto& m : modules) m.second->dict->clear();
  modules.clear();
  main_globals->clear();
  for (auto& t : all_types) t->dict->clear();
  builtins->clear();
  delete errors_;
}

NativeFn* VM::def(Dict& where, const std::string& name, NativeFnPtr fn, void* data) {
  Ref<NativeFn> f = make<NativeFn>();
  f->name = name;
  f->fn = fn;
  f->data = data;
  where.set(make_str(name), Value::object(f));
  return f.get();
}

int VM::current_line() const {
  if (frame_stack.empty()) return 0;
  return frame_stack.back()->line();
}

int VM::chain_line(const std::vector<Ref<Frame>>& chain) const {
  for (size_t k = chain.size(); k-- > 0;)
    if (chain[k]->code->filename == main_file) return chain[k]->line();
  return 0;
}

int VM::script_line() const {
  for (size_t i = chain_stack.size(); i-- > 0;) {
    const auto& chain = *chain_stack[i];
    // a task runs in a coroutine's chain; the module's (asyncio.run(...)
    // waiting for the loop) and plain calls' are no task's
    if (chain.empty() || !chain.front()->owner) continue;
    if (int line = chain_line(chain)) return line;
  }
  return suspended_line;
}

bool VM::fail_budget(const std::string& msg) {
  fatal = true;
  fatal_message = msg;
  // The message names the script's file: its innermost line (not one of an
  // imported module's), else the line the tasks were at between steps.
  fatal_line = 0;
  for (size_t k = frame_stack.size(); k-- > 0 && !fatal_line;)
    if (frame_stack[k]->code->filename == main_file) fatal_line = frame_stack[k]->line();
  if (!fatal_line) fatal_line = script_line();
  if (!fatal_line) fatal_line = current_line();
  error = new_exception(RuntimeError, msg);
  return false;
}

bool VM::count_output(size_t n) {
  output_bytes += n;
  if (output_bytes > limits.max_output)
    return fail_budget("budget exceeded: output (" + std::to_string(limits.max_output) + " bytes)");
  return true;
}

std::string budget_seconds(double s) {
  char buf[64];
  if (s == std::floor(s) && std::fabs(s) < 1e15)
    snprintf(buf, sizeof buf, "%.0f", s);
  else
    snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

double wall_now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

bool heap_room(VM& vm, double bytes) {
  const size_t budget = heap::budget();
  if (!budget || double(heap::live_bytes()) + bytes <= double(budget)) return true;
  return vm.raise(vm.MemoryError, "memory budget exceeded (" + std::to_string(vm.limits.max_heap) + " bytes)");
}

namespace {
// Big-int arithmetic under the running VM's budgets: a limb step is much
// cheaper than a bytecode step, so 16 of them count as one.
struct VMBigIntMeter final : py::BigIntMeter {
  bool charge(double limb_ops, double result_bytes) override {
    VM* vm = VM::current;
    if (!vm) return true;
    if (result_bytes > 0 && !heap_room(*vm, result_bytes)) return false;
    return limb_ops < 16 || vm->charge_steps(int64_t(std::min(limb_ops / 16, 4e18)));
  }
};
VMBigIntMeter g_meter;
[[maybe_unused]] const bool g_meter_installed = (py::g_bigint_meter = &g_meter, true);
}  // namespace

bool VM::steps_exceeded() {
  if (fatal) return false;  // already stopping: the first budget named stays the message
  if (steps > limits.max_steps)
    return fail_budget("budget exceeded: steps (" + std::to_string(limits.max_steps) + " steps)");
  // A clock read costs about as much as a few dozen steps: every 64k.
  next_wall_check = steps + 65536;
  return check_wall();
}

bool VM::check_wall() {
  if (wall_deadline == 0 || wall_now() <= wall_deadline) return true;
  return fail_budget("budget exceeded: wall clock (" + budget_seconds(limits.max_wall) + " s)");
}

}  // namespace ts::vm
