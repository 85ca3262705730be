// The base of the objects layer: object kinds, the checked downcast as<T>,
// and the generic protocol helpers of object.cpp that the per-type files
// share (CPython's Objects/object.c: hashing, equality, repr of items,
// user dunders). The protocol entry points themselves are VM members
// (runtime.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/object.h"

namespace ts::vm {

using ts::Obj;
using ts::Ref;
using ts::Value;

struct VM;
struct PyType;
struct Code;

// Object kinds stored in Obj::kind (0 = a core object such as a Future).
enum class Kind : uint32_t {
  Native = 0, Object, NoneT, Bool, Int, Float, Str, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
  Function, BoundMethod, NativeFn, Type, Module, Cell, Coroutine, Iterator, Exception,
  Instance, Code, Frame, Super, Property, StaticMethod, ClassMethod, Long, Ellipsis,
  NotImplemented, Generator, AsyncGenerator, AsyncGenOp,
};
// Declares the class's kind and stamps it into Obj::kind at construction
// (a derived class's stamp runs after its base's, so the most derived wins).
#define TS_KIND(k)                                  \
  static constexpr uint32_t K = uint32_t(Kind::k); \
  uint8_t kind_stamp_ = (this->kind = K, 0)

template <class T>
inline T* as(const Value& v) {
  return v.tag == Value::Object && v.o->kind == T::K ? static_cast<T*>(v.o) : nullptr;
}

// ---- object.cpp: shared by the per-type files ---------------------------------

// The hash of a value that is known to be hashable (VM::hash checks):
// CPython's for numbers and tuples (pylib/hash.h), stable for the rest.
// Dict keys, set members, hash() and CPython's set order all use it.
uint64_t hash_value(const Value& v);
// An int or bool (is_int, i) or a float (d); false for anything else.
bool small_number(const Value& v, double& d, int64_t& i, bool& is_int);
// Equality without running user code: numbers across int/float/bool/big
// int, strings, tuples elementwise, identity otherwise (dict keys).
bool basic_eq(const Value& a, const Value& b);
// a == b, identity first (as CPython's containers compare items).
bool value_eq(VM& vm, const Value& a, const Value& b, bool& out);
// "[1, 2]" / "(1,)" / "{1, 2}": the reprs of items between open and close;
// an item that is `self` prints as [...] or (...).
bool repr_items(VM& vm, const Value& self, const std::vector<Value>& items, const char* open, const char* close,
                bool tuple, std::string& out);
// A dunder method defined by a user class on obj's type (Python functions
// only); false when there is none.
bool user_dunder(const Value& obj, const char* name, Value& meth);
// Calls meth(self, *args) for n <= 3 args.
bool call_dunder(VM& vm, const Value& meth, const Value& self, const Value* args, int n, Value& out);
// CPython's do_richcompare over user dunders: a.name(b), then b.reflected(a)
// (first when b's type is a subclass of a's), each passed over when it
// returns NotImplemented. answered == false: neither gave an answer. Binary
// operators (same_type_reflects = false) never try b.__radd__ when b's type
// is a's (CPython's binary_op1); comparisons do.
bool rich_dunder(VM& vm, const Value& a, const Value& b, const char* name, const char* reflected, Value& out,
                 bool& answered, bool same_type_reflects = true);
// "0x7f..." as reprs print addresses.
std::string address_of(const void* p);

// NotImplemented: one per VM (vm.NotImplemented), of type
// vm.t_notimplemented. A binary or comparison dunder returns it to say "try
// the other operand" (abstract.cpp, object.cpp).
struct NotImplementedObj : Obj {
  TS_KIND(NotImplemented);
  const char* type_name() const override { return "NotImplementedType"; }
};

}  // namespace ts::vm
