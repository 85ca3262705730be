#include "script/objects/slice.h"

#include "script/objects/getargs.h"
#include "script/objects/runtime.h"
#include "script/objects/subclass.h"

namespace ts::vm {

namespace {

// _PyEval_SliceIndex: an int past int64 clamps (to +-PY_SSIZE_T_MAX, as
// PySlice_Unpack does) instead of failing.
bool clamped_index(VM& vm, const Value& v, int64_t& out) {
  if (Long* l = as<Long>(v)) {  // an int subclass's value is a Long, small or not
    out = l->v.fits_i64() ? l->v.to_i64() : l->v.is_negative() ? -INT64_MAX : INT64_MAX;
    return true;
  }
  return vm.index_of(v, out);
}

}  // namespace

bool slice_indices(VM& vm, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
  step = 1;
  if (!s->step.is_none()) {
    if (!clamped_index(vm, s->step, step)) return vm.raise(vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    if (step == 0) return vm.raise(vm.ValueError, "slice step cannot be zero");
  }
  int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
  auto conv = [&](const Value& v, int64_t def, int64_t& out) -> bool {
    if (v.is_none()) {
      out = def;
      return true;
    }
    int64_t x;
    if (!clamped_index(vm, v, x)) return vm.raise(vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    if (x < 0) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    out = x;
    return true;
  };
  if (!conv(s->start, step < 0 ? upper : lower, start)) return false;
  if (!conv(s->stop, step < 0 ? lower : upper, stop)) return false;
  return true;
}

bool slice_indices_big(VM& vm, Slice* s, const py::BigInt& len, py::BigInt& start, py::BigInt& stop,
                       py::BigInt& step) {
  // evaluate_slice_index: PyNumber_Index, its own TypeError.
  auto index = [&](const Value& v, py::BigInt& out) -> bool {
    if (VM::big_of(plain_value(v), out)) return true;
    int64_t x;
    if (!vm.index_of(v, x))
      return vm.raise(vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    out = py::BigInt::from_i64(x);
    return true;
  };
  step = py::BigInt::from_i64(1);
  if (!s->step.is_none()) {
    if (!index(s->step, step)) return false;
    if (step.is_zero()) return vm.raise(vm.ValueError, "slice step cannot be zero");
  }
  const bool back = step.is_negative();
  const py::BigInt lower = py::BigInt::from_i64(back ? -1 : 0), upper = back ? len.add(lower) : len;
  auto conv = [&](const Value& v, const py::BigInt& def, py::BigInt& out) -> bool {
    if (v.is_none()) {
      out = def;
      return true;
    }
    if (!index(v, out)) return false;
    if (out.is_negative()) {
      out = out.add(len);
      if (out.compare(lower) < 0) out = lower;
    } else if (out.compare(upper) > 0) {
      out = upper;
    }
    return true;
  };
  return conv(s->start, back ? upper : lower, start) && conv(s->stop, back ? lower : upper, stop);
}

bool slice_repr(VM& vm, Slice* s, std::string& out) {
  std::string a, b, c;
  if (!vm.repr(s->start, a) || !vm.repr(s->stop, b) || !vm.repr(s->step, c)) return false;
  out = "slice(" + a + ", " + b + ", " + c + ")";
  return true;
}

bool slice_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out) {
  static constexpr Sig kSig{"slice", Conv::Positional, "start, stop=<unset>, step=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  auto s = make<Slice>();
  if (nargs == 1) {
    s->stop = args[0];
  } else {
    s->start = args[0];
    s->stop = args[1];
    if (nargs == 3) s->step = args[2];
  }
  out = Value::object(s);
  return true;
}

}  // namespace ts::vm
