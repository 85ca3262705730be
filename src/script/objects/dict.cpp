#include "script/objects/dict.h"

#include <algorithm>

#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/pylib/hash.h"

namespace ts::vm {

// ---- the table ---------------------------------------------------------------

namespace {

// Values whose hash and == need no VM: compared by basic_eq.
// A key whose hash and equality need no user code (an int or str subclass's may).
bool plain(const Value& v) {
  return v.tag != Value::Object || (v.o->kind == Str::K && !static_cast<Str*>(v.o)->cls) ||
         (v.o->kind == Long::K && !static_cast<Long*>(v.o)->cls);
}

}  // namespace

uint64_t Dict::key_hash(const Value& k) {
  if (plain(k)) return hash_value(k);
  uint64_t h = 0;
  if (VM* vm = VM::current) vm->hash(k, h);
  return h;
}

int64_t Dict::lookup(const Value& k, uint64_t hash, int64_t* free_slot) {
restart:
  if (free_slot) *free_slot = -1;
  if (slots.empty()) return -1;
  const size_t mask = slots.size() - 1;
  size_t perturb = size_t(hash), i = size_t(hash) & mask;
  uint32_t probes = 0;
  for (;;) {
    int32_t s = slots[i];
    if (s == 0) {
      if (free_slot && *free_slot < 0) *free_slot = int64_t(i);
      return -1;
    }
    if (s == kDummy) {
      if (free_slot && *free_slot < 0) *free_slot = int64_t(i);
    } else {
      const Entry& e = entries[size_t(s - 1)];
      if (e.key.same(k)) return int64_t(i);
      if (e.hash == hash) {
        if (plain(e.key) && plain(k)) {
          if (basic_eq(e.key, k)) return int64_t(i);
        } else if (VM* vm = VM::current) {
          // A user __eq__ may run, and may change this dict.
          Value key = e.key;
          const uint64_t v0 = version;
          bool eq = false;
          if (!vm->eq(key, k, eq)) return -1;
          if (version != v0) goto restart;
          if (eq) return int64_t(i);
        }
      }
    }
    // A long chain means keys that hash alike (multiples of 2**61 - 1):
    // quadratic work CPython does too, charged to the step budget (past it
    // the run is stopped at the next instruction; this lookup still ends).
    // (A probe that misses the cache costs a few bytecode steps' time.)
    if (__builtin_expect((++probes & 15) == 0, 0))
      if (VM* vm = VM::current) (void)vm->charge_steps(64);
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void Dict::rebuild(size_t min_size) {
  compact();
  size_t n = 8;
  while (n * 2 < min_size * 3) n <<= 1;  // at most 2/3 full
  slots.assign(n, 0);
  // Room for as many entries as the table takes before it grows (CPython
  // sizes a dict's entry array with its index): no reallocation per insert.
  entries.reserve(n * 2 / 3);
  fill = entries.size();
  changed();
  const size_t mask = n - 1;
  for (size_t k = 0; k < entries.size(); k++) {
    size_t perturb = size_t(entries[k].hash), i = size_t(entries[k].hash) & mask;
    while (slots[i] != 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    slots[i] = int32_t(k + 1);
  }
}

Value* Dict::find(const Value& k, uint64_t hash) {
  int64_t i = lookup(k, hash, nullptr);
  return i < 0 ? nullptr : &entries[size_t(slots[size_t(i)] - 1)].value;
}

void Dict::set(const Value& k, uint64_t hash, Value v) {
  int64_t free_slot;
  VM* vm = VM::current;
  const bool raised_before = vm && !vm->error.is_none();
  int64_t i = lookup(k, hash, &free_slot);
  if (i >= 0) {
    entries[size_t(slots[size_t(i)] - 1)].value = std::move(v);
    return;
  }
  // A key's __eq__ raised (RecursionError comparing deep tuples): the error
  // is the answer, nothing is inserted (free_slot may be unset).
  if (vm && !raised_before && !vm->error.is_none()) return;
  if (free_slot < 0 || (slots[size_t(free_slot)] == 0 && (fill + 1) * 3 > slots.size() * 2)) {
    rebuild(live + 1);
    lookup(k, hash, &free_slot);  // no key compares equal: only the free slot is wanted
    if (free_slot < 0) return;    // it raised this time
  }
  if (slots[size_t(free_slot)] == 0) ++fill;
  slots[size_t(free_slot)] = int32_t(entries.size() + 1);
  entries.push_back(Entry{k, std::move(v), true, hash});
  ++live;
  changed();
}

bool Dict::pop(const Value& k, uint64_t hash, Value* out) {
  int64_t i = lookup(k, hash, nullptr);
  if (i < 0) return false;
  Entry& e = entries[size_t(slots[size_t(i)] - 1)];
  slots[size_t(i)] = kDummy;
  e.live = false;
  // Dropping the key and value may run a destructor that reaches this dict.
  Value key = std::move(e.key), value = std::move(e.value);
  e.key = Value();
  e.value = Value();
  if (out) *out = value;
  --live;
  changed();
  if (entries.size() > 32 && live * 2 < entries.size()) rebuild(live);
  return true;
}

void Dict::clear() {
  // The entries die last: dropping them may free this dict (a cycle through its values).
  std::vector<Entry> old;
  old.swap(entries);
  slots.clear();
  fill = 0;
  live = 0;
  changed();
}

void Dict::compact() {
  if (live == entries.size()) return;
  std::vector<Entry> fresh;
  fresh.reserve(live);
  for (auto& e : entries)
    if (e.live) fresh.push_back(std::move(e));
  entries.swap(fresh);
  changed();
}

// Attribute and name lookups: a str key probed without making a Value (or,
// for a string_view, a Str). A non-str key with the same hash whose == is
// user code takes the general path.
template <class Eq>
Value* Dict::probe_str(uint64_t hash, const Eq& eq, bool& general) {
  general = false;
  if (slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  size_t perturb = size_t(hash), i = size_t(hash) & mask;
  for (;;) {
    const int32_t s = slots[i];
    if (s == 0) return nullptr;
    if (s != kDummy) {
      Entry& e = entries[size_t(s - 1)];
      if (e.hash == hash && e.key.tag == Value::Object) {
        if (e.key.o->kind == Str::K) {
          if (eq(static_cast<const Str*>(e.key.o))) return &e.value;
        } else if (!plain(e.key)) {
          general = true;
          return nullptr;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value* Dict::find_str(const Str& k) {
  bool general;
  Value* r = probe_str(k.hash(), [&](const Str* e) { return e == &k || e->s == k.s; }, general);
  return general ? find(Value::object(const_cast<Str*>(&k)), k.hash()) : r;
}

Value* Dict::find_str(std::string_view k) {
  bool general;
  const uint64_t h = py::hash_str(k);
  Value* r = probe_str(h, [&](const Str* e) { return e->s == k; }, general);
  if (!general) return r;
  // A Str on the stack as the key, never freed through refcounting.
  Str tmp{std::string(k)};
  tmp.rc = 1000;
  Value key;
  key.tag = Value::Object;
  key.o = &tmp;
  r = find(key, h);
  key.tag = Value::None;
  key.o = nullptr;
  return r;
}

// ---- protocol ------------------------------------------------------------------

bool dict_getitem(VM& vm, Dict* d, const Value& key, Value& out) {
  uint64_t h;
  if (!vm.hash(key, h)) return false;
  if (Value* v = d->find(key, h)) {
    out = *v;
    return true;
  }
  if (!vm.error.is_none()) return false;  // a user __eq__ raised
  return vm.raise_value(vm.new_exception_args(vm.KeyError, {key}));
}

bool dict_delitem(VM& vm, Dict* d, const Value& key) {
  uint64_t h;
  if (!vm.hash(key, h)) return false;
  if (!d->erase(key, h))
    return vm.error.is_none() && vm.raise_value(vm.new_exception_args(vm.KeyError, {key}));
  return true;
}

bool dict_set(VM& vm, Dict* d, const Value& k, const Value& v) {
  uint64_t h;
  if (!vm.hash(k, h)) return false;
  d->set(k, h, v);
  return vm.error.is_none();
}

bool dict_repr(VM& vm, const Value& self, Dict* d, std::string& out) {
  std::string r = "{";
  bool first = true;
  vm.depth++;
  for (size_t i = 0; i < d->entries.size(); i++) {
    if (!d->entries[i].live) continue;
    Value k = d->entries[i].key, val = d->entries[i].value;
    if (!first) r += ", ";
    first = false;
    std::string ks, vs;
    if (!vm.repr(k, ks)) { vm.depth--; return false; }
    if (val.same(self)) vs = "{...}";
    else if (!vm.repr(val, vs)) { vm.depth--; return false; }
    r += ks + ": " + vs;
  }
  vm.depth--;
  out = r + "}";
  return true;
}

bool dict_eq(VM& vm, Dict* x, Dict* y, bool& out) {
  out = false;
  if (x->live != y->live) return true;
  for (auto& e : x->entries) {
    if (!e.live) continue;
    Value* o = y->find(e.key);
    if (!o) return true;
    bool q;
    if (!value_eq(vm, e.value, *o, q)) return false;
    if (!q) return true;
  }
  out = true;
  return true;
}

Value dict_or(const Value& a, Dict* b, bool inplace) {
  Ref<Dict> d = inplace ? Ref<Dict>(static_cast<Dict*>(a.o)) : make<Dict>();
  if (!inplace)
    for (auto& e : static_cast<Dict*>(a.o)->entries)
      if (e.live) d->set(e.key, e.value);
  for (auto& e : b->entries)
    if (e.live) d->set(e.key, e.value);
  return Value::object(d);
}

bool dict_update_from(VM& vm, Dict* d, const Value& src) {
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

bool dict_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"dict", Conv::Positional, "mapping=<unset>, /"};
  if (!check_args(vm, kSig, nargs, nullptr)) return false;  // keywords are items
  auto d = make<Dict>();
  if (nargs == 1 && !dict_update_from(vm, d.get(), args[0])) return false;
  if (kwargs && kwargs->live)
    for (auto& e : kwargs->entries)
      if (e.live) d->set(e.key, e.value);
  out = Value::object(d);
  return true;
}

// ---- iteration and views ---------------------------------------------------------

namespace {

// Iterates a dict's keys, values or items; fails once (then is exhausted)
// if the dict changes size, as CPython's dict iterators do.
struct DictIter final : Iterator {
  Ref<Dict> d;
  int which;  // 0 keys, 1 values, 2 items
  size_t pos = 0;
  size_t size0;
  size_t remaining;  // more than size0 keys seen: some were replaced (CPython's di_len)
  bool done = false, broken = false;
  DictIter(Dict* dd, int w) : d(dd), which(w), size0(dd->live), remaining(dd->live) {}
  const char* type_name() const override {
    return which == 0 ? "dict_keyiterator" : which == 1 ? "dict_valueiterator" : "dict_itemiterator";
  }
  int next(VM& vm, Value& out) override {
    if (done) return 0;
    if (d->live != size0 || broken) {
      broken = true;  // sticky, as CPython's di_used = -1
      vm.raise(vm.RuntimeError, "dictionary changed size during iteration");
      return -1;
    }
    while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
    if (pos >= d->entries.size()) { done = true; return 0; }
    if (remaining-- == 0) {
      done = true;
      vm.raise(vm.RuntimeError, "dictionary keys changed during iteration");
      return -1;
    }
    auto& e = d->entries[pos++];
    if (which == 0) out = e.key;
    else if (which == 1) out = e.value;
    else out = vm.make_tuple({e.key, e.value});
    return 1;
  }
};

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

// The view types' receivers: dict_keys, dict_values, dict_items (W = which).
template <int W>
bool is_view(const Value& v) {
  auto* d = v.is_obj() && v.o->kind == 0 ? dynamic_cast<DictView*>(v.o) : nullptr;
  return d && d->which == W;
}
template <int W>
constexpr Owner kView{W == 0 ? "dict_keys" : W == 1 ? "dict_values" : "dict_items", is_view<W>};
constexpr const char* view_method(int w, int m) {
  constexpr const char* names[3][6] = {
      {"dict_keys.__repr__", "dict_keys.__len__", "dict_keys.__iter__", "dict_keys.__reversed__",
       "dict_keys.__contains__", "dict_keys.__eq__"},
      {"dict_values.__repr__", "dict_values.__len__", "dict_values.__iter__", "dict_values.__reversed__",
       "dict_values.__contains__", "dict_values.__eq__"},
      {"dict_items.__repr__", "dict_items.__len__", "dict_items.__iter__", "dict_items.__reversed__",
       "dict_items.__contains__", "dict_items.__eq__"}};
  return names[w][m];
}
// The receiver and the arguments checked (slot wrappers; __reversed__ is a method); then v.
#define VIEW_SELF(m, ...)                                                                            \
  if (!check_method(vm, Sig(view_method(W, m), __VA_ARGS__), kView<W>, args, nargs, kw)) return false; \
  DictView* v = static_cast<DictView*>(args[0].o)

template <int W>
bool view_repr(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  VIEW_SELF(0, Conv::Slot);
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

template <int W>
bool view_len(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  VIEW_SELF(1, Conv::Slot);
  out = Value::integer(int64_t(v->d->live));
  return true;
}

template <int W>
bool view_iter(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  VIEW_SELF(2, Conv::Slot);
  out = Value::object(make<DictIter>(v->d.get(), v->which));
  return true;
}

template <int W>
bool view_reversed(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  VIEW_SELF(3, Conv::NoArgs);
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

template <int W>
bool view_contains(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kShape{"", Conv::Slot, "key, /"};
  VIEW_SELF(4, kShape);
  const Value& x = args[1];
  uint64_t h;
  if (v->which == 0) {
    if (!vm.hash(x, h)) return false;
    out = Value::boolean(v->d->find(x, h) != nullptr);
    return vm.error.is_none();
  }
  if (v->which == 2) {
    Tuple* t = as<Tuple>(x);
    if (!t || t->items.size() != 2) { out = Value::boolean(false); return true; }
    if (!vm.hash(t->items[0], h)) return false;
    Value* found = v->d->find(t->items[0], h);
    if (!found) { out = Value::boolean(false); return vm.error.is_none(); }
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

template <int W>
bool view_eq(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kShape{"", Conv::Slot, "value, /"};
  VIEW_SELF(5, kShape);
  if (v->which == 1) { out = args[0].same(args[1]) ? Value::boolean(true) : vm.NotImplemented; return true; }
  // keys / items views compare as sets.
  DictView* ov = args[1].is_obj() && args[1].o->kind == 0 ? dynamic_cast<DictView*>(args[1].o) : nullptr;
  Set* os = as<Set>(args[1]);
  if (!os && !(ov && ov->which != 1)) { out = vm.NotImplemented; return true; }
  Ref<Set> a, b;
  Value self = args[0];
  if (!as_set(vm, self, a) || !as_set(vm, args[1], b)) return false;
  out = Value::boolean(a->d.live == b->d.live && is_subset(a.get(), b.get()));
  return true;
}

}  // namespace

Value dict_iter(Dict* d) { return Value::object(make<DictIter>(d, 0)); }

Value dict_view(Dict* d, int which) { return Value::object(make<DictView>(d, which)); }

namespace {
template <int W>
void setup_view(VM& vm) {
  PyType* t = vm.new_type(kView<W>.tp_name, vm.t_object, Kind::Native);
  vm.native_types[kView<W>.tp_name] = t;
  vm.def_method(t, "__repr__", view_repr<W>);
  vm.def_method(t, "__len__", view_len<W>);
  vm.def_method(t, "__iter__", view_iter<W>);
  vm.def_method(t, "__reversed__", view_reversed<W>);
  vm.def_method(t, "__contains__", view_contains<W>);
  if (W != 1) vm.def_method(t, "__eq__", view_eq<W>);  // values views compare by identity
}
}  // namespace

void setup_dict_views(VM& vm) {
  setup_view<0>(vm);
  setup_view<1>(vm);
  setup_view<2>(vm);
}

}  // namespace ts::vm
