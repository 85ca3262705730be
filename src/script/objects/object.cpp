// The generic object protocol (CPython's Objects/object.c): attributes,
// truthiness, hashing, rich comparison, repr/str/format. Each type's own
// part lives in its file; this dispatches on the object's kind, then tries
// a user class's dunders.
#include <cmath>
#include <cstdio>

#include "script/code/operators.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"
#include "script/pylib/format.h"
#include "script/pylib/hash.h"
#include "script/pylib/num.h"

namespace ts::vm {

using code::CmpOp;

// ---- helpers shared by the per-type files ---------------------------------------------

uint64_t hash_value(const Value& v) {
  switch (v.tag) {
    case Value::None:
    case Value::Unset: return 0x5F3759DF;  // CPython 3.11 hashes None by address: any constant will do
    case Value::Bool: return v.b ? 1 : 0;
    case Value::Int: return (uint64_t)py::hash_int(v.i);
    case Value::Float: return (uint64_t)py::hash_double(v.f);
    case Value::Object: break;
  }
  switch ((Kind)v.o->kind) {
    case Kind::Str: return static_cast<Str*>(v.o)->hash();
    case Kind::Long: return static_cast<Long*>(v.o)->v.py_hash();
    case Kind::Tuple: {
      auto& items = static_cast<Tuple*>(v.o)->items;
      py::TupleHash h;
      for (auto& x : items) h.add((int64_t)hash_value(x));
      return (uint64_t)h.finish(items.size());
    }
    default: return (uint64_t)((uintptr_t)v.o >> 4) * 0x9E3779B97F4A7C15ull;
  }
}

bool small_number(const Value& v, double& d, int64_t& i, bool& is_int) {
  switch (v.tag) {
    case Value::Bool: i = v.b; is_int = true; return true;
    case Value::Int: i = v.i; is_int = true; return true;
    case Value::Float: d = v.f; is_int = false; return true;
    default: return false;
  }
}

bool basic_eq(const Value& a, const Value& b) {
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (small_number(a, da, ia, fa) && small_number(b, db, ib, fb)) {
    if (fa && fb) return ia == ib;
    if (!fa && !fb) return da == db;
    if (fa) return py::cmp_int_float(ia, db) == 0;
    return py::cmp_int_float(ib, da) == 0;
  }
  if (as<Long>(a) || as<Long>(b)) {
    py::BigInt x, y;
    if (VM::big_of(a, x) && VM::big_of(b, y)) return x == y;
    const Value& l = as<Long>(a) ? a : b;
    const Value& o = &l == &a ? b : a;
    if (o.tag == Value::Float) return static_cast<Long*>(l.o)->v.compare_double(o.f) == 0;
    return false;
  }
  if (a.tag != b.tag) return false;
  if (a.tag == Value::None) return true;
  if (a.tag != Value::Object) return false;
  if (a.o == b.o) return true;
  if (a.o->kind == Str::K && b.o->kind == Str::K) return static_cast<Str*>(a.o)->s == static_cast<Str*>(b.o)->s;
  if (a.o->kind == Tuple::K && b.o->kind == Tuple::K) {
    auto& x = static_cast<Tuple*>(a.o)->items;
    auto& y = static_cast<Tuple*>(b.o)->items;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); i++)
      if (!basic_eq(x[i], y[i])) return false;
    return true;
  }
  return false;
}

bool value_eq(VM& vm, const Value& a, const Value& b, bool& out) {
  if (a.same(b)) { out = true; return true; }
  return vm.eq(a, b, out);
}

std::string address_of(const void* p) {
  char buf[32];
  snprintf(buf, sizeof buf, "0x%012llx", (unsigned long long)(uintptr_t)p);
  return buf;
}

bool user_dunder(const Value& obj, const char* name, Value& meth) {
  PyType* cls;
  if (Instance* inst = as<Instance>(obj)) cls = inst->cls;
  else if (PyType* t = as<PyType>(obj)) cls = t->meta;  // a class's dunders come from its metaclass
  else if (Tuple* tu = as<Tuple>(obj)) cls = tu->cls;  // a tuple subclass's (class_new.cpp: which it may define)
  else if (!(cls = builtin_sub(obj))) return false;   // an int or str subclass's (subclass.h)
  if (!cls || !cls->user) return false;
  Value* v = cls->lookup(name);
  if (!v || !as<Function>(*v)) return false;
  meth = *v;
  return true;
}

bool call_dunder(VM& vm, const Value& meth, const Value& self, const Value* args, int n, Value& out) {
  Value a[4];
  a[0] = self;
  for (int i = 0; i < n; i++) a[i + 1] = args[i];
  return vm.call(meth, a, n + 1, nullptr, out);
}

bool repr_items(VM& vm, const Value& self, const std::vector<Value>& items, const char* open, const char* close,
                bool tuple, std::string& out) {
  out = open;
  vm.depth++;
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += ", ";
    std::string s;
    if (items[i].same(self)) s = tuple ? "(...)" : "[...]";
    else if (!vm.repr(items[i], s)) { vm.depth--; return false; }
    out += s;
  }
  vm.depth--;
  if (tuple && items.size() == 1) out += ",";
  out += close;
  return true;
}

// ---- attributes ------------------------------------------------------------------------

bool VM::getattr_opt(const Value& obj, const Str& name, Value& out, bool& found) {
  const std::string& n = name.s;
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::Instance:
      case Kind::Exception:
        if (!instance_getattr(*this, obj, static_cast<Instance*>(o), name, out, found)) return false;
        if (found) return true;
        break;
      case Kind::Type: return type_getattr(*this, obj, static_cast<PyType*>(o), n, out, found);
      case Kind::Module: module_getattr(static_cast<Module*>(o), n, out, found); return true;
      case Kind::Function:
        function_getattr(*this, static_cast<Function*>(o), n, out, found);
        if (found) return true;
        break;
      case Kind::Code:
        code_getattr(*this, static_cast<Code*>(o), n, out, found);
        if (found) return true;
        break;
      case Kind::BoundMethod: return method_getattr(*this, static_cast<BoundMethod*>(o), name, out, found);
      case Kind::NativeFn:
        native_getattr(static_cast<NativeFn*>(o), n, out, found);
        if (found) return true;
        break;
      case Kind::Super: return super_getattr(*this, static_cast<SuperObj*>(o), n, out, found);
      case Kind::Property:
        property_getattr(obj, n, out, found);
        if (found) return true;
        break;
      default: break;
    }
  }
  // builtin and native types: hooks, then methods
  PyType* t = type_of(obj);
  found = true;
  for (PyType* x : t->mro) {
    auto h = getattr_hooks.find(x);
    if (h != getattr_hooks.end() && h->second(*this, obj, name, out)) return true;
    if (!error.is_none()) return false;
  }
  Value* v = t->lookup(name);
  if (t->user && (!v || !as<Property>(*v)))  // an int or str subclass's instance dict
    if (Dict* d = builtin_sub_dict(obj, n == "__dict__")) {
      if (Value* a = d->find_str(name)) {
        out = *a;
        return true;
      }
      if (n == "__dict__") {
        out = Value::object(d);
        return true;
      }
    }
  if (v) {
    if (as<NativeFn>(*v) || as<Function>(*v)) out = bind_method(*v, obj);
    else if (auto* sm = as<StaticMethod>(*v)) out = sm->func;  // str.maketrans
    else if (auto* cm = as<ClassMethod>(*v)) out = bind_method(cm->func, Value::object(t));
    else if (auto* p = as<Property>(*v)) return call(p->fget, &obj, 1, nullptr, out);  // a tuple subclass's fields
    else out = *v;
    return true;
  }
  if (n == "__class__") {
    out = Value::object(t);
    return true;
  }
  found = false;
  return true;
}

bool VM::getattr(const Value& obj, const Str& name, Value& out) {
  bool found = false;
  if (!getattr_opt(obj, name, out, found)) return false;
  if (found) return true;
  if (Module* m = as<Module>(obj)) return raise(AttributeError, "module '" + m->name + "' has no attribute '" + name.s + "'");
  if (PyType* t = as<PyType>(obj))
    return raise(AttributeError, "type object '" + t->name->s + "' has no attribute '" + name.s + "'");
  return raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name.s + "'");
}

bool VM::load_method(const Value& obj, const Str& name, Value& meth, bool& is_method) {
  is_method = false;
  if (obj.tag == Value::Object) {
    uint32_t k = obj.o->kind;
    if (k == Instance::K || k == Exception::K) {
      Instance* inst = static_cast<Instance*>(obj.o);
      if (!inst->dict || !inst->dict->find_str(name)) {
        if (Value* v = inst->cls->lookup(name)) {
          if (as<Function>(*v)) {
            meth = *v;
            is_method = true;
            return true;
          }
        }
      }
      return getattr(obj, name, meth);
    }
    if (k == Module::K || k == PyType::K || k == SuperObj::K) return getattr(obj, name, meth);
  }
  PyType* t = type_of(obj);
  if (t->user) return getattr(obj, name, meth);
  // builtin/native types: hooks may shadow methods (attributes like sem._value)
  if (Value* v = t->lookup(name)) {
    if (as<NativeFn>(*v)) {
      meth = *v;
      is_method = true;
      return true;
    }
  }
  return getattr(obj, name, meth);
}

bool VM::setattr(const Value& obj, const Str& name, const Value& v) {
  if (Instance* inst = as<Instance>(obj)) return instance_setattr(*this, obj, inst, name, v);
  if (PyType* t = as<PyType>(obj)) return type_setattr(*this, t, name, v);
  if (Function* f = as<Function>(obj)) {
    function_setattr(f, name, v);
    return true;
  }
  if (Module* m = as<Module>(obj)) {
    m->dict->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  if (Tuple* tu = as<Tuple>(obj); tu && tu->cls && tu->cls->user)  // no instance dict; a field is read-only
    if (Value* d = tu->cls->lookup(name); d && as<Property>(*d)) return raise(AttributeError, "can't set attribute");
  if (PyType* sub = builtin_sub(obj)) {  // an int or str subclass: a property's setter, else the instance dict
    if (Value* d = sub->lookup(name); d && as<Property>(*d)) {
      Property* p = as<Property>(*d);
      if (p->fset.is_none() || p->fset.is_unset()) return raise(AttributeError, "can't set attribute");
      Value a[2] = {obj, v}, r;
      return call(p->fset, a, 2, nullptr, r);
    }
    builtin_sub_dict(obj, true)->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  return raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name.s + "'");
}

bool VM::delattr(const Value& obj, const Str& name) {
  if (Instance* inst = as<Instance>(obj)) {
    if (inst->cls->user)  // a class's own __delattr__ decides
      if (Value* da = inst->cls->lookup("__delattr__"); da && as<Function>(*da)) {
        Value args[2] = {obj, Value::object(const_cast<Str*>(&name))};
        Value r;
        return call(*da, args, 2, nullptr, r);
      }
    if (inst->dict && inst->dict->erase(Value::object(const_cast<Str*>(&name)))) return true;
  }
  if (Dict* d = builtin_sub_dict(obj, false); d && d->erase(Value::object(const_cast<Str*>(&name)))) return true;
  if (PyType* t = as<PyType>(obj)) {
    if (t->user && t->dict->erase(Value::object(const_cast<Str*>(&name)))) return true;
    return raise(AttributeError, "type object '" + t->name->s + "' has no attribute '" + name.s + "'");
  }
  return raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name.s + "'");
}

// ---- truthiness, hashing --------------------------------------------------------------

bool VM::truthy(const Value& v, bool& out) {
  switch (v.tag) {
    case Value::None:
    case Value::Unset: out = false; return true;
    case Value::Bool: out = v.b; return true;
    case Value::Int: out = v.i != 0; return true;
    case Value::Float: out = v.f != 0.0; return true;
    case Value::Object: break;
  }
  Value m;
  if (builtin_sub(v) && user_dunder(v, "__bool__", m)) {
  } else switch ((Kind)v.o->kind) {
    case Kind::Str: out = !static_cast<Str*>(v.o)->s.empty(); return true;
    case Kind::Long: out = !static_cast<Long*>(v.o)->v.is_zero(); return true;  // an int subclass's may be 0
    case Kind::List: out = !static_cast<List*>(v.o)->items.empty(); return true;
    case Kind::Tuple: out = !static_cast<Tuple*>(v.o)->items.empty(); return true;
    case Kind::Dict: out = static_cast<Dict*>(v.o)->live != 0; return true;
    case Kind::Set: out = static_cast<Set*>(v.o)->d.live != 0; return true;
    case Kind::Range: out = !static_cast<Range*>(v.o)->empty(); return true;
    default: break;
  }
  if (user_dunder(v, "__bool__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    if (r.tag != Value::Bool) return raise(TypeError, "__bool__ should return bool, returned " + type_name(r));
    out = r.b;
    return true;
  }
  if (user_dunder(v, "__len__", m) || (v.o->kind == 0 && type_of(v)->lookup("__len__"))) {
    int64_t n;
    if (!len(v, n)) return false;
    out = n != 0;
    return true;
  }
  out = true;
  return true;
}

namespace {

// CPython's frozenset_hash: order-independent, from the elements' hashes
// (CPython's xor over empty slots cancels out; a frozenset has no dummies).
uint64_t frozenset_hash(const Set* s) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t h = 0;
  for (auto& e : s->d.entries)
    if (e.live) h ^= shuffle(e.hash);
  h ^= (uint64_t(s->d.live) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == uint64_t(-1)) h = 590923713ull;
  return h;
}

// A user __hash__: its int result as it is when it fits a machine word
// (-1 becoming -2), else that int's hash, as CPython's slot_tp_hash. Why
// not always the int's hash: `return hash(self.name)` must equal
// hash(self.name), whose str hash is past 2**61.
bool user_hash(VM& vm, const Value& v, const Value& m, uint64_t& out) {
  Value r;
  if (!call_dunder(vm, m, v, nullptr, 0, r)) return false;
  if (r.tag != Value::Int && r.tag != Value::Bool && !as<Long>(r))
    return vm.raise(vm.TypeError, "__hash__ method should return an integer");
  if (r.tag == Value::Int) out = uint64_t(r.i == -1 ? -2 : r.i);
  else out = hash_value(r);
  return true;
}

bool unhashable(VM& vm, const Value& v) { return vm.raise(vm.TypeError, "unhashable type: '" + vm.type_name(v) + "'"); }

// One value that is not a tuple.
bool hash_one(VM& vm, const Value& v, uint64_t& out) {
  if (v.tag == Value::Object) {
    switch ((Kind)v.o->kind) {
      case Kind::List: case Kind::Dict: return unhashable(vm, v);
      case Kind::Set:
        if (!static_cast<Set*>(v.o)->frozen) return unhashable(vm, v);
        out = frozenset_hash(static_cast<Set*>(v.o));
        return true;
      case Kind::Str:
      case Kind::Long:
      case Kind::Instance:
      case Kind::Exception: {
        PyType* cls = v.o->kind == Str::K || v.o->kind == Long::K ? builtin_sub(v) : static_cast<Instance*>(v.o)->cls;
        if (!cls) break;  // a plain str or int
        Value* m = cls->user ? cls->lookup("__hash__") : nullptr;
        if (m && m->is_none()) return unhashable(vm, v);
        if (m && as<Function>(*m)) return user_hash(vm, v, *m, out);
        break;
      }
      default: break;
    }
  }
  out = hash_value(v);
  return true;
}

}  // namespace

bool VM::hash(const Value& v, uint64_t& out) {
  if (!as<Tuple>(v)) return hash_one(*this, v, out);
  // Nested tuples with an explicit stack: a tuple nested 100,000 deep
  // hashes without recursing on the C stack (CPython recurses, and succeeds).
  struct Level {
    const Tuple* t;
    size_t i;
    py::TupleHash h;
  };
  std::vector<Level> st;
  st.push_back({static_cast<const Tuple*>(v.o), 0, {}});
  for (;;) {
    Level& top = st.back();
    if (top.i < top.t->items.size()) {
      const Value& x = top.t->items[top.i++];
      if (Tuple* inner = as<Tuple>(x)) {
        st.push_back({inner, 0, {}});
        continue;
      }
      uint64_t h;
      if (!hash_one(*this, x, h)) return false;
      top.h.add(int64_t(h));
      continue;
    }
    uint64_t h = uint64_t(top.h.finish(top.t->items.size()));
    st.pop_back();
    if (st.empty()) {
      out = h;
      return true;
    }
    st.back().h.add(int64_t(h));
  }
}

// ---- comparison -----------------------------------------------------------------------

bool rich_dunder(VM& vm, const Value& a, const Value& b, const char* name, const char* reflected, Value& out,
                 bool& answered, bool same_type_reflects) {
  answered = false;
  Value m;
  // A subclass's reflected method goes first, so it can override its base's.
  PyType *ta = vm.type_of(a), *tb = vm.type_of(b);
  const bool sub_first = ta != tb && tb->is_subtype(ta) && user_dunder(b, reflected, m);
  if (sub_first) {
    if (!call_dunder(vm, m, b, &a, 1, out)) return false;
    if (!out.same(vm.NotImplemented)) return answered = true;
  }
  if (user_dunder(a, name, m)) {
    if (!call_dunder(vm, m, a, &b, 1, out)) return false;
    if (!out.same(vm.NotImplemented)) return answered = true;
  }
  if (!sub_first && (same_type_reflects || ta != tb) && user_dunder(b, reflected, m)) {
    if (!call_dunder(vm, m, b, &a, 1, out)) return false;
    if (!out.same(vm.NotImplemented)) return answered = true;
  }
  return true;
}

bool VM::eq(const Value& a, const Value& b, bool& out) {
  if (a.tag == Value::Object && b.tag == Value::Object) {
    if (a.o == b.o) {
      out = true;
      return true;
    }
    uint32_t ka = a.o->kind, kb = b.o->kind;
    if (ka == kb && (ka == List::K || ka == Tuple::K || ka == Dict::K || ka == Set::K)) {
      if (!enter_recursion(" in comparison")) return false;
      bool ok;
      if (ka == List::K) ok = items_eq(*this, static_cast<List*>(a.o)->items, static_cast<List*>(b.o)->items, out);
      else if (ka == Tuple::K) ok = items_eq(*this, static_cast<Tuple*>(a.o)->items, static_cast<Tuple*>(b.o)->items, out);
      else if (ka == Dict::K) ok = dict_eq(*this, static_cast<Dict*>(a.o), static_cast<Dict*>(b.o), out);
      else ok = set_compare(*this, int(CmpOp::Eq), static_cast<Set*>(a.o), static_cast<Set*>(b.o), out);
      leave_recursion();
      return ok;
    }
  }
  Value r;
  bool answered;
  if (!rich_dunder(*this, a, b, "__eq__", "__eq__", r, answered)) return false;
  if (answered) return truthy(r, out);
  out = basic_eq(a, b);
  return true;
}

namespace {

const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "<";
    case CmpOp::LtE: return "<=";
    case CmpOp::Gt: return ">";
    case CmpOp::GtE: return ">=";
    default: return "==";
  }
}

// op applied to a three-way result c (-1, 0, 1; 2 = unordered, as NaN).
bool cmp_result(CmpOp op, int c, bool& out) {
  if (c == 2) {
    out = false;
    return true;
  }
  switch (op) {
    case CmpOp::Lt: out = c < 0; break;
    case CmpOp::LtE: out = c <= 0; break;
    case CmpOp::Gt: out = c > 0; break;
    default: out = c >= 0; break;
  }
  return true;
}

// <, <=, >, >=: numbers, strings, sequences, sets, then user dunders.
const char* const kOrderNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};
const char* const kOrderReflected[] = {"__gt__", "__ge__", "__lt__", "__le__"};

bool order(VM& vm, CmpOp op, const Value& a, const Value& b, bool& out) {
  if (builtin_sub(a) || builtin_sub(b)) {  // the class's own comparison, else its int's or str's
    int idx = op == CmpOp::Lt ? 0 : op == CmpOp::LtE ? 1 : op == CmpOp::Gt ? 2 : 3;
    Value r;
    bool answered;
    if (!rich_dunder(vm, a, b, kOrderNames[idx], kOrderReflected[idx], r, answered)) return false;
    if (answered) return vm.truthy(r, out);
    if (order(vm, op, plain_value(a), plain_value(b), out)) return true;
    // The message names the operands' own types, as CPython's does.
    Exception* e = as<Exception>(vm.error);
    Str* msg = e && e->cls == vm.TypeError && e->args->items.size() == 1 ? as<Str>(e->args->items[0]) : nullptr;
    if (!msg || msg->s.find("' not supported between instances of '") == std::string::npos) return false;
    vm.error = Value();
    return vm.raise(vm.TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                                      vm.type_name(a) + "' and '" + vm.type_name(b) + "'");
  }
  Long* la = as<Long>(a);
  Long* lb = as<Long>(b);
  if (la || lb) {
    py::BigInt x, y;
    if (VM::big_of(a, x) && VM::big_of(b, y)) return cmp_result(op, x.compare(y), out);
    if (la && b.tag == Value::Float) return cmp_result(op, la->v.compare_double(b.f), out);
    if (lb && a.tag == Value::Float) {
      int c = lb->v.compare_double(a.f);
      return cmp_result(op, c == 2 ? 2 : -c, out);
    }
  }
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (small_number(a, da, ia, fa) && small_number(b, db, ib, fb)) {
    int c;
    if (fa && fb) c = ia < ib ? -1 : ia > ib ? 1 : 0;
    else if (!fa && !fb) {
      if (std::isnan(da) || std::isnan(db)) {
        out = false;
        return true;
      }
      c = da < db ? -1 : da > db ? 1 : 0;
    } else if (fa) {
      c = py::cmp_int_float(ia, db);
    } else {
      c = py::cmp_int_float(ib, da);
      if (c != 2) c = -c;
    }
    return cmp_result(op, c, out);
  }
  if (a.tag == Value::Object && b.tag == Value::Object) {
    uint32_t ka = a.o->kind, kb = b.o->kind;
    if (ka == Str::K && kb == Str::K) {
      int c = static_cast<Str*>(a.o)->s.compare(static_cast<Str*>(b.o)->s);
      return cmp_result(op, c < 0 ? -1 : c > 0 ? 1 : 0, out);
    }
    if (ka == kb && (ka == List::K || ka == Tuple::K)) {
      if (!vm.enter_recursion(" in comparison")) return false;
      bool ok = ka == List::K
                    ? items_order(vm, int(op), static_cast<List*>(a.o)->items, static_cast<List*>(b.o)->items, out)
                    : items_order(vm, int(op), static_cast<Tuple*>(a.o)->items, static_cast<Tuple*>(b.o)->items, out);
      vm.leave_recursion();
      return ok;
    }
    if (ka == Set::K && kb == Set::K) return set_compare(vm, int(op), static_cast<Set*>(a.o), static_cast<Set*>(b.o), out);
  }
  int idx = op == CmpOp::Lt ? 0 : op == CmpOp::LtE ? 1 : op == CmpOp::Gt ? 2 : 3;
  Value r;
  bool answered;
  if (!rich_dunder(vm, a, b, kOrderNames[idx], kOrderReflected[idx], r, answered)) return false;
  if (answered) return vm.truthy(r, out);
  return vm.raise(vm.TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                                    vm.type_name(a) + "' and '" + vm.type_name(b) + "'");
}

}  // namespace

bool VM::lt(const Value& a, const Value& b, bool& out) { return order(*this, CmpOp::Lt, a, b, out); }

bool VM::compare(int op, const Value& a, const Value& b, Value& out) {
  bool r = false;
  switch ((CmpOp)op) {
    case CmpOp::Eq:
    case CmpOp::NotEq: {
      // A user __eq__/__ne__ gives `==`/`!=` its own result, not a bool (as
      // CPython); without __ne__, != is the negation of __eq__ (object.__ne__).
      const bool ne = (CmpOp)op == CmpOp::NotEq;
      if (as<Instance>(a) || as<Instance>(b) || builtin_sub(a) || builtin_sub(b)) {
        bool answered;
        if (ne) {
          if (!rich_dunder(*this, a, b, "__ne__", "__ne__", out, answered)) return false;
          if (answered) return true;
        }
        if (!rich_dunder(*this, a, b, "__eq__", "__eq__", out, answered)) return false;
        if (answered) {
          if (!ne) return true;
          if (!truthy(out, r)) return false;
          out = Value::boolean(!r);
          return true;
        }
      }
      if (!eq(a, b, r)) return false;
      if (ne) r = !r;
      break;
    }
    case CmpOp::Is:
    case CmpOp::IsNot:
      r = a.same(b) || (a.tag == Value::None && b.tag == Value::None);
      if ((CmpOp)op == CmpOp::IsNot) r = !r;
      break;
    case CmpOp::In:
    case CmpOp::NotIn:
      if (!contains(b, a, r)) return false;
      if ((CmpOp)op == CmpOp::NotIn) r = !r;
      break;
    default:
      if (!order(*this, (CmpOp)op, a, b, r)) return false;
  }
  out = Value::boolean(r);
  return true;
}

// ---- repr / str / format -----------------------------------------------------------------

bool VM::repr(const Value& v, std::string& out) {
  switch (v.tag) {
    case Value::None:
    case Value::Unset: out = "None"; return true;
    case Value::Bool: out = v.b ? "True" : "False"; return true;
    case Value::Int: out = py::int_str(v.i); return true;
    case Value::Float: out = py::float_repr(v.f); return true;
    case Value::Object: break;
  }
  if (depth > limits.max_depth) return raise(RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  Obj* o = v.o;
  Value own_repr;
  if (builtin_sub(v) && user_dunder(v, "__repr__", own_repr)) {
  } else switch ((Kind)o->kind) {
    case Kind::Str: out = py::str_repr(static_cast<Str*>(o)->s); return true;
    case Kind::Long: {
      auto r = static_cast<Long*>(o)->v.str();
      if (!r) return raise_py(*this, r.err, r.msg);
      out = std::move(r.value);
      return true;
    }
    case Kind::List: {
      // As CPython's list_repr: the length reread after each item (an item's
      // __repr__ may shrink or clear the list), each item held while its
      // repr runs.
      const List* l = static_cast<List*>(o);
      std::string r = "[";
      depth++;
      for (size_t i = 0; i < l->items.size(); i++) {
        if (i) r += ", ";
        Value item = l->items[i];
        std::string s;
        if (item.same(v)) s = "[...]";
        else if (!repr(item, s)) { depth--; return false; }
        r += s;
      }
      depth--;
      out = r + "]";
      return true;
    }
    case Kind::Tuple: {
      // a subclass's own __repr__: namedtuple's (a function), sys.version_info's (native)
      PyType* cls = static_cast<Tuple*>(o)->cls;
      Value* own = cls ? cls->lookup("__repr__") : nullptr;
      if (own && own != t_tuple->lookup("__repr__")) break;
      return repr_items(*this, v, static_cast<Tuple*>(o)->items, "(", ")", true, out);
    }
    case Kind::Dict: return dict_repr(*this, v, static_cast<Dict*>(o), out);
    case Kind::Set: {
      Set* s = static_cast<Set*>(o);
      if (!s->d.live) {
        out = s->frozen ? "frozenset()" : "set()";
        return true;
      }
      if (!repr_items(*this, v, set_order(s), "{", "}", false, out)) return false;
      if (s->frozen) out = "frozenset(" + out + ")";
      return true;
    }
    case Kind::Range: return range_repr(*this, static_cast<Range*>(o), out);
    case Kind::Slice: return slice_repr(*this, static_cast<Slice*>(o), out);
    case Kind::Ellipsis: out = "Ellipsis"; return true;
    case Kind::NotImplemented: out = "NotImplemented"; return true;
    case Kind::Function:
    case Kind::BoundMethod:
    case Kind::NativeFn: return function_repr(*this, v, out);
    case Kind::Type: {
      Value m;
      if (user_dunder(v, "__repr__", m)) break;
      type_repr(static_cast<PyType*>(o), out);
      return true;
    }
    case Kind::Module: module_repr(static_cast<Module*>(o), out); return true;
    case Kind::Coroutine:
      out = "<coroutine object " + static_cast<PyCoro*>(o)->frame->code->qualname + " at " + address_of(o) + ">";
      return true;
    case Kind::Generator:
      out = "<generator object " + static_cast<PyGen*>(o)->frame->code->qualname + " at " + address_of(o) + ">";
      return true;
    case Kind::AsyncGenerator:
      out = "<async_generator object " + static_cast<PyAsyncGen*>(o)->frame->code->qualname + " at " +
            address_of(o) + ">";
      return true;
    case Kind::AsyncGenOp:
      out = "<" + type_name(v) + " object at " + address_of(o) + ">";
      return true;
    case Kind::Exception: {
      Value m;
      if (user_dunder(v, "__repr__", m)) break;
      return exception_repr(*this, static_cast<Exception*>(o), out);
    }
    default: break;
  }
  Value m;
  if (user_dunder(v, "__repr__", m)) {
    Value r;
    depth++;
    bool ok = call_dunder(*this, m, v, nullptr, 0, r);
    depth--;
    if (!ok) return false;
    Str* s = as<Str>(r);
    if (!s) return raise(TypeError, "__repr__ returned non-string (type " + type_name(r) + ")");
    out = s->s;
    return true;
  }
  if (Instance* inst = as<Instance>(v)) {
    instance_repr(inst, out);
    return true;
  }
  // core objects (Future, Task, Semaphore, ...)
  PyType* t = type_of(v);
  if (Value* fn = t->lookup("__repr__")) {
    Value r;
    if (!call(*fn, &v, 1, nullptr, r)) return false;
    if (Str* s = as<Str>(r)) {
      out = s->s;
      return true;
    }
  }
  out = "<" + t->module + "." + t->name->s + " object at " + address_of(o) + ">";
  return true;
}

bool VM::str(const Value& v, std::string& out) {
  if (v.tag == Value::Object) {
    Obj* o = v.o;
    Value m;
    if (o->kind == Str::K && !(static_cast<Str*>(o)->cls && user_dunder(v, "__str__", m))) {
      out = static_cast<Str*>(o)->s;
      return true;
    }
    if (user_dunder(v, "__str__", m)) {
      Value r;
      depth++;
      bool ok = call_dunder(*this, m, v, nullptr, 0, r);
      depth--;
      if (!ok) return false;
      Str* s = as<Str>(r);
      if (!s) return raise(TypeError, "__str__ returned non-string (type " + type_name(r) + ")");
      out = s->s;
      return true;
    }
    if (o->kind == Exception::K) return exception_str(*this, static_cast<Exception*>(o), out);
  }
  return repr(v, out);
}

bool VM::format(const Value& v, std::string_view spec, std::string& out) {
  py::Result<std::string> r;
  switch (v.tag) {
    case Value::None:
    case Value::Unset: r = py::format_none(spec); break;
    case Value::Bool: r = py::format_bool(v.b, spec); break;
    case Value::Int: r = py::format_int(v.i, spec); break;
    case Value::Float: r = py::format_float(v.f, spec); break;
    case Value::Object:
      if (builtin_sub(v)) {  // the class's __format__, else its str() for an empty spec, as int's and str's do
        Value m;
        if (!user_dunder(v, "__format__", m)) {
          if (spec.empty()) return str(v, out);
          return format(plain_value(v), spec, out);
        }
      }
      if (v.o->kind == Str::K && !builtin_sub(v)) {
        r = py::format_str(static_cast<Str*>(v.o)->s, spec);
        break;
      } else if (v.o->kind == Long::K && !builtin_sub(v)) {
        r = py::format_bigint(static_cast<Long*>(v.o)->v, spec);
        break;
      } else {
        Value m;
        if (user_dunder(v, "__format__", m)) {
          Value sv = make_str(std::string(spec));
          Value res;
          if (!call_dunder(*this, m, v, &sv, 1, res)) return false;
          Str* s = as<Str>(res);
          if (!s) return raise(TypeError, "__format__ must return a str, not " + type_name(res));
          out = s->s;
          return true;
        }
        if (!spec.empty())
          return raise(TypeError, "unsupported format string passed to " + type_name(v) + ".__format__");
        return str(v, out);
      }
  }
  if (!r) return raise_py(*this, r.err, r.msg);
  out = std::move(r.value);
  return true;
}

}  // namespace ts::vm
