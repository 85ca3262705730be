// The scenario language's object model: types, strings, containers,
// functions, instances, exceptions. Every object is a ts::Obj and every value
// a ts::Value, so core objects (futures, tasks, semaphores) are Python objects
// too.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/object.h"
#include "script/pylib/bigint.h"

namespace ts::vm {

using ts::Obj;
using ts::Ref;
using ts::Value;

struct VM;
struct PyType;
struct Code;

// Object kinds stored in Obj::kind (0 = a core object such as a Future).
enum class Kind : uint32_t {
  Native = 0, Object, NoneT, Bool, Int, Float, Str, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
  Function, BoundMethod, NativeFn, Type, Module, Cell, Coroutine, Iterator, Exception,
  Instance, Code, Frame, Super, Property, StaticMethod, ClassMethod, Long,
};
// Declares the class's kind and stamps it into Obj::kind at construction
// (a derived class's stamp runs after its base's, so the most derived wins).
#define TS_KIND(k)                                  \
  static constexpr uint32_t K = uint32_t(Kind::k); \
  uint8_t kind_stamp_ = (this->kind = K, 0)

// ---- Strings ---------------------------------------------------------------
struct Str : Obj {
  TS_KIND(Str);
  std::string s;      // UTF-8
  bool ascii = true;  // all bytes < 0x80: byte index == character index
  mutable uint64_t hash_ = 0;
  mutable bool hashed = false;
  explicit Str(std::string v);
  const char* type_name() const override { return "str"; }
  size_t length() const;  // in code points
  uint64_t hash() const;
};

// An int beyond int64 (ints that fit are Value::Int; see VM::make_int).
struct Long : Obj {
  TS_KIND(Long);
  py::BigInt v;
  explicit Long(py::BigInt x) : v(std::move(x)) {}
  const char* type_name() const override { return "int"; }
};

// ---- Containers --------------------------------------------------------------
struct Tuple : Obj {
  TS_KIND(Tuple);
  std::vector<Value> items;
  Tuple() = default;
  explicit Tuple(std::vector<Value> v) : items(std::move(v)) {}
  const char* type_name() const override { return "tuple"; }
};

struct List : Obj {
  TS_KIND(List);
  std::vector<Value> items;
  List() = default;
  explicit List(std::vector<Value> v) : items(std::move(v)) {}
  const char* type_name() const override { return "list"; }
};

// Hash/equality of values as Python sees them for dict keys and set members.
// Non-hashable values are rejected before they get here.
struct ValueHash {
  size_t operator()(const Value& v) const;
};
struct ValueEq {
  bool operator()(const Value& a, const Value& b) const;
};

// Insertion-ordered dict (CPython 3.7+ order). Deleted slots are tombstones.
struct Dict : Obj {
  TS_KIND(Dict);
  struct Entry { Value key; Value value; bool live; };
  std::vector<Entry> entries;
  std::unordered_map<Value, size_t, ValueHash, ValueEq> index;
  size_t live = 0;
  const char* type_name() const override { return "dict"; }
  Value* find(const Value& k);
  const Value* find(const Value& k) const;
  void set(const Value& k, Value v);
  bool erase(const Value& k);
  void clear();
  void compact();
  Value* find_str(std::string_view k);  // convenience for attribute dicts
};

struct Set : Obj {
  TS_KIND(Set);
  Dict d;  // values are None
  bool frozen = false;
  const char* type_name() const override { return frozen ? "frozenset" : "set"; }
};

// Entry indices of a set's Dict in CPython's iteration order (setorder.cpp).
std::vector<size_t> cpython_set_order(const Dict& d);

struct Range : Obj {
  TS_KIND(Range);
  int64_t start = 0, stop = 0, step = 1;
  const char* type_name() const override { return "range"; }
  int64_t length() const;
};

struct Slice : Obj {
  TS_KIND(Slice);
  Value start, stop, step;
  const char* type_name() const override { return "slice"; }
};

// ---- Code and functions ------------------------------------------------------
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

// ---- Types, instances, modules -------------------------------------------------

struct PyType : Obj {
  TS_KIND(Type);
  Ref<Str> name;
  std::string module;                      // "builtins", "asyncio", "__main__"
  std::vector<PyType*> mro;                // self first
  PyType* base = nullptr;
  Ref<Dict> dict;                          // class attributes and methods (str keys)
  Kind instance_kind = Kind::Instance;     // layout of instances
  bool is_exception = false;               // BaseException subclass
  bool user = false;                       // defined by a class statement
  const char* type_name() const override { return "type"; }
  bool is_subtype(const PyType* other) const;
  Value* lookup(std::string_view attr);    // along the MRO
};

struct Instance : Obj {
  TS_KIND(Instance);
  PyType* cls;
  Ref<Dict> dict;
  explicit Instance(PyType* c);
  const char* type_name() const override { return "object"; }
};

struct TraceEntry {
  std::string func;
  int line;
};

struct Exception : Instance {
  TS_KIND(Exception);
  Ref<Tuple> args;
  Value cause, context;           // __cause__, __context__
  bool suppress_context = false;
  std::vector<TraceEntry> tb;     // innermost last
  explicit Exception(PyType* c) : Instance(c) {}
  const char* type_name() const override { return "exception"; }
};

struct Module : Obj {
  TS_KIND(Module);
  std::string name;
  Ref<Dict> dict;
  const char* type_name() const override { return "module"; }
};

// A generic iterator implemented in C++ (list, tuple, range, dict, str, zip ...).
struct Iterator : Obj {
  TS_KIND(Iterator);
  // Returns 1 with out set, 0 when exhausted, -1 on error (vm.error set).
  virtual int next(VM& vm, Value& out) = 0;
  const char* type_name() const override { return "iterator"; }
};

// super() proxies, @property, @staticmethod, @classmethod.
struct SuperObj : Obj {
  TS_KIND(Super);
  PyType* start = nullptr;  // look up after this class in type(self).__mro__
  Value self;
  const char* type_name() const override { return "super"; }
};
struct Property : Obj {
  TS_KIND(Property);
  Value fget, fset;
  const char* type_name() const override { return "property"; }
};
struct StaticMethod : Obj {
  TS_KIND(StaticMethod);
  Value func;
  const char* type_name() const override { return "staticmethod"; }
};
struct ClassMethod : Obj {
  TS_KIND(ClassMethod);
  Value func;
  const char* type_name() const override { return "classmethod"; }
};

// ---- Helpers -----------------------------------------------------------------
inline Value mkstr(std::string s) { return Value::object(new Str(std::move(s))); }
template <class T>
inline T* as(const Value& v) {
  return v.tag == Value::Object && v.o->kind == T::K ? static_cast<T*>(v.o) : nullptr;
}
// Instances include exceptions (a subclass).
template <>
inline Instance* as<Instance>(const Value& v) {
  return v.tag == Value::Object && (v.o->kind == Instance::K || v.o->kind == Exception::K)
             ? static_cast<Instance*>(v.o) : nullptr;
}

}  // namespace ts::vm
