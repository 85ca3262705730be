// Iterators implemented in C++ (CPython's Objects/iterobject.c); each
// type's own iterator lives with the type (str.cpp, range.cpp, dict.cpp).
#pragma once
#include "core/coro.h"
#include "script/objects/object.h"

namespace ts::vm {

struct Iterator : Obj {
  TS_KIND(Iterator);
  // Returns 1 with out set, 0 when exhausted, -1 on error (vm.error set).
  virtual int next(VM& vm, Value& out) = 0;
  // The generator protocol, for `yield from` and `await` delegating to it:
  // 1 = yielded out, 0 = returned out (StopIteration's value), -1 = raised.
  // A plain iterator's send(None) is next(); send(x) has no method to call;
  // a throw has no `throw` method to call, so it raises where it stands.
  virtual int send(VM& vm, Resume how, Value v, Value& out);
  const char* type_name() const override { return "iterator"; }
};

// A C++ iterator, generators included (they have a kind of their own).
inline Iterator* as_iterator(const Value& v) {
  if (v.tag != Value::Object) return nullptr;
  const uint32_t k = v.o->kind;
  return k == Iterator::K || k == uint32_t(Kind::Generator) ? static_cast<Iterator*>(v.o) : nullptr;
}

// Iterates a list's or a tuple's items (a list may grow meanwhile).
Value seq_iter(const Value& seq);
// Drives an object that has __next__ (what a user __iter__ returned).
Value user_iter(const Value& obj);

}  // namespace ts::vm
