// Method tables: a native type's or module's callables as rows, as CPython's
// PyMethodDef or Wren's PRIMITIVE. A row names the callable as CPython does
// and gives its convention and parameters (a Sig, objects/getargs.h), the binding, and
// for methods of Python-level classes the attribute a wrong receiver fails
// on. install() defines one NativeFn per row; a call is checked (receiver,
// then arguments, as CPython) before the binding runs, and a PyErr the core
// throws inside becomes vm.error (bridge.h). So a binding is only its work:
//
//   bool event_set(VM& vm, Event& self, Args& a, Value& out);   // typed receiver
//   constexpr Owner kEvent{"asyncio.locks.Event", is<Event>, true};
//   constexpr Method kEventMethods[] = {{"Event.set", on<event_set>, Conv::Python, "", "_value"}, ...};
//   install<kEvent>(vm, event_type, kEventMethods);
#pragma once
#include <cstddef>

#include "script/objects/getargs.h"
#include "script/native/bridge.h"

namespace ts::vm {

// What a binding receives, after the checks.
struct Args {
  const Value& self;  // the receiver (methods; the class for __new__); None for functions
  Value* v;           // positional arguments after the receiver
  int n;
  Dict* kw;
  const Sig& sig;
  const Value& operator[](int i) const { return v[i]; }
  // Parameter i of sig: passed by position or by keyword, else nullptr / dflt.
  const Value* get(int i) const { return arg(sig, v, n, kw, i); }
  Value get(int i, const Value& dflt) const {
    const Value* p = get(i);
    return p ? *p : dflt;
  }
};

// The one native signature of the bindings.
using Native = bool (*)(VM& vm, Args& a, Value& out);

// A row. Methods of Python-level owners are named "Type.method" (their Sig
// counts self, so a call without a receiver fails before the binding).
struct Method {
  Sig sig;
  Native fn;
  // Python-level owners: the attribute CPython's method reads first from self
  // (a wrong receiver fails there); null when it never reads self -- then the
  // binding must not use a.self.
  const char* self_attr;
  constexpr Method(const char* name, Native f, Conv conv, const char* params = "", const char* attr = nullptr)
      : sig(name, conv, params), fn(f), self_attr(attr) {}
};

// A binding on a typed receiver, `bool f(VM&, T& self, Args&, Value&)`, as a
// Native: on<f>. T is a VM object class or a core class.
template <class F>
struct ReceiverOf;
template <class T>
struct ReceiverOf<bool (*)(VM&, T&, Args&, Value&)> {
  using type = T;
};
template <auto F>
bool on(VM& vm, Args& a, Value& out) {
  using T = typename ReceiverOf<decltype(F)>::type;
  if constexpr (requires { T::K; }) return F(vm, *static_cast<T*>(a.self.o), a, out);
  else return F(vm, *a.self.as<T>(), a, out);
}

// ---- installing ----------------------------------------------------------------
namespace detail {
NativeFn* define(VM& vm, Dict& where, std::string_view name, NativeFnPtr fn, const Method& row);
bool call_function(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row);
bool call_closure(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row);
template <const Owner& O>
bool call_method(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row) {
  const Method& m = *static_cast<const Method*>(row);
  if (!check_method(vm, m.sig, O, args, nargs, kw, m.self_attr)) return false;
  Args a{args[0], args + 1, nargs - 1, kw, m.sig};
  return guard(vm, [&] { return m.fn(vm, a, out); });
}
template <const Owner& O>
bool call_new(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void* row) {
  const Method& m = *static_cast<const Method*>(row);
  if (!check_new(vm, m.sig, O, args, nargs, kw)) return false;
  Args a{args[0], args + 1, nargs - 1, kw, m.sig};
  return guard(vm, [&] { return m.fn(vm, a, out); });
}
}  // namespace detail

// Module functions (or any callables without a receiver) into a dict.
template <size_t N>
void install(VM& vm, Dict& where, const Method (&rows)[N]) {
  for (const Method& m : rows) detail::define(vm, where, m.sig.short_name(), detail::call_function, m);
}
// Methods of the type t, owned by O.
template <const Owner& O, size_t N>
void install(VM& vm, PyType* t, const Method (&rows)[N]) {
  for (const Method& m : rows) detail::define(vm, *t->dict, m.sig.short_name(), detail::call_method<O>, m);
}
// A callable made at run time (what a decorator factory returns): calls run
// `row` with a.self the callable itself, whose payload is `payload`.
Value closure(VM& vm, const Method& row, Value payload);
// t's constructor: calling t runs `ctor` as t.__new__(t, ...); its Sig is
// CPython's for the construction ("Lock.__init__", "Future").
template <const Owner& O>
void install_new(VM& vm, PyType* t, const Method& ctor) {
  detail::define(vm, *t->dict, "__new__", detail::call_new<O>, ctor);
}

}  // namespace ts::vm
