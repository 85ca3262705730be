// Instances of user subclasses of int and str (class Level(int), class
// Name(str)). Why this layout: such an instance is the builtin object itself
// (a Str or a Long) with its class beside the value, as CPython's are, so
// every native that reads a str or an int accepts it unchanged; the class
// gives it its methods and dunders (type_of, user_dunder), and it has an
// instance dict like any object with a __dict__. An int subclass's value is
// a Long even when small: the protocol entry points (object.cpp,
// abstract.cpp) try the class's dunders first and then work on plain_value().
#pragma once
#include "script/objects/dict.h"
#include "script/objects/int.h"
#include "script/objects/str.h"

namespace ts::vm {

struct StrSub : Str {
  Ref<Dict> dict;  // made on the first attribute stored
  StrSub(PyType* c, std::string v) : Str(std::move(v)) { cls = c; }
};
struct LongSub : Long {
  Ref<Dict> dict;
  LongSub(PyType* c, py::BigInt v) : Long(std::move(v)) { cls = c; }
};

// The user class of an int or str subclass instance; null for anything else.
inline PyType* builtin_sub(const Value& v) {
  if (v.tag != Value::Object) return nullptr;
  if (v.o->kind == Str::K) return static_cast<Str*>(v.o)->cls;
  if (v.o->kind == Long::K) return static_cast<Long*>(v.o)->cls;
  return nullptr;
}
// A Long past int64 (an int subclass's value may be small): "cannot fit
// 'int' into an index-sized integer" as an index.
inline bool big_index(const Value& v) {
  const Long* l = as<Long>(v);
  return l && (!l->cls || !l->v.fits_i64());
}
// The plain int or str with v's value (int(v), str.__str__(v)); v itself
// when it is not a subclass instance.
Value plain_value(const Value& v);
// The instance dict of a subclass instance; made when create, else null
// until something was stored.
Dict* builtin_sub_dict(const Value& v, bool create);

// str.__new__(cls, object='') and int.__new__(cls, x=0, base=10) for cls
// a subclass of str / int (the base's own constructor otherwise).
bool str_new_of(VM& vm, PyType* cls, Value* args, int nargs, Dict* kwargs, Value& out);
bool int_new_of(VM& vm, PyType* cls, Value* args, int nargs, Dict* kwargs, Value& out);
// Installs str.__new__ and int.__new__ (what super().__new__(cls, v) finds).
void setup_builtin_subclasses(VM& vm);

}  // namespace ts::vm
