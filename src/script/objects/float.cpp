#include "script/objects/float.h"

#include "script/code/operators.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/pylib/num.h"

namespace ts::vm {

using code::BinOp;

bool float_binop(VM& vm, int opi, double x, double y, Value& out) {
  switch ((BinOp)opi) {
    case BinOp::Add: out = Value::real(x + y); return true;
    case BinOp::Sub: out = Value::real(x - y); return true;
    case BinOp::Mul: out = Value::real(x * y); return true;
    case BinOp::Div: {
      auto r = py::float_truediv(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::FloorDiv: {
      auto r = py::float_floordiv(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Mod: {
      auto r = py::float_mod(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Pow: {
      auto r = py::float_pow(x, y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    default: break;
  }
  return false;
}

bool float_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"float", Conv::Positional, "x=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs == 0) { out = Value::real(0.0); return true; }
  const Value& x = args[0];
  switch (x.tag) {
    case Value::Float: out = x; return true;
    case Value::Int: out = Value::real(py::int_to_float(x.i)); return true;
    case Value::Bool: out = Value::real(x.b ? 1.0 : 0.0); return true;
    default: break;
  }
  if (Long* l = as<Long>(x)) {
    auto r = l->v.to_double();
    if (!r) return raise_py(vm, r.err, r.msg);
    out = Value::real(r.value);
    return true;
  }
  if (Str* s = as<Str>(x)) {
    auto r = py::parse_float(s->s);
    if (!r) return raise_py(vm, r.err, r.msg);
    out = Value::real(r.value);
    return true;
  }
  if (as<Instance>(x)) {
    PyType* t = vm.type_of(x);
    if (t->lookup("__float__")) {
      Value r;
      if (!vm.callm(x, "__float__", nullptr, 0, r)) return false;
      if (r.tag != Value::Float)
        return vm.raise(vm.TypeError, vm.type_name(x) + ".__float__ returned non-float (type " + vm.type_name(r) + ")");
      out = r;
      return true;
    }
    if (t->lookup("__index__")) {
      int64_t i;
      if (!int_arg(vm, x, i)) return false;
      out = Value::real(py::int_to_float(i));
      return true;
    }
  }
  return vm.raise(vm.TypeError, "float() argument must be a string or a real number, not '" + vm.type_name(x) + "'");
}

}  // namespace ts::vm
