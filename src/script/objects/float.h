// float: a Value::Float (CPython's Objects/floatobject.c).
#pragma once
#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

// x op y (op = code::BinOp). Returns false with vm.error set on an error,
// or with vm.error unset when op does not apply to floats (<<, |, ...).
bool float_binop(VM& vm, int op, double x, double y, Value& out);
// The constructor float(x).
bool float_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
