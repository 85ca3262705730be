// set and frozenset (CPython's Objects/setobject.c), stored as an
// insertion-ordered Dict of keys; printed and iterated in CPython's order.
#pragma once
#include <vector>

#include "script/objects/dict.h"

namespace ts::vm {

struct Set : Obj {
  TS_KIND(Set);
  Dict d;  // values are None
  bool frozen = false;
  const char* type_name() const override { return frozen ? "frozenset" : "set"; }
};

// Entry indices of a set's Dict in CPython's iteration order: the
// insertions replayed into a model of setobject.c's table.
std::vector<size_t> cpython_set_order(const Dict& d);
// The elements in that order, and in insertion order.
std::vector<Value> set_order(const Set* s);
std::vector<Value> set_items(const Set* s);
// iter(s): raises "Set changed size during iteration" as CPython's does.
Value set_iter(Set* s);

Ref<Set> new_set(bool frozen = false);
// Adds v after checking that it is hashable.
bool set_add(VM& vm, Set* s, const Value& v);
// v itself if it is a set, else a new set of its items (for the methods
// that take any iterable).
bool as_set(VM& vm, const Value& v, Ref<Set>& out);
Ref<Set> set_copy(const Set* a, bool frozen);
// op: 0 union, 1 intersection, 2 difference, 3 symmetric difference.
Ref<Set> set_algebra(const Set* a, const Set* b, int op, bool frozen);
bool is_subset(const Set* a, const Set* b);

// ---- protocol (dispatched from object.cpp / abstract.cpp) ----
// a | b, a & b, a - b, a ^ b (op = code::BinOp) for two sets; the result
// has a's frozenness. handled = false for other operators and operands.
bool set_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled);
// a |= b etc.: mutates a (a new set when a is frozen) and returns it.
bool set_inplace_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled);
// ==, !=, <, <=, >, >= (cmpop = code::CmpOp) as subset/superset tests.
bool set_compare(VM& vm, int cmpop, Set* a, Set* b, bool& out);
bool set_contains(VM& vm, Set* s, const Value& item, bool& out);
// The constructors set(iterable) and frozenset(iterable).
bool set_new(VM& vm, bool frozen, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
