// Type objects and classes (CPython's Objects/typeobject.c, descrobject.c,
// funcobject.c for staticmethod/classmethod): the type of every value,
// instantiation (__new__, then __init__; a metaclass's __call__ first),
// super(), property, staticmethod and classmethod. Class creation
// (__build_class__, type(name, bases, dict), metaclasses, the C3 MRO) is in
// class_new.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "script/objects/function.h"
#include "script/objects/object.h"

namespace ts::vm {

struct Dict;
struct Str;

struct PyType : Obj {
  TS_KIND(Type);
  Ref<Str> name;
  std::string module;                      // "builtins", "asyncio", "__main__"
  std::vector<PyType*> mro;                // self first
  PyType* base = nullptr;                  // __base__: the first base
  std::vector<PyType*> bases;              // __bases__ of a class with more than one
  PyType* meta = nullptr;                  // a class's metaclass, when not `type`
  Ref<Dict> dict;                          // class attributes and methods (str keys)
  Kind instance_kind = Kind::Instance;     // layout of instances
  bool is_exception = false;               // BaseException subclass
  bool user = false;                       // defined by a class statement
  const char* type_name() const override { return "type"; }
  bool is_subtype(const PyType* other) const;
  Value* lookup(std::string_view attr);    // along the MRO
  Value* lookup(const Str& attr);
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

// ---- protocol (dispatched from object.cpp, call.cpp) ----
bool type_getattr(VM& vm, const Value& obj, PyType* t, const std::string& name, Value& out, bool& found);
bool type_setattr(VM& vm, PyType* t, const Str& name, const Value& v);
void type_repr(PyType* t, std::string& out);
bool super_getattr(VM& vm, SuperObj* s, const std::string& name, Value& out, bool& found);
// p.setter; found = false for other attributes.
void property_getattr(const Value& p, const std::string& name, Value& out, bool& found);
// Calling a type: instantiates a user or exception class (running
// __init__), or calls a builtin type's constructor (int(x), dict(...), ...;
// TypeError "cannot create 'X' instances" for the others).
bool type_call(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out);

// ---- class creation (class_new.cpp) ----
// The class `name` with those bases and namespace, made by metaclass meta
// (type or a subclass; the most derived of it and the bases' metaclasses
// wins): type.__new__(meta, name, bases, ns, **kwargs).
bool make_class(VM& vm, PyType* meta, Str* name, std::vector<PyType*> bases, Dict* ns, Dict* kwargs, Value& out);
// The metaclass a class with these bases gets: explicit (or type) unless a
// base's metaclass is more derived; TypeError on a conflict.
bool calculate_meta(VM& vm, PyType* explicit_meta, const std::vector<PyType*>& bases, PyType*& out);
void setup_class_new(VM& vm);
// t.name = staticmethod(fn), as CPython's __new__ slots are.
void def_static(VM& vm, PyType* t, const char* name, NativeFnPtr fn);

}  // namespace ts::vm
