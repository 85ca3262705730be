#include "script/objects/instance.h"

#include "script/objects/exception_group.h"
#include "script/objects/runtime.h"

namespace ts::vm {

PyType* user_descriptor(const Value& v, bool& data) {
  if (v.tag != Value::Object || v.o->kind != Instance::K) return nullptr;
  PyType* t = static_cast<Instance*>(v.o)->cls;
  if (!t->user || !t->lookup("__get__")) return nullptr;
  data = t->lookup("__set__") || t->lookup("__delete__");
  return t;
}

bool descriptor_get(VM& vm, PyType* dtype, const Value& d, const Value& obj, const Value& owner, Value& out) {
  Value args[3] = {d, obj, owner};
  return vm.call(*dtype->lookup("__get__"), args, 3, nullptr, out);
}

namespace {
// The dunders every attribute store (and missed load) looks up, hashed once.
const Ref<Str>& setattr_name() {
  static Ref<Str> s = make<Str>("__setattr__");
  return s;
}
const Ref<Str>& getattr_name() {
  static Ref<Str> s = make<Str>("__getattr__");
  return s;
}
}  // namespace

bool instance_getattr(VM& vm, const Value& obj, Instance* inst, const Str& name, Value& out, bool& found) {
  const std::string& n = name.s;
  found = true;
  Value* cls_attr = inst->cls->lookup(name);
  if (cls_attr && as<Property>(*cls_attr)) return vm.call(as<Property>(*cls_attr)->fget, &obj, 1, nullptr, out);
  bool data = false;
  PyType* dtype = cls_attr ? user_descriptor(*cls_attr, data) : nullptr;
  if (dtype && data) return descriptor_get(vm, dtype, *cls_attr, obj, Value::object(inst->cls), out);
  if (inst->dict)
    if (Value* v = inst->dict->find_str(name)) {
      out = *v;
      return true;
    }
  if (inst->kind == Exception::K && (exception_getattr(vm, static_cast<Exception*>(inst), n, out) ||
                                     exception_group_getattr(vm, static_cast<Exception*>(inst), n, out)))
    return true;
  if (dtype) return descriptor_get(vm, dtype, *cls_attr, obj, Value::object(inst->cls), out);
  if (cls_attr) {
    const Value& v = *cls_attr;
    if (v.tag == Value::Object) {
      if (v.o->kind == Function::K) { out = bind_method(v, obj); return true; }
      // A builtin function binds only as a builtin type's method (object.__init__): one
      // stored in a user class (converter = time.localtime) is not a descriptor in CPython.
      if (v.o->kind == NativeFn::K) {
        PyType* owner = nullptr;
        for (PyType* t : inst->cls->mro)
          if (t->dict->find_str(n)) { owner = t; break; }
        out = owner && owner->user ? v : bind_method(v, obj);
        return true;
      }
      if (auto* sm = as<StaticMethod>(v)) { out = sm->func; return true; }
      if (auto* cm = as<ClassMethod>(v)) { out = bind_method(cm->func, Value::object(inst->cls)); return true; }
    }
    out = v;
    return true;
  }
  if (n == "__class__") { out = Value::object(inst->cls); return true; }
  if (n == "__dict__") { out = Value::object(inst->dict); return true; }
  // __getattr__ is the fallback after the normal lookup fails
  if (inst->cls->user)
    if (Value* ga = inst->cls->lookup(*getattr_name()); ga && as<Function>(*ga)) {
      Value args[2] = {obj, Value::object(const_cast<Str*>(&name))};
      return vm.call(*ga, args, 2, nullptr, out);
    }
  found = false;
  return true;
}

bool instance_setattr(VM& vm, const Value& obj, Instance* inst, const Str& name, const Value& v) {
  // a class's own __setattr__ decides (it may store with object.__setattr__)
  if (inst->cls->user)
    if (Value* sa = inst->cls->lookup(*setattr_name()); sa && as<Function>(*sa)) {
      Value args[3] = {obj, Value::object(const_cast<Str*>(&name)), v};
      Value r;
      return vm.call(*sa, args, 3, nullptr, r);
    }
  return instance_store(vm, obj, inst, name, v);
}

bool instance_store(VM& vm, const Value& obj, Instance* inst, const Str& name, const Value& v) {
  if (Value* ca = inst->cls->lookup(name))
    if (Property* p = as<Property>(*ca)) {
      if (p->fset.is_none()) return vm.raise(vm.AttributeError, "can't set attribute '" + name.s + "'");
      Value args[2] = {obj, v};
      Value r;
      return vm.call(p->fset, args, 2, nullptr, r);
    } else if (bool data = false; PyType* dt = user_descriptor(*ca, data)) {
      if (data) {
        if (!dt->lookup("__set__")) return vm.raise(vm.AttributeError, "__set__");
        Value args[3] = {*ca, obj, v};
        Value r;
        return vm.call(*dt->lookup("__set__"), args, 3, nullptr, r);
      }
    }
  if (inst->kind == Exception::K) {
    bool handled;
    if (!exception_setattr(vm, static_cast<Exception*>(inst), name.s, v, handled)) return false;
    if (handled) return true;
  }
  if (!inst->dict) inst->dict = make<Dict>();
  inst->dict->set(Value::object(const_cast<Str*>(&name)), v);
  return true;
}

void instance_repr(Instance* inst, std::string& out) {
  out = "<" + inst->cls->module + "." + inst->cls->name->s + " object at " + address_of(inst) + ">";
}

}  // namespace ts::vm
