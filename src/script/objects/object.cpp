// The object protocol: attributes, arithmetic, comparison, hashing,
// truthiness, repr/str/format, iteration, indexing, len.
#include <cmath>
#include <cstring>

#include "script/front/ast.h"
#include "script/pylib/format.h"
#include "script/pylib/num.h"
#include "script/vm/vm.h"

namespace ts::vm {

using ast::BinOp;
using ast::CmpOp;
using ast::UnaryOp;

// ---- dict machinery ---------------------------------------------------------------

static uint64_t hash_int(int64_t v) { return (uint64_t)v * 0x9E3779B97F4A7C15ull; }

size_t ValueHash::operator()(const Value& v) const {
  switch (v.tag) {
    case Value::None: return 0x1234567;
    case Value::Bool: return (size_t)hash_int(v.b ? 1 : 0);
    case Value::Int: return (size_t)hash_int(v.i);
    case Value::Float: {
      double d = v.f;
      if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18) return (size_t)hash_int((int64_t)d);
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      return (size_t)(bits * 0xff51afd7ed558ccdull);
    }
    case Value::Object: break;
  }
  if (v.o->kind == Str::K) return (size_t)static_cast<Str*>(v.o)->hash();
  if (v.o->kind == Long::K) return (size_t)static_cast<Long*>(v.o)->v.py_hash();
  if (v.o->kind == Tuple::K) {
    uint64_t h = 0x345678;
    for (auto& x : static_cast<Tuple*>(v.o)->items) h = (h ^ (*this)(x)) * 1000003ull;
    return (size_t)h;
  }
  return (size_t)((uintptr_t)v.o >> 4) * 0x9E3779B97F4A7C15ull;
}

static bool num_of(const Value& v, double& d, int64_t& i, bool& is_int) {
  switch (v.tag) {
    case Value::Bool: i = v.b; is_int = true; return true;
    case Value::Int: i = v.i; is_int = true; return true;
    case Value::Float: d = v.f; is_int = false; return true;
    default: return false;
  }
}

// Equality without user code (dict keys): numbers across types, strings,
// tuples elementwise, identity otherwise.
static bool basic_eq(const Value& a, const Value& b) {
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (num_of(a, da, ia, fa) && num_of(b, db, ib, fb)) {
    if (fa && fb) return ia == ib;
    if (!fa && !fb) return da == db;
    if (fa) return py::cmp_int_float(ia, db) == 0;
    return py::cmp_int_float(ib, da) == 0;
  }
  if ((a.tag == Value::Object && a.o->kind == Long::K) || (b.tag == Value::Object && b.o->kind == Long::K)) {
    py::BigInt x, y;
    if (VM::big_of(a, x) && VM::big_of(b, y)) return x == y;
    const Value& l = a.tag == Value::Object && a.o->kind == Long::K ? a : b;
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

bool ValueEq::operator()(const Value& a, const Value& b) const { return basic_eq(a, b); }

Value* Dict::find(const Value& k) {
  auto it = index.find(k);
  return it == index.end() ? nullptr : &entries[it->second].value;
}
const Value* Dict::find(const Value& k) const {
  auto it = index.find(k);
  return it == index.end() ? nullptr : &entries[it->second].value;
}
void Dict::set(const Value& k, Value v) {
  auto it = index.find(k);
  if (it != index.end()) {
    entries[it->second].value = std::move(v);
    return;
  }
  index.emplace(k, entries.size());
  entries.push_back(Entry{k, std::move(v), true});
  live++;
}
bool Dict::erase(const Value& k) {
  auto it = index.find(k);
  if (it == index.end()) return false;
  Entry& e = entries[it->second];
  e.live = false;
  e.key = Value();
  e.value = Value();
  index.erase(it);
  live--;
  if (entries.size() > 32 && live * 2 < entries.size()) compact();
  return true;
}
void Dict::clear() {
  std::vector<Entry> old;
  old.swap(entries);
  index.clear();
  live = 0;
}
void Dict::compact() {
  std::vector<Entry> fresh;
  fresh.reserve(live);
  for (auto& e : entries)
    if (e.live) fresh.push_back(std::move(e));
  entries.swap(fresh);
  index.clear();
  for (size_t i = 0; i < entries.size(); i++) index.emplace(entries[i].key, i);
}
Value* Dict::find_str(std::string_view k) {
  // Avoid allocating a Str for lookups: scan the hash bucket by hand.
  Str tmp{std::string(k)};
  tmp.rc = 1000;  // stack object: never freed through refcounting
  Value key;
  key.tag = Value::Object;
  key.o = &tmp;
  auto it = index.find(key);
  key.tag = Value::None;
  key.o = nullptr;
  return it == index.end() ? nullptr : &entries[it->second].value;
}

// ---- attributes ------------------------------------------------------------------------

static Value bind(const Value& func, const Value& self) {
  if (NativeFn* nf = as<NativeFn>(func)) {
    Ref<NativeFn> b = make<NativeFn>();
    b->name = nf->name;
    b->fn = nf->fn;
    b->data = nf->data;
    b->payload = nf->payload;
    b->self = self;
    b->bound = true;
    return Value::object(b);
  }
  Ref<BoundMethod> m = make<BoundMethod>();
  m->self = self;
  m->func = func;
  return Value::object(m);
}

bool VM::getattr_opt(const Value& obj, const Str& name, Value& out, bool& found) {
  found = true;
  PyType* t = type_of(obj);
  const std::string& n = name.s;
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::Instance:
      case Kind::Exception: {
        Instance* inst = static_cast<Instance*>(o);
        Value* cls_attr = inst->cls->lookup(n);
        if (cls_attr && as<Property>(*cls_attr)) {
          return call(as<Property>(*cls_attr)->fget, &obj, 1, nullptr, out);
        }
        if (inst->dict)
          if (Value* v = inst->dict->find_str(n)) {
            out = *v;
            return true;
          }
        if (o->kind == Exception::K) {
          Exception* e = static_cast<Exception*>(o);
          if (n == "args") { out = Value::object(e->args); return true; }
          if (n == "__cause__") { out = e->cause; return true; }
          if (n == "__context__") { out = e->context; return true; }
          if (n == "__traceback__") { out = Value(); return true; }
        }
        if (cls_attr) {
          const Value& v = *cls_attr;
          if (v.tag == Value::Object) {
            if (v.o->kind == Function::K || v.o->kind == NativeFn::K) { out = bind(v, obj); return true; }
            if (auto* sm = as<StaticMethod>(v)) { out = sm->func; return true; }
            if (auto* cm = as<ClassMethod>(v)) { out = bind(cm->func, Value::object(inst->cls)); return true; }
          }
          out = v;
          return true;
        }
        if (n == "__class__") { out = Value::object(inst->cls); return true; }
        if (n == "__dict__") { out = Value::object(inst->dict); return true; }
        break;
      }
      case Kind::Type: {
        PyType* ty = static_cast<PyType*>(o);
        if (Value* v = ty->lookup(n)) {
          if (auto* sm = as<StaticMethod>(*v)) { out = sm->func; return true; }
          if (auto* cm = as<ClassMethod>(*v)) { out = bind(cm->func, obj); return true; }
          out = *v;
          return true;
        }
        if (n == "__name__") { out = Value::object(ty->name); return true; }
        if (n == "__qualname__") { out = Value::object(ty->name); return true; }
        if (n == "__module__") { out = make_str(ty->module); return true; }
        if (n == "__mro__") {
          std::vector<Value> m;
          for (PyType* x : ty->mro) m.push_back(Value::object(x));
          out = make_tuple(std::move(m));
          return true;
        }
        if (n == "__bases__") {
          out = make_tuple(ty->base ? std::vector<Value>{Value::object(ty->base)} : std::vector<Value>{});
          return true;
        }
        found = false;
        return true;
      }
      case Kind::Module: {
        Module* m = static_cast<Module*>(o);
        if (Value* v = m->dict->find_str(n)) {
          out = *v;
          return true;
        }
        found = false;
        return true;
      }
      case Kind::Function: {
        Function* fn = static_cast<Function*>(o);
        if (n == "__name__") { out = Value::object(fn->name); return true; }
        if (n == "__qualname__") { out = Value::object(fn->qualname); return true; }
        if (n == "__module__") { out = make_str("__main__"); return true; }
        if (n == "__doc__") { out = Value(); return true; }
        if (n == "__wrapped__" || fn->dict) {
          if (fn->dict)
            if (Value* v = fn->dict->find_str(n)) {
              out = *v;
              return true;
            }
        }
        break;
      }
      case Kind::BoundMethod: {
        BoundMethod* bm = static_cast<BoundMethod*>(o);
        if (n == "__self__") { out = bm->self; return true; }
        if (n == "__func__") { out = bm->func; return true; }
        return getattr_opt(bm->func, name, out, found);
      }
      case Kind::NativeFn: {
        NativeFn* nf = static_cast<NativeFn*>(o);
        if (n == "__name__" || n == "__qualname__") { out = make_str(nf->name); return true; }
        break;
      }
      case Kind::Super: {
        SuperObj* s = static_cast<SuperObj*>(o);
        PyType* st = type_of(s->self);
        if (PyType* tt = as<PyType>(s->self)) st = tt;
        bool after = false;
        for (PyType* x : st->mro) {
          if (after) {
            if (Value* v = x->dict->find_str(n)) {
              if (as<Function>(*v) || as<NativeFn>(*v)) out = bind(*v, s->self);
              else out = *v;
              return true;
            }
          }
          if (x == s->start) after = true;
        }
        found = false;
        return true;
      }
      case Kind::Property: {
        Property* p = static_cast<Property*>(o);
        if (n == "setter") {
          Ref<NativeFn> f = make<NativeFn>();
          f->name = "setter";
          f->bound = true;
          f->self = obj;
          f->fn = [](VM& vm, Value* args, int nargs, Dict*, Value& r, void*) -> bool {
            if (nargs != 2) return vm.raise(vm.TypeError, "setter() takes exactly one argument");
            Ref<Property> np = make<Property>();
            np->fget = as<Property>(args[0])->fget;
            np->fset = args[1];
            r = Value::object(np);
            return true;
          };
          out = Value::object(f);
          (void)p;
          return true;
        }
        break;
      }
      default: break;
    }
  }
  // builtin and native types: hooks, then methods
  for (PyType* x : t->mro) {
    auto h = getattr_hooks.find(x);
    if (h != getattr_hooks.end() && h->second(*this, obj, name, out)) return true;
    if (!error.is_none()) return false;
  }
  if (Value* v = t->lookup(n)) {
    if (as<NativeFn>(*v) || as<Function>(*v)) out = bind(*v, obj);
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

bool VM::hasattr(const Value& obj, const Str& name) {
  Value out;
  bool found = false;
  if (!getattr_opt(obj, name, out, found)) {
    error = Value();
    return false;
  }
  return found;
}

bool VM::load_method(const Value& obj, const Str& name, Value& meth, bool& is_method) {
  is_method = false;
  if (obj.tag == Value::Object) {
    uint32_t k = obj.o->kind;
    if (k == Instance::K || k == Exception::K) {
      Instance* inst = static_cast<Instance*>(obj.o);
      if (!inst->dict || !inst->dict->find_str(name.s)) {
        if (Value* v = inst->cls->lookup(name.s)) {
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
  if (Value* v = t->lookup(name.s)) {
    if (as<NativeFn>(*v)) {
      meth = *v;
      is_method = true;
      return true;
    }
  }
  return getattr(obj, name, meth);
}

bool VM::setattr(const Value& obj, const Str& name, const Value& v) {
  if (Instance* inst = as<Instance>(obj)) {
    if (Value* ca = inst->cls->lookup(name.s))
      if (Property* p = as<Property>(*ca)) {
        if (p->fset.is_none()) return raise(AttributeError, "can't set attribute '" + name.s + "'");
        Value args[2] = {obj, v};
        Value r;
        return call(p->fset, args, 2, nullptr, r);
      }
    if (Exception* e = as<Exception>(obj)) {
      if (name.s == "args") {
        std::vector<Value> items;
        if (!to_list(v, items)) return false;
        e->args = make<Tuple>(std::move(items));
        return true;
      }
      if (name.s == "__cause__") { e->cause = v; e->suppress_context = true; return true; }
      if (name.s == "__context__") { e->context = v; return true; }
    }
    if (!inst->dict) inst->dict = make<Dict>();
    inst->dict->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  if (PyType* t = as<PyType>(obj)) {
    if (!t->user) return raise(TypeError, "cannot set '" + name.s + "' attribute of immutable type '" + t->name->s + "'");
    t->dict->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  if (Function* f = as<Function>(obj)) {
    if (name.s == "__name__") {
      if (Str* s = as<Str>(v)) f->name = Ref<Str>(s);
      return true;
    }
    if (name.s == "__qualname__") {
      if (Str* s = as<Str>(v)) f->qualname = Ref<Str>(s);
      return true;
    }
    if (!f->dict) f->dict = make<Dict>();
    f->dict->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  if (Module* m = as<Module>(obj)) {
    m->dict->set(Value::object(const_cast<Str*>(&name)), v);
    return true;
  }
  return raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name.s + "'");
}

bool VM::delattr(const Value& obj, const Str& name) {
  if (Instance* inst = as<Instance>(obj)) {
    if (inst->dict && inst->dict->erase(Value::object(const_cast<Str*>(&name)))) return true;
  }
  return raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name.s + "'");
}

// ---- user dunders ----------------------------------------------------------------------

// Looks up a dunder on a user instance's class; found=false when absent.
static bool dunder(VM& vm, const Value& obj, const char* name, Value& meth) {
  Instance* inst = as<Instance>(obj);
  if (!inst || !inst->cls->user) return false;
  Value* v = inst->cls->lookup(name);
  if (!v || !as<Function>(*v)) return false;
  meth = *v;
  (void)vm;
  return true;
}

static bool call_dunder(VM& vm, const Value& meth, const Value& self, const Value* args, int n, Value& out) {
  Value a[4];
  a[0] = self;
  for (int i = 0; i < n; i++) a[i + 1] = args[i];
  return vm.call(meth, a, n + 1, nullptr, out);
}

// ---- truthiness, hashing --------------------------------------------------------------

bool VM::truthy(const Value& v, bool& out) {
  switch (v.tag) {
    case Value::None: out = false; return true;
    case Value::Bool: out = v.b; return true;
    case Value::Int: out = v.i != 0; return true;
    case Value::Float: out = v.f != 0.0; return true;
    case Value::Object: break;
  }
  switch ((Kind)v.o->kind) {
    case Kind::Str: out = !static_cast<Str*>(v.o)->s.empty(); return true;
    case Kind::List: out = !static_cast<List*>(v.o)->items.empty(); return true;
    case Kind::Tuple: out = !static_cast<Tuple*>(v.o)->items.empty(); return true;
    case Kind::Dict: out = static_cast<Dict*>(v.o)->live != 0; return true;
    case Kind::Set: out = static_cast<Set*>(v.o)->d.live != 0; return true;
    case Kind::Range: out = static_cast<Range*>(v.o)->length() != 0; return true;
    default: break;
  }
  Value m;
  if (dunder(*this, v, "__bool__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    if (r.tag != Value::Bool) return raise(TypeError, "__bool__ should return bool, returned " + type_name(r));
    out = r.b;
    return true;
  }
  if (dunder(*this, v, "__len__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    out = r.tag == Value::Int && r.i != 0;
    return true;
  }
  if (v.o->kind == 0 && type_of(v)->lookup("__len__")) {
    int64_t n;
    if (!len(v, n)) return false;
    out = n != 0;
    return true;
  }
  out = true;
  return true;
}

bool VM::hash(const Value& v, uint64_t& out) {
  if (v.tag == Value::Object) {
    switch ((Kind)v.o->kind) {
      case Kind::List: case Kind::Dict: return raise(TypeError, "unhashable type: '" + type_name(v) + "'");
      case Kind::Set:
        if (!static_cast<Set*>(v.o)->frozen) return raise(TypeError, "unhashable type: 'set'");
        break;
      case Kind::Tuple:
        for (auto& x : static_cast<Tuple*>(v.o)->items) {
          uint64_t h;
          if (!hash(x, h)) return false;
        }
        break;
      default: break;
    }
  }
  out = ValueHash()(v);
  return true;
}

// ---- comparison -----------------------------------------------------------------------

bool VM::eq(const Value& a, const Value& b, bool& out) {
  if (a.tag == Value::Object && b.tag == Value::Object) {
    if (a.o == b.o) {
      out = true;
      return true;
    }
    uint32_t ka = a.o->kind, kb = b.o->kind;
    if ((ka == List::K && kb == List::K) || (ka == Tuple::K && kb == Tuple::K)) {
      auto& x = ka == List::K ? static_cast<List*>(a.o)->items : static_cast<Tuple*>(a.o)->items;
      auto& y = kb == List::K ? static_cast<List*>(b.o)->items : static_cast<Tuple*>(b.o)->items;
      if (x.size() != y.size()) {
        out = false;
        return true;
      }
      for (size_t i = 0; i < x.size(); i++) {
        bool e;
        if (!eq(x[i], y[i], e)) return false;
        if (!e) {
          out = false;
          return true;
        }
      }
      out = true;
      return true;
    }
    if (ka == Dict::K && kb == Dict::K) {
      Dict* x = static_cast<Dict*>(a.o);
      Dict* y = static_cast<Dict*>(b.o);
      if (x->live != y->live) {
        out = false;
        return true;
      }
      for (auto& e : x->entries) {
        if (!e.live) continue;
        Value* o = y->find(e.key);
        if (!o) {
          out = false;
          return true;
        }
        bool q;
        if (!eq(e.value, *o, q)) return false;
        if (!q) {
          out = false;
          return true;
        }
      }
      out = true;
      return true;
    }
    if (ka == Set::K && kb == Set::K) {
      Set* x = static_cast<Set*>(a.o);
      Set* y = static_cast<Set*>(b.o);
      out = x->d.live == y->d.live;
      if (out)
        for (auto& e : x->d.entries)
          if (e.live && !y->d.find(e.key)) out = false;
      return true;
    }
  }
  Value m;
  if (dunder(*this, a, "__eq__", m)) {
    Value r;
    if (!call_dunder(*this, m, a, &b, 1, r)) return false;
    return truthy(r, out);
  }
  if (dunder(*this, b, "__eq__", m)) {
    Value r;
    if (!call_dunder(*this, m, b, &a, 1, r)) return false;
    return truthy(r, out);
  }
  out = basic_eq(a, b);
  return true;
}

static const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "<";
    case CmpOp::LtE: return "<=";
    case CmpOp::Gt: return ">";
    case CmpOp::GtE: return ">=";
    default: return "==";
  }
}

// Ordering comparison; result in out (-1/0/1 semantics folded into bool by op).
static bool cmp_result(CmpOp op, int c, bool& out) {
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

static bool is_long(const Value& v) { return v.tag == Value::Object && v.o->kind == Long::K; }

static bool order(VM& vm, CmpOp op, const Value& a, const Value& b, bool& out) {
  if (is_long(a) || is_long(b)) {
    py::BigInt x, y;
    if (VM::big_of(a, x) && VM::big_of(b, y)) return cmp_result(op, x.compare(y), out);
    if (is_long(a) && b.tag == Value::Float) return cmp_result(op, static_cast<Long*>(a.o)->v.compare_double(b.f), out);
    if (is_long(b) && a.tag == Value::Float) {
      int c = static_cast<Long*>(b.o)->v.compare_double(a.f);
      return cmp_result(op, c == 2 ? 2 : -c, out);
    }
  }
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (num_of(a, da, ia, fa) && num_of(b, db, ib, fb)) {
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
    if ((ka == List::K && kb == List::K) || (ka == Tuple::K && kb == Tuple::K)) {
      auto& x = ka == List::K ? static_cast<List*>(a.o)->items : static_cast<Tuple*>(a.o)->items;
      auto& y = kb == List::K ? static_cast<List*>(b.o)->items : static_cast<Tuple*>(b.o)->items;
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; i++) {
        bool e;
        if (!vm.eq(x[i], y[i], e)) return false;
        if (!e) return order(vm, op, x[i], y[i], out);
      }
      size_t lx = x.size(), ly = y.size();
      switch (op) {
        case CmpOp::Lt: out = lx < ly; break;
        case CmpOp::LtE: out = lx <= ly; break;
        case CmpOp::Gt: out = lx > ly; break;
        default: out = lx >= ly; break;
      }
      return true;
    }
    if (ka == Set::K && kb == Set::K) {
      Set* x = static_cast<Set*>(a.o);
      Set* y = static_cast<Set*>(b.o);
      auto subset = [](Set* p, Set* q) {
        for (auto& e : p->d.entries)
          if (e.live && !q->d.find(e.key)) return false;
        return true;
      };
      switch (op) {
        case CmpOp::Lt: out = x->d.live < y->d.live && subset(x, y); break;
        case CmpOp::LtE: out = subset(x, y); break;
        case CmpOp::Gt: out = x->d.live > y->d.live && subset(y, x); break;
        default: out = subset(y, x); break;
      }
      return true;
    }
  }
  static const char* names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  static const char* reflected[] = {"__gt__", "__ge__", "__lt__", "__le__"};
  int idx = op == CmpOp::Lt ? 0 : op == CmpOp::LtE ? 1 : op == CmpOp::Gt ? 2 : 3;
  Value m;
  if (dunder(vm, a, names[idx], m)) {
    Value r;
    if (!call_dunder(vm, m, a, &b, 1, r)) return false;
    return vm.truthy(r, out);
  }
  if (dunder(vm, b, reflected[idx], m)) {
    Value r;
    if (!call_dunder(vm, m, b, &a, 1, r)) return false;
    return vm.truthy(r, out);
  }
  return vm.raise(vm.TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                                    vm.type_name(a) + "' and '" + vm.type_name(b) + "'");
}

bool VM::lt(const Value& a, const Value& b, bool& out) { return order(*this, CmpOp::Lt, a, b, out); }

bool VM::compare(int op, const Value& a, const Value& b, Value& out) {
  bool r = false;
  switch ((CmpOp)op) {
    case CmpOp::Eq:
    case CmpOp::NotEq:
      if (!eq(a, b, r)) return false;
      if ((CmpOp)op == CmpOp::NotEq) r = !r;
      break;
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

bool VM::contains(const Value& c, const Value& item, bool& out) {
  if (c.tag == Value::Object) {
    switch ((Kind)c.o->kind) {
      case Kind::Str: {
        Str* s = as<Str>(item);
        if (!s) return raise(TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
        out = static_cast<Str*>(c.o)->s.find(s->s) != std::string::npos;
        return true;
      }
      case Kind::Dict: {
        uint64_t h;
        if (!hash(item, h)) return false;
        out = static_cast<Dict*>(c.o)->find(item) != nullptr;
        return true;
      }
      case Kind::Set: {
        uint64_t h;
        if (!hash(item, h)) return false;
        out = static_cast<Set*>(c.o)->d.find(item) != nullptr;
        return true;
      }
      case Kind::List:
      case Kind::Tuple: {
        auto& items = c.o->kind == List::K ? static_cast<List*>(c.o)->items : static_cast<Tuple*>(c.o)->items;
        for (size_t i = 0; i < items.size(); i++) {
          bool e;
          Value x = items[i];
          if (!eq(x, item, e)) return false;
          if (e) {
            out = true;
            return true;
          }
        }
        out = false;
        return true;
      }
      case Kind::Range: {
        Range* r = static_cast<Range*>(c.o);
        if (item.tag != Value::Int && item.tag != Value::Bool) break;
        int64_t x = item.tag == Value::Int ? item.i : item.b;
        if (r->step > 0) out = x >= r->start && x < r->stop && (x - r->start) % r->step == 0;
        else out = x <= r->start && x > r->stop && (r->start - x) % (-r->step) == 0;
        return true;
      }
      default: break;
    }
  }
  Value m;
  if (dunder(*this, c, "__contains__", m)) {
    Value r;
    if (!call_dunder(*this, m, c, &item, 1, r)) return false;
    return truthy(r, out);
  }
  Value it;
  if (!iter(c, it)) {
    error = Value();
    return raise(TypeError, "argument of type '" + type_name(c) + "' is not iterable");
  }
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    bool e;
    if (!eq(x, item, e)) return false;
    if (e) {
      out = true;
      return true;
    }
  }
  out = false;
  return true;
}

// ---- arithmetic --------------------------------------------------------------------------

static const char* binop_symbol(BinOp op) {
  switch (op) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mul: return "*";
    case BinOp::Div: return "/";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "** or pow()";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::BitOr: return "|";
    case BinOp::BitXor: return "^";
    case BinOp::BitAnd: return "&";
    case BinOp::MatMul: return "@";
  }
  return "?";
}


static const char* int_overflow = "integer overflow: Turnstile integers are 64-bit (Python's are unbounded)";

static bool big_binop(VM& vm, BinOp op, const py::BigInt& x, const py::BigInt& y, Value& out);

static bool int_binop(VM& vm, BinOp op, int64_t x, int64_t y, Value& out) {
  int64_t z;
  auto big = [&]() { return big_binop(vm, op, py::BigInt::from_i64(x), py::BigInt::from_i64(y), out); };
  switch (op) {
    case BinOp::Add:
      if (!py::checked_add(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Sub:
      if (!py::checked_sub(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Mul:
      if (!py::checked_mul(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Div: {
      auto r = py::int_truediv(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::FloorDiv: {
      auto r = py::int_floordiv(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    case BinOp::Mod: {
      auto r = py::int_mod(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    case BinOp::Pow: {
      auto r = py::int_pow(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = r.value.is_float ? Value::real(r.value.f) : Value::integer(r.value.i);
      return true;
    }
    case BinOp::LShift: {
      auto r = py::int_lshift(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    case BinOp::RShift: {
      auto r = py::int_rshift(x, y);
      if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    case BinOp::BitOr: out = Value::integer(x | y); return true;
    case BinOp::BitXor: out = Value::integer(x ^ y); return true;
    case BinOp::BitAnd: out = Value::integer(x & y); return true;
    case BinOp::MatMul: break;
  }
  return false;
}

static bool float_binop(VM& vm, BinOp op, double x, double y, Value& out) {
  switch (op) {
    case BinOp::Add: out = Value::real(x + y); return true;
    case BinOp::Sub: out = Value::real(x - y); return true;
    case BinOp::Mul: out = Value::real(x * y); return true;
    case BinOp::Div: {
      auto r = py::float_truediv(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::FloorDiv: {
      auto r = py::float_floordiv(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Mod: {
      auto r = py::float_mod(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Pow: {
      auto r = py::float_pow(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    default: break;
  }
  return false;
}

static bool repeat_seq(VM& vm, const std::vector<Value>& items, int64_t n, std::vector<Value>& out) {
  if (n <= 0) return true;
  if ((double)items.size() * (double)n > 5e7) return vm.raise(vm.MemoryError, "sequence repetition too large");
  out.reserve(items.size() * n);
  for (int64_t i = 0; i < n; i++) out.insert(out.end(), items.begin(), items.end());
  return true;
}

bool format_percent(VM& vm, const Str& fmt, const Value& args, Value& out);

static bool big_binop(VM& vm, BinOp op, const py::BigInt& x, const py::BigInt& y, Value& out) {
  auto put = [&](py::Result<py::BigInt> r) {
    if (!r) return raise_py(vm, r.err, r.msg);
    out = VM::make_int(std::move(r.value));
    return true;
  };
  switch (op) {
    case BinOp::Add: out = VM::make_int(x.add(y)); return true;
    case BinOp::Sub: out = VM::make_int(x.sub(y)); return true;
    case BinOp::Mul: return put(x.mul(y));
    case BinOp::FloorDiv: return put(x.floordiv(y));
    case BinOp::Mod: return put(x.mod(y));
    case BinOp::Div: {
      auto r = x.truediv(y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Pow: {
      if (y.is_negative()) {
        auto r = x.pow_float(y);
        if (!r) return raise_py(vm, r.err, r.msg);
        out = Value::real(r.value);
        return true;
      }
      return put(x.pow(y));
    }
    case BinOp::LShift: return put(x.lshift(y));
    case BinOp::RShift: return put(x.rshift(y));
    case BinOp::BitOr: out = VM::make_int(x.bit_or(y)); return true;
    case BinOp::BitXor: out = VM::make_int(x.bit_xor(y)); return true;
    case BinOp::BitAnd: out = VM::make_int(x.bit_and(y)); return true;
    case BinOp::MatMul: break;
  }
  return false;
}

bool VM::binary(int opi, const Value& a, const Value& b, Value& out, bool inplace) {
  BinOp op = (BinOp)opi;
  double da = 0, db = 0;
  int64_t ia = 0, ib = 0;
  bool fa, fb;
  if (is_long(a) || is_long(b)) {
    py::BigInt x, y;
    if (big_of(a, x) && big_of(b, y)) {
      if (big_binop(*this, op, x, y, out)) return true;
      if (!error.is_none()) return false;
    } else if ((is_long(a) && b.tag == Value::Float) || (is_long(b) && a.tag == Value::Float)) {
      const Value& l = is_long(a) ? a : b;
      auto d = static_cast<Long*>(l.o)->v.to_double();
      if (!d) return raise_py(*this, d.err, d.msg);
      double x2 = is_long(a) ? d.value : a.f, y2 = is_long(a) ? b.f : d.value;
      if (float_binop(*this, op, x2, y2, out)) return true;
      if (!error.is_none()) return false;
    }
  }
  if (num_of(a, da, ia, fa) && num_of(b, db, ib, fb)) {
    if (fa && fb) {
      if (int_binop(*this, op, ia, ib, out)) return true;
      if (!error.is_none()) return false;
    } else {
      double x = fa ? (double)ia : da, y = fb ? (double)ib : db;
      if (float_binop(*this, op, x, y, out)) return true;
      if (!error.is_none()) return false;
    }
  } else if (a.tag == Value::Object) {
    uint32_t ka = a.o->kind;
    uint32_t kb = b.tag == Value::Object ? b.o->kind : 0;
    if (ka == Str::K) {
      Str* s = static_cast<Str*>(a.o);
      if (op == BinOp::Add) {
        if (kb != Str::K) return raise(TypeError, "can only concatenate str (not \"" + type_name(b) + "\") to str");
        out = make_str(s->s + static_cast<Str*>(b.o)->s);
        return true;
      }
      if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
        int64_t n = b.tag == Value::Int ? b.i : b.b;
        std::string r;
        if (n > 0) {
          if ((double)s->s.size() * n > 1e8) return raise(MemoryError, "string repetition too large");
          r.reserve(s->s.size() * n);
          for (int64_t i = 0; i < n; i++) r += s->s;
        }
        out = make_str(std::move(r));
        return true;
      }
      if (op == BinOp::Mod) return format_percent(*this, *s, b, out);
    }
    if (ka == List::K) {
      List* l = static_cast<List*>(a.o);
      if (op == BinOp::Add) {
        if (inplace) {
          std::vector<Value> items;
          if (!to_list(b, items)) return false;
          for (auto& x : items) l->items.push_back(std::move(x));
          out = a;
          return true;
        }
        if (kb != List::K) return raise(TypeError, "can only concatenate list (not \"" + type_name(b) + "\") to list");
        std::vector<Value> r = l->items;
        for (auto& x : static_cast<List*>(b.o)->items) r.push_back(x);
        out = make_list(std::move(r));
        return true;
      }
      if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
        std::vector<Value> r;
        if (!repeat_seq(*this, l->items, b.tag == Value::Int ? b.i : b.b, r)) return false;
        if (inplace) {
          l->items = std::move(r);
          out = a;
        } else {
          out = make_list(std::move(r));
        }
        return true;
      }
    }
    if (ka == Tuple::K) {
      Tuple* t = static_cast<Tuple*>(a.o);
      if (op == BinOp::Add) {
        if (kb != Tuple::K) return raise(TypeError, "can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
        std::vector<Value> r = t->items;
        for (auto& x : static_cast<Tuple*>(b.o)->items) r.push_back(x);
        out = make_tuple(std::move(r));
        return true;
      }
      if (op == BinOp::Mul && (b.tag == Value::Int || b.tag == Value::Bool)) {
        std::vector<Value> r;
        if (!repeat_seq(*this, t->items, b.tag == Value::Int ? b.i : b.b, r)) return false;
        out = make_tuple(std::move(r));
        return true;
      }
    }
    if (ka == Dict::K && kb == Dict::K && op == BinOp::BitOr) {
      Ref<Dict> d = inplace ? Ref<Dict>(static_cast<Dict*>(a.o)) : make<Dict>();
      if (!inplace)
        for (auto& e : static_cast<Dict*>(a.o)->entries)
          if (e.live) d->set(e.key, e.value);
      for (auto& e : static_cast<Dict*>(b.o)->entries)
        if (e.live) d->set(e.key, e.value);
      out = Value::object(d);
      return true;
    }
    if (ka == Set::K && kb == Set::K) {
      Set* x = static_cast<Set*>(a.o);
      Set* y = static_cast<Set*>(b.o);
      Ref<Set> r = make<Set>();
      r->frozen = x->frozen;
      bool handled = true;
      switch (op) {
        case BinOp::BitOr:
          for (auto& e : x->d.entries) if (e.live) r->d.set(e.key, Value());
          for (auto& e : y->d.entries) if (e.live) r->d.set(e.key, Value());
          break;
        case BinOp::BitAnd:
          for (auto& e : x->d.entries) if (e.live && y->d.find(e.key)) r->d.set(e.key, Value());
          break;
        case BinOp::Sub:
          for (auto& e : x->d.entries) if (e.live && !y->d.find(e.key)) r->d.set(e.key, Value());
          break;
        case BinOp::BitXor:
          for (auto& e : x->d.entries) if (e.live && !y->d.find(e.key)) r->d.set(e.key, Value());
          for (auto& e : y->d.entries) if (e.live && !x->d.find(e.key)) r->d.set(e.key, Value());
          break;
        default: handled = false;
      }
      if (handled) {
        if (inplace) {
          x->d.clear();
          for (auto& e : r->d.entries) if (e.live) x->d.set(e.key, Value());
          out = a;
        } else {
          out = Value::object(r);
        }
        return true;
      }
    }
  }
  if (op == BinOp::Mul && a.tag != Value::Object && b.tag == Value::Object &&
      (a.tag == Value::Int || a.tag == Value::Bool)) {
    uint32_t kb = b.o->kind;
    if (kb == Str::K || kb == List::K || kb == Tuple::K) return binary(opi, b, a, out, false);
  }
  // user dunders
  static const char* names[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
                                "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__matmul__"};
  static const char* rnames[] = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                                 "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__",
                                 "__rmatmul__"};
  static const char* inames[] = {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
                                 "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__",
                                 "__imatmul__"};
  Value m;
  if (inplace && dunder(*this, a, inames[opi], m)) return call_dunder(*this, m, a, &b, 1, out);
  if (dunder(*this, a, names[opi], m)) {
    if (!call_dunder(*this, m, a, &b, 1, out)) return false;
    if (!(as<PyType>(out) == nullptr && out.tag == Value::Object && as<Str>(out) && as<Str>(out)->s == "NotImplemented"))
      return true;
  }
  if (dunder(*this, b, rnames[opi], m)) return call_dunder(*this, m, b, &a, 1, out);
  std::string sym = binop_symbol(op);
  if (inplace && op != BinOp::Pow) sym += "=";
  return raise(TypeError, "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" +
                              type_name(b) + "'");
}

bool VM::unary(int opi, const Value& a, Value& out) {
  UnaryOp op = (UnaryOp)opi;
  if (op == UnaryOp::Not) {
    bool b;
    if (!truthy(a, b)) return false;
    out = Value::boolean(!b);
    return true;
  }
  switch (a.tag) {
    case Value::Bool:
    case Value::Int: {
      int64_t x = a.tag == Value::Int ? a.i : a.b;
      if (op == UnaryOp::Neg) {
        int64_t z;
        if (!py::checked_neg(x, &z)) out = make_int(py::BigInt::from_i64(x).neg());
        else out = Value::integer(z);
      } else if (op == UnaryOp::Pos) {
        out = Value::integer(x);
      } else {
        out = Value::integer(~x);
      }
      return true;
    }
    case Value::Float:
      if (op == UnaryOp::Neg) { out = Value::real(-a.f); return true; }
      if (op == UnaryOp::Pos) { out = a; return true; }
      break;
    default: break;
  }
  if (Long* l = as<Long>(a)) {
    if (op == UnaryOp::Neg) out = make_int(l->v.neg());
    else if (op == UnaryOp::Pos) out = a;
    else out = make_int(l->v.invert());
    return true;
  }
  static const char* names[] = {"__neg__", "__pos__", "", "__invert__"};
  Value m;
  if (dunder(*this, a, names[opi], m)) return call_dunder(*this, m, a, nullptr, 0, out);
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  return raise(TypeError, std::string("bad operand type for unary ") + sym + ": '" + type_name(a) + "'");
}

// ---- repr / str / format -----------------------------------------------------------------

static std::string addr(const void* p) {
  char buf[32];
  snprintf(buf, sizeof buf, "0x%012llx", (unsigned long long)(uintptr_t)p);
  return buf;
}

bool VM::repr(const Value& v, std::string& out) {
  switch (v.tag) {
    case Value::None: out = "None"; return true;
    case Value::Bool: out = v.b ? "True" : "False"; return true;
    case Value::Int: out = py::int_str(v.i); return true;
    case Value::Float: out = py::float_repr(v.f); return true;
    case Value::Object: break;
  }
  if (depth > limits.max_depth) return raise(RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  Obj* o = v.o;
  auto seq = [&](const std::vector<Value>& items, const char* open, const char* close, bool tuple) -> bool {
    out = open;
    depth++;
    for (size_t i = 0; i < items.size(); i++) {
      if (i) out += ", ";
      std::string s;
      if (items[i].same(v)) s = tuple ? "(...)" : "[...]";
      else if (!repr(items[i], s)) { depth--; return false; }
      out += s;
    }
    depth--;
    if (tuple && items.size() == 1) out += ",";
    out += close;
    return true;
  };
  switch ((Kind)o->kind) {
    case Kind::Str: out = py::str_repr(static_cast<Str*>(o)->s); return true;
    case Kind::Long: {
      auto r = static_cast<Long*>(o)->v.str();
      if (!r) return raise_py(*this, r.err, r.msg);
      out = std::move(r.value);
      return true;
    }
    case Kind::List: {
      std::string r;
      std::vector<Value> items = static_cast<List*>(o)->items;
      if (!seq(items, "[", "]", false)) return false;
      return true;
    }
    case Kind::Tuple: return seq(static_cast<Tuple*>(o)->items, "(", ")", true);
    case Kind::Dict: {
      Dict* d = static_cast<Dict*>(o);
      std::string r = "{";
      bool first = true;
      depth++;
      for (size_t i = 0; i < d->entries.size(); i++) {
        if (!d->entries[i].live) continue;
        Value k = d->entries[i].key, val = d->entries[i].value;
        if (!first) r += ", ";
        first = false;
        std::string ks, vs;
        if (!repr(k, ks)) { depth--; return false; }
        if (val.same(v)) vs = "{...}";
        else if (!repr(val, vs)) { depth--; return false; }
        r += ks + ": " + vs;
      }
      depth--;
      out = r + "}";
      return true;
    }
    case Kind::Set: {
      Set* s = static_cast<Set*>(o);
      std::vector<Value> items;
      for (size_t i : cpython_set_order(s->d)) items.push_back(s->d.entries[i].key);
      if (items.empty()) {
        out = s->frozen ? "frozenset()" : "set()";
        return true;
      }
      if (!seq(items, "{", "}", false)) return false;
      if (s->frozen) out = "frozenset(" + out + ")";
      return true;
    }
    case Kind::Range: {
      Range* r = static_cast<Range*>(o);
      out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) out += ", " + std::to_string(r->step);
      out += ")";
      return true;
    }
    case Kind::Slice: {
      Slice* s = static_cast<Slice*>(o);
      std::string a, b, c;
      if (!repr(s->start, a) || !repr(s->stop, b) || !repr(s->step, c)) return false;
      out = "slice(" + a + ", " + b + ", " + c + ")";
      return true;
    }
    case Kind::Function: out = "<function " + static_cast<Function*>(o)->qualname->s + " at " + addr(o) + ">"; return true;
    case Kind::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      std::string fn = as<Function>(m->func) ? as<Function>(m->func)->qualname->s : "?";
      std::string self;
      if (!repr(m->self, self)) return false;
      out = "<bound method " + fn + " of " + self + ">";
      return true;
    }
    case Kind::NativeFn: {
      NativeFn* f = static_cast<NativeFn*>(o);
      out = "<built-in function " + f->name + ">";
      if (f->bound) out = "<built-in method " + f->name + " of " + type_name(f->self) + " object at " + addr(f->self.o) + ">";
      return true;
    }
    case Kind::Type: {
      PyType* t = static_cast<PyType*>(o);
      if (t->module == "builtins") out = "<class '" + t->name->s + "'>";
      else out = "<class '" + t->module + "." + t->name->s + "'>";
      return true;
    }
    case Kind::Module: out = "<module '" + static_cast<Module*>(o)->name + "' (built-in)>"; return true;
    case Kind::Coroutine: out = "<coroutine object " + static_cast<PyCoro*>(o)->frame->code->qualname + " at " + addr(o) + ">"; return true;
    case Kind::Exception: {
      Exception* e = static_cast<Exception*>(o);
      Value m;
      if (dunder(*this, v, "__repr__", m)) break;
      std::string r = e->cls->name->s + "(";
      for (size_t i = 0; i < e->args->items.size(); i++) {
        if (i) r += ", ";
        std::string s;
        if (!repr(e->args->items[i], s)) return false;
        r += s;
      }
      out = r + ")";
      return true;
    }
    case Kind::Instance: break;
    default: break;
  }
  Value m;
  if (dunder(*this, v, "__repr__", m)) {
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
    out = "<" + inst->cls->module + "." + inst->cls->name->s + " object at " + addr(o) + ">";
    return true;
  }
  // core objects (Future, Task, Semaphore, ...)
  PyType* t = type_of(v);
  Value rm;
  if (Value* fn = t->lookup("__repr__")) {
    Value r;
    if (!call(*fn, &v, 1, nullptr, r)) return false;
    if (Str* s = as<Str>(r)) {
      out = s->s;
      return true;
    }
  }
  out = "<" + t->module + "." + t->name->s + " object at " + addr(o) + ">";
  return true;
}

bool VM::str(const Value& v, std::string& out) {
  if (v.tag == Value::Object) {
    Obj* o = v.o;
    if (o->kind == Str::K) {
      out = static_cast<Str*>(o)->s;
      return true;
    }
    Value m;
    if (dunder(*this, v, "__str__", m)) {
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
    if (o->kind == Exception::K) {
      Exception* e = static_cast<Exception*>(o);
      auto& a = e->args->items;
      if (a.empty()) {
        out.clear();
        return true;
      }
      if (a.size() == 1) {
        if (e->cls->is_subtype(KeyError)) return repr(a[0], out);
        return str(a[0], out);
      }
      return repr(Value::object(e->args), out);
    }
  }
  return repr(v, out);
}

bool VM::format(const Value& v, std::string_view spec, std::string& out) {
  py::Result<std::string> r;
  switch (v.tag) {
    case Value::None: r = py::format_none(spec); break;
    case Value::Bool: r = py::format_bool(v.b, spec); break;
    case Value::Int: r = py::format_int(v.i, spec); break;
    case Value::Float: r = py::format_float(v.f, spec); break;
    case Value::Object:
      if (v.o->kind == Str::K) {
        r = py::format_str(static_cast<Str*>(v.o)->s, spec);
        break;
      } else if (v.o->kind == Long::K) {
        r = py::format_bigint(static_cast<Long*>(v.o)->v, spec);
        break;
      } else {
        Value m;
        if (dunder(*this, v, "__format__", m)) {
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

// ---- iteration -----------------------------------------------------------------------------

namespace {

struct SeqIter final : Iterator {
  Value seq;
  size_t i = 0;
  int next(VM&, Value& out) override {
    const std::vector<Value>& items =
        seq.o->kind == List::K ? static_cast<List*>(seq.o)->items : static_cast<Tuple*>(seq.o)->items;
    if (i >= items.size()) return 0;
    out = items[i++];
    return 1;
  }
  const char* type_name() const override { return "list_iterator"; }
};

struct StrIter final : Iterator {
  Ref<Str> s;
  size_t pos = 0;
  int next(VM& vm, Value& out) override {
    const std::string& t = s->s;
    if (pos >= t.size()) return 0;
    size_t n = 1;
    unsigned char c = (unsigned char)t[pos];
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    out = vm.make_str(t.substr(pos, n));
    pos += n;
    return 1;
  }
  const char* type_name() const override { return "str_iterator"; }
};

struct RangeIter final : Iterator {
  int64_t cur, stop, step;
  int next(VM&, Value& out) override {
    if ((step > 0 && cur >= stop) || (step < 0 && cur <= stop)) return 0;
    out = Value::integer(cur);
    cur += step;
    return 1;
  }
  const char* type_name() const override { return "range_iterator"; }
};

struct DictIter final : Iterator {
  Ref<Dict> d;
  size_t i = 0;
  size_t live_at_start;
  int mode = 0;  // 0 keys, 1 values, 2 items
  int next(VM& vm, Value& out) override {
    if (d->live != live_at_start) {
      live_at_start = (size_t)-1;
      return vm.raise(vm.RuntimeError, "dictionary changed size during iteration") ? 0 : -1;
    }
    while (i < d->entries.size() && !d->entries[i].live) i++;
    if (i >= d->entries.size()) return 0;
    auto& e = d->entries[i++];
    if (mode == 0) out = e.key;
    else if (mode == 1) out = e.value;
    else out = vm.make_tuple({e.key, e.value});
    return 1;
  }
  const char* type_name() const override { return "dict_keyiterator"; }
};

struct UserIter final : Iterator {
  Value obj;
  int next(VM& vm, Value& out) override {
    static Ref<Str> nm = make<Str>("__next__");
    Value m;
    if (!vm.getattr(obj, *nm, m)) return -1;
    if (!vm.call0(m, out)) {
      if (vm.isinstance(vm.error, vm.StopIteration)) {
        vm.error = Value();
        return 0;
      }
      return -1;
    }
    return 1;
  }
};

}  // namespace

Value make_dict_iter(Dict* d, int mode) {
  Ref<DictIter> it = make<DictIter>();
  it->d = Ref<Dict>(d);
  it->live_at_start = d->live;
  it->mode = mode;
  return Value::object(it);
}

Value make_seq_iter(const Value& seq) {
  Ref<SeqIter> it = make<SeqIter>();
  it->seq = seq;
  return Value::object(it);
}

bool VM::iter(const Value& obj, Value& out) {
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::List:
      case Kind::Tuple: out = make_seq_iter(obj); return true;
      case Kind::Str: {
        Ref<StrIter> it = make<StrIter>();
        it->s = Ref<Str>(static_cast<Str*>(o));
        out = Value::object(it);
        return true;
      }
      case Kind::Range: {
        Range* r = static_cast<Range*>(o);
        Ref<RangeIter> it = make<RangeIter>();
        it->cur = r->start;
        it->stop = r->stop;
        it->step = r->step;
        out = Value::object(it);
        return true;
      }
      case Kind::Dict: out = make_dict_iter(static_cast<Dict*>(o), 0); return true;
      case Kind::Set: {
        Dict& d = static_cast<Set*>(o)->d;
        std::vector<Value> keys;
        keys.reserve(d.live);
        for (size_t i : cpython_set_order(d)) keys.push_back(d.entries[i].key);
        out = make_seq_iter(make_list(std::move(keys)));
        return true;
      }
      case Kind::Iterator: out = obj; return true;
      default: break;
    }
    Value m;
    if (dunder(*this, obj, "__iter__", m)) {
      Value r;
      if (!call_dunder(*this, m, obj, nullptr, 0, r)) return false;
      if (as<Iterator>(r)) {
        out = r;
        return true;
      }
      Ref<UserIter> it = make<UserIter>();
      it->obj = r;
      out = Value::object(it);
      return true;
    }
    if (dunder(*this, obj, "__next__", m)) {
      Ref<UserIter> it = make<UserIter>();
      it->obj = obj;
      out = Value::object(it);
      return true;
    }
  }
  if (obj.tag == Value::Object && obj.o->kind == 0)
    if (Value* fn = type_of(obj)->lookup("__iter__")) {
      Value r;
      if (!call(*fn, &obj, 1, nullptr, r)) return false;
      if (as<Iterator>(r)) {
        out = r;
        return true;
      }
    }
  return raise(TypeError, "'" + type_name(obj) + "' object is not iterable");
}

int VM::next(const Value& it, Value& out) {
  if (Iterator* i = as<Iterator>(it)) return i->next(*this, out);
  Value m;
  if (dunder(*this, it, "__next__", m)) {
    if (!call_dunder(*this, m, it, nullptr, 0, out)) {
      if (isinstance(error, StopIteration)) {
        error = Value();
        return 0;
      }
      return -1;
    }
    return 1;
  }
  raise(TypeError, "'" + type_name(it) + "' object is not an iterator");
  return -1;
}

bool VM::to_list(const Value& iterable, std::vector<Value>& out) {
  if (List* l = as<List>(iterable)) {
    out = l->items;
    return true;
  }
  if (Tuple* t = as<Tuple>(iterable)) {
    out = t->items;
    return true;
  }
  Value it;
  if (!iter(iterable, it)) return false;
  for (;;) {
    Value x;
    int r = next(it, x);
    if (r < 0) return false;
    if (r == 0) return true;
    out.push_back(std::move(x));
    if (out.size() > 50'000'000) return raise(MemoryError, "sequence too large");
  }
}

// ---- indexing ----------------------------------------------------------------------------------

bool VM::index_of(const Value& v, int64_t& out, const char* what) {
  if (v.tag == Value::Int) { out = v.i; return true; }
  if (v.tag == Value::Bool) { out = v.b; return true; }
  Value m;
  if (dunder(*this, v, "__index__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    if (r.tag == Value::Int) { out = r.i; return true; }
  }
  (void)what;
  return false;
}

// Python's slice.indices(length).
static bool slice_indices(VM& vm, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
  step = 1;
  if (!s->step.is_none()) {
    if (!vm.index_of(s->step, step)) return vm.raise(vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    if (step == 0) return vm.raise(vm.ValueError, "slice step cannot be zero");
  }
  int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
  auto conv = [&](const Value& v, int64_t def, int64_t& out) -> bool {
    if (v.is_none()) {
      out = def;
      return true;
    }
    int64_t x;
    if (!vm.index_of(v, x)) return vm.raise(vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    if (x < 0) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    out = x;
    return true;
  };
  if (!conv(s->start, step < 0 ? upper : lower, start)) return false;
  if (!conv(s->stop, step < 0 ? lower : upper, stop)) return false;
  return true;
}

static void utf8_offsets(const std::string& s, std::vector<size_t>& offs) {
  for (size_t i = 0; i < s.size(); i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) offs.push_back(i);
  offs.push_back(s.size());
}

bool VM::getitem(const Value& obj, const Value& key, Value& out) {
  if (obj.tag == Value::Object) {
    Obj* o = obj.o;
    switch ((Kind)o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        bool is_list = o->kind == List::K;
        const std::vector<Value>& items = is_list ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items;
        int64_t i;
        if (index_of(key, i)) {
          int64_t n = (int64_t)items.size();
          if (i < 0) i += n;
          if (i < 0 || i >= n) return raise(IndexError, is_list ? "list index out of range" : "tuple index out of range");
          out = items[i];
          return true;
        }
        if (!error.is_none()) return false;
        if (Slice* s = as<Slice>(key)) {
          int64_t start, stop, step;
          if (!slice_indices(*this, s, (int64_t)items.size(), start, stop, step)) return false;
          std::vector<Value> r;
          if (step > 0)
            for (int64_t k = start; k < stop; k += step) r.push_back(items[k]);
          else
            for (int64_t k = start; k > stop; k += step) r.push_back(items[k]);
          out = is_list ? make_list(std::move(r)) : make_tuple(std::move(r));
          return true;
        }
        return raise(TypeError, std::string(is_list ? "list" : "tuple") + " indices must be integers or slices, not " +
                                    type_name(key));
      }
      case Kind::Str: {
        Str* s = static_cast<Str*>(o);
        int64_t i;
        if (index_of(key, i)) {
          if (s->ascii) {
            int64_t n = (int64_t)s->s.size();
            if (i < 0) i += n;
            if (i < 0 || i >= n) return raise(IndexError, "string index out of range");
            out = make_str(std::string(1, s->s[i]));
            return true;
          }
          std::vector<size_t> offs;
          utf8_offsets(s->s, offs);
          int64_t n = (int64_t)offs.size() - 1;
          if (i < 0) i += n;
          if (i < 0 || i >= n) return raise(IndexError, "string index out of range");
          out = make_str(s->s.substr(offs[i], offs[i + 1] - offs[i]));
          return true;
        }
        if (!error.is_none()) return false;
        if (Slice* sl = as<Slice>(key)) {
          std::vector<size_t> offs;
          if (!s->ascii) utf8_offsets(s->s, offs);
          int64_t n = s->ascii ? (int64_t)s->s.size() : (int64_t)offs.size() - 1;
          int64_t start, stop, step;
          if (!slice_indices(*this, sl, n, start, stop, step)) return false;
          std::string r;
          auto ch = [&](int64_t k) {
            if (s->ascii) r += s->s[k];
            else r += s->s.substr(offs[k], offs[k + 1] - offs[k]);
          };
          if (step == 1 && s->ascii) {
            if (start < stop) r = s->s.substr(start, stop - start);
          } else if (step > 0) {
            for (int64_t k = start; k < stop; k += step) ch(k);
          } else {
            for (int64_t k = start; k > stop; k += step) ch(k);
          }
          out = make_str(std::move(r));
          return true;
        }
        return raise(TypeError, "string indices must be integers, not '" + type_name(key) + "'");
      }
      case Kind::Dict: {
        uint64_t h;
        if (!hash(key, h)) return false;
        if (Value* v = static_cast<Dict*>(o)->find(key)) {
          out = *v;
          return true;
        }
        error = new_exception_args(KeyError, {key});
        return false;
      }
      case Kind::Range: {
        Range* r = static_cast<Range*>(o);
        int64_t i;
        if (index_of(key, i)) {
          int64_t n = r->length();
          if (i < 0) i += n;
          if (i < 0 || i >= n) return raise(IndexError, "range object index out of range");
          out = Value::integer(r->start + i * r->step);
          return true;
        }
        break;
      }
      case Kind::Type: {
        // typing-style subscripts like list[int] in annotations that are evaluated
        out = obj;
        return true;
      }
      default: break;
    }
  }
  Value m;
  if (dunder(*this, obj, "__getitem__", m)) return call_dunder(*this, m, obj, &key, 1, out);
  return raise(TypeError, "'" + type_name(obj) + "' object is not subscriptable");
}

bool VM::setitem(const Value& obj, const Value& key, const Value& v) {
  if (List* l = as<List>(obj)) {
    int64_t i;
    if (index_of(key, i)) {
      int64_t n = (int64_t)l->items.size();
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raise(IndexError, "list assignment index out of range");
      l->items[i] = v;
      return true;
    }
    if (Slice* s = as<Slice>(key)) {
      int64_t start, stop, step;
      if (!slice_indices(*this, s, (int64_t)l->items.size(), start, stop, step)) return false;
      std::vector<Value> items;
      if (!to_list(v, items)) return false;
      if (step != 1) return raise(ValueError, "extended slice assignment is not supported in Turnstile scenarios");
      if (stop < start) stop = start;
      l->items.erase(l->items.begin() + start, l->items.begin() + stop);
      l->items.insert(l->items.begin() + start, items.begin(), items.end());
      return true;
    }
    return raise(TypeError, "list indices must be integers or slices, not " + type_name(key));
  }
  if (Dict* d = as<Dict>(obj)) {
    uint64_t h;
    if (!hash(key, h)) return false;
    d->set(key, v);
    return true;
  }
  Value m;
  if (dunder(*this, obj, "__setitem__", m)) {
    Value args[2] = {key, v};
    Value r;
    return call_dunder(*this, m, obj, args, 2, r);
  }
  return raise(TypeError, "'" + type_name(obj) + "' object does not support item assignment");
}

bool VM::delitem(const Value& obj, const Value& key) {
  if (List* l = as<List>(obj)) {
    int64_t i;
    if (index_of(key, i)) {
      int64_t n = (int64_t)l->items.size();
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raise(IndexError, "list assignment index out of range");
      l->items.erase(l->items.begin() + i);
      return true;
    }
    if (Slice* s = as<Slice>(key)) {
      int64_t start, stop, step;
      if (!slice_indices(*this, s, (int64_t)l->items.size(), start, stop, step)) return false;
      if (step != 1) return raise(ValueError, "extended slice deletion is not supported in Turnstile scenarios");
      if (stop > start) l->items.erase(l->items.begin() + start, l->items.begin() + stop);
      return true;
    }
  }
  if (Dict* d = as<Dict>(obj)) {
    uint64_t h;
    if (!hash(key, h)) return false;
    if (!d->erase(key)) {
      error = new_exception_args(KeyError, {key});
      return false;
    }
    return true;
  }
  Value m;
  if (dunder(*this, obj, "__delitem__", m)) {
    Value r;
    return call_dunder(*this, m, obj, &key, 1, r);
  }
  return raise(TypeError, "'" + type_name(obj) + "' object does not support item deletion");
}

bool VM::len(const Value& v, int64_t& out) {
  if (v.tag == Value::Object) {
    switch ((Kind)v.o->kind) {
      case Kind::Str: out = (int64_t)static_cast<Str*>(v.o)->length(); return true;
      case Kind::List: out = (int64_t)static_cast<List*>(v.o)->items.size(); return true;
      case Kind::Tuple: out = (int64_t)static_cast<Tuple*>(v.o)->items.size(); return true;
      case Kind::Dict: out = (int64_t)static_cast<Dict*>(v.o)->live; return true;
      case Kind::Set: out = (int64_t)static_cast<Set*>(v.o)->d.live; return true;
      case Kind::Range: out = static_cast<Range*>(v.o)->length(); return true;
      default: break;
    }
  }
  Value m;
  if (dunder(*this, v, "__len__", m)) {
    Value r;
    if (!call_dunder(*this, m, v, nullptr, 0, r)) return false;
    if (r.tag != Value::Int) return raise(TypeError, "'" + type_name(r) + "' object cannot be interpreted as an integer");
    out = r.i;
    return true;
  }
  // native hook: __len__ on core types (Queue)
  PyType* t = type_of(v);
  if (Value* fn = t->lookup("__len__")) {
    Value r;
    if (!call(*fn, &v, 1, nullptr, r)) return false;
    if (r.tag == Value::Int) {
      out = r.i;
      return true;
    }
  }
  return raise(TypeError, "object of type '" + type_name(v) + "' has no len()");
}

// ---- argument helpers ------------------------------------------------------------------------

bool VM::arg_count(const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    return raise(TypeError, std::string(fname) + "() takes exactly " + std::to_string(min) + " argument" +
                                (min == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
  if (nargs < min)
    return raise(TypeError, std::string(fname) + " expected at least " + std::to_string(min) + " argument" +
                                (min == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  return raise(TypeError, std::string(fname) + " expected at most " + std::to_string(max) + " argument" +
                              (max == 1 ? "" : "s") + ", got " + std::to_string(nargs));
}

bool VM::no_kwargs(const char* fname, Dict* kwargs) {
  if (!kwargs || kwargs->live == 0) return true;
  return raise(TypeError, std::string(fname) + "() takes no keyword arguments");
}

Value VM::kwarg(Dict* kwargs, const char* name) {
  if (!kwargs) return Value();
  Value* v = kwargs->find_str(name);
  return v ? *v : Value();
}

}  // namespace ts::vm
