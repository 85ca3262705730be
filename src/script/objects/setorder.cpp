// CPython's set iteration order. Sets are stored insertion-ordered (a Dict);
// to print and iterate them in CPython's order we replay the insertions into
// a model of setobject.c's open-addressing table (linear probes of 9, then
// perturbed probing; resize at 60% fill to used*4) and read the table out.
// Exact for sets built by adding elements (literals, set(iterable), add,
// comprehensions, unions); after removals CPython may differ because of
// dummy slots. Hashes follow CPython for ints, bools, floats and tuples of
// them; strings hash differently in every CPython process anyway.
#include <cmath>
#include <cstring>

#include "script/objects/objects.h"

namespace ts::vm {

namespace {

constexpr uint64_t kModulus = (1ull << 61) - 1;

int64_t hash_i64(int64_t v) {
  // CPython: hash(n) = sign(n) * (|n| mod (2**61 - 1)); -1 becomes -2.
  uint64_t a = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
  uint64_t m = a % kModulus;
  int64_t h = v < 0 ? -(int64_t)m : (int64_t)m;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;  // CPython 3.11 uses the object's address; not reproducible
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kModulus) | x >> (61 - e);
  int64_t h = (int64_t)x * sign;
  return h == -1 ? -2 : h;
}

int64_t py_hash(const Value& v) {
  switch (v.tag) {
    case Value::None: return 0x5F3759DF;
    case Value::Bool: return v.b ? 1 : 0;
    case Value::Int: return hash_i64(v.i);
    case Value::Float: return hash_double(v.f);
    case Value::Object: break;
  }
  if (v.o->kind == Tuple::K) {
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
    auto& items = static_cast<Tuple*>(v.o)->items;
    uint64_t acc = p5;
    for (auto& x : items) {
      uint64_t lane = (uint64_t)py_hash(x);
      acc += lane * p2;
      acc = (acc << 31) | (acc >> 33);
      acc *= p1;
    }
    acc += items.size() ^ (p5 ^ 3527539ull);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
  }
  return (int64_t)ValueHash()(v);
}

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
    int64_t h = py_hash(d.entries[k].key);
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

}  // namespace ts::vm
