// The `math` module: the functions scenarios use, with CPython's errors.
#include <cmath>

#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/pylib/num.h"

namespace ts::vm {

namespace {

bool real(VM& vm, const Value& v, double& d) {
  if (v.tag == Value::Int) d = double(v.i);
  else if (v.tag == Value::Float) d = v.f;
  else if (v.tag == Value::Bool) d = v.b;
  else if (Long* l = as<Long>(v)) {
    auto r = l->v.to_double();
    if (!r) return raise_py(vm, r.err, r.msg);
    d = r.value;
  } else return vm.raise(vm.TypeError, "must be real number, not " + vm.type_name(v));
  return true;
}

template <double (*F)(double)>
bool unary(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  out = Value::real(F(x));
  return true;
}
double sin_(double x) { return std::sin(x); }
double cos_(double x) { return std::cos(x); }
double exp_(double x) { return std::exp(x); }
double fabs_(double x) { return std::fabs(x); }

bool sqrt_(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  if (x < 0) return vm.raise(vm.ValueError, "math domain error");
  out = Value::real(std::sqrt(x));
  return true;
}

// floor/ceil: ints are returned as they are; floats round to an int.
template <double (*Round)(double)>
bool to_int(VM& vm, Args& a, Value& out) {
  const Value& v = a[0];
  if (v.tag == Value::Int || as<Long>(v)) {
    out = v;
    return true;
  }
  double x;
  if (!real(vm, v, x)) return false;
  auto r = py::float_to_int(Round(x));
  if (r) {
    out = Value::integer(r.value);
    return true;
  }
  if (r.err != py::Err::IntOverflow) return raise_py(vm, r.err, r.msg);
  auto b = py::BigInt::from_double(Round(x));
  if (!b) return raise_py(vm, b.err, b.msg);
  out = make_int(std::move(b.value));
  return true;
}
double floor_(double x) { return std::floor(x); }
double ceil_(double x) { return std::ceil(x); }

// math.log checks its arguments by hand in CPython (METH_VARARGS).
bool log_(VM& vm, Args& a, Value& out) {
  if (!check_args(vm, {"math.log", Conv::Tuple}, 0, a.kw)) return false;
  if (a.n < 1 || a.n > 2) return vm.raise(vm.TypeError, "math.log requires 1 to 2 arguments");
  double x;
  if (!real(vm, a[0], x)) return false;
  if (x <= 0) return vm.raise(vm.ValueError, "math domain error");
  double r = std::log(x);
  if (a.n > 1) {
    double b;
    if (!real(vm, a[1], b)) return false;
    r = r / std::log(b);
  }
  out = Value::real(r);
  return true;
}

bool isclose(VM& vm, Args& a, Value& out) {
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (!real(vm, *a.get(0), x) || !real(vm, *a.get(1), y)) return false;
  if (const Value* r = a.get(2); r && !real(vm, *r, rel)) return false;
  if (const Value* t = a.get(3); t && !real(vm, *t, abs_tol)) return false;
  if (x == y) {
    out = Value::boolean(true);
    return true;
  }
  if (std::isinf(x) || std::isinf(y)) {
    out = Value::boolean(false);
    return true;
  }
  double diff = std::fabs(y - x);
  out = Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
  return true;
}

constexpr Method kMath[] = {
    {"math.sqrt", sqrt_, Conv::O},
    {"math.sin", unary<sin_>, Conv::O},
    {"math.cos", unary<cos_>, Conv::O},
    {"math.exp", unary<exp_>, Conv::O},
    {"math.fabs", unary<fabs_>, Conv::O},
    {"math.log", log_, Conv::Free},
    {"math.floor", to_int<floor_>, Conv::O},
    {"math.ceil", to_int<ceil_>, Conv::O},
    {"math.isclose", isclose, Conv::Keywords, "a, b, *, rel_tol=1e-09, abs_tol=0.0"},
};

}  // namespace

void install_math(VM& vm) {
  Dict& d = *vm.new_module("math")->dict;
  install(vm, d, kMath);
  d.set(vm.make_str("pi"), Value::real(M_PI));
  d.set(vm.make_str("e"), Value::real(M_E));
  d.set(vm.make_str("inf"), Value::real(INFINITY));
  d.set(vm.make_str("nan"), Value::real(NAN));
}

}  // namespace ts::vm
