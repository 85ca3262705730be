// Iterators implemented in C++ (CPython's Objects/iterobject.c); each
// type's own iterator lives with the type (str.cpp, range.cpp, dict.cpp).
#pragma once
#include "script/objects/object.h"

namespace ts::vm {

struct Iterator : Obj {
  TS_KIND(Iterator);
  // Returns 1 with out set, 0 when exhausted, -1 on error (vm.error set).
  virtual int next(VM& vm, Value& out) = 0;
  const char* type_name() const override { return "iterator"; }
};

// Iterates a list's or a tuple's items (a list may grow meanwhile).
Value seq_iter(const Value& seq);
// Drives an object that has __next__ (what a user __iter__ returned).
Value user_iter(const Value& obj);

}  // namespace ts::vm
