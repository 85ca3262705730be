// Methods of list, tuple, dict and set/frozenset; dict views
// (dict_keys/dict_values/dict_items); sorting and set algebra shared with
// the VM core; install_type_methods.
#include <algorithm>

#include "script/front/ast.h"
#include "script/builtins/types.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

// ---- argument checks (nargs counts self) ---------------------------------------
bool meth_o(VM& vm, const char* q, int nargs, Dict* kw) {
  if (kw && kw->live) return vm.raise(vm.TypeError, std::string(q) + "() takes no keyword arguments");
  if (nargs != 2)
    return vm.raise(vm.TypeError, std::string(q) + "() takes exactly one argument (" + std::to_string(nargs - 1) + " given)");
  return true;
}
bool meth_noargs(VM& vm, const char* q, int nargs, Dict* kw) {
  if (kw && kw->live) return vm.raise(vm.TypeError, std::string(q) + "() takes no keyword arguments");
  if (nargs != 1)
    return vm.raise(vm.TypeError, std::string(q) + "() takes no arguments (" + std::to_string(nargs - 1) + " given)");
  return true;
}
// Argument Clinic style for method `name` (without the type): positional count excluding self.
bool meth_range(VM& vm, const char* name, int nargs, Dict* kw, int min, int max) {
  if (kw && kw->live) return vm.raise(vm.TypeError, std::string(name) + "() takes no keyword arguments");
  int n = nargs - 1;
  if (n >= min && n <= max) return true;
  std::string m = name;
  auto plural = [](int k) { return k == 1 ? std::string(" argument") : std::string(" arguments"); };
  if (min == max) m += " expected " + std::to_string(min) + plural(min);
  else if (n < min) m += " expected at least " + std::to_string(min) + plural(min);
  else m += " expected at most " + std::to_string(max) + plural(max);
  m += ", got " + std::to_string(n);
  return vm.raise(vm.TypeError, m);
}
bool self_check(VM& vm, Value* args, int nargs, uint32_t kind, const char* q) {
  if (nargs < 1) return vm.raise(vm.TypeError, std::string("unbound method ") + q + "() needs an argument");
  if (!args[0].is_obj() || args[0].o->kind != kind)
    return vm.raise(vm.TypeError, std::string("descriptor '") + q + "' requires a different object, not '" +
                                      vm.type_name(args[0]) + "'");
  return true;
}
#define SELF(T, q)                                                   \
  if (!self_check(vm, args, nargs, T::K, q)) return false;          \
  T* self = static_cast<T*>(args[0].o);                              \
  (void)self

// Python slice-style clamping of optional start/end arguments.
bool slice_bounds(VM& vm, const Value* s, const Value* e, int64_t len, int64_t& start, int64_t& end) {
  start = 0;
  end = len;
  if (s && !s->is_none()) {
    if (!int_arg(vm, *s, start)) return false;
    if (start < 0) { start += len; if (start < 0) start = 0; }
  }
  if (e && !e->is_none()) {
    if (!int_arg(vm, *e, end)) return false;
    if (end < 0) { end += len; if (end < 0) end = 0; }
    if (end > len) end = len;
  }
  return true;
}

bool check_hash(VM& vm, const Value& v) {
  if (v.tag != Value::Object) return true;
  if (as<Str>(v)) return true;
  uint64_t h;
  return vm.hash(v, h);
}

Value key_error(VM& vm, const Value& k) { return vm.new_exception_args(vm.KeyError, {k}); }

// ---- sorting ------------------------------------------------------------------------

struct Sorter {
  VM& vm;
  bool failed = false;
  bool lt(const Value& a, const Value& b) {
    if (failed) return false;
    bool r;
    if (!vm.lt(a, b, r)) { failed = true; return false; }
    return r;
  }
  // Stable merge sort of idx by keys.
  void sort(std::vector<size_t>& idx, const std::vector<Value>& keys) {
    std::vector<size_t> tmp(idx.size());
    msort(idx, tmp, 0, idx.size(), keys);
  }
  void msort(std::vector<size_t>& a, std::vector<size_t>& tmp, size_t lo, size_t hi, const std::vector<Value>& k) {
    if (hi - lo < 2 || failed) return;
    if (hi - lo <= 16) {  // binary insertion sort
      for (size_t i = lo + 1; i < hi && !failed; ++i) {
        size_t x = a[i];
        size_t l = lo, r = i;
        while (l < r) {
          size_t m = (l + r) / 2;
          if (lt(k[x], k[a[m]])) r = m; else l = m + 1;
        }
        for (size_t j = i; j > l; --j) a[j] = a[j - 1];
        a[l] = x;
      }
      return;
    }
    size_t mid = (lo + hi) / 2;
    msort(a, tmp, lo, mid, k);
    msort(a, tmp, mid, hi, k);
    if (failed) return;
    if (!lt(k[a[mid]], k[a[mid - 1]])) return;  // already ordered
    size_t i = lo, j = mid, o = lo;
    while (i < mid && j < hi) {
      if (lt(k[a[j]], k[a[i]])) tmp[o++] = a[j++]; else tmp[o++] = a[i++];
    }
    while (i < mid) tmp[o++] = a[i++];
    while (j < hi) tmp[o++] = a[j++];
    for (size_t t = lo; t < hi; ++t) a[t] = tmp[t];
  }
};

}  // namespace

bool sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  if (reverse) std::reverse(items.begin(), items.end());
  std::vector<Value> keys;
  if (!key.is_none()) {
    keys.reserve(n);
    for (auto& x : items) {
      Value k;
      if (!vm.call1(key, x, k)) { if (reverse) std::reverse(items.begin(), items.end()); return false; }
      keys.push_back(std::move(k));
    }
  }
  const std::vector<Value>& k = key.is_none() ? items : keys;
  if (n > 1) {
    // Fast paths for homogeneous ints, floats and strings.
    bool all_int = true, all_float = true, all_str = true;
    for (auto& v : k) {
      all_int = all_int && v.tag == Value::Int;
      all_float = all_float && v.tag == Value::Float;
      all_str = all_str && as<Str>(v) != nullptr;
    }
    std::vector<size_t> idx(n);
    for (size_t i = 0; i < n; ++i) idx[i] = i;
    if (all_int) {
      std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return k[a].i < k[b].i; });
    } else if (all_float) {
      // NaN makes `<` inconsistent: use the generic sort then.
      bool nan = false;
      for (auto& v : k) nan = nan || v.f != v.f;
      if (nan) all_float = false;
      else std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return k[a].f < k[b].f; });
    }
    if (!all_int && !all_float) {
      if (all_str) {
        // Code point order == UTF-8 byte order.
        std::stable_sort(idx.begin(), idx.end(),
                         [&](size_t a, size_t b) { return as<Str>(k[a])->s < as<Str>(k[b])->s; });
      } else {
        Sorter s{vm};
        s.sort(idx, k);
        if (s.failed) { if (reverse) std::reverse(items.begin(), items.end()); return false; }
      }
    }
    std::vector<Value> sorted;
    sorted.reserve(n);
    for (size_t i : idx) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
  }
  if (reverse) std::reverse(items.begin(), items.end());
  return true;
}

// ---- sets -------------------------------------------------------------------------------

Ref<Set> new_set(bool frozen) {
  auto s = make<Set>();
  s->frozen = frozen;
  return s;
}

bool set_add(VM& vm, Set* s, const Value& v) {
  if (!check_hash(vm, v)) return false;
  if (!s->d.find(v)) s->d.set(v, Value::none());
  return true;
}

bool dict_set(VM& vm, Dict* d, const Value& k, const Value& v) {
  if (!check_hash(vm, k)) return false;
  d->set(k, v);
  return true;
}

namespace {

std::vector<Value> set_items(const Set* s) {
  std::vector<Value> r;
  r.reserve(s->d.live);
  for (auto& e : s->d.entries)
    if (e.live) r.push_back(e.key);
  return r;
}

// Materializes any iterable as a (temporary) set for the algebra methods.
bool as_set(VM& vm, const Value& v, Ref<Set>& out) {
  if (Set* s = as<Set>(v)) { out = Ref<Set>(s); return true; }
  if (v.is_obj() && v.o->kind == uint32_t(Kind::FrozenSet)) { out = Ref<Set>(static_cast<Set*>(v.o)); return true; }
  out = new_set(false);
  Value it;
  if (!vm.iter(v, it)) return false;
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) return true;
    if (!set_add(vm, out.get(), x)) return false;
  }
}

Set* set_of(const Value& v) {
  if (!v.is_obj()) return nullptr;
  if (v.o->kind == uint32_t(Kind::Set) || v.o->kind == uint32_t(Kind::FrozenSet)) return static_cast<Set*>(v.o);
  return nullptr;
}

Ref<Set> set_copy(const Set* a, bool frozen) {
  auto r = new_set(frozen);
  for (auto& e : a->d.entries)
    if (e.live) r->d.set(e.key, Value::none());
  return r;
}

// op: 0 union, 1 intersection, 2 difference, 3 symmetric difference.
Ref<Set> set_algebra(const Set* a, const Set* b, int op, bool frozen) {
  Ref<Set> r = new_set(frozen);
  switch (op) {
    case 0:
      r = set_copy(a, frozen);
      for (auto& e : b->d.entries)
        if (e.live && !r->d.find(e.key)) r->d.set(e.key, Value::none());
      break;
    case 1:
      for (auto& e : a->d.entries)
        if (e.live && b->d.find(e.key)) r->d.set(e.key, Value::none());
      break;
    case 2:
      for (auto& e : a->d.entries)
        if (e.live && !b->d.find(e.key)) r->d.set(e.key, Value::none());
      break;
    case 3:
      for (auto& e : a->d.entries)
        if (e.live && !b->d.find(e.key)) r->d.set(e.key, Value::none());
      for (auto& e : b->d.entries)
        if (e.live && !a->d.find(e.key)) r->d.set(e.key, Value::none());
      break;
  }
  return r;
}

int binop_to_setop(int op) {
  switch (ast::BinOp(op)) {
    case ast::BinOp::BitOr: return 0;
    case ast::BinOp::BitAnd: return 1;
    case ast::BinOp::Sub: return 2;
    case ast::BinOp::BitXor: return 3;
    default: return -1;
  }
}

bool is_subset(const Set* a, const Set* b) {
  if (a->d.live > b->d.live) return false;
  for (auto& e : a->d.entries)
    if (e.live && !b->d.find(e.key)) return false;
  return true;
}

}  // namespace

bool set_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled) {
  Set* sa = set_of(a);
  Set* sb = set_of(b);
  int sop = binop_to_setop(op);
  handled = sa && sb && sop >= 0;
  if (!handled) return true;
  out = Value::object(set_algebra(sa, sb, sop, sa->frozen));
  return true;
}

bool set_inplace_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled) {
  Set* sa = set_of(a);
  Set* sb = set_of(b);
  int sop = binop_to_setop(op);
  handled = sa && sb && sop >= 0;
  if (!handled) return true;
  if (sa->frozen) return set_binop(vm, op, a, b, out, handled);
  Ref<Set> r = set_algebra(sa, sb, sop, false);
  if (sop == 0) {
    for (auto& e : sb->d.entries)
      if (e.live && !sa->d.find(e.key)) sa->d.set(e.key, Value::none());
  } else {
    std::vector<Value> keep = set_items(r.get());
    sa->d.clear();
    for (auto& v : keep) sa->d.set(v, Value::none());
  }
  out = a;
  return true;
}

bool set_compare(VM& vm, int cmpop, Set* a, Set* b, bool& out) {
  switch (ast::CmpOp(cmpop)) {
    case ast::CmpOp::Eq: out = a->d.live == b->d.live && is_subset(a, b); return true;
    case ast::CmpOp::NotEq: out = !(a->d.live == b->d.live && is_subset(a, b)); return true;
    case ast::CmpOp::LtE: out = is_subset(a, b); return true;
    case ast::CmpOp::Lt: out = a->d.live < b->d.live && is_subset(a, b); return true;
    case ast::CmpOp::GtE: out = is_subset(b, a); return true;
    case ast::CmpOp::Gt: out = b->d.live < a->d.live && is_subset(b, a); return true;
    default: return vm.raise(vm.TypeError, "bad set comparison");
  }
}

namespace {

// A set's elements in CPython's iteration order (cpython_set_order, setorder.cpp).
std::vector<Value> set_order(const Set* s) {
  std::vector<Value> v;
  v.reserve(s->d.live);
  for (size_t i : cpython_set_order(s->d)) v.push_back(s->d.entries[i].key);
  return v;
}

}  // namespace

// ---- dicts ----------------------------------------------------------------------------------

bool dict_update_from(VM& vm, Dict* d, const Value& src, const char* fname) {
  if (Dict* s = as<Dict>(src)) {
    if (s == d) return true;
    std::vector<std::pair<Value, Value>> pairs;
    for (auto& e : s->entries)
      if (e.live) pairs.emplace_back(e.key, e.value);
    for (auto& p : pairs) d->set(p.first, p.second);
    return true;
  }
  // Objects with keys(): mapping protocol.
  if (as<Instance>(src) && vm.type_of(src)->lookup("keys")) {
    Value ks;
    if (!vm.callm(src, "keys", nullptr, 0, ks)) return false;
    std::vector<Value> keys;
    if (!vm.to_list(ks, keys)) return false;
    for (auto& k : keys) {
      Value v;
      if (!vm.getitem(src, k, v)) return false;
      if (!dict_set(vm, d, k, v)) return false;
    }
    return true;
  }
  Value it;
  if (!vm.iter(src, it)) return false;
  for (int64_t n = 0;; ++n) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) return true;
    std::vector<Value> kv;
    if (Tuple* t = as<Tuple>(x)) kv = t->items;
    else if (List* l = as<List>(x)) kv = l->items;
    else {
      Value sub;
      if (!vm.iter(x, sub)) {
        if (vm.exc_matches(vm.error, vm.TypeError)) {
          vm.error = Value::none();
          return vm.raise(vm.TypeError, "cannot convert dictionary update sequence element #" + std::to_string(n) +
                                            " to a sequence");
        }
        return false;
      }
      if (!vm.to_list(sub, kv)) return false;
    }
    if (kv.size() != 2)
      return vm.raise(vm.ValueError, "dictionary update sequence element #" + std::to_string(n) + " has length " +
                                         std::to_string(kv.size()) + "; 2 is required");
    if (!dict_set(vm, d, kv[0], kv[1])) return false;
  }
}

namespace {

// ---- dict views -------------------------------------------------------------------------------

// A view is a core-style object (kind 0): the VM finds its type through
// vm.native_types by type_name() and calls the native dunders below.
struct DictView : Obj {
  Ref<Dict> d;
  int which;  // 0 keys, 1 values, 2 items
  DictView(Dict* dd, int w) : d(dd), which(w) {}
  const char* type_name() const override {
    return which == 0 ? "dict_keys" : which == 1 ? "dict_values" : "dict_items";
  }
};

struct DictViewIter : Iterator {
  Ref<Dict> d;
  int which;
  size_t pos = 0;
  size_t size0;
  bool done = false;
  DictViewIter(Dict* dd, int w) : d(dd), which(w), size0(dd->live) {}
  const char* type_name() const override {
    return which == 0 ? "dict_keyiterator" : which == 1 ? "dict_valueiterator" : "dict_itemiterator";
  }
  int next(VM& vm, Value& out) override {
    if (done) return 0;
    if (d->live != size0) {
      done = true;
      vm.raise(vm.RuntimeError, "dictionary changed size during iteration");
      return -1;
    }
    while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
    if (pos >= d->entries.size()) { done = true; return 0; }
    auto& e = d->entries[pos++];
    if (which == 0) out = e.key;
    else if (which == 1) out = e.value;
    else out = vm.make_tuple({e.key, e.value});
    return 1;
  }
};

DictView* view_self(VM& vm, Value* args, int nargs) {
  if (nargs < 1) { vm.raise(vm.TypeError, "descriptor needs an argument"); return nullptr; }
  DictView* v = args[0].is_obj() && args[0].o->kind == 0 ? dynamic_cast<DictView*>(args[0].o) : nullptr;
  if (!v) vm.raise(vm.TypeError, "descriptor requires a dict view, not '" + vm.type_name(args[0]) + "'");
  return v;
}

bool view_repr(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  std::string s = std::string(v->type_name()) + "([";
  bool first = true;
  std::vector<std::pair<Value, Value>> items;
  for (auto& e : v->d->entries)
    if (e.live) items.emplace_back(e.key, e.value);
  for (auto& p : items) {
    if (!first) s += ", ";
    first = false;
    std::string r;
    if (v->which == 2) {
      std::string a, b;
      if (!vm.repr(p.first, a) || !vm.repr(p.second, b)) return false;
      r = "(" + a + ", " + b + ")";
    } else if (!vm.repr(v->which == 0 ? p.first : p.second, r)) {
      return false;
    }
    s += r;
  }
  s += "])";
  out = vm.make_str(std::move(s));
  return true;
}

bool view_len(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  out = Value::integer(int64_t(v->d->live));
  return true;
}

bool view_iter(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  out = Value::object(static_cast<Obj*>(new DictViewIter(v->d.get(), v->which)));
  return true;
}

bool view_reversed(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  std::vector<Value> items;
  for (auto& e : v->d->entries) {
    if (!e.live) continue;
    if (v->which == 0) items.push_back(e.key);
    else if (v->which == 1) items.push_back(e.value);
    else items.push_back(vm.make_tuple({e.key, e.value}));
  }
  std::reverse(items.begin(), items.end());
  Value l = vm.make_list(std::move(items));
  return vm.iter(l, out);
}

bool view_contains(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  if (nargs != 2) return vm.raise(vm.TypeError, "__contains__ expects one argument");
  const Value& x = args[1];
  if (v->which == 0) {
    if (!check_hash(vm, x)) return false;
    out = Value::boolean(v->d->find(x) != nullptr);
    return true;
  }
  if (v->which == 2) {
    Tuple* t = as<Tuple>(x);
    if (!t || t->items.size() != 2) { out = Value::boolean(false); return true; }
    if (!check_hash(vm, t->items[0])) return false;
    Value* found = v->d->find(t->items[0]);
    if (!found) { out = Value::boolean(false); return true; }
    Value fv = *found;
    bool e;
    if (!value_eq(vm, fv, t->items[1], e)) return false;
    out = Value::boolean(e);
    return true;
  }
  std::vector<Value> vals;
  for (auto& e : v->d->entries)
    if (e.live) vals.push_back(e.value);
  for (auto& y : vals) {
    bool e;
    if (!value_eq(vm, y, x, e)) return false;
    if (e) { out = Value::boolean(true); return true; }
  }
  out = Value::boolean(false);
  return true;
}

bool view_eq(VM& vm, Value* args, int nargs, Dict*, Value& out, void*) {
  DictView* v = view_self(vm, args, nargs);
  if (!v) return false;
  if (nargs != 2) return vm.raise(vm.TypeError, "__eq__ expects one argument");
  if (v->which == 1) { out = args[0].same(args[1]) ? Value::boolean(true) : not_implemented(vm); return true; }
  // keys / items views compare as sets.
  DictView* ov = args[1].is_obj() && args[1].o->kind == 0 ? dynamic_cast<DictView*>(args[1].o) : nullptr;
  Set* os = set_of(args[1]);
  if (!os && !(ov && ov->which != 1)) { out = not_implemented(vm); return true; }
  Ref<Set> a, b;
  Value self = args[0];
  if (!as_set(vm, self, a) || !as_set(vm, args[1], b)) return false;
  out = Value::boolean(a->d.live == b->d.live && is_subset(a.get(), b.get()));
  return true;
}

}  // namespace

namespace {
bool g_views_iterable = true;  // false when the VM core cannot iterate native objects
}

Value dict_view(VM& vm, Dict* d, int which) {
  if (!g_views_iterable) {
    // Fallback: a list snapshot (prints as a list, not dict_keys([...])).
    std::vector<Value> items;
    for (auto& e : d->entries) {
      if (!e.live) continue;
      if (which == 0) items.push_back(e.key);
      else if (which == 1) items.push_back(e.value);
      else items.push_back(vm.make_tuple({e.key, e.value}));
    }
    return vm.make_list(std::move(items));
  }
  return Value::object(static_cast<Obj*>(new DictView(d, which)));
}

namespace {

// ---- list methods --------------------------------------------------------------------------------

bool list_append(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.append");
  if (!meth_o(vm, "list.append", nargs, kw)) return false;
  self->items.push_back(args[1]);
  out = Value::none();
  return true;
}

bool list_extend(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.extend");
  if (!meth_o(vm, "list.extend", nargs, kw)) return false;
  std::vector<Value> items;
  if (List* o = as<List>(args[1])) items = o->items;
  else if (!vm.to_list(args[1], items)) return false;
  for (auto& v : items) self->items.push_back(std::move(v));
  out = Value::none();
  return true;
}

bool list_insert(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.insert");
  if (!meth_range(vm, "insert", nargs, kw, 2, 2)) return false;
  int64_t i;
  if (!int_arg(vm, args[1], i)) return false;
  int64_t n = int64_t(self->items.size());
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  self->items.insert(self->items.begin() + i, args[2]);
  out = Value::none();
  return true;
}

bool list_pop(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.pop");
  if (!meth_range(vm, "pop", nargs, kw, 0, 1)) return false;
  int64_t i = -1;
  if (nargs == 2 && !int_arg(vm, args[1], i)) return false;
  int64_t n = int64_t(self->items.size());
  if (n == 0) return vm.raise(vm.IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.IndexError, "pop index out of range");
  out = std::move(self->items[size_t(i)]);
  self->items.erase(self->items.begin() + i);
  return true;
}

bool list_remove(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.remove");
  if (!meth_o(vm, "list.remove", nargs, kw)) return false;
  Ref<List> keep(self);
  for (size_t i = 0; i < self->items.size(); ++i) {
    Value item = self->items[i];
    bool e;
    if (!value_eq(vm, item, args[1], e)) return false;
    if (e) {
      if (i < self->items.size()) self->items.erase(self->items.begin() + i);
      out = Value::none();
      return true;
    }
  }
  return vm.raise(vm.ValueError, "list.remove(x): x not in list");
}

bool seq_index(VM& vm, std::vector<Value>& items, Value* args, int nargs, Value& out, bool is_list) {
  int64_t start, end;
  if (!slice_bounds(vm, nargs > 2 ? &args[2] : nullptr, nargs > 3 ? &args[3] : nullptr, int64_t(items.size()), start,
                    end))
    return false;
  for (int64_t i = start; i < end && i < int64_t(items.size()); ++i) {
    Value item = items[size_t(i)];
    bool e;
    if (!value_eq(vm, item, args[1], e)) return false;
    if (e) { out = Value::integer(i); return true; }
  }
  if (!is_list) return vm.raise(vm.ValueError, "tuple.index(x): x not in tuple");
  std::string r;
  if (!vm.repr(args[1], r)) return false;
  return vm.raise(vm.ValueError, r + " is not in list");
}

bool seq_count(VM& vm, std::vector<Value>& items, const Value& x, Value& out) {
  int64_t c = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    bool e;
    if (!value_eq(vm, item, x, e)) return false;
    if (e) ++c;
  }
  out = Value::integer(c);
  return true;
}

bool list_index(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.index");
  if (!meth_range(vm, "index", nargs, kw, 1, 3)) return false;
  Ref<List> keep(self);
  return seq_index(vm, self->items, args, nargs, out, true);
}

bool list_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.count");
  if (!meth_o(vm, "list.count", nargs, kw)) return false;
  Ref<List> keep(self);
  return seq_count(vm, self->items, args[1], out);
}

bool list_sort(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.sort");
  if (nargs > 1) return vm.raise(vm.TypeError, "sort() takes no positional arguments");
  if (kw && kw->live) {
    for (auto& e : kw->entries) {
      if (!e.live) continue;
      Str* k = as<Str>(e.key);
      if (!k || (k->s != "key" && k->s != "reverse"))
        return vm.raise(vm.TypeError, "'" + (k ? k->s : std::string("?")) + "' is an invalid keyword argument for sort()");
    }
  }
  const Value* kp = kwarg_ptr(kw, "key");
  const Value* rp = kwarg_ptr(kw, "reverse");
  int64_t rev = 0;
  if (rp && !int_arg(vm, *rp, rev)) return false;
  Ref<List> keep(self);
  std::vector<Value> items;
  items.swap(self->items);  // the list looks empty while sorting, as in CPython
  bool ok = sort_values(vm, items, kp ? *kp : Value::none(), rev != 0);
  bool modified = !self->items.empty();
  self->items.swap(items);
  if (!ok) return false;
  if (modified) return vm.raise(vm.ValueError, "list modified during sort");
  out = Value::none();
  return true;
}

bool list_reverse(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.reverse");
  if (!meth_noargs(vm, "list.reverse", nargs, kw)) return false;
  std::reverse(self->items.begin(), self->items.end());
  out = Value::none();
  return true;
}

bool list_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.copy");
  if (!meth_noargs(vm, "list.copy", nargs, kw)) return false;
  out = vm.make_list(self->items);
  return true;
}

bool list_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, "list.clear");
  if (!meth_noargs(vm, "list.clear", nargs, kw)) return false;
  std::vector<Value> old;
  old.swap(self->items);
  out = Value::none();
  return true;
}

// ---- tuple methods ----------------------------------------------------------------------------------

bool tuple_index(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Tuple, "tuple.index");
  if (!meth_range(vm, "index", nargs, kw, 1, 3)) return false;
  return seq_index(vm, self->items, args, nargs, out, false);
}

bool tuple_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Tuple, "tuple.count");
  if (!meth_o(vm, "tuple.count", nargs, kw)) return false;
  return seq_count(vm, self->items, args[1], out);
}

// ---- dict methods -----------------------------------------------------------------------------------

bool dict_get(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.get");
  if (!meth_range(vm, "get", nargs, kw, 1, 2)) return false;
  if (!check_hash(vm, args[1])) return false;
  Value* v = self->find(args[1]);
  if (v) out = *v;
  else out = nargs == 3 ? args[2] : Value::none();
  return true;
}

bool dict_keys(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.keys");
  if (!meth_noargs(vm, "dict.keys", nargs, kw)) return false;
  out = dict_view(vm, self, 0);
  return true;
}
bool dict_values(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.values");
  if (!meth_noargs(vm, "dict.values", nargs, kw)) return false;
  out = dict_view(vm, self, 1);
  return true;
}
bool dict_items(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.items");
  if (!meth_noargs(vm, "dict.items", nargs, kw)) return false;
  out = dict_view(vm, self, 2);
  return true;
}

bool dict_pop(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.pop");
  if (!meth_range(vm, "pop", nargs, kw, 1, 2)) return false;
  if (!check_hash(vm, args[1])) return false;
  Value* v = self->find(args[1]);
  if (!v) {
    if (nargs == 3) { out = args[2]; return true; }
    return vm.raise_value(key_error(vm, args[1]));
  }
  out = *v;
  self->erase(args[1]);
  return true;
}

bool dict_popitem(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.popitem");
  if (!meth_noargs(vm, "dict.popitem", nargs, kw)) return false;
  for (size_t i = self->entries.size(); i-- > 0;) {
    if (!self->entries[i].live) continue;
    Value k = self->entries[i].key, v = self->entries[i].value;
    self->erase(k);
    out = vm.make_tuple({k, v});
    return true;
  }
  return vm.raise_value(key_error(vm, vm.make_str("popitem(): dictionary is empty")));
}

bool dict_setdefault(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.setdefault");
  if (!meth_range(vm, "setdefault", nargs, kw, 1, 2)) return false;
  if (!check_hash(vm, args[1])) return false;
  if (Value* v = self->find(args[1])) { out = *v; return true; }
  Value d = nargs == 3 ? args[2] : Value::none();
  self->set(args[1], d);
  out = d;
  return true;
}

bool dict_update(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.update");
  if (nargs > 2) return vm.raise(vm.TypeError, "update expected at most 1 argument, got " + std::to_string(nargs - 1));
  if (nargs == 2 && !dict_update_from(vm, self, args[1])) return false;
  if (kw && kw->live)
    for (auto& e : kw->entries)
      if (e.live) self->set(e.key, e.value);
  out = Value::none();
  return true;
}

bool dict_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.copy");
  if (!meth_noargs(vm, "dict.copy", nargs, kw)) return false;
  auto d = make<Dict>();
  for (auto& e : self->entries)
    if (e.live) d->set(e.key, e.value);
  out = Value::object(d);
  return true;
}

bool dict_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, "dict.clear");
  if (!meth_noargs(vm, "dict.clear", nargs, kw)) return false;
  self->clear();
  out = Value::none();
  return true;
}

// dict.fromkeys(iterable, value=None): works called on the type (args[0] is
// the iterable) and on an instance (args[0] is a dict, then the iterable).
bool dict_fromkeys(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  if (kw && kw->live) return vm.raise(vm.TypeError, "fromkeys() takes no keyword arguments");
  int off = 0;
  if (nargs >= 1 && (as<PyType>(args[0]) || (as<Dict>(args[0]) && nargs >= 2))) off = 1;
  int n = nargs - off;
  if (n < 1 || n > 2) {
    std::string m = n < 1 ? "fromkeys expected at least 1 argument, got " : "fromkeys expected at most 2 arguments, got ";
    return vm.raise(vm.TypeError, m + std::to_string(n));
  }
  Value val = n == 2 ? args[off + 1] : Value::none();
  auto d = make<Dict>();
  Value it;
  if (!vm.iter(args[off], it)) return false;
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    if (!dict_set(vm, d.get(), x, val)) return false;
  }
  out = Value::object(d);
  return true;
}

// ---- set methods -------------------------------------------------------------------------------------

Set* set_self(VM& vm, Value* args, int nargs, const char* q) {
  if (nargs < 1) { vm.raise(vm.TypeError, std::string("unbound method ") + q + "() needs an argument"); return nullptr; }
  Set* s = set_of(args[0]);
  if (!s) vm.raise(vm.TypeError, std::string("descriptor '") + q + "' requires a 'set' object but received a '" +
                                     vm.type_name(args[0]) + "'");
  return s;
}
#define SET_SELF(q)                         \
  Set* self = set_self(vm, args, nargs, q); \
  if (!self) return false

bool set_m_add(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("add");
  if (!meth_o(vm, "set.add", nargs, kw)) return false;
  if (!set_add(vm, self, args[1])) return false;
  out = Value::none();
  return true;
}

bool set_m_discard(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("discard");
  if (!meth_o(vm, "set.discard", nargs, kw)) return false;
  if (!check_hash(vm, args[1])) return false;
  self->d.erase(args[1]);
  out = Value::none();
  return true;
}

bool set_m_remove(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("remove");
  if (!meth_o(vm, "set.remove", nargs, kw)) return false;
  if (!check_hash(vm, args[1])) return false;
  if (!self->d.erase(args[1])) return vm.raise_value(key_error(vm, args[1]));
  out = Value::none();
  return true;
}

bool set_m_pop(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("pop");
  if (!meth_noargs(vm, "set.pop", nargs, kw)) return false;
  std::vector<Value> order = set_order(self);
  if (!order.empty()) {
    out = order.front();
    self->d.erase(out);
    return true;
  }
  return vm.raise_value(key_error(vm, vm.make_str("pop from an empty set")));
}

bool set_m_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("clear");
  if (!meth_noargs(vm, "set.clear", nargs, kw)) return false;
  self->d.clear();
  out = Value::none();
  return true;
}

bool set_m_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("copy");
  if (!meth_noargs(vm, self->frozen ? "frozenset.copy" : "set.copy", nargs, kw)) return false;
  if (self->frozen) { out = args[0]; return true; }
  out = Value::object(set_copy(self, false));
  return true;
}

// union / intersection / difference with any number of iterables.
bool set_multi(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int op, const char* name) {
  SET_SELF(name);
  if (kw && kw->live) return vm.raise(vm.TypeError, std::string(name) + "() takes no keyword arguments");
  Ref<Set> r = set_copy(self, self->frozen);
  for (int i = 1; i < nargs; ++i) {
    Ref<Set> o;
    if (!as_set(vm, args[i], o)) return false;
    r = set_algebra(r.get(), o.get(), op, self->frozen);
  }
  out = Value::object(r);
  return true;
}
bool set_m_union(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 0, "union"); }
bool set_m_intersection(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 1, "intersection"); }
bool set_m_difference(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 2, "difference"); }

bool set_m_symdiff(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("symmetric_difference");
  if (!meth_o(vm, "set.symmetric_difference", nargs, kw)) return false;
  Ref<Set> o;
  if (!as_set(vm, args[1], o)) return false;
  out = Value::object(set_algebra(self, o.get(), 3, self->frozen));
  return true;
}

bool set_update_multi(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int op, const char* name) {
  SET_SELF(name);
  if (kw && kw->live) return vm.raise(vm.TypeError, std::string(name) + "() takes no keyword arguments");
  for (int i = 1; i < nargs; ++i) {
    if (op == 0 && !set_of(args[i])) {  // update: add items as they come
      Value it;
      if (!vm.iter(args[i], it)) return false;
      for (;;) {
        Value x;
        int r = vm.next(it, x);
        if (r < 0) return false;
        if (r == 0) break;
        if (!set_add(vm, self, x)) return false;
      }
      continue;
    }
    Ref<Set> o;
    if (!as_set(vm, args[i], o)) return false;
    Ref<Set> r = set_algebra(self, o.get(), op, false);
    std::vector<Value> keep = set_items(r.get());
    self->d.clear();
    for (auto& v : keep) self->d.set(v, Value::none());
  }
  out = Value::none();
  return true;
}
bool set_m_update(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_update_multi(vm, a, n, k, o, 0, "update"); }
bool set_m_iupdate(VM& vm, Value* a, int n, Dict* k, Value& o, void*) {
  return set_update_multi(vm, a, n, k, o, 1, "intersection_update");
}
bool set_m_dupdate(VM& vm, Value* a, int n, Dict* k, Value& o, void*) {
  return set_update_multi(vm, a, n, k, o, 2, "difference_update");
}
bool set_m_sdupdate(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SET_SELF("symmetric_difference_update");
  if (!meth_o(vm, "set.symmetric_difference_update", nargs, kw)) return false;
  return set_update_multi(vm, args, nargs, kw, out, 3, "symmetric_difference_update");
}

bool set_m_rel(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int which, const char* q) {
  SET_SELF(q);
  if (!meth_o(vm, q, nargs, kw)) return false;
  Ref<Set> o;
  if (!as_set(vm, args[1], o)) return false;
  if (which == 0) out = Value::boolean(is_subset(self, o.get()));
  else if (which == 1) out = Value::boolean(is_subset(o.get(), self));
  else {
    bool disjoint = true;
    for (auto& e : o->d.entries)
      if (e.live && self->d.find(e.key)) { disjoint = false; break; }
    out = Value::boolean(disjoint);
  }
  return true;
}
bool set_m_issubset(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 0, "set.issubset"); }
bool set_m_issuperset(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 1, "set.issuperset"); }
bool set_m_isdisjoint(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 2, "set.isdisjoint"); }

}  // namespace

void install_container_methods(VM& vm) {
  PyType* L = vm.t_list;
  vm.def_method(L, "append", list_append);
  vm.def_method(L, "extend", list_extend);
  vm.def_method(L, "insert", list_insert);
  vm.def_method(L, "pop", list_pop);
  vm.def_method(L, "remove", list_remove);
  vm.def_method(L, "index", list_index);
  vm.def_method(L, "count", list_count);
  vm.def_method(L, "sort", list_sort);
  vm.def_method(L, "reverse", list_reverse);
  vm.def_method(L, "copy", list_copy);
  vm.def_method(L, "clear", list_clear);

  vm.def_method(vm.t_tuple, "index", tuple_index);
  vm.def_method(vm.t_tuple, "count", tuple_count);

  PyType* D = vm.t_dict;
  vm.def_method(D, "get", dict_get);
  vm.def_method(D, "keys", dict_keys);
  vm.def_method(D, "values", dict_values);
  vm.def_method(D, "items", dict_items);
  vm.def_method(D, "pop", dict_pop);
  vm.def_method(D, "popitem", dict_popitem);
  vm.def_method(D, "setdefault", dict_setdefault);
  vm.def_method(D, "update", dict_update);
  vm.def_method(D, "copy", dict_copy);
  vm.def_method(D, "clear", dict_clear);
  vm.def_method(D, "fromkeys", dict_fromkeys);

  for (PyType* S : {vm.t_set, vm.t_frozenset}) {
    if (!S) continue;
    vm.def_method(S, "copy", set_m_copy);
    vm.def_method(S, "union", set_m_union);
    vm.def_method(S, "intersection", set_m_intersection);
    vm.def_method(S, "difference", set_m_difference);
    vm.def_method(S, "symmetric_difference", set_m_symdiff);
    vm.def_method(S, "issubset", set_m_issubset);
    vm.def_method(S, "issuperset", set_m_issuperset);
    vm.def_method(S, "isdisjoint", set_m_isdisjoint);
  }
  PyType* S = vm.t_set;
  vm.def_method(S, "add", set_m_add);
  vm.def_method(S, "discard", set_m_discard);
  vm.def_method(S, "remove", set_m_remove);
  vm.def_method(S, "pop", set_m_pop);
  vm.def_method(S, "clear", set_m_clear);
  vm.def_method(S, "update", set_m_update);
  vm.def_method(S, "intersection_update", set_m_iupdate);
  vm.def_method(S, "difference_update", set_m_dupdate);
  vm.def_method(S, "symmetric_difference_update", set_m_sdupdate);

  // dict views
  for (int w = 0; w < 3; ++w) {
    const char* n = w == 0 ? "dict_keys" : w == 1 ? "dict_values" : "dict_items";
    PyType* t = vm.new_type(n, vm.t_object, Kind::Native);
    vm.native_types[n] = t;
    vm.def_method(t, "__repr__", view_repr);
    vm.def_method(t, "__len__", view_len);
    vm.def_method(t, "__iter__", view_iter);
    vm.def_method(t, "__reversed__", view_reversed);
    vm.def_method(t, "__contains__", view_contains);
    if (w != 1) vm.def_method(t, "__eq__", view_eq);
  }
  // Probe: can the VM core iterate a native object through its type's __iter__?
  {
    auto probe = make<Dict>();
    Value v = Value::object(static_cast<Obj*>(new DictView(probe.get(), 0)));
    Value it;
    Value saved = vm.error;
    g_views_iterable = vm.iter(v, it);
    vm.error = saved;
  }
}

void install_type_methods(VM& vm) {
  install_container_methods(vm);
  install_str_methods(vm);
  install_number_methods(vm);
}

}  // namespace ts::vm
