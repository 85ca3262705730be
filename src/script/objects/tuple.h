// tuple (CPython's Objects/tupleobject.c), and the algorithms on a vector
// of items that list shares with it.
#pragma once
#include <vector>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct Tuple : Obj {
  TS_KIND(Tuple);
  std::vector<Value> items;
  PyType* cls = nullptr;  // an instance of a tuple subclass (namedtuple, sys.version_info); null: tuple
  Tuple() = default;
  explicit Tuple(std::vector<Value> v) : items(std::move(v)) {}
  const char* type_name() const override { return "tuple"; }
};

// ---- protocol (dispatched from object.cpp / abstract.cpp) ----
// t + b, t * n; handled = false for other operators and operands.
bool tuple_binop(VM& vm, int op, Tuple* t, const Value& b, Value& out, bool& handled);
// The constructor tuple(iterable).
bool tuple_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);
// tuple.__new__(cls, iterable=()): a fresh tuple whose type is cls, a subclass of tuple.
bool tuple_new_of(VM& vm, PyType* cls, Value* args, int nargs, Value& out);

// ---- items of a tuple or list ----
// items[key] for an int or a slice (the slice is a list when is_list).
bool items_getitem(VM& vm, const std::vector<Value>& items, bool is_list, const Value& key, Value& out);
// Elementwise ==, and the lexicographic order for cmpop < <= > >= (code::CmpOp).
bool items_eq(VM& vm, const std::vector<Value>& x, const std::vector<Value>& y, bool& out);
bool items_order(VM& vm, int cmpop, const std::vector<Value>& x, const std::vector<Value>& y, bool& out);
// items * n
bool items_repeat(VM& vm, const std::vector<Value>& items, int64_t n, std::vector<Value>& out);

}  // namespace ts::vm
