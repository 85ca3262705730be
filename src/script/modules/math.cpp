// The `math` module (CPython's Modules/mathmodule.c): libm's functions with
// CPython's special cases and errors, its integer functions on big ints, and
// fsum's exact sum. The ones CPython computes with its own approximations
// (gamma, lgamma, erf, erfc, hypot, dist) are not here: missing_names.h
// refuses them before a run rather than print a different last digit.
#include <cmath>
#include <climits>

#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/objects/int.h"
#include "script/pylib/num.h"
#include "script/code/operators.h"

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

template <double (*F)(double), bool can_overflow = true>
bool unary(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  // CPython's math_1: a NaN from a non-NaN is a domain error (sin(inf)), an
  // infinity from a finite argument overflowed (exp(1000)) or, where the
  // function cannot overflow, hit a pole (atanh(1), log1p(-1)).
  const double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return vm.raise(vm.ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x))
    return can_overflow ? vm.raise(vm.OverflowError, "math range error") : vm.raise(vm.ValueError, "math domain error");
  out = Value::real(r);
  return true;
}
double sin_(double x) { return std::sin(x); }
double cos_(double x) { return std::cos(x); }
double tan_(double x) { return std::tan(x); }
double asin_(double x) { return std::asin(x); }
double acos_(double x) { return std::acos(x); }
double atan_(double x) { return std::atan(x); }
double sinh_(double x) { return std::sinh(x); }
double cosh_(double x) { return std::cosh(x); }
double tanh_(double x) { return std::tanh(x); }
double asinh_(double x) { return std::asinh(x); }
double acosh_(double x) { return std::acosh(x); }
double atanh_(double x) { return std::atanh(x); }
double exp_(double x) { return std::exp(x); }
double exp2_(double x) { return std::exp2(x); }
double expm1_(double x) { return std::expm1(x); }
double log1p_(double x) { return std::log1p(x); }
double cbrt_(double x) { return std::cbrt(x); }
double fabs_(double x) { return std::fabs(x); }
// CPython's degToRad and radToDeg constants, multiplied as it does.
double degrees_(double x) { return x * (180.0 / M_PI); }
double radians_(double x) { return x * (M_PI / 180.0); }

// No range check: degrees(1e308) is inf, as in CPython.
template <double (*F)(double)>
bool plain(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  out = Value::real(F(x));
  return true;
}

template <bool (*Test)(double)>
bool predicate(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  out = Value::boolean(Test(x));
  return true;
}
bool isnan_(double x) { return std::isnan(x); }
bool isinf_(double x) { return std::isinf(x); }
bool isfinite_(double x) { return std::isfinite(x); }

// Two floats in, one out, with CPython's wrapper (m_atan2, math_fmod, ...).
template <bool (*F)(VM&, double, double, double&)>
bool binary(VM& vm, Args& a, Value& out) {
  double x, y, r;
  if (!real(vm, a[0], x) || !real(vm, a[1], y) || !F(vm, x, y, r)) return false;
  out = Value::real(r);
  return true;
}

bool atan2_(VM&, double y, double x, double& r) {
  // m_atan2: C99's special values, which not every libm gets right
  if (std::isnan(x) || std::isnan(y)) r = NAN;
  else if (std::isinf(y)) r = std::isinf(x) ? std::copysign(std::copysign(1., x) == 1. ? 0.25 * M_PI : 0.75 * M_PI, y)
                                             : std::copysign(0.5 * M_PI, y);
  else if (std::isinf(x) || y == 0.) r = std::copysign(1., x) == 1. ? std::copysign(0., y) : std::copysign(M_PI, y);
  else r = std::atan2(y, x);
  return true;
}

bool copysign_(VM&, double x, double y, double& r) {
  r = std::copysign(x, y);
  return true;
}

bool fmod_(VM& vm, double x, double y, double& r) {
  if (std::isinf(y) && std::isfinite(x)) return r = x, true;  // fmod(x, +-inf) is x for finite x
  r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return vm.raise(vm.ValueError, "math domain error");
  return true;
}

bool pow_(VM& vm, double x, double y, double& r) {
  // math_pow: IEEE specials by hand, libm for finite ** finite
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0. ? 1. : x;
    else if (std::isnan(y)) r = x == 1. ? 1. : y;
    else if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      r = y > 0. ? (odd_y ? x : std::fabs(x)) : y == 0. ? 1. : (odd_y ? std::copysign(0., x) : 0.);
    } else {  // y infinite
      const double ax = std::fabs(x);
      r = ax == 1.0 ? 1. : (y > 0. && ax > 1.0) ? y : (y < 0. && ax < 1.0) ? -y : 0.;
    }
    return true;
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return vm.raise(vm.ValueError, "math domain error");  // (-x) ** non-integer
  if (std::isinf(r)) {
    if (x == 0.) return vm.raise(vm.ValueError, "math domain error");  // 0 ** negative
    return vm.raise(vm.OverflowError, "math range error");
  }
  return true;
}

bool frexp_(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  int e = 0;
  const double m = (std::isnan(x) || std::isinf(x) || x == 0.) ? x : std::frexp(x, &e);
  out = vm.make_tuple({Value::real(m), Value::integer(e)});
  return true;
}

bool modf_(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  double whole = x, frac;
  if (std::isinf(x)) frac = std::copysign(0., x);
  else if (std::isnan(x)) frac = x;
  else frac = std::modf(x, &whole);
  out = vm.make_tuple({Value::real(frac), Value::real(whole)});
  return true;
}

bool ldexp_(VM& vm, Args& a, Value& out) {
  double x;
  if (!real(vm, a[0], x)) return false;
  py::BigInt big;
  if (!VM::big_of(a[1], big)) return vm.raise(vm.TypeError, "Expected an int as second argument to ldexp.");
  // an exponent past a C long is clamped to one (it over- or underflows anyway)
  const int64_t e = big.fits_i64() ? big.to_i64() : big.is_negative() ? INT64_MIN : INT64_MAX;
  double r = x;
  if (x != 0. && std::isfinite(x)) {
    if (e > INT_MAX) return vm.raise(vm.OverflowError, "math range error");
    if (e < INT_MIN) r = std::copysign(0., x);
    else r = std::ldexp(x, int(e));
    if (std::isinf(r)) return vm.raise(vm.OverflowError, "math range error");
  }
  out = Value::real(r);
  return true;
}

// fsum: Shewchuk's exact sum of the partials, rounded once at the end with
// CPython's half-even fix-up across partials (so the result is the float
// nearest the true sum, whatever the order).
bool fsum(VM& vm, Args& a, Value& out) {
  Value it, item;
  if (!vm.iter(a[0], it)) return false;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    int got = vm.next(it, item);
    if (got < 0) return false;
    if (got == 0) break;
    double x;
    if (!real(vm, item, x)) return false;
    const double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // from an inf or nan summand, or an intermediate overflow
        if (std::isfinite(xsave)) return vm.raise(vm.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(vm.ValueError, "-inf + inf in fsum");
    out = Value::real(special_sum);
    return true;
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {  // from the top, until the sum becomes inexact
      const double x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  out = Value::real(hi);
  return true;
}

// ---- integers ----

bool big_result(VM& vm, py::Result<py::BigInt> r, py::BigInt& out) {
  if (!r) return raise_py(vm, r.err, r.msg);
  out = std::move(r.value);
  return true;
}

// lo * (lo + 1) * ... * hi (1 when empty), halving the range so the big
// multiplications stay balanced.
bool range_product(VM& vm, const py::BigInt& lo, const py::BigInt& hi, py::BigInt& out) {
  const py::BigInt one = py::BigInt::from_i64(1);
  const int c = lo.compare(hi);
  if (c > 0) return out = one, true;
  if (c == 0) return out = lo, true;
  if (hi.sub(lo).compare(py::BigInt::from_i64(8)) < 0) {
    out = lo;
    for (py::BigInt k = lo.add(one); k.compare(hi) <= 0; k = k.add(one))
      if (!big_result(vm, out.mul(k), out)) return false;
    return true;
  }
  py::BigInt mid, left, right;
  if (!big_result(vm, lo.add(hi).floordiv(py::BigInt::from_i64(2)), mid)) return false;
  if (!range_product(vm, lo, mid, left) || !range_product(vm, mid.add(one), hi, right)) return false;
  return big_result(vm, left.mul(right), out);
}

bool factorial(VM& vm, Args& a, Value& out) {
  if (a[0].tag == Value::Float)  // 3.10 took integral floats; 3.11 refuses every float
    return vm.raise(vm.TypeError, "'float' object cannot be interpreted as an integer");
  py::BigInt n, r;
  if (!index_big(vm, a[0], n)) return false;
  if (!n.fits_i64()) {
    if (n.is_negative()) return vm.raise(vm.ValueError, "factorial() not defined for negative values");
    return vm.raise(vm.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (n.is_negative()) return vm.raise(vm.ValueError, "factorial() not defined for negative values");
  if (!range_product(vm, py::BigInt::from_i64(1), n, r)) return false;
  out = make_int(std::move(r));
  return true;
}

bool gcd(VM& vm, Args& a, Value& out) {
  if (a.kw && a.kw->live) return vm.raise(vm.TypeError, "math.gcd() takes no keyword arguments");
  py::BigInt g, x;
  for (int i = 0; i < a.n; i++) {
    if (!index_big(vm, a[i], x)) return false;
    g = g.gcd(x);
  }
  out = make_int(std::move(g));
  return true;
}

bool lcm(VM& vm, Args& a, Value& out) {
  if (a.kw && a.kw->live) return vm.raise(vm.TypeError, "math.lcm() takes no keyword arguments");
  py::BigInt l = py::BigInt::from_i64(1), x;
  for (int i = 0; i < a.n; i++) {
    if (!index_big(vm, a[i], x)) return false;
    if (l.is_zero() || x.is_zero()) {
      l = py::BigInt();
      continue;  // CPython still checks the rest are ints
    }
    py::BigInt q;
    if (!big_result(vm, l.floordiv(l.gcd(x)), q) || !big_result(vm, q.mul(x), l)) return false;
    l = l.abs();
  }
  out = make_int(std::move(l));
  return true;
}

bool isqrt(VM& vm, Args& a, Value& out) {
  py::BigInt n;
  if (!index_big(vm, a[0], n)) return false;
  if (n.is_negative()) return vm.raise(vm.ValueError, "isqrt() argument must be nonnegative");
  if (n.is_zero()) return out = Value::integer(0), true;
  // Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n), then
  // x = (x + n // x) // 2 while it decreases; the last x is floor(sqrt(n)).
  py::BigInt x, y, q;
  if (!big_result(vm, py::BigInt::from_i64(1).lshift(py::BigInt::from_i64((n.bit_length() + 1) / 2)), x)) return false;
  for (;;) {
    if (!big_result(vm, n.floordiv(x), q) || !big_result(vm, x.add(q).floordiv(py::BigInt::from_i64(2)), y)) return false;
    if (y.compare(x) >= 0) break;
    x = std::move(y);
  }
  out = make_int(std::move(x));
  return true;
}

// n and k of comb/perm: non-negative ints.
bool nk(VM& vm, const Value& nv, const Value& kv, py::BigInt& n, py::BigInt& k) {
  if (!index_big(vm, nv, n) || !index_big(vm, kv, k)) return false;
  if (n.is_negative()) return vm.raise(vm.ValueError, "n must be a non-negative integer");
  if (k.is_negative()) return vm.raise(vm.ValueError, "k must be a non-negative integer");
  return true;
}

bool perm(VM& vm, Args& a, Value& out) {
  py::BigInt n, k, r;
  if (a.n < 2 || a[1].is_none()) {
    if (!index_big(vm, a[0], n)) return false;
    if (n.is_negative()) return vm.raise(vm.ValueError, "n must be a non-negative integer");
    k = n;
  } else if (!nk(vm, a[0], a[1], n, k)) {
    return false;
  }
  if (k.compare(n) > 0) return out = Value::integer(0), true;
  if (!k.fits_i64()) return vm.raise(vm.OverflowError, "k must not exceed 9223372036854775807");
  if (!range_product(vm, n.sub(k).add(py::BigInt::from_i64(1)), n, r)) return false;
  out = make_int(std::move(r));
  return true;
}

bool comb(VM& vm, Args& a, Value& out) {
  py::BigInt n, k;
  if (!nk(vm, a[0], a[1], n, k)) return false;
  if (k.compare(n) > 0) return out = Value::integer(0), true;
  py::BigInt m = n.sub(k);
  if (m.compare(k) < 0) std::swap(m, k);  // k = min(k, n - k)
  if (!k.fits_i64()) return vm.raise(vm.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  // C(n, k) = (m + 1) * ... * n / k!, exact
  py::BigInt num, den, r;
  if (!range_product(vm, m.add(py::BigInt::from_i64(1)), n, num) ||
      !range_product(vm, py::BigInt::from_i64(1), k, den) || !big_result(vm, num.floordiv(den), r))
    return false;
  out = make_int(std::move(r));
  return true;
}

bool prod(VM& vm, Args& a, Value& out) {
  Value it, item, acc = a.get(1, Value::integer(1));
  if (!vm.iter(a[0], it)) return false;
  for (;;) {
    int got = vm.next(it, item);
    if (got < 0) return false;
    if (got == 0) break;
    Value r;
    if (!vm.binary(int(code::BinOp::Mul), acc, item, r)) return false;
    acc = std::move(r);
  }
  out = acc;
  return true;
}

bool trunc_(VM& vm, Args& a, Value& out);

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
double truncf_(double x) { return std::trunc(x); }

bool trunc_(VM& vm, Args& a, Value& out) {
  const Value& v = a[0];
  if (v.tag != Value::Int && v.tag != Value::Float && v.tag != Value::Bool && !as<Long>(v)) {
    if (as<Instance>(v) && vm.type_of(v)->lookup("__trunc__")) return vm.callm(v, "__trunc__", nullptr, 0, out);
    return vm.raise(vm.TypeError, "type " + vm.type_name(v) + " doesn't define __trunc__ method");
  }
  if (v.tag == Value::Bool) return out = Value::integer(v.b), true;
  return to_int<truncf_>(vm, a, out);
}

// CPython's loghelper: an int too big for a float is logged as its top
// bits scaled by a power of two (log(x) + log(2) * e), not refused.
template <double (*F)(double)>
bool log_of(VM& vm, const Value& v, double& out) {
  if (Long* l = as<Long>(v)) {
    if (l->v.is_negative() || l->v.is_zero()) return vm.raise(vm.ValueError, "math domain error");
    if (!l->v.to_double()) {
      const int64_t e = l->v.bit_length();
      auto top = l->v.rshift(py::BigInt::from_i64(e - 64));
      if (!top) return raise_py(vm, top.err, top.msg);
      auto m = top.value.to_double();
      if (!m) return raise_py(vm, m.err, m.msg);
      out = F(std::ldexp(m.value, -64)) + F(2.0) * double(e);
      return true;
    }
  }
  double x;
  if (!real(vm, v, x)) return false;
  if (x <= 0) return vm.raise(vm.ValueError, "math domain error");
  out = F(x);
  return true;
}
double log_e(double x) { return std::log(x); }
double log_2(double x) { return std::log2(x); }
double log_10(double x) { return std::log10(x); }

template <double (*F)(double)>
bool log_n(VM& vm, Args& a, Value& out) {
  double r;
  if (!log_of<F>(vm, a[0], r)) return false;
  out = Value::real(r);
  return true;
}

// math.log checks its arguments by hand in CPython (METH_VARARGS).
bool log_(VM& vm, Args& a, Value& out) {
  if (!check_args(vm, {"math.log", Conv::Tuple}, 0, a.kw)) return false;
  if (a.n < 1 || a.n > 2) return vm.raise(vm.TypeError, "math.log requires 1 to 2 arguments");
  double r;
  if (!log_of<log_e>(vm, a[0], r)) return false;
  if (a.n > 1) {
    double b;
    if (!log_of<log_e>(vm, a[1], b)) return false;
    if (b == 0.) return vm.raise(vm.ZeroDivisionError, "float division by zero");
    r = r / b;
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
    {"math.tan", unary<tan_, false>, Conv::O},
    {"math.asin", unary<asin_, false>, Conv::O},
    {"math.acos", unary<acos_, false>, Conv::O},
    {"math.atan", unary<atan_, false>, Conv::O},
    {"math.sinh", unary<sinh_>, Conv::O},
    {"math.cosh", unary<cosh_>, Conv::O},
    {"math.tanh", unary<tanh_, false>, Conv::O},
    {"math.asinh", unary<asinh_, false>, Conv::O},
    {"math.acosh", unary<acosh_, false>, Conv::O},
    {"math.atanh", unary<atanh_, false>, Conv::O},
    {"math.exp2", unary<exp2_>, Conv::O},
    {"math.expm1", unary<expm1_>, Conv::O},
    {"math.log1p", unary<log1p_, false>, Conv::O},
    {"math.cbrt", unary<cbrt_, false>, Conv::O},
    {"math.degrees", plain<degrees_>, Conv::O},
    {"math.radians", plain<radians_>, Conv::O},
    {"math.log2", log_n<log_2>, Conv::O},
    {"math.log10", log_n<log_10>, Conv::O},
    {"math.isnan", predicate<isnan_>, Conv::O},
    {"math.isinf", predicate<isinf_>, Conv::O},
    {"math.isfinite", predicate<isfinite_>, Conv::O},
    {"math.atan2", binary<atan2_>, Conv::Positional, "y, x, /"},
    {"math.copysign", binary<copysign_>, Conv::Positional, "x, y, /"},
    {"math.fmod", binary<fmod_>, Conv::Positional, "x, y, /"},
    {"math.pow", binary<pow_>, Conv::Positional, "x, y, /"},
    {"math.frexp", frexp_, Conv::O},
    {"math.modf", modf_, Conv::O},
    {"math.ldexp", ldexp_, Conv::Positional, "x, i, /"},
    {"math.fsum", fsum, Conv::O},
    {"math.trunc", trunc_, Conv::O},
    {"math.factorial", factorial, Conv::O},
    {"math.gcd", gcd, Conv::Free},
    {"math.lcm", lcm, Conv::Free},
    {"math.isqrt", isqrt, Conv::O},
    {"math.perm", perm, Conv::Positional, "n, k=None, /"},
    {"math.comb", comb, Conv::Positional, "n, k, /"},
    {"math.prod", prod, Conv::Keywords, "iterable, /, *, start=1"},
};

}  // namespace

void install_math(VM& vm) {
  Dict& d = *vm.new_module("math")->dict;
  install(vm, d, kMath);
  d.set(vm.make_str("pi"), Value::real(M_PI));
  d.set(vm.make_str("e"), Value::real(M_E));
  d.set(vm.make_str("tau"), Value::real(2 * M_PI));
  d.set(vm.make_str("inf"), Value::real(INFINITY));
  d.set(vm.make_str("nan"), Value::real(NAN));
}

}  // namespace ts::vm
