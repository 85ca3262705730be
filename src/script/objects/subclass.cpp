// Instances of user subclasses of int and str: construction and the plain
// value (subclass.h).
#include "script/objects/subclass.h"

#include "script/objects/runtime.h"

namespace ts::vm {

Value plain_value(const Value& v) {
  if (v.tag != Value::Object) return v;
  if (v.o->kind == Str::K) {
    Str* s = static_cast<Str*>(v.o);
    return s->cls ? Value::object(new Str(s->s)) : v;
  }
  if (v.o->kind == Long::K) {
    Long* l = static_cast<Long*>(v.o);
    return l->cls ? make_int(l->v) : v;
  }
  return v;
}

Dict* builtin_sub_dict(const Value& v, bool create) {
  Ref<Dict>* d = nullptr;
  if (v.tag == Value::Object && v.o->kind == Str::K && static_cast<Str*>(v.o)->cls)
    d = &static_cast<StrSub*>(v.o)->dict;
  else if (v.tag == Value::Object && v.o->kind == Long::K && static_cast<Long*>(v.o)->cls)
    d = &static_cast<LongSub*>(v.o)->dict;
  if (!d) return nullptr;
  if (!*d && create) *d = make<Dict>();
  return d->get();
}

bool str_new_of(VM& vm, PyType* cls, Value* args, int nargs, Dict* kwargs, Value& out) {
  if (!cls->is_subtype(vm.t_str))
    return vm.raise(vm.TypeError, "str.__new__(" + cls->name->s + "): " + cls->name->s + " is not a subtype of str");
  Value plain;
  if (!str_new(vm, args, nargs, kwargs, plain)) return false;
  if (cls == vm.t_str) { out = plain; return true; }
  out = Value::object(new StrSub(cls, static_cast<Str*>(plain.o)->s));
  return true;
}

bool int_new_of(VM& vm, PyType* cls, Value* args, int nargs, Dict* kwargs, Value& out) {
  if (!cls->is_subtype(vm.t_int) || cls->is_subtype(vm.t_bool))
    return vm.raise(vm.TypeError, "int.__new__(" + cls->name->s + "): " + cls->name->s + " is not a subtype of int");
  Value plain;
  if (!int_new(vm, args, nargs, kwargs, plain)) return false;
  if (cls == vm.t_int) { out = plain; return true; }
  py::BigInt v;
  VM::big_of(plain, v);
  out = Value::object(new LongSub(cls, std::move(v)));
  return true;
}

namespace {

// str.__new__(cls, ...) / int.__new__(cls, ...), as a subclass's __new__ calls them.
template <bool IsStr>
bool new_static(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  const char* base = IsStr ? "str" : "int";
  if (nargs < 1) return vm.raise(vm.TypeError, std::string(base) + ".__new__(): not enough arguments");
  PyType* cls = as<PyType>(args[0]);
  if (!cls)
    return vm.raise(vm.TypeError, std::string(base) + ".__new__(X): X is not a type object (" +
                                      vm.type_name(args[0]) + ")");
  return IsStr ? str_new_of(vm, cls, args + 1, nargs - 1, kwargs, out)
               : int_new_of(vm, cls, args + 1, nargs - 1, kwargs, out);
}

}  // namespace

void setup_builtin_subclasses(VM& vm) {
  def_static(vm, vm.t_str, "__new__", new_static<true>);
  def_static(vm, vm.t_int, "__new__", new_static<false>);
}

}  // namespace ts::vm
