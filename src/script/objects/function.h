// Functions: Python functions and their closure cells, bound methods, and
// natives (CPython's Objects/funcobject.c, classobject.c, methodobject.c,
// cellobject.c). Calling any of them is VM::call (call.cpp).
#pragma once
#include <string>
#include <vector>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;
struct Str;

struct Cell : Obj {
  TS_KIND(Cell);
  Value v;
  bool empty = true;
  const char* type_name() const override { return "cell"; }
};

struct Function : Obj {
  TS_KIND(Function);
  Ref<Code> code;
  Ref<Dict> globals;
  std::vector<Value> defaults;            // for the last N positional params
  std::vector<Value> kwdefaults;          // one per kw-only param (None tag + missing flag)
  std::vector<bool> kwdefault_set;
  std::vector<Ref<Cell>> closure;
  Ref<Str> name, qualname;
  Value doc;  // __doc__
  PyType* owner = nullptr;                // class whose body defined it (for super())
  Ref<Dict> dict;                         // function attributes (decorators use them)
  const char* type_name() const override { return "function"; }
};

struct BoundMethod : Obj {
  TS_KIND(BoundMethod);
  Value self;
  Value func;
  const char* type_name() const override { return "method"; }
};

// A native function: receives positional args and keyword args; returns
// false after setting vm.error (a Python exception) on failure.
using NativeFnPtr = bool (*)(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void* data);
struct NativeFn : Obj {
  TS_KIND(NativeFn);
  std::string name;
  NativeFnPtr fn = nullptr;
  void* data = nullptr;
  Value self;      // bound receiver (passed as args[0]) when bound
  bool bound = false;
  bool self_is_fn = false;  // receives this NativeFn itself as args[0] (closures made in C++)
  Value payload;   // extra state for closures made in C++
  const char* type_name() const override { return "builtin_function_or_method"; }
};

// func bound to self: a BoundMethod, or a bound copy of a native.
Value bind_method(const Value& func, const Value& self);

// ---- protocol (dispatched from object.cpp) ----
// Attributes; found = false sends the lookup on to the type's methods.
void function_getattr(VM& vm, Function* fn, const std::string& name, Value& out, bool& found);
bool method_getattr(VM& vm, BoundMethod* m, const Str& name, Value& out, bool& found);
// A code object's co_* attributes (co_flags with CPython's bit values).
void code_getattr(VM& vm, Code* c, const std::string& name, Value& out, bool& found);
void native_getattr(NativeFn* f, const std::string& name, Value& out, bool& found);
void function_setattr(Function* fn, const Str& name, const Value& v);
bool function_repr(VM& vm, const Value& v, std::string& out);

}  // namespace ts::vm
