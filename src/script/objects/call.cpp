// Calling objects (CPython's Objects/call.c): natives directly, bound
// methods with self prepended, types through type_call, Python functions
// through the interpreter's eval hook.
#include <new>
#include <stdexcept>

#include "script/objects/prepended_args.h"
#include "script/objects/runtime.h"

namespace ts::vm {

bool VM::call(const Value& callable, const Value* args, int nargs, Dict* kwargs, Value& out) {
  if (callable.tag != Value::Object) return raise(TypeError, "'" + type_name(callable) + "' object is not callable");
  Obj* o = callable.o;
  switch ((Kind)o->kind) {
    case Kind::Function: return eval_function(*this, static_cast<Function*>(o), args, nargs, kwargs, nullptr, out);
    case Kind::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      PrependedArgs a(m->self, args, nargs);
      Value fn = m->func;
      return call(fn, a.data(), a.size(), kwargs, out);
    }
    case Kind::NativeFn: {
      NativeFn* nf = static_cast<NativeFn*>(o);
      Ref<NativeFn> keep(nf);
      struct Depth {
        int& d;
        explicit Depth(int& x) : d(++x) {}
        ~Depth() { --d; }
      } depth_guard(native_depth);
      // Natives calling natives (wrappers of wrappers) recurse in C++ with no
      // Python frame between them to count: CPython's C-call guard.
      if (native_depth > limits.max_depth)
        return raise(RecursionError, "maximum recursion depth exceeded while calling a Python object");
      // A native that cannot allocate what it was asked for ('x'.center(10**10))
      // raises MemoryError, as CPython does, instead of ending the process.
      try {
        if (nf->bound || nf->self_is_fn) {
          std::vector<Value> a;
          a.reserve(nargs + 1);
          a.push_back(nf->self_is_fn ? Value::object(nf) : nf->self);
          for (int i = 0; i < nargs; i++) a.push_back(args[i]);
          return nf->fn(*this, a.data(), (int)a.size(), kwargs, out, nf->data);
        }
        return nf->fn(*this, const_cast<Value*>(args), nargs, kwargs, out, nf->data);
      } catch (const std::bad_alloc&) {
        return raise_value(new_exception_args(MemoryError, {}));
      } catch (const std::length_error&) {
        return raise_value(new_exception_args(MemoryError, {}));
      }
    }
    case Kind::Type: return type_call(*this, static_cast<PyType*>(o), const_cast<Value*>(args), nargs, kwargs, out);
    default: break;
  }
  // instances with __call__
  if (as<Instance>(callable)) {
    Value m;
    bool found = false;
    static Ref<Str> call_name = make<Str>("__call__");
    if (!getattr_opt(callable, *call_name, m, found)) return false;
    if (found) return call(m, args, nargs, kwargs, out);
  }
  return raise(TypeError, "'" + type_name(callable) + "' object is not callable");
}

bool VM::is_callable(const Value& v) {
  if (as<Function>(v) || as<NativeFn>(v) || as<BoundMethod>(v) || as<PyType>(v)) return true;
  return v.is_obj() && type_of(v)->lookup("__call__") != nullptr;
}

bool VM::callm(const Value& obj, const char* method, const Value* args, int nargs, Value& out) {
  Ref<Str> name = make<Str>(method);
  Value m;
  if (!getattr(obj, *name, m)) return false;
  return call(m, args, nargs, nullptr, out);
}

}  // namespace ts::vm
