// Exceptions (CPython's Objects/exceptions.c, Python/traceback.c for the
// printed traceback). Python exceptions are values: a failing operation
// sets vm.error (VM::raise) and returns false.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "script/objects/instance.h"
#include "script/pylib/num.h"

namespace ts::vm {

struct Tuple;
struct Frame;

struct TraceEntry {
  std::string func;
  int line;
  std::string file;  // the code's file name
  // The instruction's expression (1-based byte columns; 0: unknown), for
  // the ~~^^ markers: start, end (one past), end line, and its anchor.
  int col = 0, end_line = 0, end_col = 0, anchor_col = 0;
};
// The entry for frame f where it is now (its last instruction's place).
TraceEntry trace_entry(const Frame& f);
// A file's source text, so tracebacks print its lines as CPython does (the
// run registers the script, the importer each module it compiles; a view
// must outlive the VM).
void set_source_text(VM& vm, const std::string& file, std::string text);
void set_source_view(VM& vm, const std::string& file, std::string_view text);
// CPython 3.11's lines under a "File ..." line: the source line, stripped,
// then the ~~^^ markers under the instruction's expression where its extent
// is known (nothing when the file's text is not known).
void append_source_lines(VM& vm, const TraceEntry& t, const std::string& margin, std::string& out);

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
