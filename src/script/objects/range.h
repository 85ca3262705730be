// range (CPython's Objects/rangeobject.c), over int64.
#pragma once
#include <string>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct Range : Obj {
  TS_KIND(Range);
  int64_t start = 0, stop = 0, step = 1;
  const char* type_name() const override { return "range"; }
  int64_t length() const;
};

// ---- protocol (dispatched from object.cpp / abstract.cpp) ----
void range_repr(Range* r, std::string& out);
// handled = false when item is not an int (the generic search decides then).
void range_contains(Range* r, const Value& item, bool& out, bool& handled);
// r[i]; handled = false when key is not an index.
bool range_getitem(VM& vm, Range* r, const Value& key, Value& out, bool& handled);
Value range_iter(Range* r);
// The constructor range(stop), range(start, stop[, step]).
bool range_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
