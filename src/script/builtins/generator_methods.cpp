// Methods and attributes of generators, coroutines and async generators
// (CPython's genobject.c method tables and getsets), and the aiter() and
// anext() builtins. Resuming them is the interpreter's (vm/generator.cpp,
// vm/asyncgen.cpp).
#include "script/builtins/types.h"

namespace ts::vm {

namespace {

// Coroutines are Python ones or the core's (asyncio.sleep()): both types are
// `coroutine`, resumed through ts::Coroutine.
constexpr Owner kGen{"generator", is<PyGen>};
constexpr Owner kCoro{"coroutine", is<ts::Coroutine>};
constexpr Owner kAgen{"async_generator", is<PyAsyncGen>};

GenState* state_of(const Value& v) {
  if (PyGen* g = as<PyGen>(v)) return g;
  if (PyCoro* c = as<PyCoro>(v)) return c;
  return as<PyAsyncGen>(v);
}

const Owner& owner_of(PyType* t) {
  return t->instance_kind == Kind::Generator ? kGen : t->instance_kind == Kind::Coroutine ? kCoro : kAgen;
}

// The receiver of a method of type t, checked with sig.
#define CHECK(t, ...)                                                          \
  static constexpr Sig kSig(__VA_ARGS__);                                      \
  if (!check_method(vm, kSig, owner_of(t), args, nargs, kw)) return false;     \
  Ref<Obj> keep(args[0].o)

Step resume_any(VM& vm, const Value& self, Resume how, Value v) {
  if (GenState* g = state_of(self)) return resume_owner(vm, *g, how, std::move(v));
  try {
    return self.as<ts::Coroutine>()->resume(how, std::move(v));
  } catch (PyErr& e) {
    return Step::raise(e.exc);
  }
}

// The exception throw(typ[, val[, tb]]) raises, as 3.11's gen_throw reads
// its arguments.
bool thrown(VM& vm, const Value* a, int n, Value& exc) {
  if (n >= 3 && !a[2].is_none()) return vm.raise(vm.TypeError, "throw() third argument must be a traceback object");
  const Value& typ = a[0];
  Value val = n >= 2 ? a[1] : Value();
  if (PyType* t = as<PyType>(typ); t && t->is_exception) {
    if (val.is_none()) return vm.call(typ, nullptr, 0, nullptr, exc);
    if (vm.isinstance(val, t)) {
      exc = val;
      return true;
    }
    if (Tuple* tu = as<Tuple>(val)) return vm.call(typ, tu->items.data(), (int)tu->items.size(), nullptr, exc);
    return vm.call1(typ, val, exc);
  }
  if (as<Exception>(typ)) {
    if (!val.is_none()) return vm.raise(vm.TypeError, "instance exception may not have a separate value");
    exc = typ;
    return true;
  }
  return vm.raise(vm.TypeError,
                  "exceptions must be classes or instances deriving from BaseException, not " + vm.type_name(typ));
}

// A resumption as a method's result: the value yielded, or
// StopIteration(value) when it returned.
bool step_result(VM& vm, Step s, Value& out) {
  if (s.kind == Step::Yield) {
    out = std::move(s.value);
    return true;
  }
  if (s.kind == Step::Raise) return vm.raise_value(std::move(s.value));
  return vm.raise_value(vm.new_exception_args(vm.StopIteration, s.value.is_none() ? std::vector<Value>{}
                                                                                    : std::vector<Value>{s.value}));
}

template <PyType* VM::*T>
bool gen_send(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.*T, T == &VM::t_coroutine ? "coroutine.send" : "generator.send", Conv::O);
  return step_result(vm, resume_any(vm, args[0], Resume::Send, args[1]), out);
}

bool gen_next(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_generator, "__next__", Conv::Slot);
  return step_result(vm, resume_any(vm, args[0], Resume::Send, Value()), out);
}

template <PyType* VM::*T>
bool gen_throw(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.*T, "throw", Conv::Positional, "typ, val=None, tb=None, /");
  Value exc;
  if (!thrown(vm, args + 1, nargs - 1, exc)) return false;
  return step_result(vm, resume_any(vm, args[0], Resume::Throw, std::move(exc)), out);
}

template <PyType* VM::*T>
bool gen_close(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.*T, T == &VM::t_coroutine ? "coroutine.close" : "generator.close", Conv::NoArgs);
  out = Value();
  if (GenState* g = state_of(args[0])) return close_owner(vm, *g);
  // A core coroutine: GeneratorExit thrown in must end it.
  Step s = resume_any(vm, args[0], Resume::Throw, vm.new_exception(vm.GeneratorExit, ""));
  if (s.kind == Step::Yield) return vm.raise(vm.RuntimeError, "coroutine ignored GeneratorExit");
  if (s.kind == Step::Raise && !vm.isinstance(s.value, vm.GeneratorExit)) return vm.raise_value(std::move(s.value));
  return true;
}

bool gen_iter(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_generator, "__iter__", Conv::Slot);
  out = args[0];
  return true;
}

bool coro_await(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_coroutine, "__await__", Conv::Slot);
  out = coro_await_iter(args[0]);
  return true;
}

// ---- the iterators __await__ returns (coroutine_wrapper, FutureIter) ----

constexpr Owner kAwaitIter{"iterator", is<Iterator>};

#define CHECK_ITER(...)                                                        \
  static constexpr Sig kSig(__VA_ARGS__);                                      \
  if (!check_method(vm, kSig, kAwaitIter, args, nargs, kw)) return false;      \
  Ref<Obj> keep(args[0].o);                                                    \
  Iterator& it = *static_cast<Iterator*>(args[0].o)

bool iter_result(VM& vm, int r, Value v, Value& out) {
  if (r < 0) return false;
  if (r == 1) {
    out = std::move(v);
    return true;
  }
  return step_result(vm, Step::ret(std::move(v)), out);
}

bool await_iter_send(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK_ITER("send", Conv::O);
  Value v;
  int r = it.send(vm, Resume::Send, args[1], v);
  return iter_result(vm, r, std::move(v), out);
}

bool await_iter_throw(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK_ITER("throw", Conv::Positional, "typ, val=None, tb=None, /");
  Value exc, v;
  if (!thrown(vm, args + 1, nargs - 1, exc)) return false;
  int r = it.send(vm, Resume::Throw, std::move(exc), v);
  return iter_result(vm, r, std::move(v), out);
}

bool await_iter_next(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK_ITER("__next__", Conv::Slot);
  Value v;
  int r = it.send(vm, Resume::Send, Value(), v);
  return iter_result(vm, r, std::move(v), out);
}

bool await_iter_iter(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK_ITER("__iter__", Conv::Slot);
  (void)it;
  out = args[0];
  return true;
}

#undef CHECK_ITER

// ---- async generators ----

PyAsyncGen& agen_of(const Value& v) { return *as<PyAsyncGen>(v); }

Value agen_op(VM& vm, const Value& self, PyAsyncGenOp::What what, Value arg) {
  return Value::object(new PyAsyncGenOp(&vm, Ref<PyAsyncGen>(&agen_of(self)), what, std::move(arg)));
}

bool agen_aiter(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_async_generator, "__aiter__", Conv::Slot);
  out = args[0];
  return true;
}

bool agen_anext(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_async_generator, "__anext__", Conv::Slot);
  out = agen_op(vm, args[0], PyAsyncGenOp::Send, Value());
  return true;
}

bool agen_asend(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_async_generator, "async_generator.asend", Conv::O);
  out = agen_op(vm, args[0], PyAsyncGenOp::Send, args[1]);
  return true;
}

bool agen_athrow(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_async_generator, "athrow", Conv::Positional, "typ, val=None, tb=None, /");
  Value exc;
  if (!thrown(vm, args + 1, nargs - 1, exc)) return false;
  out = agen_op(vm, args[0], PyAsyncGenOp::Throw, std::move(exc));
  return true;
}

bool agen_aclose(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  CHECK(vm.t_async_generator, "async_generator.aclose", Conv::NoArgs);
  out = agen_op(vm, args[0], PyAsyncGenOp::Close, Value());
  return true;
}

// ---- attributes: gi_* / cr_* / ag_*, __name__, __qualname__ ----

bool gen_attr(VM& vm, const Value& self, const Str& attr, Value& out) {
  GenState* gs = state_of(self);
  const std::string& n = attr.s;
  if (!gs) {  // a core coroutine
    if (n != "__name__" && n != "__qualname__") return false;
    out = vm.make_str(self.as<ts::Coroutine>()->name());
    return true;
  }
  GenState& g = *gs;
  if (n == "__name__") { out = vm.make_str(g.name()); return true; }
  if (n == "__qualname__") { out = vm.make_str(g.qualname()); return true; }
  if (n.size() < 4 || n[2] != '_') return false;
  const char* prefix = g.flavor == GenState::Generator ? "gi" : g.flavor == GenState::Coroutine ? "cr" : "ag";
  if (n.compare(0, 2, prefix) != 0) return false;
  const std::string what = n.substr(3);
  if (what == "running") { out = Value::boolean(g.running); return true; }
  if (what == "suspended" && g.flavor != GenState::AsyncGenerator) {
    out = Value::boolean(g.started && !g.finished && !g.running);
    return true;
  }
  if (what == "frame") {
    out = g.finished ? Value() : Value::object(g.frame);
    return true;
  }
  if (what == "code") { out = Value::object(g.frame->code); return true; }
  // What it delegates to: the object on its frame's TOS while suspended in a
  // `yield from` or an `await`.
  if ((what == "yieldfrom" && g.flavor == GenState::Generator) || (what == "await" && g.flavor != GenState::Generator)) {
    const Frame& f = *g.frame;
    const bool inside = !g.finished && g.started && !f.at_yield && !f.stack.empty() &&
                        (f.delegating || f.delegate || !f.awaiting.is_none() || g.chain.size() > 1);
    out = inside ? f.stack.back() : Value();
    return true;
  }
  return false;
}

// ---- builtins ----

bool b_aiter(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"aiter", Conv::O};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Value* m = vm.type_of(args[0])->lookup("__aiter__");
  if (!m) return vm.raise(vm.TypeError, "'" + vm.type_name(args[0]) + "' object is not an async iterable");
  if (!vm.call(*m, args, 1, nullptr, out)) return false;
  if (!vm.type_of(out)->lookup("__anext__"))
    return vm.raise(vm.TypeError, "aiter() returned not an async iterator of type '" + vm.type_name(out) + "'");
  return true;
}

bool b_anext(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"anext", Conv::Positional, "aiterator, default=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  Value* m = vm.type_of(args[0])->lookup("__anext__");
  if (!m) return vm.raise(vm.TypeError, "'" + vm.type_name(args[0]) + "' object is not an async iterator");
  Value aw;
  if (!vm.call(*m, args, 1, nullptr, aw)) return false;
  out = nargs == 2 ? awaiting_coroutine(vm, std::move(aw), true, args[1]) : std::move(aw);
  return true;
}

#undef CHECK

}  // namespace

void install_generator_methods(VM& vm) {
  PyType* g = vm.t_generator;
  vm.def_method(g, "send", gen_send<&VM::t_generator>);
  vm.def_method(g, "throw", gen_throw<&VM::t_generator>);
  vm.def_method(g, "close", gen_close<&VM::t_generator>);
  vm.def_method(g, "__next__", gen_next);
  vm.def_method(g, "__iter__", gen_iter);
  vm.getattr_hooks[g] = gen_attr;
  PyType* c = vm.t_coroutine;
  vm.def_method(c, "send", gen_send<&VM::t_coroutine>);
  vm.def_method(c, "throw", gen_throw<&VM::t_coroutine>);
  vm.def_method(c, "close", gen_close<&VM::t_coroutine>);
  vm.def_method(c, "__await__", coro_await);
  vm.getattr_hooks[c] = gen_attr;
  for (const char* name : {"coroutine_wrapper", "FutureIter"}) {
    PyType* t = vm.new_type(name, vm.t_object, Kind::Iterator, name[0] == 'F' ? "_asyncio" : "builtins");
    vm.native_types[name] = t;
    vm.def_method(t, "send", await_iter_send);
    vm.def_method(t, "throw", await_iter_throw);
    vm.def_method(t, "__next__", await_iter_next);
    vm.def_method(t, "__iter__", await_iter_iter);
  }
  PyType* a = vm.t_async_generator;
  vm.def_method(a, "__aiter__", agen_aiter);
  vm.def_method(a, "__anext__", agen_anext);
  vm.def_method(a, "asend", agen_asend);
  vm.def_method(a, "athrow", agen_athrow);
  vm.def_method(a, "aclose", agen_aclose);
  vm.getattr_hooks[a] = gen_attr;
  vm.def(*vm.builtins, "aiter", b_aiter);
  vm.def(*vm.builtins, "anext", b_anext);
}

}  // namespace ts::vm
