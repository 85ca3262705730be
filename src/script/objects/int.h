// int and bool (CPython's Objects/longobject.c, boolobject.c). Ints that
// fit in int64 are Value::Int; larger ones are a Long (make_int picks).
#pragma once
#include "script/objects/object.h"
#include "script/pylib/bigint.h"

namespace ts::vm {

struct Dict;

struct Long : Obj {
  TS_KIND(Long);
  py::BigInt v;
  // An instance of a user subclass of int (a LongSub, subclass.h, whose v
  // may be small); null: an int past int64, never small.
  PyType* cls = nullptr;
  explicit Long(py::BigInt x) : v(std::move(x)) {}
  const char* type_name() const override { return "int"; }
};

// An int result: int64 when it fits, else a Long.
inline Value make_int(py::BigInt v) {
  if (v.fits_i64()) return Value::integer(v.to_i64());
  return Value::object(new Long(std::move(v)));
}

// ---- protocol (dispatched from abstract.cpp) ----
// x op y (op = code::BinOp). Returns false with vm.error set on an error,
// or with vm.error unset when op does not apply to ints (@).
bool int_binop(VM& vm, int op, int64_t x, int64_t y, Value& out);
bool long_binop(VM& vm, int op, const py::BigInt& x, const py::BigInt& y, Value& out);
// The constructors int(x, base=10) and bool(x).
bool int_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);
bool bool_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
