#include "script/objects/set.h"

#include "script/code/operators.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"

namespace ts::vm {

using code::BinOp;
using code::CmpOp;

// ---- CPython's iteration order ----------------------------------------------
// To print and iterate sets in CPython's order we replay the insertions into
// a model of setobject.c's open-addressing table (linear probes of 9, then
// perturbed probing; resize at 60% fill to used*4) and read the table out.
// Exact for sets built by adding elements (literals, set(iterable), add,
// comprehensions, unions); after removals CPython may differ because of
// dummy slots. Hashes are the stored ones (VM::hash's): CPython's for numbers,
// tuples and frozensets of them, and user __hash__ results (strings hash
// differently in every CPython process anyway).

namespace {

struct Slot {
  int64_t hash = 0;
  int64_t idx = -1;  // entry index in the Dict, -1 = empty
};

void insert_clean(std::vector<Slot>& table, size_t mask, int64_t hash, int64_t idx) {
  size_t perturb = (size_t)hash;
  size_t i = (size_t)hash & mask;
  for (;;) {
    if (table[i].idx < 0) break;
    bool placed = false;
    if (i + 9 <= mask) {
      for (int j = 0; j < 9; j++) {
        i++;
        if (table[i].idx < 0) {
          placed = true;
          break;
        }
      }
    }
    if (placed) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].hash = hash;
  table[i].idx = idx;
}

}  // namespace

std::vector<size_t> cpython_set_order(const Dict& d) {
  size_t mask = 7;
  std::vector<Slot> table(mask + 1);
  size_t fill = 0, used = 0;
  for (size_t k = 0; k < d.entries.size(); k++) {
    if (!d.entries[k].live) continue;
    int64_t h = (int64_t)d.entries[k].hash;
    // set_add_entry on a table without dummies: first empty slot of the probe sequence
    size_t perturb = (size_t)h;
    size_t i = (size_t)h & mask;
    size_t at = (size_t)-1;
    for (;;) {
      size_t probes = (i + 9 <= mask) ? 9 : 0;
      size_t j = i;
      for (size_t p = 0; p <= probes; p++, j++) {
        if (table[j].idx < 0) {
          at = j;
          break;
        }
      }
      if (at != (size_t)-1) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    table[at].hash = h;
    table[at].idx = (int64_t)k;
    fill++;
    used++;
    if (fill * 5 >= mask * 3) {
      size_t minused = used > 50000 ? used * 2 : used * 4;
      size_t newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      std::vector<Slot> fresh(newsize);
      for (auto& s : table)
        if (s.idx >= 0) insert_clean(fresh, newsize - 1, s.hash, s.idx);
      table.swap(fresh);
      mask = newsize - 1;
      fill = used;
    }
  }
  std::vector<size_t> order;
  order.reserve(used);
  for (auto& s : table)
    if (s.idx >= 0) order.push_back((size_t)s.idx);
  return order;
}

std::vector<Value> set_order(const Set* s) {
  std::vector<Value> v;
  v.reserve(s->d.live);
  for (size_t i : cpython_set_order(s->d)) v.push_back(s->d.entries[i].key);
  return v;
}

std::vector<Value> set_items(const Set* s) {
  std::vector<Value> r;
  r.reserve(s->d.live);
  for (auto& e : s->d.entries)
    if (e.live) r.push_back(e.key);
  return r;
}

namespace {

// Iterates a snapshot of the elements in CPython's order; fails once (then
// is exhausted) if the set changes size, as CPython's setiter_iternext does.
struct SetIter final : Iterator {
  Ref<Set> s;
  std::vector<Value> items;
  size_t pos = 0;
  size_t size0;
  bool done = false, broken = false;
  explicit SetIter(Set* ss) : s(ss), items(set_order(ss)), size0(ss->d.live) {}
  const char* type_name() const override { return "set_iterator"; }
  int next(VM& vm, Value& out) override {
    if (done) return 0;
    if (s->d.live != size0 || broken) {
      broken = true;  // sticky, as CPython's si_used = -1
      vm.raise(vm.RuntimeError, "Set changed size during iteration");
      return -1;
    }
    if (pos >= items.size()) {
      done = true;
      return 0;
    }
    out = items[pos++];
    return 1;
  }
};

}  // namespace

Value set_iter(Set* s) { return Value::object(make<SetIter>(s)); }

// ---- algebra -------------------------------------------------------------------

Ref<Set> new_set(bool frozen) {
  auto s = make<Set>();
  s->frozen = frozen;
  return s;
}

bool set_add(VM& vm, Set* s, const Value& v) {
  uint64_t h;
  if (!vm.hash(v, h)) return false;
  s->d.set(v, h, Value::none());  // an equal element stays: set() keeps the first key
  return vm.error.is_none();
}

bool as_set(VM& vm, const Value& v, Ref<Set>& out) {
  if (Set* s = as<Set>(v)) { out = Ref<Set>(s); return true; }
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

Ref<Set> set_copy(const Set* a, bool frozen) {
  auto r = new_set(frozen);
  for (auto& e : a->d.entries)
    if (e.live) r->d.set(e.key, Value::none());
  return r;
}

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

bool is_subset(const Set* a, const Set* b) {
  if (a->d.live > b->d.live) return false;
  for (auto& e : a->d.entries)
    if (e.live && !b->d.find(e.key)) return false;
  return true;
}

// ---- protocol --------------------------------------------------------------------

namespace {

int binop_to_setop(int op) {
  switch (BinOp(op)) {
    case BinOp::BitOr: return 0;
    case BinOp::BitAnd: return 1;
    case BinOp::Sub: return 2;
    case BinOp::BitXor: return 3;
    default: return -1;
  }
}

}  // namespace

bool set_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled) {
  Set* sa = as<Set>(a);
  Set* sb = as<Set>(b);
  int sop = binop_to_setop(op);
  handled = sa && sb && sop >= 0;
  if (!handled) return true;
  out = Value::object(set_algebra(sa, sb, sop, sa->frozen));
  return true;
}

bool set_inplace_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled) {
  Set* sa = as<Set>(a);
  Set* sb = as<Set>(b);
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

static bool set_compare_(VM& vm, int cmpop, Set* a, Set* b, bool& out);

bool set_compare(VM& vm, int cmpop, Set* a, Set* b, bool& out) {
  // is_subset's lookups compare elements: one that raised (RecursionError
  // between nested frozensets) is the answer, not a "not found" to go on from.
  const bool ok = set_compare_(vm, cmpop, a, b, out);
  return ok && vm.error.is_none();
}

static bool set_compare_(VM& vm, int cmpop, Set* a, Set* b, bool& out) {
  switch (CmpOp(cmpop)) {
    case CmpOp::Eq: out = a->d.live == b->d.live && is_subset(a, b); return true;
    case CmpOp::NotEq: out = !(a->d.live == b->d.live && is_subset(a, b)); return true;
    case CmpOp::LtE: out = is_subset(a, b); return true;
    case CmpOp::Lt: out = a->d.live < b->d.live && is_subset(a, b); return true;
    case CmpOp::GtE: out = is_subset(b, a); return true;
    case CmpOp::Gt: out = b->d.live < a->d.live && is_subset(b, a); return true;
    default: return vm.raise(vm.TypeError, "bad set comparison");
  }
}

bool set_contains(VM& vm, Set* s, const Value& item, bool& out) {
  uint64_t h;
  if (!vm.hash(item, h)) return false;
  out = s->d.find(item, h) != nullptr;
  return vm.error.is_none();
}

bool set_new(VM& vm, bool frozen, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kShape{"", Conv::Positional, "iterable=<unset>, /"};
  if (!check_args(vm, Sig(frozen ? "frozenset" : "set", kShape), nargs, kwargs)) return false;
  if (frozen && nargs == 1 && as<Set>(args[0]) && as<Set>(args[0])->frozen) { out = args[0]; return true; }
  auto s = new_set(frozen);
  if (nargs == 1) {
    Value it;
    if (!vm.iter(args[0], it)) return false;
    for (;;) {
      Value x;
      int r = vm.next(it, x);
      if (r < 0) return false;
      if (r == 0) break;
      if (!set_add(vm, s.get(), x)) return false;
    }
  }
  out = Value::object(s);
  return true;
}

}  // namespace ts::vm
