// slice and the Ellipsis singleton (CPython's Objects/sliceobject.c).
#pragma once
#include <string>

#include "script/objects/object.h"
#include "script/pylib/bigint.h"

namespace ts::vm {

struct Dict;

struct Slice : Obj {
  TS_KIND(Slice);
  Value start, stop, step;
  const char* type_name() const override { return "slice"; }
};

// `...`: one per VM (vm.Ellipsis), of type vm.t_ellipsis.
struct EllipsisObj : Obj {
  TS_KIND(Ellipsis);
  const char* type_name() const override { return "ellipsis"; }
};

// slice.indices(length): the clamped start, stop and step.
bool slice_indices(VM& vm, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step);
// The same over big ints, unclamped (CPython's _PySlice_GetLongIndices):
// range's slices, whose length and bounds may pass int64.
bool slice_indices_big(VM& vm, Slice* s, const py::BigInt& len, py::BigInt& start, py::BigInt& stop,
                       py::BigInt& step);
bool slice_repr(VM& vm, Slice* s, std::string& out);
// The constructor slice(stop), slice(start, stop[, step]).
bool slice_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
