// Method tables: defining a row's NativeFn and calling a module function.
#include "script/native/table.h"

namespace ts::vm {

namespace detail {

NativeFn* define(VM& vm, Dict& where, std::string_view name, NativeFnPtr fn, const Method& row) {
  // The row is static; the NativeFn's closure pointer is how the call finds it.
  return vm.def(where, std::string(name), fn, const_cast<Method*>(&row));
}

bool call_function(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row) {
  const Method& m = *static_cast<const Method*>(row);
  if (!check_args(vm, m.sig, nargs, kw)) return false;
  Value none;
  Args a{none, args, nargs, kw, m.sig};
  return guard(vm, [&] { return m.fn(vm, a, out); });
}

bool call_closure(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row) {
  const Method& m = *static_cast<const Method*>(row);
  if (!check_args(vm, m.sig, nargs - 1, kw)) return false;
  Args a{args[0], args + 1, nargs - 1, kw, m.sig};
  return guard(vm, [&] { return m.fn(vm, a, out); });
}

}  // namespace detail

Value closure(VM& vm, const Method& row, Value payload) {
  Ref<NativeFn> f = make<NativeFn>();
  f->name = std::string(row.sig.short_name());
  f->fn = detail::call_closure;
  f->data = const_cast<Method*>(&row);
  f->payload = std::move(payload);
  f->self_is_fn = true;
  return Value::object(f);
}

}  // namespace ts::vm
