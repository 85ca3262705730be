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
  else if (n == "__doc__") out = fn->doc;
  else if (Value* v = fn->dict ? fn->dict->find_str(n) : nullptr) out = *v;  // a __module__ set by wraps too
  else if (n == "__module__") {
    Value* m = fn->globals ? fn->globals->find_str("__name__") : nullptr;
    out = m ? *m : vm.make_str("__main__");
  } else if (n == "__dict__") {
    if (!fn->dict) fn->dict = make<Dict>();
    out = Value::object(fn->dict);
  }
  else if (n == "__code__") out = Value::object(fn->code);
  else if (n == "__globals__") out = fn->globals ? Value::object(fn->globals) : Value();
  else if (n == "__defaults__") out = fn->defaults.empty() ? Value() : vm.make_tuple(fn->defaults);
  else found = false;
}

// CPython's co_flags bits from Turnstile's own (code.h).
static int64_t cpython_co_flags(const Code& c) {
  const uint32_t f = c.flags;
  int64_t r = 0;
  if (!(f & (CO_MODULE | CO_CLASS_BODY))) r |= 0x1 | 0x2;  // CO_OPTIMIZED | CO_NEWLOCALS
  if (f & CO_VARARGS) r |= 0x4;
  if (f & CO_VARKEYWORDS) r |= 0x8;
  if (c.qualname.find("<locals>") != std::string::npos) r |= 0x10;  // CO_NESTED
  const bool gen = f & CO_GENERATOR, co = f & CO_COROUTINE;
  if (gen && co) r |= 0x200;  // CO_ASYNC_GENERATOR
  else if (gen) r |= 0x20;
  else if (co) r |= 0x80;
  if (f & CO_ITERABLE_COROUTINE) r |= 0x100;
  return r;
}

void code_getattr(VM& vm, Code* c, const std::string& n, Value& out, bool& found) {
  found = true;
  if (n == "co_flags") out = Value::integer(cpython_co_flags(*c));
  else if (n == "co_name") out = vm.make_str(c->name);
  else if (n == "co_qualname") out = vm.make_str(c->qualname);
  else if (n == "co_filename") out = vm.make_str(c->filename);
  else if (n == "co_firstlineno") out = Value::integer(c->firstline);
  else if (n == "co_argcount") out = Value::integer(c->argcount);
  else if (n == "co_posonlyargcount") out = Value::integer(c->posonlycount);
  else if (n == "co_kwonlyargcount") out = Value::integer(c->kwonlycount);
  else if (n == "co_varnames") {
    std::vector<Value> names;
    for (const std::string& v : c->varnames) names.push_back(vm.make_str(v));
    out = vm.make_tuple(std::move(names));
  } else found = false;
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
  if (name.s == "__doc__") {
    fn->doc = v;
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
