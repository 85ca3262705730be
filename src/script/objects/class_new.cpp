// Class creation, as CPython's __build_class__ (Python/bltinmodule.c) and
// type_new (Objects/typeobject.c) do it:
// * the metaclass is the explicit `metaclass=` or `type`, replaced by a
//   base's metaclass when that one is more derived ("metaclass conflict" when
//   neither derives from the other); a metaclass other than type is called
//   as meta(name, bases, ns, **kwargs), so its __new__/__init__ run;
// * the MRO is the C3 linearization of the bases' MROs and the bases;
// * in the namespace, a plain function __init_subclass__ or
//   __class_getitem__ becomes a classmethod and __new__ a staticmethod;
// * once the class exists, each attribute whose type has __set_name__ gets
//   __set_name__(cls, name), then the parent's __init_subclass__(**kwargs)
//   runs (object's takes no keywords).
// There is no __prepare__: the body's namespace is always a dict.
#include "script/objects/exception_group.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"

namespace ts::vm {

namespace {

// C3: repeatedly take the first head that is in no other sequence's tail.
bool c3_mro(VM& vm, PyType* t, const std::vector<PyType*>& bases) {
  std::vector<std::vector<PyType*>> seqs;
  for (PyType* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  t->mro = {t};
  auto in_a_tail = [&](PyType* x) {
    for (auto& s : seqs)
      for (size_t i = 1; i < s.size(); i++)
        if (s[i] == x) return true;
    return false;
  };
  for (;;) {
    PyType* pick = nullptr;
    bool left = false;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      left = true;
      if (!in_a_tail(s[0])) {
        pick = s[0];
        break;
      }
    }
    if (!left) return true;
    if (!pick) {
      // CPython names the remaining heads, each once, in order.
      std::string names;
      std::vector<PyType*> shown;
      for (auto& s : seqs) {
        if (s.empty() || std::find(shown.begin(), shown.end(), s[0]) != shown.end()) continue;
        shown.push_back(s[0]);
        names += (names.empty() ? "" : ", ") + s[0]->name->s;
      }
      return vm.raise(vm.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    t->mro.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == pick) s.erase(s.begin());
  }
}

Value wrap_implicit(const std::string& key, const Value& v) {
  if (!as<Function>(v)) return v;
  if (key == "__init_subclass__" || key == "__class_getitem__") {
    Ref<ClassMethod> cm = make<ClassMethod>();
    cm->func = v;
    return Value::object(cm);
  }
  if (key == "__new__") {
    Ref<StaticMethod> sm = make<StaticMethod>();
    sm->func = v;
    return Value::object(sm);
  }
  return v;
}

// After the class exists: __set_name__ on the attributes, then the parent's __init_subclass__.
bool finish_class(VM& vm, PyType* t, Dict* kwargs) {
  std::vector<std::pair<Value, Value>> attrs;
  for (auto& e : t->dict->entries)
    if (e.live) attrs.push_back({e.key, e.value});
  for (auto& [key, value] : attrs) {
    Value m;
    if (!user_dunder(value, "__set_name__", m)) continue;
    Value args[2] = {Value::object(t), key};
    Value r;
    if (!call_dunder(vm, m, value, args, 2, r)) {
      if (vm.fatal) return false;
      // 3.11 wraps the error: RuntimeError from it, naming the attribute
      std::string name;
      if (!vm.repr(key, name)) return false;
      Value cause = vm.error;
      Value wrapped = vm.new_exception(vm.RuntimeError, "Error calling __set_name__ on '" + vm.type_name(value) +
                                                            "' instance " + name + " in '" + t->name->s + "'");
      if (Exception* e = as<Exception>(wrapped)) e->cause = cause, e->context = cause, e->suppress_context = true;
      return vm.raise_value(wrapped);
    }
  }
  for (size_t i = 1; i < t->mro.size(); i++) {
    Value* v = t->mro[i]->dict->find_str("__init_subclass__");
    if (!v) continue;
    ClassMethod* cm = as<ClassMethod>(*v);
    Value cls = Value::object(t);
    Value r;
    return cm ? vm.call(cm->func, &cls, 1, kwargs, r) : vm.call(*v, &cls, 1, kwargs, r);
  }
  return true;
}

// object.__init_subclass__: takes no keywords.
bool object_init_subclass(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (kwargs && kwargs->live) {
    PyType* t = nargs ? as<PyType>(args[0]) : nullptr;
    return vm.raise(vm.TypeError, (t ? t->name->s : std::string("object")) +
                                      ".__init_subclass__() takes no keyword arguments");
  }
  out = Value();
  return true;
}

// object.__setattr__(obj, name, value): the store without the class's __setattr__.
bool object_setattr(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs != 3) return vm.raise(vm.TypeError, "expected 3 arguments, got " + std::to_string(nargs));
  Str* name = as<Str>(args[1]);
  if (!name) return vm.raise(vm.TypeError, "attribute name must be string, not '" + vm.type_name(args[1]) + "'");
  out = Value();
  if (Instance* inst = as<Instance>(args[0])) return instance_store(vm, args[0], inst, *name, args[2]);
  return vm.setattr(args[0], *name, args[2]);
}

std::vector<PyType*> bases_of(VM& vm, const Value& v, bool& ok) {
  std::vector<PyType*> out;
  ok = false;
  Tuple* t = as<Tuple>(v);
  if (!t) {
    vm.raise(vm.TypeError, "type.__new__() argument 2 must be tuple, not " + vm.type_name(v));
    return out;
  }
  for (const Value& b : t->items) {
    PyType* bt = as<PyType>(b);
    if (!bt) {
      vm.raise(vm.TypeError, "bases must be types");
      return out;
    }
    out.push_back(bt);
  }
  ok = true;
  return out;
}

// type.__new__(meta, name, bases, ns, **kwargs), or type.__new__(meta, x): x's type.
bool type_new_native(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  PyType* meta = nargs ? as<PyType>(args[0]) : nullptr;
  if (!meta) return vm.raise(vm.TypeError, "type.__new__(X): X is not a type object");
  if (!meta->is_subtype(vm.t_type))
    return vm.raise(vm.TypeError, "type.__new__(" + meta->name->s + "): " + meta->name->s + " is not a subtype of type");
  if (nargs == 2) {
    out = Value::object(vm.type_of(args[1]));
    return true;
  }
  if (nargs != 4) return vm.raise(vm.TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(nargs - 1) + " given)");
  Str* name = as<Str>(args[1]);
  if (!name) return vm.raise(vm.TypeError, "type.__new__() argument 1 must be str, not " + vm.type_name(args[1]));
  bool ok;
  std::vector<PyType*> bases = bases_of(vm, args[2], ok);
  if (!ok) return false;
  Dict* ns = as<Dict>(args[3]);
  if (!ns) return vm.raise(vm.TypeError, "type.__new__() argument 3 must be dict, not " + vm.type_name(args[3]));
  return make_class(vm, meta, name, std::move(bases), ns, kwargs, out);
}

// type.__init__(cls, ...): the class is already made.
bool type_init_native(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs < 1 || !as<PyType>(args[0]))
    return vm.raise(vm.TypeError, "descriptor '__init__' requires a 'type' object but received a '" +
                                      (nargs ? vm.type_name(args[0]) : std::string("NoneType")) + "'");
  if (nargs != 2 && nargs != 4) return vm.raise(vm.TypeError, "type.__init__() takes 1 or 3 arguments");
  out = Value();
  return true;
}

// __build_class__(body, name, *bases, metaclass=None, **kwargs): runs the
// class body with a fresh namespace as its locals, then makes the class.
bool build_class(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs < 2) return vm.raise(vm.TypeError, "__build_class__: not enough arguments");
  Function* body = as<Function>(args[0]);
  Str* name = as<Str>(args[1]);
  if (!body) return vm.raise(vm.TypeError, "__build_class__: func must be a function");
  if (!name) return vm.raise(vm.TypeError, "__build_class__: name is not a string");
  std::vector<PyType*> bases;
  std::vector<Value> base_values;
  for (int i = 2; i < nargs; i++) {
    PyType* b = as<PyType>(args[i]);
    if (!b) return vm.raise(vm.TypeError, "bases must be types");
    bases.push_back(b);
    base_values.push_back(args[i]);
  }
  Ref<Dict> kw = make<Dict>();
  Value meta_value;
  if (kwargs)
    for (auto& e : kwargs->entries) {
      if (!e.live) continue;
      Str* k = as<Str>(e.key);
      if (k && k->s == "metaclass") meta_value = e.value;
      else kw->set(e.key, e.value);
    }
  PyType* meta = vm.t_type;
  if (!meta_value.is_none()) {
    meta = as<PyType>(meta_value);
    if (!meta) return vm.raise(vm.NotImplementedError, "a metaclass that is not a class is not available in Turnstile scenarios");
  }
  if (!calculate_meta(vm, meta, bases, meta)) return false;
  Ref<Dict> ns = make<Dict>();
  Value result;
  if (!vm.eval_function(vm, body, nullptr, 0, nullptr, ns.get(), result)) return false;
  if (meta == vm.t_type) return make_class(vm, meta, name, std::move(bases), ns.get(), kw.get(), out);
  Value margs[3] = {Value::object(name), vm.make_tuple(std::move(base_values)), Value::object(ns)};
  return vm.call(Value::object(meta), margs, 3, kw->live ? kw.get() : nullptr, out);
}

}  // namespace

bool calculate_meta(VM& vm, PyType* explicit_meta, const std::vector<PyType*>& bases, PyType*& out) {
  PyType* winner = explicit_meta;
  for (PyType* b : bases) {
    PyType* bm = b->meta ? b->meta : vm.t_type;
    if (winner->is_subtype(bm)) continue;
    if (bm->is_subtype(winner)) {
      winner = bm;
      continue;
    }
    return vm.raise(vm.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                  "subclass of the metaclasses of all its bases");
  }
  out = winner;
  return true;
}

bool make_class(VM& vm, PyType* meta, Str* name, std::vector<PyType*> bases, Dict* ns, Dict* kwargs, Value& out) {
  if (!calculate_meta(vm, meta, bases, meta)) return false;
  if (bases.empty()) bases.push_back(vm.t_object);
  Kind kind = Kind::Instance;
  PyType* base = bases[0];
  for (size_t i = 0; i < bases.size(); i++) {
    PyType* b = bases[i];
    for (size_t j = 0; j < i; j++)
      if (bases[j] == b) return vm.raise(vm.TypeError, "duplicate base class " + b->name->s);
    if (b == vm.t_bool) return vm.raise(vm.TypeError, "type 'bool' is not an acceptable base type");
    if (b != vm.t_object && b != vm.t_type && b != vm.t_tuple && b != vm.t_int && b != vm.t_str && !b->user &&
        !b->is_exception)
      return vm.raise(vm.TypeError, "subclassing '" + b->name->s + "' is not supported in Turnstile scenarios");
    Kind bk = b->is_subtype(vm.t_type)    ? Kind::Type
              : b->is_exception           ? Kind::Exception
              : b->is_subtype(vm.t_tuple) ? Kind::Tuple
              : b->is_subtype(vm.t_str)   ? Kind::Str
              : b->is_subtype(vm.t_int)   ? Kind::Long
                                          : Kind::Instance;
    if (bk == Kind::Instance) continue;
    if (kind != Kind::Instance && kind != bk)
      return vm.raise(vm.TypeError, "multiple bases have instance lay-out conflict");
    if (kind == Kind::Instance) base = b;
    kind = bk;
  }
  if (kind == Kind::Tuple)
    // Why: the VM reads a tuple subclass's items by the tuple fast paths, so
    // these overrides would be ignored; refused rather than silently wrong.
    for (const char* d : {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__len__",
                          "__iter__", "__getitem__", "__contains__", "__bool__", "__reversed__", "__getattr__", "__getattribute__", "__setattr__",
                          "__delattr__", "__format__"})
      if (ns->find_str(d))
        return vm.raise(vm.TypeError, std::string("a tuple subclass defining ") + d +
                                          " is not supported in Turnstile scenarios");
  if (kind == Kind::Str || kind == Kind::Long)
    // Why: the VM reads a str's text and an int's value by its fast paths
    // (len, indexing, iteration, attribute lookup), which would pass these
    // overrides by; refused rather than silently wrong. The operators,
    // comparisons, hash, repr/str/format and bool do call the class's own.
    for (const char* d : {"__len__", "__getitem__", "__iter__", "__contains__", "__reversed__", "__getattr__",
                          "__getattribute__", "__setattr__", "__delattr__"})
      if (ns->find_str(d))
        return vm.raise(vm.TypeError, std::string("a subclass of ") + (kind == Kind::Str ? "str" : "int") +
                                          " defining " + d + " is not supported in Turnstile scenarios");
  Ref<PyType> t = make<PyType>();
  t->name = make<Str>(name->s);
  t->module = "__main__";
  t->base = base;
  if (bases.size() > 1) t->bases = bases;
  t->dict = make<Dict>();
  t->instance_kind = kind;
  t->is_exception = kind == Kind::Exception;
  t->user = true;
  t->meta = meta == vm.t_type ? nullptr : meta;
  if (!c3_mro(vm, t.get(), bases)) return false;
  vm.all_types.push_back(t);
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (ns->find_str("__eq__") && !ns->find_str("__hash__")) t->dict->set(vm.make_str("__hash__"), Value::none());
  for (auto& e : ns->entries) {
    if (!e.live) continue;
    Str* key = as<Str>(e.key);
    Value v = key ? wrap_implicit(key->s, e.value) : e.value;
    t->dict->set(e.key, v);
    Function* fn = as<Function>(v);
    if (!fn) {
      if (auto* sm = as<StaticMethod>(v)) fn = as<Function>(sm->func);
      else if (auto* cm = as<ClassMethod>(v)) fn = as<Function>(cm->func);
      else if (auto* p = as<Property>(v)) fn = as<Function>(p->fget);
    }
    if (fn && !fn->owner) fn->owner = t.get();
  }
  if (Value* m = ns->find_str("__module__")) t->module = as<Str>(*m) ? as<Str>(*m)->s : "__main__";
  if (!finish_class(vm, t.get(), kwargs && kwargs->live ? kwargs : nullptr)) return false;
  out = Value::object(t);
  return true;
}

// tuple.__new__(cls, iterable=()), as a subclass's __new__ calls it (namedtuple).
static bool tuple_new_static(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  if (nargs < 1) return vm.raise(vm.TypeError, "tuple.__new__(): not enough arguments");
  PyType* cls = as<PyType>(args[0]);
  if (!cls) return vm.raise(vm.TypeError, "tuple.__new__(X): X is not a type object (" + vm.type_name(args[0]) + ")");
  if (kwargs && kwargs->live) return vm.raise(vm.TypeError, "tuple() takes no keyword arguments");
  return tuple_new_of(vm, cls, args + 1, nargs - 1, out);
}

void def_static(VM& vm, PyType* t, const char* name, NativeFnPtr fn) {
  NativeFn* f = vm.def_method(t, name, fn);
  Ref<StaticMethod> sm = make<StaticMethod>();
  sm->func = Value::object(f);
  t->dict->set(vm.make_str(name), Value::object(sm));
}

void setup_class_new(VM& vm) {
  vm.def(*vm.builtins, "__build_class__", build_class);
  def_static(vm, vm.t_type, "__new__", type_new_native);
  vm.def_method(vm.t_type, "__init__", type_init_native);
  def_static(vm, vm.t_tuple, "__new__", tuple_new_static);
  setup_builtin_subclasses(vm);  // str.__new__, int.__new__ (subclass.cpp)
  vm.def_method(vm.t_object, "__setattr__", object_setattr);
  NativeFn* f = vm.def_method(vm.t_object, "__init_subclass__", object_init_subclass);
  Ref<ClassMethod> cm = make<ClassMethod>();
  cm->func = Value::object(f);
  vm.t_object->dict->set(vm.make_str("__init_subclass__"), Value::object(cm));
}

}  // namespace ts::vm
