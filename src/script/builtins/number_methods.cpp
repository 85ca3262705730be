// Methods of int, bool and float: bit_length, bit_count, conjugate,
// is_integer, as_integer_ratio.
#include <cmath>

#include "script/pylib/num.h"
#include "script/builtins/types.h"
#include "script/objects/subclass.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

constexpr Owner kInt{"int", [](const Value& v) { return v.tag == Value::Int || v.tag == Value::Bool || as<Long>(v); }};
constexpr Owner kFloat{"float", [](const Value& v) { return v.tag == Value::Float; }};

// The receiver and the (no) arguments checked as CPython does; then its value.
// A big int's value is in *big (v is then 0).
bool int_self(VM& vm, Value* args, int nargs, Dict* kw, const char* q, int64_t& v, const Long** big = nullptr) {
  if (!check_method(vm, {q, Conv::NoArgs}, kInt, args, nargs, kw)) return false;
  args[0] = plain_value(args[0]);  // an int subclass's value
  const Long* l = as<Long>(args[0]);
  if (l && !big) return vm.raise(vm.NotImplementedError, std::string(q) + "() of a big int is not available in Turnstile scenarios");
  if (big) *big = l;
  v = args[0].tag == Value::Int ? args[0].i : args[0].tag == Value::Bool ? args[0].b : 0;
  return true;
}

bool float_self(VM& vm, Value* args, int nargs, Dict* kw, const char* q, double& v) {
  if (!check_method(vm, {q, Conv::NoArgs}, kFloat, args, nargs, kw)) return false;
  v = args[0].f;
  return true;
}

bool int_bit_length(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  int64_t v;
  const Long* big;
  if (!int_self(vm, args, nargs, kw, "int.bit_length", v, &big)) return false;
  if (big) {
    out = Value::integer(big->v.bit_length());
    return true;
  }
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int n = 0;
  while (u) { ++n; u >>= 1; }
  out = Value::integer(n);
  return true;
}

bool int_bit_count(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  int64_t v;
  if (!int_self(vm, args, nargs, kw, "int.bit_count", v)) return false;
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int n = 0;
  while (u) { n += int(u & 1); u >>= 1; }
  out = Value::integer(n);
  return true;
}

bool int_conjugate(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  int64_t v;
  const Long* big;
  if (!int_self(vm, args, nargs, kw, "int.conjugate", v, &big)) return false;
  out = big ? args[0] : Value::integer(v);
  return true;
}

bool int_as_integer_ratio(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  int64_t v;
  const Long* big;
  if (!int_self(vm, args, nargs, kw, "int.as_integer_ratio", v, &big)) return false;
  out = vm.make_tuple({big ? args[0] : Value::integer(v), Value::integer(1)});
  return true;
}

bool float_is_integer(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  double v;
  if (!float_self(vm, args, nargs, kw, "float.is_integer", v)) return false;
  out = Value::boolean(py::float_is_integer(v));
  return true;
}

bool float_conjugate(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  double v;
  if (!float_self(vm, args, nargs, kw, "float.conjugate", v)) return false;
  out = Value::real(v);
  return true;
}

bool float_as_integer_ratio(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  double v;
  if (!float_self(vm, args, nargs, kw, "float.as_integer_ratio", v)) return false;
  if (std::isinf(v)) return vm.raise(vm.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(v)) return vm.raise(vm.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(v, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) { m *= 2.0; --e; }
  // v = m * 2**e with m an integer; reduced: m odd or e >= 0
  while (e < 0 && std::fmod(m, 2.0) == 0) { m /= 2.0; ++e; }
  if (e >= 0) {
    auto num = py::BigInt::from_double(v);  // v is an integer: exact
    if (!num) return raise_py(vm, num.err, num.msg);
    out = vm.make_tuple({make_int(num.value), Value::integer(1)});
    return true;
  }
  auto num = py::BigInt::from_double(m);
  if (!num) return raise_py(vm, num.err, num.msg);
  py::BigInt den = py::BigInt::from_i64(1);
  for (int k = -e; k > 0; k -= 62) {
    auto d = den.mul(py::BigInt::from_i64(int64_t(1) << (k < 62 ? k : 62)));
    if (!d) return raise_py(vm, d.err, d.msg);
    den = d.value;
  }
  out = vm.make_tuple({make_int(num.value), make_int(den)});
  return true;
}

// int/bool/float attributes: real, imag, numerator, denominator.
bool number_attr(VM& vm, const Value& self, const Str& attr, Value& out) {
  const std::string& n = attr.s;
  if (self.tag == Value::Int || self.tag == Value::Bool) {
    int64_t v = self.tag == Value::Int ? self.i : self.b;
    if (n == "real" || n == "numerator") { out = Value::integer(v); return true; }
    if (n == "imag") { out = Value::integer(0); return true; }
    if (n == "denominator") { out = Value::integer(1); return true; }
    return false;
  }
  if (as<Long>(self)) {  // a big int, or an int subclass's (its value as a plain int)
    if (n == "real" || n == "numerator") { out = plain_value(self); return true; }
    if (n == "imag") { out = Value::integer(0); return true; }
    if (n == "denominator") { out = Value::integer(1); return true; }
    return false;
  }
  if (self.tag == Value::Float) {
    if (n == "real") { out = self; return true; }
    if (n == "imag") { out = Value::real(0.0); return true; }
  }
  return false;
}

}  // namespace

void install_number_methods(VM& vm) {
  vm.getattr_hooks[vm.t_int] = number_attr;
  vm.getattr_hooks[vm.t_float] = number_attr;
  for (PyType* t : {vm.t_int, vm.t_bool}) {
    if (!t) continue;
    // bool inherits from int; define on int only unless bool has its own dict lookups
    if (t == vm.t_bool && t->is_subtype(vm.t_int)) continue;
    vm.def_method(t, "bit_length", int_bit_length);
    vm.def_method(t, "bit_count", int_bit_count);
    vm.def_method(t, "conjugate", int_conjugate);
    vm.def_method(t, "as_integer_ratio", int_as_integer_ratio);
  }
  vm.def_method(vm.t_float, "is_integer", float_is_integer);
  vm.def_method(vm.t_float, "conjugate", float_conjugate);
  vm.def_method(vm.t_float, "as_integer_ratio", float_as_integer_ratio);
}

}  // namespace ts::vm
