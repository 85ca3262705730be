// Modules (CPython's Objects/moduleobject.c): a name and a dict.
#pragma once
#include <string>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct Module : Obj {
  TS_KIND(Module);
  std::string name;
  Ref<Dict> dict;
  const char* type_name() const override { return "module"; }
};

// ---- protocol (dispatched from object.cpp) ----
void module_getattr(Module* m, const std::string& name, Value& out, bool& found);
// "<module 'time' (built-in)>"
void module_repr(Module* m, std::string& out);

}  // namespace ts::vm
