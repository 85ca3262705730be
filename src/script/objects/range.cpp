#include "script/objects/range.h"

#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/objects/slice.h"

namespace ts::vm {

int64_t Range::length() const {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
  return 0;
}

namespace {

struct RangeIter final : Iterator {
  int64_t cur, stop, step;
  int next(VM&, Value& out) override {
    if ((step > 0 && cur >= stop) || (step < 0 && cur <= stop)) return 0;
    out = Value::integer(cur);
    cur += step;
    return 1;
  }
  const char* type_name() const override { return "range_iterator"; }
};

}  // namespace

Value range_iter(Range* r) {
  Ref<RangeIter> it = make<RangeIter>();
  it->cur = r->start;
  it->stop = r->stop;
  it->step = r->step;
  return Value::object(it);
}

void range_repr(Range* r, std::string& out) {
  out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  out += ")";
}

void range_contains(Range* r, const Value& item, bool& out, bool& handled) {
  handled = item.tag == Value::Int || item.tag == Value::Bool;
  if (!handled) return;
  int64_t x = item.tag == Value::Int ? item.i : item.b;
  if (r->step > 0) out = x >= r->start && x < r->stop && (x - r->start) % r->step == 0;
  else out = x <= r->start && x > r->stop && (r->start - x) % (-r->step) == 0;
}

bool range_getitem(VM& vm, Range* r, const Value& key, Value& out, bool& handled) {
  if (Slice* sl = as<Slice>(key)) {
    // CPython's compute_slice: the sub-range by arithmetic, never its items.
    handled = true;
    int64_t i0, i1, st;
    if (!slice_indices(vm, sl, r->length(), i0, i1, st)) return false;
    const __int128 a = __int128(r->start) + __int128(i0) * r->step, b = __int128(r->start) + __int128(i1) * r->step,
                   c = __int128(r->step) * st;
    auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
    if (!fits(a) || !fits(b) || !fits(c))
      return vm.raise(vm.OverflowError, "Python int too large to convert to C ssize_t");
    Ref<Range> sub = make<Range>();
    sub->start = int64_t(a);
    sub->stop = int64_t(b);
    sub->step = int64_t(c);
    out = Value::object(sub);
    return true;
  }
  int64_t i;
  handled = vm.index_of(key, i);
  if (!handled) return true;
  int64_t n = r->length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.IndexError, "range object index out of range");
  out = Value::integer(r->start + i * r->step);
  return true;
}

bool range_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"range", Conv::Positional, "start, stop=<unset>, step=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < nargs; ++i)
    if (!int_arg(vm, args[i], v[i])) return false;
  auto r = make<Range>();
  if (nargs == 1) {
    r->stop = v[0];
  } else {
    r->start = v[0];
    r->stop = v[1];
    if (nargs == 3) {
      if (v[2] == 0) return vm.raise(vm.ValueError, "range() arg 3 must not be zero");
      r->step = v[2];
    }
  }
  out = Value::object(r);
  return true;
}

}  // namespace ts::vm
