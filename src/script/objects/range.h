// range (CPython's Objects/rangeobject.c).
//
// Two representations, as CPython has two iterators (rangeiter and
// longrangeiter): an ordinary range keeps its bounds and its length in
// int64, so `for i in range(n)` steps machine ints; a range whose start,
// stop, step or length is past int64 (range(10**20), range(-2**63, 2**63))
// keeps them as big ints in `big`. Both answer with CPython's arithmetic on
// the bounds (length, index, slice, `in`, reversed) and never make the items.
#pragma once
#include <memory>
#include <string>

#include "script/objects/object.h"
#include "script/pylib/bigint.h"

namespace ts::vm {

struct Dict;

// The bounds of a range past int64, and its length (>= 0).
struct BigRange {
  py::BigInt start, stop, step, length;
};

struct Range : Obj {
  TS_KIND(Range);
  // When big is null: the bounds, and the length, which fits int64.
  int64_t start = 0, stop = 0, step = 1, len = 0;
  std::unique_ptr<BigRange> big;
  const char* type_name() const override { return "range"; }
  bool empty() const { return big ? big->length.is_zero() : len == 0; }
};

// range(start, stop, step) for step != 0, int64 when its length fits, else
// big (the BigInt overload picks int64 whenever everything fits).
Ref<Range> make_range(int64_t start, int64_t stop, int64_t step);
Ref<Range> make_range(py::BigInt start, py::BigInt stop, py::BigInt step);

// ---- protocol (dispatched from object.cpp / abstract.cpp / builtins) ----
// len(r): OverflowError "Python int too large to convert to C ssize_t" past
// sys.maxsize, as CPython's range_length.
bool range_len(VM& vm, Range* r, int64_t& out);
// repr(r); a bound past the 4300-digit limit raises as CPython's %R does.
bool range_repr(VM& vm, Range* r, std::string& out);
// x in r by arithmetic for an int or bool x (CPython's range_contains_long);
// handled = false for anything else (an int subclass included): the generic
// search decides then.
void range_contains(Range* r, const Value& item, bool& out, bool& handled);
// r[i] or r[slice]; handled = false when key is neither an index nor a slice.
bool range_getitem(VM& vm, Range* r, const Value& key, Value& out, bool& handled);
Value range_iter(Range* r);
// reversed(r): CPython's range_reverse, the items last to first, lazily.
bool range_reversed(VM& vm, Range* r, Value& out);
// The constructor range(stop), range(start, stop[, step]).
bool range_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
