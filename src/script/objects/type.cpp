#include "script/objects/type.h"

#include "script/objects/exception_group.h"
#include "script/objects/getargs.h"
#include "script/objects/prepended_args.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"

namespace ts::vm {

bool type_call_plain(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out);

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

namespace {

// CPython's method cache (typeobject.c's type cache): the answer of
// lookup(type, name) for recent pairs, found or not, until any type's dict
// changes (Dict::type_epoch). Attribute reads, method calls, instantiation
// and attribute stores each look up along an MRO; with this they cost one
// probe. The entry holds the name, so a pointer compare is a name compare.
struct LookupCache {
  struct Entry {
    const PyType* type = nullptr;
    Ref<Str> name;
    uint64_t epoch = 0;
    Value* found = nullptr;
  };
  static constexpr size_t kSize = 2048;
  Entry entries[kSize];
};

LookupCache& lookup_cache() {
  static LookupCache* c = new LookupCache();  // never freed: lookups may run in static destructors
  return *c;
}

}  // namespace

Value* PyType::lookup(const Str& attr) {
  LookupCache::Entry& e =
      lookup_cache().entries[(uintptr_t(this) >> 4 ^ attr.hash()) & (LookupCache::kSize - 1)];
  if (e.epoch == Dict::type_epoch && e.type == this && e.name.get() == &attr) return e.found;
  const uint64_t epoch = Dict::type_epoch;  // a user __eq__ met on the way may change a dict
  Value* found = nullptr;
  for (PyType* t : mro) {
    t->dict->watched = true;
    if (!found) found = t->dict->find_str(attr);
  }
  e.type = this;
  e.name = Ref<Str>(const_cast<Str*>(&attr));
  e.epoch = epoch;
  e.found = found;
  return found;
}

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
    case Value::None:
    case Value::Unset: return t_none;
    case Value::Bool: return t_bool;
    case Value::Int: return t_int;
    case Value::Float: return t_float;
    case Value::Object: break;
  }
  Obj* o = v.o;
  switch ((Kind)o->kind) {
    case Kind::Str: return static_cast<Str*>(o)->cls ? static_cast<Str*>(o)->cls : t_str;
    case Kind::Long: return static_cast<Long*>(o)->cls ? static_cast<Long*>(o)->cls : t_int;
    case Kind::Tuple: return static_cast<Tuple*>(o)->cls ? static_cast<Tuple*>(o)->cls : t_tuple;
    case Kind::List: return t_list;
    case Kind::Dict: return t_dict;
    case Kind::Set: return static_cast<Set*>(o)->frozen ? t_frozenset : t_set;
    case Kind::Range: return t_range;
    case Kind::Slice: return t_slice;
    case Kind::Ellipsis: return t_ellipsis;
    case Kind::NotImplemented: return t_notimplemented;
    case Kind::Function: return t_function;
    case Kind::BoundMethod: return t_method;
    case Kind::NativeFn: return t_builtin;
    case Kind::Type: return static_cast<PyType*>(o)->meta ? static_cast<PyType*>(o)->meta : t_type;
    case Kind::Module: return t_module;
    case Kind::Cell: return t_cell;
    case Kind::Coroutine: return t_coroutine;
    case Kind::Generator: return t_generator;
    case Kind::AsyncGenerator: return t_async_generator;
    case Kind::AsyncGenOp:
      return static_cast<PyAsyncGenOp*>(o)->what == PyAsyncGenOp::Send ? t_async_gen_asend : t_async_gen_athrow;
    case Kind::Iterator: break;  // by its type_name(): the few with a Python type have one
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
  PyType* t = it != native_types.end() ? it->second : o->kind == uint32_t(Kind::Iterator) ? t_iterator : t_native;
  native_type_cache.emplace(tn, t);
  return t;
}

// ---- attributes -------------------------------------------------------------------

bool type_getattr(VM& vm, const Value& obj, PyType* ty, const std::string& n, Value& out, bool& found) {
  found = true;
  if (Value* v = ty->lookup(n)) {
    if (auto* sm = as<StaticMethod>(*v)) { out = sm->func; return true; }
    if (auto* cm = as<ClassMethod>(*v)) { out = bind_method(cm->func, obj); return true; }
    bool data;
    if (PyType* dt = user_descriptor(*v, data)) return descriptor_get(vm, dt, *v, Value(), obj, out);
    out = *v;
    return true;
  }
  // a metaclass's attributes: methods bind to the class, properties read it
  if (Value* v = (ty->meta ? ty->meta : vm.t_type)->lookup(n)) {
      if (auto* p = as<Property>(*v)) return vm.call(p->fget, &obj, 1, nullptr, out);
      if (auto* sm = as<StaticMethod>(*v)) out = sm->func;
      else if (auto* cm = as<ClassMethod>(*v)) out = bind_method(cm->func, Value::object(ty->meta));
      else if (as<Function>(*v) || as<NativeFn>(*v)) out = bind_method(*v, obj);
      else out = *v;
      return true;
  }
  if (n == "__class__") { out = Value::object(vm.type_of(obj)); return true; }
  if (n == "__dict__") { out = Value::object(ty->dict); return true; }  // CPython's is a read-only proxy
  if (n == "__name__") { out = Value::object(ty->name); return true; }
  if (n == "__qualname__") { out = Value::object(ty->name); return true; }
  if (n == "__module__") { out = vm.make_str(ty->module); return true; }
  if (n == "__mro__") {
    std::vector<Value> m;
    for (PyType* x : ty->mro) m.push_back(Value::object(x));
    out = vm.make_tuple(std::move(m));
    return true;
  }
  if (n == "__bases__") {
    std::vector<Value> b;
    if (!ty->bases.empty()) for (PyType* x : ty->bases) b.push_back(Value::object(x));
    else if (ty->base) b.push_back(Value::object(ty->base));
    out = vm.make_tuple(std::move(b));
    return true;
  }
  found = false;
  return true;
}

bool type_setattr(VM& vm, PyType* t, const Str& name, const Value& v) {
  if (!t->user) return vm.raise(vm.TypeError, "cannot set '" + name.s + "' attribute of immutable type '" + t->name->s + "'");
  t->dict->set(Value::object(const_cast<Str*>(&name)), v);
  return true;
}

void type_repr(PyType* t, std::string& out) {
  if (t->module == "builtins") out = "<class '" + t->name->s + "'>";
  else out = "<class '" + t->module + "." + t->name->s + "'>";
}

bool super_getattr(VM& vm, SuperObj* s, const std::string& n, Value& out, bool& found) {
  // super(C, obj): obj's type's MRO; super(C, cls) in a classmethod: cls's own.
  PyType* st = vm.type_of(s->self);
  PyType* tt = as<PyType>(s->self);
  if (tt && tt->is_subtype(s->start)) st = tt;
  bool after = false;
  found = true;
  for (PyType* x : st->mro) {
    if (after) {
      if (Value* v = x->dict->find_str(n)) {
        if (as<Function>(*v) || as<NativeFn>(*v)) out = bind_method(*v, s->self);
        else if (auto* sm = as<StaticMethod>(*v)) out = sm->func;
        else if (auto* cm = as<ClassMethod>(*v)) out = bind_method(cm->func, Value::object(st));
        else if (auto* p = as<Property>(*v); p && st != tt) return vm.call(p->fget, &s->self, 1, nullptr, out);
        else out = *v;
        return true;
      }
    }
    if (x == s->start) after = true;
  }
  found = false;
  return true;
}

namespace {

// p.setter(fset): a copy of the property with a setter.
bool property_setter(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  if (nargs != 2) return vm.raise(vm.TypeError, "setter() takes exactly one argument");
  Ref<Property> p = make<Property>();
  p->fget = as<Property>(args[0])->fget;
  p->fset = args[1];
  out = Value::object(p);
  return true;
}

}  // namespace

void property_getattr(const Value& p, const std::string& n, Value& out, bool& found) {
  found = n == "setter";
  if (!found) return;
  Ref<NativeFn> f = make<NativeFn>();
  f->name = "setter";
  f->bound = true;
  f->self = p;
  f->fn = property_setter;
  out = Value::object(f);
}

// ---- the builtins that make classes and descriptors ------------------------------------

namespace {

// object.__init__: as CPython's object_init, extra arguments are an error
// only when the type overrides __init__ or keeps object's __new__.
bool object_init(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs < 1) return vm.raise(vm.TypeError, "descriptor '__init__' of 'object' object needs an argument");
  if (nargs > 1 || (kwargs && kwargs->live)) {
    PyType* t = vm.type_of(args[0]);
    Value* init = t->lookup("__init__");
    bool own_init = t->instance_kind == Kind::Native ||  // core objects: CPython's have their own __init__
                    (init && !(as<NativeFn>(*init) && as<NativeFn>(*init)->fn == object_init));
    if (own_init)
      return vm.raise(vm.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (t->user || t == vm.t_object) return vm.raise(vm.TypeError, t->name->s + "() takes no arguments");
  }
  out = Value();
  return true;
}

// super() in a method (the class it was defined in, and its first
// argument) or super(type, obj).
bool super_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
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
    // self may live in a cell (when an inner function captures it)
    if (!f->code->cellvars.empty() && f->code->cell_param.size() && f->code->cell_param[0] == 0)
      s->self = f->cells[0]->empty ? Value::unset() : f->cells[0]->v;
    else
      s->self = f->locals[0];
    if (s->self.is_unset()) return vm.raise(vm.RuntimeError, "super(): arg[0] deleted");
  } else {
    return vm.raise(vm.TypeError, "super() takes 0 or 2 arguments in Turnstile scenarios");
  }
  out = Value::object(s);
  return true;
}

bool property_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs > 4) return vm.raise(vm.TypeError, "property() takes at most 4 arguments (" + std::to_string(nargs) + " given)");
  if (nargs < 1) return vm.raise(vm.TypeError, "property() needs a getter in Turnstile scenarios");
  Ref<Property> p = make<Property>();
  p->fget = args[0];
  if (nargs > 1) p->fset = args[1];
  out = Value::object(p);
  return true;
}

bool staticmethod_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs != 1) return vm.raise(vm.TypeError, "staticmethod expected 1 argument");
  Ref<StaticMethod> p = make<StaticMethod>();
  p->func = args[0];
  out = Value::object(p);
  return true;
}

bool classmethod_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs != 1) return vm.raise(vm.TypeError, "classmethod expected 1 argument");
  Ref<ClassMethod> p = make<ClassMethod>();
  p->func = args[0];
  out = Value::object(p);
  return true;
}

// ---- calling a type ----------------------------------------------------------------------

// A class's own __new__ (a user function), if it has one.
Value* user_new(PyType* t) {
  static Ref<Str> name = make<Str>("__new__");  // its hash computed once
  Value* nw = t->lookup(*name);
  if (!nw) return nullptr;
  StaticMethod* sm = as<StaticMethod>(*nw);
  return sm && as<Function>(sm->func) ? &sm->func : nullptr;
}

// Instantiates a user class, an exception class or a metaclass: __new__
// (the class's own, type's for a metaclass, else a fresh instance), then
// __init__ when __new__ gave an instance of the class.
bool build_instance(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out) {
  Value self;
  Value* own_new = user_new(t);
  PrependedArgs with_cls(Value::object(t), args, nargs);  // [cls, args...]
  Value* a = with_cls.data();
  const int na = with_cls.size();
  if (own_new) {
    if (!vm.call(*own_new, a, na, kwargs, self)) return false;
    if (!vm.type_of(self)->is_subtype(t)) {
      out = std::move(self);
      return true;
    }
  } else if (t->instance_kind == Kind::Type) {
    if (!vm.call(as<StaticMethod>(*vm.t_type->dict->find_str("__new__"))->func, a, na, kwargs, self))
      return false;
  } else if (t->is_subtype(vm.BaseExceptionGroup)) {
    if (kwargs && kwargs->live) return vm.raise(vm.TypeError, t->name->s + "() takes no keyword arguments");
    return exception_group_new(vm, t, args, nargs, out);
  } else if (t->is_exception) {
    self = vm.new_exception_args(t, std::vector<Value>(args, args + nargs));
  } else if (t->instance_kind == Kind::Tuple) {
    if (kwargs && kwargs->live) return vm.raise(vm.TypeError, "tuple() takes no keyword arguments");
    if (!tuple_new_of(vm, t, args, nargs, self)) return false;
  } else if (t->instance_kind == Kind::Str) {
    if (!str_new_of(vm, t, args, nargs, kwargs, self)) return false;
  } else if (t->instance_kind == Kind::Long) {
    if (!int_new_of(vm, t, args, nargs, kwargs, self)) return false;
  } else {
    Ref<Instance> inst = make<Instance>(t);
    inst->dict = make<Dict>();
    self = Value::object(inst);
  }
  static Ref<Str> init_name = make<Str>("__init__");
  Value* init = t->lookup(*init_name);
  if (init) {
    a[0] = self;
    Value r;
    if (as<NativeFn>(*init) && as<NativeFn>(*init)->fn == object_init) {
      // a tuple, str or int subclass's arguments went to its base's __new__
      if (!own_new && t->instance_kind == Kind::Instance && (nargs > 0 || (kwargs && kwargs->live)))
        return vm.raise(vm.TypeError, t->name->s + "() takes no arguments");
    } else {
      if (!vm.call(*init, a, na, kwargs, r)) return false;
      if (!r.is_none())
        return vm.raise(vm.TypeError, "__init__() should return None, not '" + vm.type_name(r) + "'");
    }
  }
  out = std::move(self);
  return true;
}

// object.__new__(cls): a bare instance. Extra arguments are an error when the
// class overrides __new__ or keeps object's __init__ (CPython's object_new).
bool object_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs < 1) return vm.raise(vm.TypeError, "object.__new__(): not enough arguments");
  PyType* t = as<PyType>(args[0]);
  if (!t) return vm.raise(vm.TypeError, "object.__new__(X): X is not a type object (" + vm.type_name(args[0]) + ")");
  if (nargs > 1 || (kwargs && kwargs->live)) {
    if (user_new(t)) return vm.raise(vm.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    Value* init = t->lookup("__init__");
    if (init && as<NativeFn>(*init) && as<NativeFn>(*init)->fn == object_init)
      return vm.raise(vm.TypeError, t->name->s + "() takes no arguments");
  }
  if (t->is_exception) {
    out = vm.new_exception_args(t, std::vector<Value>(args + 1, args + nargs));
    return true;
  }
  if (t->instance_kind != Kind::Instance || !(t->user || t == vm.t_object))
    return vm.raise(vm.TypeError, "object.__new__(" + t->name->s + ") is not safe, use " + t->name->s + ".__new__()");
  Ref<Instance> inst = make<Instance>(t);
  inst->dict = make<Dict>();
  out = Value::object(inst);
  return true;
}

// type(x), or type(name, bases, dict): a new class.
bool type_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  if (nargs == 1 && !(kwargs && kwargs->live)) {
    out = Value::object(vm.type_of(args[0]));
    return true;
  }
  if (nargs == 3) {
    std::vector<Value> a{Value::object(vm.t_type), args[0], args[1], args[2]};
    return vm.call(as<StaticMethod>(*vm.t_type->dict->find_str("__new__"))->func, a.data(), 4, kwargs, out);
  }
  return vm.raise(vm.TypeError, "type() takes 1 or 3 arguments");
}

bool call_builtin_type(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out) {
  if (t == vm.t_int) return int_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_float) return float_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_str) return str_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_bool) return bool_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_list) return list_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_tuple) return tuple_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_set || t == vm.t_frozenset) return set_new(vm, t == vm.t_frozenset, args, nargs, kwargs, out);
  if (t == vm.t_dict) return dict_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_range) return range_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_slice) return slice_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_type) return type_new(vm, args, nargs, kwargs, out);
  if (t == vm.t_object) {
    if (nargs || (kwargs && kwargs->live)) return vm.raise(vm.TypeError, "object() takes no arguments");
    out = Value::object(new Instance(vm.t_object));
    return true;
  }
  return vm.raise(vm.TypeError, "cannot create '" + t->name->s + "' instances");
}

// C.mro(): the linearization as a list.
bool type_mro(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  PyType* t = nargs == 1 ? as<PyType>(args[0]) : nullptr;
  if (!t) return vm.raise(vm.TypeError, "mro() takes no arguments");
  std::vector<Value> m;
  for (PyType* x : t->mro) m.push_back(Value::object(x));
  out = vm.make_list(std::move(m));
  return true;
}

// type.__call__(cls, *args): instantiation without the metaclass's __call__ (for super().__call__).
bool type_call_native(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  PyType* t = nargs ? as<PyType>(args[0]) : nullptr;
  if (!t) return vm.raise(vm.TypeError, "descriptor '__call__' requires a 'type' object");
  return type_call_plain(vm, t, args + 1, nargs - 1, kwargs, out);
}

}  // namespace

bool type_call(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out) {
  // a metaclass's own __call__ decides (enum's Color(1) looks the member up)
  if (t->meta)
    if (Value* c = t->meta->lookup("__call__"); c && as<Function>(*c)) {
      std::vector<Value> a;
      a.reserve(size_t(nargs) + 1);
      a.push_back(Value::object(t));
      a.insert(a.end(), args, args + nargs);
      return vm.call(*c, a.data(), int(a.size()), kwargs, out);
    }
  return type_call_plain(vm, t, args, nargs, kwargs, out);
}

bool type_call_plain(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out) {
  // a native type's own constructor (asyncio.Semaphore, ...): __new__(cls, *args)
  if (!t->user && !t->is_exception)
    if (Value* nw = t->dict->find_str("__new__"))
      if (NativeFn* nf = as<NativeFn>(*nw)) {
        std::vector<Value> a;
        a.reserve(size_t(nargs) + 1);
        a.push_back(Value::object(t));
        a.insert(a.end(), args, args + nargs);
        return nf->fn(vm, a.data(), int(a.size()), kwargs, out, nf->data);
      }
  if (t->user || t->is_exception) return build_instance(vm, t, args, nargs, kwargs, out);
  return call_builtin_type(vm, t, args, nargs, kwargs, out);
}

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
  t_ellipsis = new_type("ellipsis", t_object, Kind::Ellipsis);
  t_notimplemented = new_type("NotImplementedType", t_object, Kind::NotImplemented);
  t_function = new_type("function", t_object, Kind::Function);
  t_method = new_type("method", t_object, Kind::BoundMethod);
  t_builtin = new_type("builtin_function_or_method", t_object, Kind::NativeFn);
  t_module = new_type("module", t_object, Kind::Module);
  t_cell = new_type("cell", t_object, Kind::Cell);
  t_coroutine = new_type("coroutine", t_object, Kind::Coroutine);
  t_generator = new_type("generator", t_object, Kind::Generator);
  t_async_generator = new_type("async_generator", t_object, Kind::AsyncGenerator);
  t_async_gen_asend = new_type("async_generator_asend", t_object, Kind::AsyncGenOp);
  t_async_gen_athrow = new_type("async_generator_athrow", t_object, Kind::AsyncGenOp);
  t_iterator = new_type("iterator", t_object, Kind::Iterator);
  t_code = new_type("code", t_object, Kind::Code);
  t_native = new_type("object", t_object, Kind::Native);
  // so that type(p).__name__ is 'property' (enum tells descriptors from members by their type)
  for (auto [n, k] : {std::pair{"property", Kind::Property}, {"staticmethod", Kind::StaticMethod},
                      {"classmethod", Kind::ClassMethod}, {"super", Kind::Super}})
    native_types[n] = new_type(n, t_object, k);
  setup_dict_views(*this);
  def_method(t_object, "__init__", object_init);
  for (PyType* t : {t_object, t_int, t_bool, t_float, t_str, t_tuple, t_list, t_dict, t_set, t_frozenset, t_range,
                    t_slice, t_type})
    builtins->set(Value::object(t->name), Value::object(t));
  def_static(*this, t_object, "__new__", object_new);
  def_method(t_type, "__call__", type_call_native);
  def_method(t_type, "mro", type_mro);
  setup_class_new(*this);
  def(*builtins, "super", super_new);
  def(*builtins, "property", property_new);
  def(*builtins, "staticmethod", staticmethod_new);
  def(*builtins, "classmethod", classmethod_new);
}

}  // namespace ts::vm
