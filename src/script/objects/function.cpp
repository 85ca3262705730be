#include "script/objects/function.h"

#include "script/objects/runtime.h"

namespace ts::vm {

Value bind_method(const Value& func, const Value& self) {
  if (NativeFn* nf = as<NativeFn>(func)) {
    Ref<NativeFn> b = make<NativeFn>();
    b->name = nf->name;
    b->fn = nf->fn;
    b->data = nf->data;
    b->payload = nf->payload;
    b->self = self;
    b->bound = true;
    return Value::object(b);
  }
  Ref<BoundMethod> m = make<BoundMethod>();
  m->self = self;
  m->func = func;
  return Value::object(m);
}

void function_getattr(VM& vm, Function* fn, const std::string& n, Value& out, bool& found) {
  found = true;
  if (n == "__name__") out = Value::object(fn->name);
  else if (n == "__qualname__") out = Value::object(fn->qualname);
  else if (n == "__module__") out = vm.make_str("__main__");
  else if (n == "__doc__") out = Value();
  else if (Value* v = fn->dict ? fn->dict->find_str(n) : nullptr) out = *v;
  else found = false;
}

bool method_getattr(VM& vm, BoundMethod* m, const Str& name, Value& out, bool& found) {
  found = true;
  if (name.s == "__self__") { out = m->self; return true; }
  if (name.s == "__func__") { out = m->func; return true; }
  return vm.getattr_opt(m->func, name, out, found);
}

void native_getattr(NativeFn* f, const std::string& n, Value& out, bool& found) {
  found = n == "__name__" || n == "__qualname__";
  if (found) out = mkstr(f->name);
}

void function_setattr(Function* fn, const Str& name, const Value& v) {
  if (name.s == "__name__") {
    if (Str* s = as<Str>(v)) fn->name = Ref<Str>(s);
    return;
  }
  if (name.s == "__qualname__") {
    if (Str* s = as<Str>(v)) fn->qualname = Ref<Str>(s);
    return;
  }
  if (!fn->dict) fn->dict = make<Dict>();
  fn->dict->set(Value::object(const_cast<Str*>(&name)), v);
}

bool function_repr(VM& vm, const Value& v, std::string& out) {
  Obj* o = v.o;
  switch ((Kind)o->kind) {
    case Kind::Function:
      out = "<function " + static_cast<Function*>(o)->qualname->s + " at " + address_of(o) + ">";
      return true;
    case Kind::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      std::string fn = as<Function>(m->func) ? as<Function>(m->func)->qualname->s : "?";
      std::string self;
      if (!vm.repr(m->self, self)) return false;
      out = "<bound method " + fn + " of " + self + ">";
      return true;
    }
    default: {
      NativeFn* f = static_cast<NativeFn*>(o);
      out = "<built-in function " + f->name + ">";
      if (f->bound)
        out = "<built-in method " + f->name + " of " + vm.type_name(f->self) + " object at " + address_of(f->self.o) + ">";
      return true;
    }
  }
}

}  // namespace ts::vm
