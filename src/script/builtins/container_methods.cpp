// Methods of list, tuple, dict and set/frozenset; install_type_methods.
#include <algorithm>

#include "script/builtins/types.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

// ---- receivers ------------------------------------------------------------------
constexpr Owner kList{"list", is<List>};
constexpr Owner kTuple{"tuple", is<Tuple>};
constexpr Owner kDict{"dict", is<Dict>};
constexpr Owner kSet{"set", is<Set>};  // set and frozenset share their methods
// The methods that mutate are set's alone: set.add(frozenset(), 1) is refused.
bool is_mutable_set(const Value& v) { return is<Set>(v) && !static_cast<Set*>(v.o)->frozen; }
constexpr Owner kMutableSet{"set", is_mutable_set};
constexpr Sig kOthers{"", Conv::Tuple, "*others"};  // union(*others), update(*others), ...

// The receiver and the arguments checked as CPython checks them
// (objects/getargs.h: Sig(name, convention, parameters)); then self.
#define SELF(T, owner, ...)                                                    \
  static constexpr Sig kSig(__VA_ARGS__);                                      \
  SELF_CHECKED(T, owner, kSig)
// The same for a name chosen at run time (set or frozenset): Sig(name, Conv)
// or Sig(name, shape), which parse nothing.
#define SELF_NAMED(T, owner, ...)                                              \
  const Sig kSig(__VA_ARGS__);                                                 \
  SELF_CHECKED(T, owner, kSig)
#define SELF_CHECKED(T, owner, sig)                                            \
  if (!check_method(vm, sig, owner, args, nargs, kw)) return false;            \
  T* self = static_cast<T*>(args[0].o);                                        \
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

// Keys are hashed once per call (a user __hash__ runs once, as in CPython).
// After a table operation: a user __eq__ may have raised.
bool table_ok(VM& vm) { return vm.error.is_none(); }

Value key_error(VM& vm, const Value& k) { return vm.new_exception_args(vm.KeyError, {k}); }

// ---- list methods --------------------------------------------------------------------------------

bool list_append(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.append", Conv::O);
  self->items.push_back(args[1]);
  out = Value::none();
  return true;
}

bool list_extend(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.extend", Conv::O);
  std::vector<Value> items;
  if (List* o = as<List>(args[1])) items = o->items;
  else if (!vm.to_list(args[1], items)) return false;
  for (auto& v : items) self->items.push_back(std::move(v));
  out = Value::none();
  return true;
}

bool list_insert(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.insert", Conv::Positional, "index, object, /");
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
  SELF(List, kList, "list.pop", Conv::Positional, "index=-1, /");
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
  SELF(List, kList, "list.remove", Conv::O);
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
  SELF(List, kList, "list.index", Conv::Positional, "value, start=0, stop=sys.maxsize, /");
  Ref<List> keep(self);
  return seq_index(vm, self->items, args, nargs, out, true);
}

bool list_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.count", Conv::O);
  Ref<List> keep(self);
  return seq_count(vm, self->items, args[1], out);
}

bool list_sort(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.sort", Conv::Keywords, "*, key=None, reverse=False");
  const Value* kp = kwarg(kw, "key");
  const Value* rp = kwarg(kw, "reverse");
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
  SELF(List, kList, "list.reverse", Conv::NoArgs);
  std::reverse(self->items.begin(), self->items.end());
  out = Value::none();
  return true;
}

bool list_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.copy", Conv::NoArgs);
  out = vm.make_list(self->items);
  return true;
}

bool list_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(List, kList, "list.clear", Conv::NoArgs);
  std::vector<Value> old;
  old.swap(self->items);
  out = Value::none();
  return true;
}

// ---- tuple methods ----------------------------------------------------------------------------------

bool tuple_index(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Tuple, kTuple, "tuple.index", Conv::Positional, "value, start=0, stop=sys.maxsize, /");
  return seq_index(vm, self->items, args, nargs, out, false);
}

bool tuple_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Tuple, kTuple, "tuple.count", Conv::O);
  return seq_count(vm, self->items, args[1], out);
}

// ---- dict methods -----------------------------------------------------------------------------------

bool dict_get(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.get", Conv::Positional, "key, default=None, /");
  uint64_t h;
  if (!vm.hash(args[1], h)) return false;
  Value* v = self->find(args[1], h);
  if (!table_ok(vm)) return false;
  if (v) out = *v;
  else out = nargs == 3 ? args[2] : Value::none();
  return true;
}

bool dict_keys(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.keys", Conv::NoArgs);
  out = dict_view(self, 0);
  return true;
}
bool dict_values(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.values", Conv::NoArgs);
  out = dict_view(self, 1);
  return true;
}
bool dict_items(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.items", Conv::NoArgs);
  out = dict_view(self, 2);
  return true;
}

bool dict_pop(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.pop", Conv::Positional, "key, default=<unset>, /");
  uint64_t h;
  if (!vm.hash(args[1], h)) return false;
  if (self->pop(args[1], h, &out)) return true;
  if (!table_ok(vm)) return false;
  if (nargs == 3) {
    out = args[2];
    return true;
  }
  return vm.raise_value(key_error(vm, args[1]));
  return true;
}

bool dict_popitem(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.popitem", Conv::NoArgs);
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
  SELF(Dict, kDict, "dict.setdefault", Conv::Positional, "key, default=None, /");
  uint64_t h;
  if (!vm.hash(args[1], h)) return false;
  if (Value* v = self->find(args[1], h)) { out = *v; return true; }
  if (!table_ok(vm)) return false;
  Value d = nargs == 3 ? args[2] : Value::none();
  self->set(args[1], h, d);
  out = d;
  return true;
}

bool dict_update(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  // the positional count only: keywords are items
  static constexpr Sig kSig{"dict.update", Conv::Positional, "other=<unset>, /"};
  if (!check_method(vm, kSig, kDict, args, nargs, nullptr))
    return false;
  Dict* self = static_cast<Dict*>(args[0].o);
  if (nargs == 2 && !dict_update_from(vm, self, args[1])) return false;
  if (kw && kw->live)
    for (auto& e : kw->entries)
      if (e.live) self->set(e.key, e.value);
  out = Value::none();
  return true;
}

bool dict_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.copy", Conv::NoArgs);
  auto d = make<Dict>();
  for (auto& e : self->entries)
    if (e.live) d->set(e.key, e.value);
  out = Value::object(d);
  return true;
}

bool dict_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Dict, kDict, "dict.clear", Conv::NoArgs);
  self->clear();
  out = Value::none();
  return true;
}

// dict.fromkeys(iterable, value=None): works called on the type (args[0] is
// the iterable) and on an instance (args[0] is a dict, then the iterable).
bool dict_fromkeys(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  int off = 0;
  if (nargs >= 1 && (as<PyType>(args[0]) || (as<Dict>(args[0]) && nargs >= 2))) off = 1;
  int n = nargs - off;
  static constexpr Sig kSig{"dict.fromkeys", Conv::Positional, "iterable, value=None, /"};
  if (!check_args(vm, kSig, n, kw)) return false;
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

// The qualified name CPython gives a method shared by set and frozenset.
const char* set_name(const Value* args, int nargs, const char* set_q, const char* frozen_q) {
  Set* s = nargs > 0 ? as<Set>(args[0]) : nullptr;
  return s && s->frozen ? frozen_q : set_q;
}

bool set_m_add(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.add", Conv::O);
  if (!set_add(vm, self, args[1])) return false;
  out = Value::none();
  return true;
}

bool set_m_discard(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.discard", Conv::O);
  uint64_t h;
  if (!vm.hash(args[1], h)) return false;
  self->d.erase(args[1], h);
  if (!table_ok(vm)) return false;
  out = Value::none();
  return true;
}

bool set_m_remove(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.remove", Conv::O);
  uint64_t h;
  if (!vm.hash(args[1], h)) return false;
  if (!self->d.erase(args[1], h)) return table_ok(vm) && vm.raise_value(key_error(vm, args[1]));
  out = Value::none();
  return true;
}

bool set_m_pop(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.pop", Conv::NoArgs);
  std::vector<Value> order = set_order(self);
  if (!order.empty()) {
    out = order.front();
    self->d.erase(out);
    return true;
  }
  return vm.raise_value(key_error(vm, vm.make_str("pop from an empty set")));
}

bool set_m_clear(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.clear", Conv::NoArgs);
  self->d.clear();
  out = Value::none();
  return true;
}

bool set_m_copy(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF_NAMED(Set, kSet, set_name(args, nargs, "set.copy", "frozenset.copy"), Conv::NoArgs);
  if (self->frozen) { out = args[0]; return true; }
  out = Value::object(set_copy(self, false));
  return true;
}

// union / intersection / difference with any number of iterables.
bool set_multi(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int op, const char* name, const char* fname) {
  SELF_NAMED(Set, kSet, set_name(args, nargs, name, fname), kOthers);
  Ref<Set> r = set_copy(self, self->frozen);
  for (int i = 1; i < nargs; ++i) {
    Ref<Set> o;
    if (!as_set(vm, args[i], o)) return false;
    r = set_algebra(r.get(), o.get(), op, self->frozen);
  }
  out = Value::object(r);
  return true;
}
bool set_m_union(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 0, "set.union", "frozenset.union"); }
bool set_m_intersection(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 1, "set.intersection", "frozenset.intersection"); }
bool set_m_difference(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_multi(vm, a, n, k, o, 2, "set.difference", "frozenset.difference"); }

bool set_m_symdiff(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF_NAMED(Set, kSet, set_name(args, nargs, "set.symmetric_difference", "frozenset.symmetric_difference"), Conv::O);
  Ref<Set> o;
  if (!as_set(vm, args[1], o)) return false;
  out = Value::object(set_algebra(self, o.get(), 3, self->frozen));
  return true;
}

bool set_update_multi(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int op, const char* name) {
  SELF_NAMED(Set, kMutableSet, name, kOthers);
  for (int i = 1; i < nargs; ++i) {
    if (op == 0 && !as<Set>(args[i])) {  // update: add items as they come
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
bool set_m_update(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_update_multi(vm, a, n, k, o, 0, "set.update"); }
bool set_m_iupdate(VM& vm, Value* a, int n, Dict* k, Value& o, void*) {
  return set_update_multi(vm, a, n, k, o, 1, "set.intersection_update");
}
bool set_m_dupdate(VM& vm, Value* a, int n, Dict* k, Value& o, void*) {
  return set_update_multi(vm, a, n, k, o, 2, "set.difference_update");
}
bool set_m_sdupdate(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  SELF(Set, kMutableSet, "set.symmetric_difference_update", Conv::O);
  return set_update_multi(vm, args, nargs, kw, out, 3, "set.symmetric_difference_update");
}

bool set_m_rel(VM& vm, Value* args, int nargs, Dict* kw, Value& out, int which, const char* q, const char* fq) {
  SELF_NAMED(Set, kSet, set_name(args, nargs, q, fq), Conv::O);
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
bool set_m_issubset(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 0, "set.issubset", "frozenset.issubset"); }
bool set_m_issuperset(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 1, "set.issuperset", "frozenset.issuperset"); }
bool set_m_isdisjoint(VM& vm, Value* a, int n, Dict* k, Value& o, void*) { return set_m_rel(vm, a, n, k, o, 2, "set.isdisjoint", "frozenset.isdisjoint"); }

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
}

void install_type_methods(VM& vm) {
  install_container_methods(vm);
  install_str_methods(vm);
  install_str_translate(vm);
  install_number_methods(vm);
  install_generator_methods(vm);
}

}  // namespace ts::vm
