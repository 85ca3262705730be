#include "script/objects/int.h"
#include "script/objects/subclass.h"

#include "script/code/operators.h"
#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/pylib/num.h"

namespace ts::vm {

using code::BinOp;

bool int_binop(VM& vm, int opi, int64_t x, int64_t y, Value& out) {
  BinOp op = (BinOp)opi;
  int64_t z;
  // The exact result does not fit in int64: compute it as a big int.
  auto big = [&]() { return long_binop(vm, opi, py::BigInt::from_i64(x), py::BigInt::from_i64(y), out); };
  // A pylib result as a Value; an int64 overflow falls back to the big int.
  auto put = [&](auto r, auto value) {
    if (!r) return r.err == py::Err::IntOverflow ? big() : raise_py(vm, r.err, r.msg);
    out = value(r.value);
    return true;
  };
  switch (op) {
    case BinOp::Add:
      if (!py::checked_add(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Sub:
      if (!py::checked_sub(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Mul:
      if (!py::checked_mul(x, y, &z)) return big();
      out = Value::integer(z);
      return true;
    case BinOp::Div: return put(py::int_truediv(x, y), [](double v) { return Value::real(v); });
    case BinOp::FloorDiv: return put(py::int_floordiv(x, y), Value::integer);
    case BinOp::Mod: return put(py::int_mod(x, y), Value::integer);
    case BinOp::Pow:
      return put(py::int_pow(x, y), [](auto v) { return v.is_float ? Value::real(v.f) : Value::integer(v.i); });
    case BinOp::LShift: return put(py::int_lshift(x, y), Value::integer);
    case BinOp::RShift: return put(py::int_rshift(x, y), Value::integer);
    case BinOp::BitOr: out = Value::integer(x | y); return true;
    case BinOp::BitXor: out = Value::integer(x ^ y); return true;
    case BinOp::BitAnd: out = Value::integer(x & y); return true;
    case BinOp::MatMul: break;
  }
  return false;
}

bool long_binop(VM& vm, int opi, const py::BigInt& x, const py::BigInt& y, Value& out) {
  BinOp op = (BinOp)opi;
  auto put = [&](py::Result<py::BigInt> r) {
    if (!r) return raise_py(vm, r.err, r.msg);
    out = make_int(std::move(r.value));
    return true;
  };
  switch (op) {
    case BinOp::Add: out = make_int(x.add(y)); return true;
    case BinOp::Sub: out = make_int(x.sub(y)); return true;
    case BinOp::Mul: return put(x.mul(y));
    case BinOp::FloorDiv: return put(x.floordiv(y));
    case BinOp::Mod: return put(x.mod(y));
    case BinOp::Div: {
      auto r = x.truediv(y);
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::real(r.value);
      return true;
    }
    case BinOp::Pow: {
      if (y.is_negative()) {
        auto r = x.pow_float(y);
        if (!r) return raise_py(vm, r.err, r.msg);
        out = Value::real(r.value);
        return true;
      }
      return put(x.pow(y));
    }
    case BinOp::LShift:
      // A count past ssize_t: CPython refuses before allocating (0 << n is 0).
      if (!y.is_negative() && !y.fits_i64()) {
        if (x.is_zero()) {
          out = Value::integer(0);
          return true;
        }
        return vm.raise(vm.OverflowError, "too many digits in integer");
      }
      return put(x.lshift(y));
    case BinOp::RShift: return put(x.rshift(y));
    case BinOp::BitOr: out = make_int(x.bit_or(y)); return true;
    case BinOp::BitXor: out = make_int(x.bit_xor(y)); return true;
    case BinOp::BitAnd: out = make_int(x.bit_and(y)); return true;
    case BinOp::MatMul: break;
  }
  return false;
}

namespace {

// int(s, base) and int(s): an int64 when it fits, else a big int.
bool parse_int(VM& vm, const Str& s, int base, Value& out) {
  auto r = py::parse_int(s.s, base);
  if (!r && r.err == py::Err::IntOverflow) {
    auto b = py::BigInt::parse(s.s, base);
    if (!b) return raise_py(vm, b.err, b.msg);
    out = make_int(std::move(b.value));
    return true;
  }
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}

}  // namespace

bool int_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig sig{"int", Conv::Keywords, "x=<unset>, /, base=10"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  const Value* basep = arg(sig, args, nargs, kwargs, 1);
  if (nargs == 0) {
    if (basep) return vm.raise(vm.TypeError, "int() missing string argument");
    out = Value::integer(0);
    return true;
  }
  const Value& x = args[0];
  if (basep) {
    int64_t base;
    if (!int_arg(vm, *basep, base)) return false;
    Str* s = as<Str>(x);
    if (!s) return vm.raise(vm.TypeError, "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) return vm.raise(vm.ValueError, "int() base must be >= 2 and <= 36, or 0");
    return parse_int(vm, *s, int(base), out);
  }
  switch (x.tag) {
    case Value::Int: out = x; return true;
    case Value::Bool: out = Value::integer(x.b ? 1 : 0); return true;
    case Value::Float: {
      auto r = py::float_to_int(x.f);
      if (!r && r.err == py::Err::IntOverflow) {
        auto b = py::BigInt::from_double(x.f);
        if (!b) return raise_py(vm, b.err, b.msg);
        out = make_int(std::move(b.value));
        return true;
      }
      if (!r) return raise_py(vm, r.err, r.msg);
      out = Value::integer(r.value);
      return true;
    }
    default: break;
  }
  if (as<Long>(x)) {
    // an int subclass: its __int__/__index__ (below), else its value as a plain int
    Value m;
    if (!as<Long>(x)->cls || !(user_dunder(x, "__int__", m) || user_dunder(x, "__index__", m))) {
      out = plain_value(x);
      return true;
    }
  }
  if (Str* s = as<Str>(x)) return parse_int(vm, *s, 10, out);
  if (as<Instance>(x) || builtin_sub(x)) {
    PyType* t = vm.type_of(x);
    const char* m = t->lookup("__int__") ? "__int__" : t->lookup("__index__") ? "__index__" : t->lookup("__trunc__") ? "__trunc__" : nullptr;
    if (m) {
      Value r;
      if (!vm.callm(x, m, nullptr, 0, r)) return false;
      if (r.tag == Value::Int) { out = r; return true; }
      if (r.tag == Value::Bool) { out = Value::integer(r.b); return true; }
      if (as<Long>(r)) { out = plain_value(r); return true; }  // a big int, or an int subclass's
      return vm.raise(vm.TypeError, std::string(m) + " returned non-int (type " + vm.type_name(r) + ")");
    }
  }
  return vm.raise(vm.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                    vm.type_name(x) + "'");
}

bool bool_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"bool", Conv::Positional, "x=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  bool b = false;
  if (nargs == 1 && !vm.truthy(args[0], b)) return false;
  out = Value::boolean(b);
  return true;
}

}  // namespace ts::vm
