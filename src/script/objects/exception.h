// Exceptions (CPython's Objects/exceptions.c, Python/traceback.c for the
// printed traceback). Python exceptions are values: a failing operation
// sets vm.error (VM::raise) and returns false.
#pragma once
#include <string>
#include <vector>

#include "script/objects/instance.h"
#include "script/pylib/num.h"

namespace ts::vm {

struct Tuple;

struct TraceEntry {
  std::string func;
  int line;
  std::string file;  // the code's file name
};

struct Exception : Instance {
  TS_KIND(Exception);
  Ref<Tuple> args;
  Value cause, context;           // __cause__, __context__
  bool suppress_context = false;
  std::vector<TraceEntry> tb;     // innermost last
  std::vector<Value> group;       // an exception group's members (exception_group.h)
  explicit Exception(PyType* c) : Instance(c) {}
  const char* type_name() const override { return "exception"; }
};

// Raises the Python exception for a pylib error (num, format, bigint).
bool raise_py(VM& vm, py::Err e, const std::string& msg);

// ---- protocol (dispatched from instance.cpp / object.cpp) ----
// args, __cause__, __context__, __traceback__, SystemExit's code, StopIteration's
// value; false when name is none of them.
bool exception_getattr(VM& vm, Exception* e, const std::string& name, Value& out);
bool exception_setattr(VM& vm, Exception* e, const std::string& name, const Value& v, bool& handled);
// "ValueError('boom')"
bool exception_repr(VM& vm, Exception* e, std::string& out);
// str(e): the message (the repr of a KeyError's key).
bool exception_str(VM& vm, Exception* e, std::string& out);

}  // namespace ts::vm
