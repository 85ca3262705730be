// Type objects, the exception hierarchy, classes and instances, super(),
// and the ErrorModel that lets the core raise real Python exceptions.
#include "script/pylib/format.h"
#include "script/pylib/utf8.h"
#include "script/vm/vm.h"

namespace ts::vm {

// ---- object basics ----------------------------------------------------------------

Str::Str(std::string v) : s(std::move(v)) {
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
}

size_t Str::length() const { return ascii ? s.size() : py::utf8::length(s); }

uint64_t Str::hash() const {
  if (!hashed) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    hash_ = h;
    hashed = true;
  }
  return hash_;
}

int64_t Range::length() const {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
  return 0;
}

Instance::Instance(PyType* c) : cls(c) {}

bool PyType::is_subtype(const PyType* other) const {
  for (PyType* t : mro)
    if (t == other) return true;
  return false;
}

Value* PyType::lookup(std::string_view attr) {
  for (PyType* t : mro)
    if (Value* v = t->dict->find_str(attr)) return v;
  return nullptr;
}

// ---- types --------------------------------------------------------------------------

PyType* VM::new_type(const std::string& name, PyType* base, Kind kind, const std::string& module) {
  Ref<PyType> t = make<PyType>();
  t->name = make<Str>(name);
  t->module = module;
  t->base = base;
  t->dict = make<Dict>();
  t->instance_kind = kind;
  t->mro.push_back(t.get());
  if (base) {
    for (PyType* b : base->mro) t->mro.push_back(b);
    t->is_exception = base->is_exception;
  }
  all_types.push_back(t);
  return t.get();
}

PyType* VM::type_of(const Value& v) {
  switch (v.tag) {
    case Value::None: return t_none;
    case Value::Bool: return t_bool;
    case Value::Int: return t_int;
    case Value::Float: return t_float;
    case Value::Object: break;
  }
  Obj* o = v.o;
  switch ((Kind)o->kind) {
    case Kind::Str: return t_str;
    case Kind::Long: return t_int;
    case Kind::Tuple: return t_tuple;
    case Kind::List: return t_list;
    case Kind::Dict: return t_dict;
    case Kind::Set: return static_cast<Set*>(o)->frozen ? t_frozenset : t_set;
    case Kind::Range: return t_range;
    case Kind::Slice: return t_slice;
    case Kind::Function: return t_function;
    case Kind::BoundMethod: return t_method;
    case Kind::NativeFn: return t_builtin;
    case Kind::Type: return t_type;
    case Kind::Module: return t_module;
    case Kind::Cell: return t_cell;
    case Kind::Coroutine: return t_coroutine;
    case Kind::Iterator: return t_iterator;
    case Kind::Instance:
    case Kind::Exception: return static_cast<Instance*>(o)->cls;
    case Kind::Code:
    case Kind::Frame: return t_code;
    default: break;
  }
  const char* tn = o->type_name();
  auto c = native_type_cache.find(tn);
  if (c != native_type_cache.end()) return c->second;
  auto it = native_types.find(tn);
  PyType* t = it != native_types.end() ? it->second : t_native;
  native_type_cache.emplace(tn, t);
  return t;
}

NativeFn* VM::def(Dict& where, const std::string& name, NativeFnPtr fn, void* data) {
  Ref<NativeFn> f = make<NativeFn>();
  f->name = name;
  f->fn = fn;
  f->data = data;
  where.set(make_str(name), Value::object(f));
  return f.get();
}

Module* VM::new_module(const std::string& name) {
  Ref<Module> m = make<Module>();
  m->name = name;
  m->dict = make<Dict>();
  m->dict->set(make_str("__name__"), make_str(name));
  modules[name] = m;
  return m.get();
}

Value VM::intern(std::string_view s) { return make_str(std::string(s)); }

// ---- exceptions ------------------------------------------------------------------------

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

bool VM::fail_budget(const std::string& msg) {
  fatal = true;
  fatal_message = msg;
  fatal_line = current_line();
  error = new_exception(RuntimeError, msg);
  return false;
}

bool VM::count_output(size_t n) {
  output_bytes += n;
  if (output_bytes > limits.max_output)
    return fail_budget("output budget exceeded (" + std::to_string(limits.max_output) + " bytes)");
  return true;
}

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

std::string VM::format_traceback(const Value& exc) {
  std::string out;
  Exception* e = as<Exception>(exc);
  if (e && !e->cause.is_none()) {
    out += format_traceback(e->cause);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e && !e->context.is_none() && !e->suppress_context) {
    out += format_traceback(e->context);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  out += "Traceback (most recent call last):\n";
  if (e) {
    for (size_t i = e->tb.size(); i-- > 0;) {
      const TraceEntry& t = e->tb[i];
      out += "  File \"" + std::string("<scenario>") + "\", line " + std::to_string(t.line) + ", in " + t.func + "\n";
    }
  }
  out += format_exception_only(exc) + "\n";
  return out;
}

namespace {

bool exc_init(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (kwargs && kwargs->live) return vm.raise(vm.TypeError, vm.type_name(args[0]) + "() takes no keyword arguments");
  Exception* e = as<Exception>(args[0]);
  if (!e) return vm.raise(vm.TypeError, "descriptor '__init__' requires a 'BaseException' object");
  e->args = make<Tuple>(std::vector<Value>(args + 1, args + nargs));
  out = Value();
  return true;
}

bool object_init(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)args;
  if (nargs > 1 || (kwargs && kwargs->live)) return vm.raise(vm.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  out = Value();
  return true;
}

bool type_call(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  // type(x)
  (void)kwargs;
  if (nargs == 1) {
    out = Value::object(vm.type_of(args[0]));
    return true;
  }
  return vm.raise(vm.TypeError, "type() takes 1 argument (dynamic class creation is not supported)");
}

// __build_class__(body, name, *bases)
bool build_class(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  Function* body = as<Function>(args[0]);
  Str* name = as<Str>(args[1]);
  PyType* base = vm.t_object;
  if (nargs > 3) {
    int real = 0;
    for (int i = 2; i < nargs; i++)
      if (as<PyType>(args[i]) != vm.t_object) real++;
    if (real > 1) return vm.raise(vm.TypeError, "multiple inheritance is not supported in Turnstile scenarios");
  }
  for (int i = 2; i < nargs; i++) {
    PyType* b = as<PyType>(args[i]);
    if (!b) return vm.raise(vm.TypeError, "bases must be types");
    if (b == vm.t_object) continue;
    if (!b->user && !b->is_exception)
      return vm.raise(vm.TypeError, "subclassing '" + b->name->s + "' is not supported in Turnstile scenarios");
    base = b;
  }
  Ref<Dict> ns = make<Dict>();
  Ref<Frame> f;
  if (!vm.make_frame(body, nullptr, 0, nullptr, nullptr, nullptr, f)) return false;
  f->locals_dict = ns;
  std::vector<Ref<Frame>> chain{f};
  Step s = vm.run(chain, Resume::Send, Value());
  if (s.kind == Step::Raise) return vm.raise_value(s.value);
  PyType* t = vm.new_type(name->s, base, base->is_exception ? Kind::Exception : Kind::Instance, "__main__");
  t->user = true;
  for (auto& e : ns->entries) {
    if (!e.live) continue;
    t->dict->set(e.key, e.value);
    Function* fn = as<Function>(e.value);
    if (!fn) {
      if (auto* sm = as<StaticMethod>(e.value)) fn = as<Function>(sm->func);
      else if (auto* cm = as<ClassMethod>(e.value)) fn = as<Function>(cm->func);
      else if (auto* p = as<Property>(e.value)) fn = as<Function>(p->fget);
    }
    if (fn && !fn->owner) fn->owner = t;
  }
  if (Value* m = ns->find_str("__module__")) t->module = as<Str>(*m) ? as<Str>(*m)->s : "__main__";
  out = Value::object(t);
  return true;
}

bool super_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  Ref<SuperObj> s = make<SuperObj>();
  if (nargs == 2) {
    s->start = as<PyType>(args[0]);
    s->self = args[1];
    if (!s->start) return vm.raise(vm.TypeError, "super() argument 1 must be a type");
  } else if (nargs == 0) {
    Frame* f = vm.frame_stack.empty() ? nullptr : vm.frame_stack.back();
    if (!f || !f->func || !f->func->owner || f->code->argcount < 1)
      return vm.raise(vm.RuntimeError, "super(): no arguments");
    s->start = f->func->owner;
    if (!f->code->cellvars.empty() && f->code->cell_param.size() && f->code->cell_param[0] == 0)
      s->self = f->cells[0]->v;
    else
      s->self = f->locals[0];
  } else {
    return vm.raise(vm.TypeError, "super() takes 0 or 2 arguments in Turnstile scenarios");
  }
  out = Value::object(s);
  return true;
}

bool property_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  if (nargs < 1) return vm.raise(vm.TypeError, "property() needs a getter in Turnstile scenarios");
  Ref<Property> p = make<Property>();
  p->fget = args[0];
  if (nargs > 1) p->fset = args[1];
  out = Value::object(p);
  return true;
}

bool property_setter(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  if (nargs != 2) return vm.raise(vm.TypeError, "setter() takes exactly one argument");
  Property* old = as<Property>(args[0]);
  Ref<Property> p = make<Property>();
  p->fget = old->fget;
  p->fset = args[1];
  out = Value::object(p);
  return true;
}

bool staticmethod_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  if (nargs != 1) return vm.raise(vm.TypeError, "staticmethod expected 1 argument");
  Ref<StaticMethod> p = make<StaticMethod>();
  p->func = args[0];
  out = Value::object(p);
  return true;
}

bool classmethod_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  (void)kwargs;
  if (nargs != 1) return vm.raise(vm.TypeError, "classmethod expected 1 argument");
  Ref<ClassMethod> p = make<ClassMethod>();
  p->func = args[0];
  out = Value::object(p);
  return true;
}

}  // namespace

// Instantiates a user class or an exception class.
bool build_instance(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out) {
  Value self;
  if (t->is_exception) {
    self = vm.new_exception_args(t, std::vector<Value>(args, args + nargs));
  } else {
    Ref<Instance> inst = make<Instance>(t);
    inst->dict = make<Dict>();
    self = Value::object(inst);
  }
  Value* init = t->lookup("__init__");
  if (init) {
    std::vector<Value> a;
    a.reserve(nargs + 1);
    a.push_back(self);
    for (int i = 0; i < nargs; i++) a.push_back(args[i]);
    Value r;
    if (as<NativeFn>(*init) && as<NativeFn>(*init)->fn == object_init) {
      if (nargs > 0 || (kwargs && kwargs->live))
        return vm.raise(vm.TypeError, t->name->s + "() takes no arguments");
    } else {
      if (!vm.call(*init, a.data(), (int)a.size(), kwargs, r)) return false;
      if (!r.is_none())
        return vm.raise(vm.TypeError, "__init__() should return None, not '" + vm.type_name(r) + "'");
    }
  }
  out = std::move(self);
  return true;
}

namespace {

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
};

}  // namespace

ErrorModel* make_error_model(VM& vm) { return new VMErrors(vm); }

void VM::setup_types() {
  t_type = nullptr;
  t_object = new_type("object", nullptr, Kind::Instance);
  t_type = new_type("type", t_object, Kind::Type);
  t_none = new_type("NoneType", t_object, Kind::NoneT);
  t_int = new_type("int", t_object, Kind::Int);
  t_bool = new_type("bool", t_int, Kind::Bool);
  t_float = new_type("float", t_object, Kind::Float);
  t_str = new_type("str", t_object, Kind::Str);
  t_tuple = new_type("tuple", t_object, Kind::Tuple);
  t_list = new_type("list", t_object, Kind::List);
  t_dict = new_type("dict", t_object, Kind::Dict);
  t_set = new_type("set", t_object, Kind::Set);
  t_frozenset = new_type("frozenset", t_object, Kind::FrozenSet);
  t_range = new_type("range", t_object, Kind::Range);
  t_slice = new_type("slice", t_object, Kind::Slice);
  t_function = new_type("function", t_object, Kind::Function);
  t_method = new_type("method", t_object, Kind::BoundMethod);
  t_builtin = new_type("builtin_function_or_method", t_object, Kind::NativeFn);
  t_module = new_type("module", t_object, Kind::Module);
  t_cell = new_type("cell", t_object, Kind::Cell);
  t_coroutine = new_type("coroutine", t_object, Kind::Coroutine);
  t_iterator = new_type("iterator", t_object, Kind::Iterator);
  t_code = new_type("code", t_object, Kind::Code);
  t_native = new_type("object", t_object, Kind::Native);
  def_method(t_object, "__init__", object_init);
  auto reg = [&](PyType* t) { builtins->set(Value::object(t->name), Value::object(t)); };
  for (PyType* t : {t_object, t_int, t_bool, t_float, t_str, t_tuple, t_list, t_dict, t_set, t_frozenset, t_range,
                    t_slice})
    reg(t);
  builtins->set(make_str("type"), Value::object(t_type));
  (void)type_call;
  def(*builtins, "__build_class__", build_class);
  def(*builtins, "super", super_new);
  NativeFn* prop = def(*builtins, "property", property_new);
  (void)prop;
  def(*builtins, "staticmethod", staticmethod_new);
  def(*builtins, "classmethod", classmethod_new);
  builtins->set(make_str("__property_setter__"), Value());
  (void)property_setter;
}

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
  builtins->set(make_str("ConnectionError"), Value::object(ex("ConnectionError", OSError)));
  builtins->set(make_str("EnvironmentError"), Value::object(OSError));
  builtins->set(make_str("IOError"), Value::object(OSError));
  CancelledError = ex("CancelledError", BaseException, "asyncio.exceptions");
  InvalidStateError = ex("InvalidStateError", Exception_, "asyncio.exceptions");
  QueueEmpty = ex("QueueEmpty", Exception_, "asyncio.queues");
  QueueFull = ex("QueueFull", Exception_, "asyncio.queues");
}

VM::VM(Loop& l, Limits lim) : loop(l), limits(lim) {
  builtins = make<Dict>();
  main_globals = make<Dict>();
  setup_types();
  setup_exceptions();
  main_globals->set(make_str("__name__"), make_str("__main__"));
  main_globals->set(make_str("__builtins__"), Value::object(builtins));
  builtins->set(make_str("None"), Value());
  builtins->set(make_str("Ellipsis"), make_str("Ellipsis"));
  errors_ = make_error_model(*this);
  loop.set_errors(errors_);
  LoopLimits ll = loop.limits();
  ll.max_live_tasks = limits.max_tasks;
  loop.set_limits(ll);
  install_builtins(*this);
  install_type_methods(*this);
  install_asyncio(*this);
  install_time(*this);
  install_random(*this);
  install_misc_modules(*this);
}

VM::~VM() {
  loop.set_errors(nullptr);
  // Break reference cycles through type dicts and module dicts.
  error = Value();
  for (auto& m : modules) m.second->dict->clear();
  modules.clear();
  main_globals->clear();
  for (auto& t : all_types) t->dict->clear();
  builtins->clear();
  delete errors_;
  if (rng_free) rng_free(rng);
}

}  // namespace ts::vm
