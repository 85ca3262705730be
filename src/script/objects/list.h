// list (CPython's Objects/listobject.c, listsort.txt for the sort).
#pragma once
#include <vector>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct List : Obj {
  TS_KIND(List);
  std::vector<Value> items;
  List() = default;
  explicit List(std::vector<Value> v) : items(std::move(v)) {}
  const char* type_name() const override { return "list"; }
};

// ---- protocol (dispatched from abstract.cpp; reading goes through items_getitem) ----
bool list_setitem(VM& vm, List* l, const Value& key, const Value& v);
bool list_delitem(VM& vm, List* l, const Value& key, bool& handled);
// l + b, l * n and, when inplace, l += iterable, l *= n (which mutate l and
// return it as out); handled = false for other operators and operands.
bool list_binop(VM& vm, int op, const Value& l, const Value& b, bool inplace, Value& out, bool& handled);
// The constructor list(iterable).
bool list_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

// Stable sort with Python's `<` (vm.lt), as list.sort: key may be None.
// Errors (a failing comparison or key) propagate.
bool sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse);

}  // namespace ts::vm
