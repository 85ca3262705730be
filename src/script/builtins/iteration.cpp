// The builtins over iterables: enumerate, zip, map, filter, reversed, sum,
// min, max, sorted, any, all, iter, next, and the iterator objects they make.
// Error messages are CPython 3.11's, since scripts may print them.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "script/code/operators.h"
#include "script/pylib/format.h"
#include "script/pylib/num.h"
#include "script/pylib/utf8.h"
#include "script/builtins/types.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

constexpr int kAdd = int(code::BinOp::Add);
constexpr int kLt = int(code::CmpOp::Lt);
constexpr int kGt = int(code::CmpOp::Gt);

// ---- iterator objects made by builtins -----------------------------------------

struct EnumerateIt : Iterator {
  Value it;
  int64_t i = 0;
  const char* type_name() const override { return "enumerate"; }
  int next(VM& vm, Value& out) override {
    Value v;
    int r = vm.next(it, v);
    if (r <= 0) return r;
    out = vm.make_tuple({Value::integer(i), v});
    if (i == INT64_MAX) { raise_py(vm, py::Err::IntOverflow, ""); return -1; }
    ++i;
    return 1;
  }
};

struct ZipIt : Iterator {
  std::vector<Value> its;
  bool done = false;
  bool strict = false;
  const char* type_name() const override { return "zip"; }
  static std::string args_upto(size_t i) {
    return i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
  }
  int next(VM& vm, Value& out) override {
    if (done || its.empty()) return 0;
    std::vector<Value> items;
    items.reserve(its.size());
    for (size_t k = 0; k < its.size(); ++k) {
      Value v;
      int r = vm.next(its[k], v);
      if (r < 0) return -1;
      if (r == 0) {
        done = true;
        if (!strict) return 0;
        if (k > 0) {
          vm.raise(vm.ValueError, "zip() argument " + std::to_string(k + 1) + " is shorter than " + args_upto(k));
          return -1;
        }
        for (size_t j = 1; j < its.size(); ++j) {
          Value extra;
          int r2 = vm.next(its[j], extra);
          if (r2 < 0) return -1;
          if (r2 == 1) {
            vm.raise(vm.ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than " + args_upto(j));
            return -1;
          }
        }
        return 0;
      }
      items.push_back(std::move(v));
    }
    out = vm.make_tuple(std::move(items));
    return 1;
  }
};

struct MapIt : Iterator {
  Value fn;
  std::vector<Value> its;
  const char* type_name() const override { return "map"; }
  int next(VM& vm, Value& out) override {
    std::vector<Value> args;
    args.reserve(its.size());
    for (auto& it : its) {
      Value v;
      int r = vm.next(it, v);
      if (r <= 0) return r;
      args.push_back(std::move(v));
    }
    if (!vm.call(fn, args.data(), int(args.size()), nullptr, out)) return -1;
    return 1;
  }
};

struct FilterIt : Iterator {
  Value fn;  // None: truthiness of the item
  Value it;
  const char* type_name() const override { return "filter"; }
  int next(VM& vm, Value& out) override {
    for (;;) {
      Value v;
      int r = vm.next(it, v);
      if (r <= 0) return r;
      Value t = v;
      if (!fn.is_none() && !vm.call1(fn, v, t)) return -1;
      bool b;
      if (!vm.truthy(t, b)) return -1;
      if (b) { out = std::move(v); return 1; }
    }
  }
};

// reversed() over a list: re-checks the length each step, as CPython does.
struct ListRevIt : Iterator {
  Ref<List> l;
  int64_t i;
  const char* type_name() const override { return "list_reverseiterator"; }
  int next(VM& vm, Value& out) override {
    if (i < 0 || i >= int64_t(l->items.size())) { i = -1; return 0; }
    out = l->items[size_t(i--)];
    return 1;
  }
};

// reversed() over a materialized sequence (tuple, str, range, dict, views).
struct VecRevIt : Iterator {
  std::vector<Value> items;
  size_t i;
  const char* type_name() const override { return "reversed"; }
  int next(VM& vm, Value& out) override {
    if (i == 0) return 0;
    out = std::move(items[--i]);
    return 1;
  }
};

// iter(callable, sentinel)
struct CallIt : Iterator {
  Value fn, sentinel;
  bool done = false;
  const char* type_name() const override { return "callable_iterator"; }
  int next(VM& vm, Value& out) override {
    if (done) return 0;
    Value v;
    if (!vm.call0(fn, v)) return -1;
    bool e;
    if (!value_eq(vm, v, sentinel, e)) return -1;
    if (e) { done = true; return 0; }
    out = std::move(v);
    return 1;
  }
};

template <class T>
Value wrap(T* it) { return Value::object(static_cast<Obj*>(it)); }


bool b_enumerate(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  // without keywords CPython checks by hand (enum_vectorcall), with them as Argument Clinic
  if (nargs == 0 && !(kwargs && kwargs->live))
    return vm.raise(vm.TypeError, "enumerate() missing required argument 'iterable'");
  static constexpr Sig sig{"enumerate", Conv::Keywords, "iterable, start=0"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  Value iterable = *arg(sig, args, nargs, kwargs, 0);
  const Value* startp = arg(sig, args, nargs, kwargs, 1);
  Value start = startp ? *startp : Value::integer(0);
  auto* e = new EnumerateIt();
  Value keep = wrap(e);
  if (!vm.iter(iterable, e->it)) return false;
  if (!int_arg(vm, start, e->i)) return false;
  out = keep;
  return true;
}

bool b_zip(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"zip", Conv::Keywords, "*, strict=False"};
  if (!check_args(vm, kSig, 0, kwargs)) return false;
  auto* z = new ZipIt();
  Value keep = wrap(z);
  if (const Value* p = kwarg(kwargs, "strict")) {
    bool b;
    if (!vm.truthy(*p, b)) return false;
    z->strict = b;
  }
  for (int i = 0; i < nargs; ++i) {
    Value it;
    if (!vm.iter(args[i], it)) return false;
    z->its.push_back(std::move(it));
  }
  out = keep;
  return true;
}

bool b_map(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  // keywords only: map counts its arguments itself
  static constexpr Sig kSig{"map", Conv::Positional, "*iterables"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs < 2) return vm.raise(vm.TypeError, "map() must have at least two arguments.");
  auto* m = new MapIt();
  Value keep = wrap(m);
  m->fn = args[0];
  for (int i = 1; i < nargs; ++i) {
    Value it;
    if (!vm.iter(args[i], it)) return false;
    m->its.push_back(std::move(it));
  }
  out = keep;
  return true;
}

bool b_filter(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"filter", Conv::Positional, "function, iterable, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  auto* f = new FilterIt();
  Value keep = wrap(f);
  f->fn = args[0];
  if (!vm.iter(args[1], f->it)) return false;
  out = keep;
  return true;
}

bool b_reversed(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"reversed", Conv::Positional, "sequence, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  const Value& v = args[0];
  if (List* l = as<List>(v)) {
    auto* it = new ListRevIt();
    it->l = Ref<List>(l);
    it->i = int64_t(l->items.size()) - 1;
    out = wrap(it);
    return true;
  }
  if (Range* r = as<Range>(v)) return range_reversed(vm, r, out);  // lazily: reversed(range(10**20)) holds no list
  PyType* t = vm.type_of(v);
  bool seq = as<Tuple>(v) || as<Str>(v) || as<Range>(v) || as<Dict>(v);
  if (!seq && t->lookup("__reversed__")) return vm.callm(v, "__reversed__", nullptr, 0, out);
  if (!seq) {
    std::string n = t->name->s;
    seq = n == "dict_keys" || n == "dict_values" || n == "dict_items";
  }
  if (!seq && as<Instance>(v) && t->lookup("__len__") && t->lookup("__getitem__")) {
    int64_t n;
    if (!vm.len(v, n)) return false;
    auto* it = new VecRevIt();
    Value keep = wrap(it);
    for (int64_t i = 0; i < n; ++i) {
      Value x;
      if (!vm.getitem(v, Value::integer(i), x)) return false;
      it->items.push_back(std::move(x));
    }
    it->i = it->items.size();
    out = keep;
    return true;
  }
  if (!seq) return vm.raise(vm.TypeError, "'" + t->name->s + "' object is not reversible");
  auto* it = new VecRevIt();
  Value keep = wrap(it);
  if (!vm.to_list(v, it->items)) return false;
  it->i = it->items.size();
  out = keep;
  return true;
}

bool b_sum(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig sig{"sum", Conv::Keywords, "iterable, /, start=0"};
  if (!check_args(vm, sig, nargs, kwargs)) return false;
  const Value* startp = arg(sig, args, nargs, kwargs, 1);
  Value acc = startp ? *startp : Value::integer(0);
  if (as<Str>(acc)) return vm.raise(vm.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it;
  if (!vm.iter(args[0], it)) return false;
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    // Fast paths (same results as binary()).
    if (acc.tag == Value::Int && x.tag == Value::Int) {
      int64_t s;
      if (py::checked_add(acc.i, x.i, &s)) { acc = Value::integer(s); continue; }
    } else if (acc.tag == Value::Float && x.tag == Value::Float) {
      acc = Value::real(acc.f + x.f);
      continue;
    }
    Value s;
    if (!vm.binary(kAdd, acc, x, s)) return false;
    acc = std::move(s);
  }
  out = std::move(acc);
  return true;
}

bool minmax(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, bool is_max) {
  const char* name = is_max ? "max" : "min";
  // the positional count, then the keywords (min_max)
  static constexpr Sig kPositional{"", Conv::Positional, "iterable, /, *args"};
  static constexpr Sig kKeywords{"", Conv::Keywords, "*, key=None, default=<unset>"};
  if (!check_args(vm, Sig(name, kPositional), nargs, nullptr)) return false;
  if (!check_args(vm, Sig(name, kKeywords), 0, kwargs)) return false;
  const Value* keyp = kwarg(kwargs, "key");
  const Value* defp = kwarg(kwargs, "default");
  Value key = keyp ? *keyp : Value::none();
  if (nargs > 1 && defp)
    return vm.raise(vm.TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  Value it;
  if (nargs == 1) {
    if (!vm.iter(args[0], it)) return false;
  } else {
    if (!vm.iter(vm.make_tuple(std::vector<Value>(args, args + nargs)), it)) return false;
  }
  Value best, bestkey;
  bool have = false;
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    Value k = x;
    if (!key.is_none() && !vm.call1(key, x, k)) return false;
    if (!have) { best = std::move(x); bestkey = std::move(k); have = true; continue; }
    Value c;
    if (!vm.compare(is_max ? kGt : kLt, k, bestkey, c)) return false;
    bool b;
    if (!vm.truthy(c, b)) return false;
    if (b) { best = std::move(x); bestkey = std::move(k); }
  }
  if (!have) {
    if (defp) { out = *defp; return true; }
    return vm.raise(vm.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  out = std::move(best);
  return true;
}
bool b_min(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) { return minmax(vm, args, nargs, kwargs, out, false); }
bool b_max(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) { return minmax(vm, args, nargs, kwargs, out, true); }

bool b_sorted(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  // the positional count, then the keywords as list.sort's
  static constexpr Sig kSig{"sorted", Conv::Positional, "iterable, /"};
  if (!check_args(vm, kSig, nargs, nullptr)) return false;
  static constexpr Sig kSort{"sort", Conv::Keywords, "*, key=None, reverse=False"};
  if (!check_args(vm, kSort, 0, kwargs)) return false;
  std::vector<Value> items;
  if (!vm.to_list(args[0], items)) return false;
  const Value* kp = kwarg(kwargs, "key");
  const Value* rp = kwarg(kwargs, "reverse");
  int64_t rev = 0;
  if (rp && !int_arg(vm, *rp, rev)) return false;
  if (!sort_values(vm, items, kp ? *kp : Value::none(), rev != 0)) return false;
  out = vm.make_list(std::move(items));
  return true;
}

bool anyall(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, bool is_any) {
  if (!check_args(vm, {is_any ? "any" : "all", Conv::O}, nargs, kwargs)) return false;
  Value it;
  if (!vm.iter(args[0], it)) return false;
  for (;;) {
    Value x;
    int r = vm.next(it, x);
    if (r < 0) return false;
    if (r == 0) break;
    bool b;
    if (!vm.truthy(x, b)) return false;
    if (b == is_any) { out = Value::boolean(is_any); return true; }
  }
  out = Value::boolean(!is_any);
  return true;
}
bool b_any(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) { return anyall(vm, args, nargs, kwargs, out, true); }
bool b_all(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) { return anyall(vm, args, nargs, kwargs, out, false); }


bool b_iter(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"iter", Conv::Positional, "object, sentinel=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs == 1) return vm.iter(args[0], out);
  if (!vm.is_callable(args[0])) return vm.raise(vm.TypeError, "iter(v, w): v must be callable");
  auto* it = new CallIt();
  it->fn = args[0];
  it->sentinel = args[1];
  out = wrap(it);
  return true;
}

bool b_next(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"next", Conv::Positional, "iterator, default=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  const Value& it = args[0];
  if (Iterator* i = as_iterator(it)) {  // a generator's return value is StopIteration's
    Value rv;
    int r = i->send(vm, Resume::Send, Value(), rv);
    if (r < 0) return false;
    if (r == 1) { out = std::move(rv); return true; }
    if (nargs == 2) { out = args[1]; return true; }
    return vm.raise_value(vm.new_exception_args(vm.StopIteration, rv.is_none() ? std::vector<Value>{}
                                                                              : std::vector<Value>{rv}));
  }
  PyType* t = vm.type_of(it);
  if (!(as<Instance>(it) && t->lookup("__next__")))
    return vm.raise(vm.TypeError, "'" + t->name->s + "' object is not an iterator");
  int r = vm.next(it, out);
  if (r < 0) return false;
  if (r == 1) return true;
  if (nargs == 2) { out = args[1]; return true; }
  return vm.raise_value(vm.new_exception_args(vm.StopIteration, {}));
}


}  // namespace

void install_iteration_builtins(VM& vm) {
  Dict& b = *vm.builtins;
  vm.def(b, "enumerate", b_enumerate);
  vm.def(b, "zip", b_zip);
  vm.def(b, "map", b_map);
  vm.def(b, "filter", b_filter);
  vm.def(b, "reversed", b_reversed);
  vm.def(b, "sum", b_sum);
  vm.def(b, "min", b_min);
  vm.def(b, "max", b_max);
  vm.def(b, "sorted", b_sorted);
  vm.def(b, "any", b_any);
  vm.def(b, "all", b_all);
  vm.def(b, "iter", b_iter);
  vm.def(b, "next", b_next);
}

}  // namespace ts::vm
