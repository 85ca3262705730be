// Modules (CPython's Objects/moduleobject.c): a name and a dict; a module
// written in Python also has its file (`__file__`).
#pragma once
#include <string>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct Module : Obj {
  TS_KIND(Module);
  std::string name;
  Ref<Dict> dict;
  std::string file;           // "" for a built-in module
  bool initializing = false;  // its body is running (an import cycle sees it partial)
  const char* type_name() const override { return "module"; }
};

// ---- protocol (dispatched from object.cpp) ----
void module_getattr(Module* m, const std::string& name, Value& out, bool& found);
// "<module 'time' (built-in)>", "<module 'heapq' from '<turnstile>/heapq.py'>"
void module_repr(Module* m, std::string& out);

}  // namespace ts::vm
