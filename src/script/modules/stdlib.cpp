// The small standard-library modules scenarios may import: time (virtual
// clock), random (CPython's Mersenne Twister), typing, functools, math.
#include <cmath>

#include "script/pylib/num.h"
#include "script/pylib/random.h"
#include "script/pylib/time.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

#define NATIVE(name) bool name(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void* data)
#define UNUSED (void)vm, (void)args, (void)nargs, (void)kwargs, (void)out, (void)data

bool num(VM& vm, const Value& v, double& d, const char* what = "must be real number") {
  if (v.tag == Value::Int) d = (double)v.i;
  else if (v.tag == Value::Float) d = v.f;
  else if (v.tag == Value::Bool) d = v.b;
  else return vm.raise(vm.TypeError, std::string(what) + ", not " + vm.type_name(v));
  return true;
}

bool integer(VM& vm, const Value& v, int64_t& i) {
  if (v.tag == Value::Int) i = v.i;
  else if (v.tag == Value::Bool) i = v.b;
  else return vm.raise(vm.TypeError, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
  return true;
}


// ---- time ----
NATIVE(t_time) {
  UNUSED;
  out = Value::real(vm.loop.time());
  return true;
}
NATIVE(t_sleep) {
  UNUSED;
  if (!vm.arg_count("sleep", nargs, 1, 1)) return false;
  double d;
  if (!num(vm, args[0], d, "'" "float" "' object required")) return false;
  if (d < 0) return vm.raise(vm.ValueError, "sleep length must be non-negative");
  vm.loop.advance(d);
  out = Value();
  return true;
}
NATIVE(t_strftime) {
  UNUSED;
  if (!vm.arg_count("strftime", nargs, 1, 2)) return false;
  Str* fmt = as<Str>(args[0]);
  if (!fmt) return vm.raise(vm.TypeError, "strftime() argument 1 must be str, not " + vm.type_name(args[0]));
  py::StructTime t = py::gmtime_float(vm.loop.time());
  if (nargs > 1) {
    Tuple* tt = as<Tuple>(args[1]);
    if (!tt || tt->items.size() < 9) return vm.raise(vm.TypeError, "Tuple or struct_time argument required");
    auto g = [&](int i) { return tt->items[i].tag == Value::Int ? tt->items[i].i : 0; };
    t.tm_year = g(0); t.tm_mon = (int)g(1); t.tm_mday = (int)g(2); t.tm_hour = (int)g(3);
    t.tm_min = (int)g(4); t.tm_sec = (int)g(5); t.tm_wday = (int)g(6); t.tm_yday = (int)g(7);
  }
  out = vm.make_str(py::strftime(fmt->s, t));
  return true;
}
Value struct_time(VM& vm, const py::StructTime& t) {
  return vm.make_tuple({Value::integer(t.tm_year), Value::integer(t.tm_mon), Value::integer(t.tm_mday),
                        Value::integer(t.tm_hour), Value::integer(t.tm_min), Value::integer(t.tm_sec),
                        Value::integer(t.tm_wday), Value::integer(t.tm_yday), Value::integer(t.tm_isdst)});
}
NATIVE(t_gmtime) {
  UNUSED;
  double s = vm.loop.time();
  if (nargs > 0 && !args[0].is_none() && !num(vm, args[0], s)) return false;
  out = struct_time(vm, py::gmtime_float(s));
  return true;
}

// ---- random ----
py::Random& rng(VM& vm) { return *static_cast<py::Random*>(vm.rng); }

NATIVE(r_seed) {
  UNUSED;
  if (nargs == 0 || args[0].is_none()) {
    rng(vm).seed((int64_t)vm.unseeded_seed);
  } else {
    int64_t s;
    if (args[0].tag == Value::Float) {
      return vm.raise(vm.TypeError, "random.seed() with a float is not supported in Turnstile scenarios; use an int");
    }
    if (!integer(vm, args[0], s)) return vm.raise(vm.TypeError, "random.seed() needs an int in Turnstile scenarios");
    rng(vm).seed(s);
  }
  out = Value();
  return true;
}
NATIVE(r_random) {
  UNUSED;
  out = Value::real(rng(vm).random());
  return true;
}
NATIVE(r_uniform) {
  UNUSED;
  if (!vm.arg_count("uniform", nargs, 2, 2)) return false;
  double a, b;
  if (!num(vm, args[0], a) || !num(vm, args[1], b)) return false;
  out = Value::real(rng(vm).uniform(a, b));
  return true;
}
NATIVE(r_randint) {
  UNUSED;
  if (!vm.arg_count("randint", nargs, 2, 2)) return false;
  int64_t a, b;
  if (!integer(vm, args[0], a) || !integer(vm, args[1], b)) return false;
  auto r = rng(vm).randint(a, b);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}
NATIVE(r_randrange) {
  UNUSED;
  if (!vm.arg_count("randrange", nargs, 1, 3)) return false;
  int64_t a, b = 0, c = 1;
  if (!integer(vm, args[0], a)) return false;
  if (nargs > 1 && !integer(vm, args[1], b)) return false;
  if (nargs > 2 && !integer(vm, args[2], c)) return false;
  auto r = nargs == 1 ? rng(vm).randrange(a) : rng(vm).randrange(a, b, c);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}
NATIVE(r_choice) {
  UNUSED;
  if (!vm.arg_count("choice", nargs, 1, 1)) return false;
  int64_t n;
  if (!vm.len(args[0], n)) return false;
  auto r = rng(vm).choice_index(n);
  if (!r) return raise_py(vm, r.err, r.msg);
  return vm.getitem(args[0], Value::integer(r.value), out);
}
NATIVE(r_shuffle) {
  UNUSED;
  List* l = nargs == 1 ? as<List>(args[0]) : nullptr;
  if (!l) return vm.raise(vm.TypeError, "shuffle() needs a list");
  rng(vm).shuffle(l->items);
  out = Value();
  return true;
}
NATIVE(r_sample) {
  UNUSED;
  if (!vm.arg_count("sample", nargs, 2, 2)) return false;
  std::vector<Value> pop;
  if (!vm.to_list(args[0], pop)) return false;
  int64_t k;
  if (!integer(vm, args[1], k)) return false;
  auto r = rng(vm).sample_indices((int64_t)pop.size(), k);
  if (!r) return raise_py(vm, r.err, r.msg);
  std::vector<Value> res;
  for (int64_t i : r.value) res.push_back(pop[i]);
  out = vm.make_list(std::move(res));
  return true;
}
NATIVE(r_expovariate) {
  UNUSED;
  double l = 1.0;
  if (nargs > 0 && !num(vm, args[0], l)) return false;
  auto r = rng(vm).expovariate(l);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::real(r.value);
  return true;
}
NATIVE(r_gauss) {
  UNUSED;
  double mu = 0, sigma = 1;
  if (nargs > 0 && !num(vm, args[0], mu)) return false;
  if (nargs > 1 && !num(vm, args[1], sigma)) return false;
  out = Value::real(rng(vm).gauss(mu, sigma));
  return true;
}
NATIVE(r_normalvariate) {
  UNUSED;
  double mu = 0, sigma = 1;
  if (nargs > 0 && !num(vm, args[0], mu)) return false;
  if (nargs > 1 && !num(vm, args[1], sigma)) return false;
  out = Value::real(rng(vm).normalvariate(mu, sigma));
  return true;
}
NATIVE(r_triangular) {
  UNUSED;
  double lo = 0, hi = 1;
  if (nargs > 0 && !num(vm, args[0], lo)) return false;
  if (nargs > 1 && !num(vm, args[1], hi)) return false;
  if (nargs > 2 && !args[2].is_none()) {
    double mode;
    if (!num(vm, args[2], mode)) return false;
    auto r = rng(vm).triangular(lo, hi, mode);
    if (!r) return raise_py(vm, r.err, r.msg);
    out = Value::real(r.value);
    return true;
  }
  out = Value::real(rng(vm).triangular(lo, hi));
  return true;
}
NATIVE(r_getrandbits) {
  UNUSED;
  int64_t k;
  if (nargs != 1 || !integer(vm, args[0], k)) return vm.raise(vm.TypeError, "getrandbits() takes exactly one int");
  auto r = rng(vm).getrandbits(k);
  if (!r) return raise_py(vm, r.err, r.msg);
  if (r.value > (uint64_t)INT64_MAX) return vm.raise(vm.OverflowError, "integer overflow: Turnstile integers are 64-bit");
  out = Value::integer((int64_t)r.value);
  return true;
}

// ---- functools ----
NATIVE(wraps_apply) {
  UNUSED;
  // data: unused; payload of the bound NativeFn is the wrapped function
  NativeFn* self = as<NativeFn>(args[0]);
  Value wrapped = self->payload;
  Value wrapper = args[1];
  static Ref<Str> n = make<Str>("__name__"), q = make<Str>("__qualname__"), w = make<Str>("__wrapped__");
  Value v;
  bool found;
  if (vm.getattr_opt(wrapped, *n, v, found) && found) vm.setattr(wrapper, *n, v);
  if (vm.getattr_opt(wrapped, *q, v, found) && found) vm.setattr(wrapper, *q, v);
  vm.error = Value();
  vm.setattr(wrapper, *w, wrapped);
  vm.error = Value();
  out = wrapper;
  return true;
}
NATIVE(f_wraps) {
  UNUSED;
  if (nargs != 1) return vm.raise(vm.TypeError, "wraps() takes exactly one argument in Turnstile scenarios");
  Ref<NativeFn> f = make<NativeFn>();
  f->name = "wraps";
  f->fn = wraps_apply;
  f->payload = args[0];
  f->self_is_fn = true;
  out = Value::object(f);
  return true;
}
NATIVE(partial_call) {
  UNUSED;
  NativeFn* self = as<NativeFn>(args[0]);
  Tuple* st = as<Tuple>(self->payload);
  Value fn = st->items[0];
  Tuple* pre = as<Tuple>(st->items[1]);
  Dict* kw = as<Dict>(st->items[2]);
  std::vector<Value> a = pre->items;
  for (int i = 1; i < nargs; i++) a.push_back(args[i]);
  Ref<Dict> merged = make<Dict>();
  for (auto& e : kw->entries)
    if (e.live) merged->set(e.key, e.value);
  if (kwargs)
    for (auto& e : kwargs->entries)
      if (e.live) merged->set(e.key, e.value);
  return vm.call(fn, a.data(), (int)a.size(), merged.get(), out);
}
NATIVE(f_partial) {
  UNUSED;
  if (nargs < 1) return vm.raise(vm.TypeError, "type 'partial' takes at least one argument");
  Ref<Dict> kw = make<Dict>();
  if (kwargs)
    for (auto& e : kwargs->entries)
      if (e.live) kw->set(e.key, e.value);
  Ref<NativeFn> f = make<NativeFn>();
  f->name = "partial";
  f->fn = partial_call;
  f->payload = vm.make_tuple({args[0], vm.make_tuple(std::vector<Value>(args + 1, args + nargs)), Value::object(kw)});
  f->self_is_fn = true;
  out = Value::object(f);
  return true;
}

// ---- math ----
#define MATH1(name, expr)                    \
  NATIVE(m_##name) {                         \
    UNUSED;                                  \
    double x;                                \
    if (nargs != 1 || !num(vm, args[0], x)) return vm.raise(vm.TypeError, "math." #name "() takes one number"); \
    out = Value::real(expr);                 \
    return true;                             \
  }
MATH1(sin, std::sin(x))
MATH1(cos, std::cos(x))
MATH1(exp, std::exp(x))
MATH1(fabs, std::fabs(x))
NATIVE(m_sqrt) {
  UNUSED;
  double x;
  if (nargs != 1 || !num(vm, args[0], x)) return vm.raise(vm.TypeError, "math.sqrt() takes one number");
  if (x < 0) return vm.raise(vm.ValueError, "math domain error");
  out = Value::real(std::sqrt(x));
  return true;
}
NATIVE(m_log) {
  UNUSED;
  double x;
  if (nargs < 1 || !num(vm, args[0], x)) return vm.raise(vm.TypeError, "math.log() takes a number");
  if (x <= 0) return vm.raise(vm.ValueError, "math domain error");
  double r = std::log(x);
  if (nargs > 1) {
    double b;
    if (!num(vm, args[1], b)) return false;
    r = r / std::log(b);
  }
  out = Value::real(r);
  return true;
}
NATIVE(m_floor) {
  UNUSED;
  if (nargs == 1 && args[0].tag == Value::Int) { out = args[0]; return true; }
  double x;
  if (nargs != 1 || !num(vm, args[0], x)) return vm.raise(vm.TypeError, "math.floor() takes one number");
  auto r = py::float_to_int(std::floor(x));
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}
NATIVE(m_ceil) {
  UNUSED;
  if (nargs == 1 && args[0].tag == Value::Int) { out = args[0]; return true; }
  double x;
  if (nargs != 1 || !num(vm, args[0], x)) return vm.raise(vm.TypeError, "math.ceil() takes one number");
  auto r = py::float_to_int(std::ceil(x));
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}
NATIVE(m_isclose) {
  UNUSED;
  double a, b;
  if (nargs != 2 || !num(vm, args[0], a) || !num(vm, args[1], b)) return vm.raise(vm.TypeError, "isclose() takes two numbers");
  double rel = 1e-09, abs_ = 0.0;
  Value r = vm.kwarg(kwargs, "rel_tol"), t = vm.kwarg(kwargs, "abs_tol");
  if (!r.is_none() && !num(vm, r, rel)) return false;
  if (!t.is_none() && !num(vm, t, abs_)) return false;
  if (a == b) { out = Value::boolean(true); return true; }
  if (std::isinf(a) || std::isinf(b)) { out = Value::boolean(false); return true; }
  double diff = std::fabs(b - a);
  out = Value::boolean(diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_);
  return true;
}

}  // namespace

void install_time(VM& vm) {
  Module* m = vm.new_module("time");
  vm.def(*m->dict, "time", t_time);
  vm.def(*m->dict, "monotonic", t_time);
  vm.def(*m->dict, "perf_counter", t_time);
  vm.def(*m->dict, "sleep", t_sleep);
  vm.def(*m->dict, "strftime", t_strftime);
  vm.def(*m->dict, "gmtime", t_gmtime);
  vm.def(*m->dict, "localtime", t_gmtime);
}

void install_random(VM& vm) {
  vm.rng = new py::Random(0);
  vm.rng_free = [](void* p) { delete static_cast<py::Random*>(p); };
  Module* m = vm.new_module("random");
  Dict& d = *m->dict;
  vm.def(d, "seed", r_seed);
  vm.def(d, "random", r_random);
  vm.def(d, "uniform", r_uniform);
  vm.def(d, "randint", r_randint);
  vm.def(d, "randrange", r_randrange);
  vm.def(d, "choice", r_choice);
  vm.def(d, "shuffle", r_shuffle);
  vm.def(d, "sample", r_sample);
  vm.def(d, "expovariate", r_expovariate);
  vm.def(d, "gauss", r_gauss);
  vm.def(d, "normalvariate", r_normalvariate);
  vm.def(d, "triangular", r_triangular);
  vm.def(d, "getrandbits", r_getrandbits);
}

void seed_random(VM& vm, int64_t seed) { static_cast<py::Random*>(vm.rng)->seed(seed); }

void install_misc_modules(VM& vm) {
  Module* t = vm.new_module("typing");
  auto alias = [&](const char* n, PyType* ty) { t->dict->set(vm.make_str(n), Value::object(ty)); };
  alias("List", vm.t_list);
  alias("Dict", vm.t_dict);
  alias("Tuple", vm.t_tuple);
  alias("Set", vm.t_set);
  alias("FrozenSet", vm.t_frozenset);
  for (const char* n : {"Any", "Optional", "Union", "Callable", "Awaitable", "Coroutine", "Iterable", "Iterator",
                        "Sequence", "Mapping", "Type", "TypeVar", "Generic", "NoReturn"})
    alias(n, vm.t_object);
  Module* f = vm.new_module("functools");
  vm.def(*f->dict, "wraps", f_wraps);
  vm.def(*f->dict, "partial", f_partial);
  Module* m = vm.new_module("math");
  Dict& d = *m->dict;
  vm.def(d, "sqrt", m_sqrt);
  vm.def(d, "sin", m_sin);
  vm.def(d, "cos", m_cos);
  vm.def(d, "exp", m_exp);
  vm.def(d, "fabs", m_fabs);
  vm.def(d, "log", m_log);
  vm.def(d, "floor", m_floor);
  vm.def(d, "ceil", m_ceil);
  vm.def(d, "isclose", m_isclose);
  d.set(vm.make_str("pi"), Value::real(M_PI));
  d.set(vm.make_str("e"), Value::real(M_E));
  d.set(vm.make_str("inf"), Value::real(INFINITY));
  d.set(vm.make_str("nan"), Value::real(NAN));
}

}  // namespace ts::vm
