// Instances of user classes (CPython's generic object layout: a class
// pointer and an instance dict).
#pragma once
#include <string>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;
struct Str;

struct Instance : Obj {
  TS_KIND(Instance);
  PyType* cls;
  Ref<Dict> dict;
  explicit Instance(PyType* c) : cls(c) {}
  const char* type_name() const override { return "object"; }
};

// Instances include exceptions (exception.h: a subclass).
template <>
inline Instance* as<Instance>(const Value& v) {
  return v.tag == Value::Object && (v.o->kind == Instance::K || v.o->kind == uint32_t(Kind::Exception))
             ? static_cast<Instance*>(v.o) : nullptr;
}

// ---- protocol (dispatched from object.cpp) ----
// Attribute lookup: properties, the instance dict, the class (binding
// methods); found = false sends the lookup on to the generic path.
bool instance_getattr(VM& vm, const Value& obj, Instance* inst, const Str& name, Value& out, bool& found);
// __getattr__ when nothing is found; a user __setattr__ replaces the store.
bool instance_setattr(VM& vm, const Value& obj, Instance* inst, const Str& name, const Value& v);
// The store itself (properties, exceptions' attributes, the dict): object.__setattr__.
bool instance_store(VM& vm, const Value& obj, Instance* inst, const Str& name, const Value& v);
// A user object stored in a class is a descriptor when its class defines
// __get__; a data descriptor (before the instance dict) when it also defines
// __set__ or __delete__. Returns its class, or null when v is none.
PyType* user_descriptor(const Value& v, bool& data);
// type(d).__get__(d, obj, owner)
bool descriptor_get(VM& vm, PyType* dtype, const Value& d, const Value& obj, const Value& owner, Value& out);
// "<__main__.C object at 0x...>"
void instance_repr(Instance* inst, std::string& out);

}  // namespace ts::vm
