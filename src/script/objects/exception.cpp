#include "script/objects/exception.h"
#include "script/objects/exception_group.h"

#include <unordered_set>

#include "script/objects/getargs.h"
#include "script/objects/runtime.h"

namespace ts::vm {

Value VM::new_exception_args(PyType* type, std::vector<Value> args) {
  Ref<Exception> e = make<Exception>(type);
  e->dict = make<Dict>();
  e->args = make<Tuple>(std::move(args));
  return Value::object(e);
}

Value VM::new_exception(PyType* type, const std::string& msg) {
  if (msg.empty()) return new_exception_args(type, {});
  return new_exception_args(type, {make_str(msg)});
}

bool VM::raise(PyType* type, const std::string& msg) {
  error = new_exception(type, msg);
  return false;
}

bool VM::raise_value(Value exc) {
  error = std::move(exc);
  return false;
}

bool raise_py(VM& vm, py::Err e, const std::string& msg) {
  switch (e) {
    case py::Err::ValueError: return vm.raise(vm.ValueError, msg);
    case py::Err::TypeError: return vm.raise(vm.TypeError, msg);
    case py::Err::ZeroDivisionError: return vm.raise(vm.ZeroDivisionError, msg);
    case py::Err::OverflowError: return vm.raise(vm.OverflowError, msg);
    case py::Err::IndexError: return vm.raise(vm.IndexError, msg);
    case py::Err::IntOverflow:
      return vm.raise(vm.OverflowError, "integer overflow: Turnstile integers are 64-bit (Python's are unbounded)");
    case py::Err::Raised: return false;
    case py::Err::None: break;
  }
  return vm.raise(vm.RuntimeError, msg);
}

// ---- printing ---------------------------------------------------------------------

std::string VM::format_exception_only(const Value& exc) {
  PyType* t = type_of(exc);
  std::string name = t->name->s;
  if (t->module != "builtins" && t->module != "__main__") name = t->module + "." + name;
  std::string msg;
  if (!str(exc, msg)) {
    error = Value();
    msg = "<exception str() failed>";
  }
  return msg.empty() ? name : name + ": " + msg;
}

namespace {

// CPython's print_exception_recursive (Python/pythonrun.c): an exception
// group prints in the box form, its members indented inside it with a
// margin, at most 15 members and 10 levels deep.
struct TracebackPrinter {
  static constexpr int kMaxWidth = 15, kMaxDepth = 10;
  VM& vm;
  std::string out;
  // CPython's print_exception_recursive keeps the same "seen" set: a cycle
  // ends, and a chain of 30,000 causes is a loop, not a recursion.
  std::unordered_set<const Obj*> seen;
  int depth = 0;  // exception_group_depth
  bool need_close = false;

  void indent() { out.append(2 * depth, ' '); }
  void margin() {
    indent();
    if (depth) out += "| ";
  }

  // One exception with its chain of causes and contexts, oldest first.
  void print(const Value& exc) {
    static const char* const kCause = "The above exception was the direct cause of the following exception:\n";
    static const char* const kContext = "During handling of the above exception, another exception occurred:\n";
    struct Link {
      Value exc;
      const char* joint;  // printed after this exception's block: how the newer one links to it
    };
    std::vector<Link> chain{{exc, nullptr}};
    if (exc.tag == Value::Object) seen.insert(exc.o);
    auto unseen = [&](const Value& v) { return !v.is_none() && !seen.count(v.o); };
    for (Exception* e = as<Exception>(exc); e;) {
      Value next;
      const char* joint;
      if (!e->cause.is_none()) {
        if (!unseen(e->cause)) break;
        next = e->cause, joint = kCause;
      } else if (!e->suppress_context && unseen(e->context)) {
        next = e->context, joint = kContext;
      } else {
        break;
      }
      seen.insert(next.o);
      chain.push_back({next, joint});
      e = as<Exception>(next);
    }
    for (size_t i = chain.size(); i-- > 0;) {
      bool close = need_close;  // print_chained keeps it across the older exception
      if (Exception* g = as<Exception>(chain[i].exc); g && !g->group.empty()) print_group(g);
      else print_one(chain[i].exc, "Traceback (most recent call last):\n", depth ? "| " : "");
      if (chain[i].joint) {
        need_close = close;
        margin(), out += "\n";
        margin(), out += chain[i].joint;
        margin(), out += "\n";
      }
    }
  }

  void print_one(const Value& exc, const char* header, const char* header_margin) {
    Exception* e = as<Exception>(exc);
    if (e && !e->tb.empty()) {
      indent();
      out += header_margin;
      out += header;
      for (size_t k = e->tb.size(); k-- > 0;) {
        margin();
        out += "  File \"" + e->tb[k].file + "\", line " + std::to_string(e->tb[k].line) + ", in " + e->tb[k].func + "\n";
        append_source_lines(vm, e->tb[k], std::string(2 * depth, ' ') + (depth ? "| " : ""), out);  // traceback_source.cpp
      }
    }
    margin();
    out += vm.format_exception_only(exc) + "\n";
  }

  void print_group(Exception* g) {
    if (depth > kMaxDepth) {
      margin();
      out += "... (max_group_depth is " + std::to_string(kMaxDepth) + ")\n";
      return;
    }
    if (depth == 0) depth = 1;
    print_one(Value::object(g), "Exception Group Traceback (most recent call last):\n", depth == 1 ? "+ " : "| ");
    const int count = (int)g->group.size();
    const int n = count <= kMaxWidth ? count : kMaxWidth + 1;
    need_close = false;
    for (int i = 0; i < n; i++) {
      const bool last = i == n - 1;
      if (last) need_close = true;  // the closing line may come from a nested group
      const bool truncated = i >= kMaxWidth;
      indent();
      out += std::string(i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : std::to_string(i + 1)) +
             " ----------------\n";
      depth++;
      if (!truncated) {
        print(g->group[i]);
      } else {
        int more = count - kMaxWidth;
        margin();
        out += "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n";
      }
      if (last && need_close) {
        indent();
        out += "+------------------------------------\n";
        need_close = false;
      }
      depth--;
    }
    if (depth == 1) depth = 0;
  }
};

}  // namespace

std::string VM::format_traceback(const Value& exc) {
  TracebackPrinter p{*this};
  p.print(exc);
  return std::move(p.out);
}

bool exception_repr(VM& vm, Exception* e, std::string& out) {
  std::string r = e->cls->name->s + "(";
  for (size_t i = 0; i < e->args->items.size(); i++) {
    if (i) r += ", ";
    std::string s;
    if (!vm.repr(e->args->items[i], s)) return false;
    r += s;
  }
  out = r + ")";
  return true;
}

bool exception_str(VM& vm, Exception* e, std::string& out) {
  if (!e->group.empty()) return exception_group_str(vm, e, out);
  auto& a = e->args->items;
  if (a.empty()) {
    out.clear();
    return true;
  }
  if (a.size() == 1) {
    if (e->cls->is_subtype(vm.KeyError)) return vm.repr(a[0], out);
    return vm.str(a[0], out);
  }
  return vm.repr(Value::object(e->args), out);
}

// ---- attributes ----------------------------------------------------------------------

bool exception_getattr(VM& vm, Exception* e, const std::string& n, Value& out) {
  if (n == "args") { out = Value::object(e->args); return true; }
  if (n == "code" && e->cls->is_subtype(vm.SystemExit)) {  // SystemExit_init's code, from the args
    const auto& a = e->args->items;
    out = a.empty() ? Value() : a.size() == 1 ? a[0] : Value::object(e->args);
    return true;
  }
  if (n == "value" && e->cls->is_subtype(vm.StopIteration)) {  // StopIteration.value: its first argument
    out = !e->args || e->args->items.empty() ? Value() : e->args->items[0];
    return true;
  }
  if (n == "__cause__") { out = e->cause; return true; }
  if (n == "__context__") { out = e->context; return true; }
  if (n == "__traceback__") { out = Value(); return true; }
  return false;
}

bool exception_setattr(VM& vm, Exception* e, const std::string& n, const Value& v, bool& handled) {
  handled = true;
  if (n == "args") {
    std::vector<Value> items;
    if (!vm.to_list(v, items)) return false;
    e->args = make<Tuple>(std::move(items));
    return true;
  }
  if (n == "__cause__") { e->cause = v; e->suppress_context = true; return true; }
  if (n == "__context__") { e->context = v; return true; }
  handled = false;
  return true;
}

// ---- the hierarchy --------------------------------------------------------------------

namespace {

constexpr Owner kBaseException{"BaseException", is<Exception>};

// BaseException.__init__: a slot wrapper that passes its keywords on (to be refused).
bool exc_init(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"BaseException.__init__", Conv::Slot, "*args"};
  if (!check_method(vm, kSig, kBaseException, args, nargs, nullptr))
    return false;
  if (kwargs && kwargs->live) return vm.raise(vm.TypeError, vm.type_name(args[0]) + "() takes no keyword arguments");
  Exception* e = static_cast<Exception*>(args[0].o);
  e->args = make<Tuple>(std::vector<Value>(args + 1, args + nargs));
  out = Value();
  return true;
}

// BaseException.__new__(cls, *args): what super().__new__(cls, ...) in an
// exception class's own __new__ reaches; __init__ sets args again after it.
bool exc_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;  // BaseException_new ignores them (its __init__ refuses them)
  PyType* t = nargs ? as<PyType>(args[0]) : nullptr;
  if (!t)
    return vm.raise(vm.TypeError, "BaseException.__new__(X): X is not a type object (" +
                                      (nargs ? vm.type_name(args[0]) : std::string("nothing")) + ")");
  if (!t->is_subtype(vm.BaseException))
    return vm.raise(vm.TypeError, "BaseException.__new__(" + t->name->s + "): " + t->name->s +
                                      " is not a subtype of BaseException");
  out = vm.new_exception_args(t, std::vector<Value>(args + 1, args + nargs));
  return true;
}

}  // namespace

void VM::setup_exceptions() {
  auto ex = [&](const char* name, PyType* base, const std::string& module = "builtins") {
    PyType* t = new_type(name, base, Kind::Exception, module);
    t->is_exception = true;
    if (module == "builtins") builtins->set(make_str(name), Value::object(t));
    return t;
  };
  BaseException = new_type("BaseException", t_object, Kind::Exception);
  BaseException->is_exception = true;
  builtins->set(make_str("BaseException"), Value::object(BaseException));
  def_method(BaseException, "__init__", exc_init);
  def_static(*this, BaseException, "__new__", exc_new);
  Exception_ = ex("Exception", BaseException);
  ArithmeticError = ex("ArithmeticError", Exception_);
  ZeroDivisionError = ex("ZeroDivisionError", ArithmeticError);
  OverflowError = ex("OverflowError", ArithmeticError);
  LookupError = ex("LookupError", Exception_);
  IndexError = ex("IndexError", LookupError);
  KeyError = ex("KeyError", LookupError);
  ValueError = ex("ValueError", Exception_);
  UnicodeError = ex("UnicodeError", ValueError);
  TypeError = ex("TypeError", Exception_);
  AttributeError = ex("AttributeError", Exception_);
  NameError = ex("NameError", Exception_);
  UnboundLocalError = ex("UnboundLocalError", NameError);
  RuntimeError = ex("RuntimeError", Exception_);
  NotImplementedError = ex("NotImplementedError", RuntimeError);
  RecursionError = ex("RecursionError", RuntimeError);
  AssertionError = ex("AssertionError", Exception_);
  StopIteration = ex("StopIteration", Exception_);
  StopAsyncIteration = ex("StopAsyncIteration", Exception_);
  OSError = ex("OSError", Exception_);
  TimeoutError = ex("TimeoutError", OSError);
  ImportError = ex("ImportError", Exception_);
  ModuleNotFoundError = ex("ModuleNotFoundError", ImportError);
  MemoryError = ex("MemoryError", Exception_);
  KeyboardInterrupt = ex("KeyboardInterrupt", BaseException);
  SystemExit = ex("SystemExit", BaseException);
  GeneratorExit = ex("GeneratorExit", BaseException);
  // The rest of CPython's builtin hierarchy: plain subclasses, no extra fields.
  for (const char* n : {"UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"}) ex(n, UnicodeError);
  ex("FloatingPointError", ArithmeticError);
  ex("BufferError", Exception_);
  ex("EOFError", Exception_);
  ex("ReferenceError", Exception_);
  ex("SystemError", Exception_);
  PyType* ConnectionError = ex("ConnectionError", OSError);
  for (const char* n : {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"})
    ex(n, ConnectionError);
  for (const char* n : {"BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError",
                        "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                        "ProcessLookupError"})
    ex(n, OSError);
  PyType* Warning = ex("Warning", Exception_);
  for (const char* n : {"UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
                        "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
                        "ResourceWarning", "EncodingWarning"})
    ex(n, Warning);
  builtins->set(make_str("EnvironmentError"), Value::object(OSError));
  builtins->set(make_str("IOError"), Value::object(OSError));
  CancelledError = ex("CancelledError", BaseException, "asyncio.exceptions");
  InvalidStateError = ex("InvalidStateError", Exception_, "asyncio.exceptions");
  QueueEmpty = ex("QueueEmpty", Exception_, "asyncio.queues");
  QueueFull = ex("QueueFull", Exception_, "asyncio.queues");
  setup_exception_groups(*this);
}

}  // namespace ts::vm
