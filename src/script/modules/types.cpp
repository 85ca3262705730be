// The `types` module: coroutine() (what makes a generator function's
// generators awaitable, as the generator-based coroutines before `async
// def`) and the types of generators, coroutines and async generators.
#include "script/modules/modules.h"
#include "script/native/table.h"

namespace ts::vm {

namespace {

// As CPython, a generator function gets CO_ITERABLE_COROUTINE and is
// returned itself; an `async def` is returned as it is. (CPython gives the
// function a flagged copy of its code; here the code object is flagged, so
// other functions made from the same `def` are flagged too.)
bool coroutine(VM& vm, Args& a, Value& out) {
  const Value& f = *a.get(0);
  Function* fn = as<Function>(f);
  if (!fn) {
    Value c;
    if (!vm.call1(*vm.builtins->find_str("callable"), f, c)) return false;
    if (!c.b) return vm.raise(vm.TypeError, "types.coroutine() expects a callable");
  }
  const uint32_t flags = fn ? fn->code->flags : 0;
  if (fn && (flags & CO_GENERATOR) && !(flags & CO_COROUTINE)) fn->code->flags |= CO_ITERABLE_COROUTINE;
  else if (!fn || !(flags & CO_COROUTINE))
    return vm.raise(vm.NotImplementedError,
                    "types.coroutine() of a callable that is not a generator function is not available in Turnstile "
                    "scenarios");
  out = f;
  return true;
}

constexpr Method kFunctions[] = {
    {"coroutine", coroutine, Conv::Python, "func"},
};

}  // namespace

void install_types(VM& vm) {
  Module* m = vm.new_module("types");
  install(vm, *m->dict, kFunctions);
  m->dict->set(vm.make_str("GeneratorType"), Value::object(vm.t_generator));
  m->dict->set(vm.make_str("CoroutineType"), Value::object(vm.t_coroutine));
  m->dict->set(vm.make_str("AsyncGeneratorType"), Value::object(vm.t_async_generator));
  m->dict->set(vm.make_str("FunctionType"), Value::object(vm.t_function));
  m->dict->set(vm.make_str("LambdaType"), Value::object(vm.t_function));
  m->dict->set(vm.make_str("MethodType"), Value::object(vm.t_method));
  m->dict->set(vm.make_str("BuiltinFunctionType"), Value::object(vm.t_builtin));
  m->dict->set(vm.make_str("BuiltinMethodType"), Value::object(vm.t_builtin));
  m->dict->set(vm.make_str("ModuleType"), Value::object(vm.t_module));
  m->dict->set(vm.make_str("CodeType"), Value::object(vm.t_code));
  m->dict->set(vm.make_str("NoneType"), Value::object(vm.t_none));
  m->dict->set(vm.make_str("EllipsisType"), Value::object(vm.t_ellipsis));
  m->dict->set(vm.make_str("NotImplementedType"), Value::object(vm.t_notimplemented));
}

}  // namespace ts::vm
