#include "script/objects/range.h"

#include "script/objects/exception.h"
#include "script/objects/getargs.h"
#include "script/objects/iterator.h"
#include "script/objects/runtime.h"
#include "script/objects/slice.h"
#include "script/objects/subclass.h"

namespace ts::vm {

namespace {

using py::BigInt;

// The int64 range's iterator (CPython's rangeiter): a count of items left,
// and wrapping steps, so the step after the last item may pass int64
// (range(2**63 - 2, 2**63 - 1, 5)) without a signed overflow.
struct RangeIter final : Iterator {
  int64_t cur = 0, left = 0;
  uint64_t step = 1;
  int next(VM&, Value& out) override {
    if (left <= 0) return 0;
    --left;
    out = Value::integer(cur);
    cur = int64_t(uint64_t(cur) + step);
    return 1;
  }
  const char* type_name() const override { return "range_iterator"; }
};

// The big range's iterator (CPython's longrangeiter).
struct BigRangeIter final : Iterator {
  BigInt cur, step, left;
  int next(VM&, Value& out) override {
    if (left.is_zero()) return 0;
    left = left.sub(BigInt::from_i64(1));
    out = make_int(cur);
    cur = cur.add(step);
    return 1;
  }
  const char* type_name() const override { return "longrange_iterator"; }
};

Value small_iter(int64_t cur, uint64_t step, int64_t left) {
  Ref<RangeIter> it = make<RangeIter>();
  it->cur = cur;
  it->step = step;
  it->left = left;
  return Value::object(it);
}

// The bounds of any range as big ints (the big path's arithmetic).
BigRange bounds(const Range* r) {
  if (r->big) return *r->big;
  return BigRange{BigInt::from_i64(r->start), BigInt::from_i64(r->stop), BigInt::from_i64(r->step),
                  BigInt::from_i64(r->len)};
}

bool mul(VM& vm, const BigInt& a, const BigInt& b, BigInt& out) {
  py::Result<BigInt> p = a.mul(b);
  if (!p) return raise_py(vm, p.err, p.msg);
  out = std::move(p.value);
  return true;
}

// start + i * step (CPython's compute_item).
bool item_at(VM& vm, const BigRange& b, const BigInt& i, BigInt& out) {
  BigInt p;
  if (!mul(vm, i, b.step, p)) return false;
  out = b.start.add(p);
  return true;
}

// A slice field past int64: int64 slice_indices would clamp it.
bool big_field(const Value& v) { return as<Long>(v) != nullptr; }

}  // namespace

Ref<Range> make_range(int64_t start, int64_t stop, int64_t step) {
  __int128 n = 0;
  if (step > 0 && start < stop) n = (__int128(stop) - start - 1) / step + 1;
  if (step < 0 && start > stop) n = (__int128(start) - stop - 1) / -__int128(step) + 1;
  Ref<Range> r = make<Range>();
  if (n <= INT64_MAX) {
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = int64_t(n);
  } else {  // only range(-2**63 .. 2**63): n < 2**64
    r->big.reset(new BigRange{BigInt::from_i64(start), BigInt::from_i64(stop), BigInt::from_i64(step),
                              BigInt::from_u64(uint64_t(n))});
  }
  return r;
}

Ref<Range> make_range(BigInt start, BigInt stop, BigInt step) {
  if (start.fits_i64() && stop.fits_i64() && step.fits_i64())
    return make_range(start.to_i64(), stop.to_i64(), step.to_i64());
  // CPython's compute_range_length.
  const bool up = step.sign() > 0;
  const BigInt& lo = up ? start : stop;
  const BigInt& hi = up ? stop : start;
  BigInt n;
  if (lo.compare(hi) < 0) {
    const BigInt one = BigInt::from_i64(1);
    py::Result<BigInt> q = hi.sub(lo).sub(one).floordiv(up ? step : step.neg());
    n = q.value.add(one);  // the divisor is > 0: floordiv cannot fail
  }
  Ref<Range> r = make<Range>();
  r->big.reset(new BigRange{std::move(start), std::move(stop), std::move(step), std::move(n)});
  return r;
}

bool range_len(VM& vm, Range* r, int64_t& out) {
  if (!r->big) {
    out = r->len;
    return true;
  }
  if (!r->big->length.fits_i64()) return vm.raise(vm.OverflowError, "Python int too large to convert to C ssize_t");
  out = r->big->length.to_i64();
  return true;
}

Value range_iter(Range* r) {
  if (!r->big) return small_iter(r->start, uint64_t(r->step), r->len);
  Ref<BigRangeIter> it = make<BigRangeIter>();
  it->cur = r->big->start;
  it->step = r->big->step;
  it->left = r->big->length;
  return Value::object(it);
}

bool range_reversed(VM& vm, Range* r, Value& out) {
  if (!r->big) {
    // The last item fits (it is in the range); the wrapping product and
    // negated step come out right modulo 2**64.
    const uint64_t st = uint64_t(r->step);
    out = r->len == 0 ? small_iter(0, 1, 0)
                      : small_iter(int64_t(uint64_t(r->start) + uint64_t(r->len - 1) * st), uint64_t(0) - st, r->len);
    return true;
  }
  const BigRange& b = *r->big;
  Ref<BigRangeIter> it = make<BigRangeIter>();
  if (!b.length.is_zero()) {
    if (!item_at(vm, b, b.length.sub(BigInt::from_i64(1)), it->cur)) return false;
    it->step = b.step.neg();
    it->left = b.length;
  }
  out = Value::object(it);
  return true;
}

bool range_repr(VM& vm, Range* r, std::string& out) {
  if (!r->big) {
    out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    out += ")";
    return true;
  }
  const BigRange& b = *r->big;
  py::Result<std::string> s[3] = {b.start.str(), b.stop.str(), b.step.str()};
  for (auto& x : s)
    if (!x) return raise_py(vm, x.err, x.msg);
  out = "range(" + s[0].value + ", " + s[1].value;
  if (b.step != BigInt::from_i64(1)) out += ", " + s[2].value;
  out += ")";
  return true;
}

void range_contains(Range* r, const Value& item, bool& out, bool& handled) {
  const Long* l = as<Long>(item);
  handled = item.tag == Value::Int || item.tag == Value::Bool || (l && !l->cls);
  if (!handled) return;
  if (!r->big) {
    if (l) {  // past int64: outside every int64 range
      out = false;
      return;
    }
    const int64_t x = item.tag == Value::Int ? item.i : item.b;
    if (r->step > 0) out = x >= r->start && x < r->stop && (__int128(x) - r->start) % r->step == 0;
    else out = x <= r->start && x > r->stop && (__int128(r->start) - x) % -__int128(r->step) == 0;
    return;
  }
  const BigRange& b = *r->big;
  const BigInt x = l ? l->v : BigInt::from_i64(item.tag == Value::Int ? item.i : item.b);
  const bool inside = b.step.sign() > 0 ? b.start.compare(x) <= 0 && x.compare(b.stop) < 0
                                        : x.compare(b.start) <= 0 && b.stop.compare(x) < 0;
  out = inside && x.sub(b.start).mod(b.step).value.is_zero();  // step != 0: mod cannot fail
}

bool range_getitem(VM& vm, Range* r, const Value& key, Value& out, bool& handled) {
  handled = true;
  if (Slice* sl = as<Slice>(key)) {
    // CPython's compute_slice: the sub-range by arithmetic, never its items.
    if (!r->big && !big_field(sl->start) && !big_field(sl->stop) && !big_field(sl->step)) {
      int64_t i0, i1, st;
      if (!slice_indices(vm, sl, r->len, i0, i1, st)) return false;
      const __int128 a = __int128(r->start) + __int128(i0) * r->step,
                     b = __int128(r->start) + __int128(i1) * r->step, c = __int128(r->step) * st;
      auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
      if (fits(a) && fits(b) && fits(c)) {
        out = Value::object(make_range(int64_t(a), int64_t(b), int64_t(c)));
        return true;
      }
    }
    const BigRange b = bounds(r);
    BigInt i0, i1, st, a, z, c;
    if (!slice_indices_big(vm, sl, b.length, i0, i1, st)) return false;
    if (!item_at(vm, b, i0, a) || !item_at(vm, b, i1, z) || !mul(vm, b.step, st, c)) return false;
    out = Value::object(make_range(std::move(a), std::move(z), std::move(c)));
    return true;
  }
  BigInt i;
  if (big_index(key)) {
    i = as<Long>(key)->v;
  } else {
    int64_t k;
    handled = vm.index_of(key, k);
    if (!handled) return true;
    if (!r->big) {
      if (k < 0) k += r->len;
      if (k < 0 || k >= r->len) return vm.raise(vm.IndexError, "range object index out of range");
      out = Value::integer(int64_t(uint64_t(r->start) + uint64_t(k) * uint64_t(r->step)));  // in the range: fits
      return true;
    }
    i = BigInt::from_i64(k);
  }
  // CPython's compute_range_item.
  const BigRange b = bounds(r);
  if (i.is_negative()) i = i.add(b.length);
  if (i.is_negative() || i.compare(b.length) >= 0) return vm.raise(vm.IndexError, "range object index out of range");
  BigInt v;
  if (!item_at(vm, b, i, v)) return false;
  out = make_int(std::move(v));
  return true;
}

bool range_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"range", Conv::Positional, "start, stop=<unset>, step=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  bool small = true;
  for (int i = 0; i < nargs; ++i) small = small && (args[i].tag == Value::Int || args[i].tag == Value::Bool);
  if (small) {
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; ++i) v[i] = args[i].tag == Value::Int ? args[i].i : args[i].b;
    if (nargs == 3 && v[2] == 0) return vm.raise(vm.ValueError, "range() arg 3 must not be zero");
    out = nargs == 1 ? Value::object(make_range(0, v[0], 1)) : Value::object(make_range(v[0], v[1], v[2]));
    return true;
  }
  // PyNumber_Index of each argument: big ints, __index__ objects.
  BigInt v[3] = {BigInt::from_i64(0), BigInt::from_i64(0), BigInt::from_i64(1)};
  for (int i = 0; i < nargs; ++i)
    if (!index_big(vm, args[i], v[i])) return false;
  if (nargs == 3 && v[2].is_zero()) return vm.raise(vm.ValueError, "range() arg 3 must not be zero");
  if (nargs == 1) out = Value::object(make_range(BigInt::from_i64(0), std::move(v[0]), BigInt::from_i64(1)));
  else out = Value::object(make_range(std::move(v[0]), std::move(v[1]), std::move(v[2])));
  return true;
}

}  // namespace ts::vm
