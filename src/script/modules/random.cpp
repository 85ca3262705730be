// The `random` module: CPython's Mersenne Twister and Lib/random.py's
// methods, bit for bit (pylib/random.h). As in CPython, the module functions
// are the methods of one hidden Random instance -- here the module's state,
// so their messages say "Random.randint()" and count self.
#include "script/modules/modules.h"
#include "script/native/table.h"
#include "script/objects/range.h"
#include "script/pylib/random.h"

namespace ts::vm {

namespace {

struct RandomState final : ModuleState {
  py::Random mt;
  int64_t seed = 0;  // what seed() and seed(None) reseed with: the run's seed
};

// random.Random(x): an instance with a generator of its own. The module
// functions are the same rows called without a receiver, on the module's.
struct RandomObject final : Obj {
  py::Random mt;
  const char* type_name() const override { return "Random"; }
};

py::Random& rng(VM& vm, Args& a) {
  if (auto* r = a.self.as<RandomObject>()) return r->mt;
  return vm.state<RandomState>().mt;
}

bool real(VM& vm, const Value& v, double& d) {
  if (v.tag == Value::Int) d = double(v.i);
  else if (v.tag == Value::Float) d = v.f;
  else if (v.tag == Value::Bool) d = v.b;
  else return vm.raise(vm.TypeError, "must be real number, not " + vm.type_name(v));
  return true;
}

bool integer(VM& vm, const Value& v, int64_t& i) {
  if (v.tag == Value::Int) i = v.i;
  else if (v.tag == Value::Bool) i = v.b;
  else return vm.raise(vm.TypeError, "'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
  return true;
}

// Optional float parameter i.
bool real_arg(VM& vm, Args& a, int i, double& d) {
  const Value* v = a.get(i);
  return !v || real(vm, *v, d);
}

// seed(a): None reseeds with the run's seed (Turnstile has no entropy to
// draw from: every run is reproducible); an int, a float or a str as CPython's
// version 2.
bool seed_with(VM& vm, py::Random& mt, const Value* s) {
  if (!s || s->is_none()) {
    mt.seed(vm.state<RandomState>().seed);
  } else if (s->tag == Value::Float) {
    mt.seed_float(s->f);
  } else if (Str* str = as<Str>(*s)) {
    mt.seed_bytes(str->s);
  } else if (Long* l = as<Long>(*s)) {
    mt.seed_words(l->v.limbs());  // abs(n) as 32-bit words, as CPython's init_by_array
  } else {
    int64_t n;
    if (!integer(vm, *s, n))
      return vm.raise(vm.TypeError,
                      "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    mt.seed(n);
  }
  return true;
}

bool seed(VM& vm, Args& a, Value& out) {
  out = Value();
  return seed_with(vm, rng(vm, a), a.get(0));
}

bool new_random(VM& vm, Args& a, Value& out) {
  Ref<RandomObject> r = make<RandomObject>();
  if (!seed_with(vm, r->mt, a.get(0))) return false;
  out = Value::object(r);
  return true;
}

bool random(VM& vm, Args& a, Value& out) {
  out = Value::real(rng(vm, a).random());
  return true;
}

bool uniform(VM& vm, Args& a, Value& out) {
  double lo, hi;
  if (!real(vm, *a.get(0), lo) || !real(vm, *a.get(1), hi)) return false;
  out = Value::real(rng(vm, a).uniform(lo, hi));
  return true;
}

// The TypeError integer() gives a non-int.
bool not_int(VM& vm, const Value& v) {
  int64_t unused;
  return integer(vm, v, unused);
}

// _randbelow_with_getrandbits for a big n > 0: getrandbits(n.bit_length())
// until it is below n.
bool big_randbelow(VM& vm, py::Random& mt, const py::BigInt& n, py::BigInt& out) {
  const int64_t k = n.bit_length();
  for (;;) {
    auto r = mt.getrandbits(k);
    if (!r) return raise_py(vm, r.err, r.msg);
    if (r.value.compare(n) < 0) {
      out = std::move(r.value);
      return true;
    }
  }
}

// randrange over big ints (CPython's randrange, Python code on ints of any size).
bool big_randrange(VM& vm, py::Random& mt, const Value* startv, const Value* stopv, const Value* stepv, Value& out) {
  py::BigInt start, stop, step = py::BigInt::from_i64(1), r;
  if (!VM::big_of(*startv, start)) return not_int(vm, *startv);
  if (!stopv) {
    if (start.sign() <= 0) return vm.raise(vm.ValueError, "empty range for randrange()");
    if (!big_randbelow(vm, mt, start, r)) return false;
    out = make_int(std::move(r));
    return true;
  }
  if (!VM::big_of(*stopv, stop)) return not_int(vm, *stopv);
  if (stepv && !VM::big_of(*stepv, step)) return not_int(vm, *stepv);
  const py::BigInt width = stop.sub(start);
  py::BigInt n;
  if (step == py::BigInt::from_i64(1)) {
    n = width;
  } else {
    if (step.is_zero()) return vm.raise(vm.ValueError, "zero step for randrange()");
    auto q = (step.sign() > 0 ? width.add(step).sub(py::BigInt::from_i64(1))
                              : width.add(step).add(py::BigInt::from_i64(1))).floordiv(step);
    if (!q) return raise_py(vm, q.err, q.msg);
    n = std::move(q.value);
  }
  if (n.sign() <= 0) return vm.raise(vm.ValueError, "empty range for randrange()");
  if (!big_randbelow(vm, mt, n, r)) return false;
  auto off = step.mul(r);
  if (!off) return raise_py(vm, off.err, off.msg);
  out = make_int(start.add(off.value));
  return true;
}

bool any_long(const Value* a, const Value* b, const Value* c) {
  return (a && as<Long>(*a)) || (b && as<Long>(*b)) || (c && as<Long>(*c));
}

bool randint(VM& vm, Args& a, Value& out) {
  if (any_long(a.get(0), a.get(1), nullptr)) {  // randrange(a, b + 1)
    py::BigInt hi;
    if (!VM::big_of(*a.get(1), hi)) return not_int(vm, *a.get(1));
    Value stop = make_int(hi.add(py::BigInt::from_i64(1)));
    return big_randrange(vm, rng(vm, a), a.get(0), &stop, nullptr, out);
  }
  int64_t lo, hi;
  if (!integer(vm, *a.get(0), lo) || !integer(vm, *a.get(1), hi)) return false;
  auto r = rng(vm, a).randint(lo, hi);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}

bool randrange(VM& vm, Args& a, Value& out) {
  {
    const Value* stopv = a.get(1);
    if (stopv && stopv->is_none()) stopv = nullptr;
    if (any_long(a.get(0), stopv, a.get(2))) return big_randrange(vm, rng(vm, a), a.get(0), stopv, a.get(2), out);
  }
  int64_t start, stop = 0, step = 1;
  const Value* stopv = a.get(1);
  const Value* stepv = a.get(2);
  if (!integer(vm, *a.get(0), start)) return false;
  if (stopv && !stopv->is_none() && !integer(vm, *stopv, stop)) return false;
  if (stepv && !integer(vm, *stepv, step)) return false;
  auto r = !stopv || stopv->is_none() ? rng(vm, a).randrange(start) : rng(vm, a).randrange(start, stop, step);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::integer(r.value);
  return true;
}

bool choice(VM& vm, Args& a, Value& out) {
  const Value& seq = *a.get(0);
  int64_t n;
  if (!vm.len(seq, n)) return false;
  auto r = rng(vm, a).choice_index(n);
  if (!r) return raise_py(vm, r.err, r.msg);
  return vm.getitem(seq, Value::integer(r.value), out);
}

bool shuffle(VM& vm, Args& a, Value& out) {
  List* l = as<List>(*a.get(0));
  if (!l) return vm.raise(vm.TypeError, "shuffle() needs a list");
  rng(vm, a).shuffle(l->items);
  out = Value();
  return true;
}

bool sample(VM& vm, Args& a, Value& out) {
  std::vector<Value> pop;
  int64_t k;
  // `n = len(population)` comes first: range(10**20) is an OverflowError, not a list.
  if (as<Range>(*a.get(0)) && !vm.len(*a.get(0), k)) return false;
  if (!vm.to_list(*a.get(0), pop) || !integer(vm, *a.get(1), k)) return false;
  if (const Value* counts = a.get(2); counts && !counts->is_none())
    return vm.raise(vm.NotImplementedError, "sample(counts=...) is not available in Turnstile scenarios");
  auto r = rng(vm, a).sample_indices(int64_t(pop.size()), k);
  if (!r) return raise_py(vm, r.err, r.msg);
  std::vector<Value> res;
  for (int64_t i : r.value) res.push_back(pop[size_t(i)]);
  out = vm.make_list(std::move(res));
  return true;
}

bool expovariate(VM& vm, Args& a, Value& out) {
  double lambd;
  if (!real(vm, *a.get(0), lambd)) return false;
  auto r = rng(vm, a).expovariate(lambd);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::real(r.value);
  return true;
}

bool gauss(VM& vm, Args& a, Value& out) {
  double mu = 0, sigma = 1;
  if (!real_arg(vm, a, 0, mu) || !real_arg(vm, a, 1, sigma)) return false;
  out = Value::real(rng(vm, a).gauss(mu, sigma));
  return true;
}

bool normalvariate(VM& vm, Args& a, Value& out) {
  double mu = 0, sigma = 1;
  if (!real_arg(vm, a, 0, mu) || !real_arg(vm, a, 1, sigma)) return false;
  out = Value::real(rng(vm, a).normalvariate(mu, sigma));
  return true;
}

bool triangular(VM& vm, Args& a, Value& out) {
  double lo = 0, hi = 1, mode;
  if (!real_arg(vm, a, 0, lo) || !real_arg(vm, a, 1, hi)) return false;
  const Value* m = a.get(2);
  if (!m || m->is_none()) {
    out = Value::real(rng(vm, a).triangular(lo, hi));
    return true;
  }
  if (!real(vm, *m, mode)) return false;
  auto r = rng(vm, a).triangular(lo, hi, mode);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = Value::real(r.value);
  return true;
}

bool getrandbits(VM& vm, Args& a, Value& out) {
  int64_t k;
  if (!integer(vm, a[0], k)) return false;
  auto r = rng(vm, a).getrandbits(k);
  if (!r) return raise_py(vm, r.err, r.msg);
  out = make_int(std::move(r.value));
  return true;
}

// random.py's methods are Python (the "Random." names count self; a wrong
// receiver fails on the first attribute the method reads); random() and
// getrandbits() are _random.Random's C methods.
constexpr Method kRandomPy[] = {
    {"Random.uniform", uniform, Conv::Python, "a, b"},  // b - a fails first
    {"Random.randint", randint, Conv::Python, "a, b", "randrange"},
    {"Random.randrange", randrange, Conv::Python, "start, stop=None, step=1"},  // its index() checks come first
    {"Random.choice", choice, Conv::Python, "seq"},  // len(seq) fails first
    {"Random.shuffle", shuffle, Conv::Python, "x", "_randbelow"},
    {"Random.sample", sample, Conv::Python, "population, k, *, counts=None"},  // the population checks come first
    {"Random.expovariate", expovariate, Conv::Python, "lambd", "random"},
    {"Random.gauss", gauss, Conv::Python, "mu=0.0, sigma=1.0", "random"},
    {"Random.normalvariate", normalvariate, Conv::Python, "mu=0.0, sigma=1.0", "random"},
    {"Random.triangular", triangular, Conv::Python, "low=0.0, high=1.0, mode=None", "random"},
};
// Random.seed calls super().seed(a): the receiver must be an instance, but
// None makes an unbound super, which then has no seed.
bool seed_method(VM& vm, Args& a, Value& out) {
  if (a.self.is_none()) return vm.raise(vm.AttributeError, "'super' object has no attribute 'seed'");
  return seed(vm, a, out);
}
bool random_or_none(const Value& v) { return v.is_none() || is<RandomObject>(v); }
constexpr Method kSeed[] = {{"Random.seed", seed, Conv::Python, "a=None, version=2"}};
constexpr Method kSeedMethod[] = {{"Random.seed", seed_method, Conv::Python, "a=None, version=2"}};
constexpr Method kRandomC[] = {
    {"Random.random", random, Conv::NoArgs},
    {"Random.getrandbits", getrandbits, Conv::O},
};

constexpr Owner kRandomOwner{"_random.Random", is<RandomObject>};
constexpr Owner kRandomPyOwner{"random.Random", is<RandomObject>, true};
constexpr Owner kRandomSeedOwner{"random.Random", random_or_none};
constexpr Method kNew{"Random", new_random, Conv::Python, "x=None"};

}  // namespace

void install_random(VM& vm) {
  Dict& d = *vm.new_module("random")->dict;
  install(vm, d, kSeed);
  install(vm, d, kRandomPy);
  install(vm, d, kRandomC);
  PyType* t = vm.new_type("Random", vm.t_object, Kind::Native, "random");
  vm.native_types["Random"] = t;
  d.set(vm.make_str("Random"), Value::object(t));
  install_new<kRandomOwner>(vm, t, kNew);
  install<kRandomPyOwner>(vm, t, kRandomPy);
  install<kRandomOwner>(vm, t, kRandomC);
  install<kRandomSeedOwner>(vm, t, kSeedMethod);
}

void seed_random(VM& vm, int64_t seed) {
  RandomState& st = vm.state<RandomState>();
  st.mt.seed(seed);
  st.seed = seed;
}

}  // namespace ts::vm
