// The native half of `functools` (CPython's _functools; python/functools.py is the rest):
// wraps (as update_wrapper: __module__, __name__, __qualname__, __doc__, __dict__, __wrapped__)
// and partial.
#include "script/modules/modules.h"
#include "script/native/table.h"

namespace ts::vm {

namespace {

// wraps(f)(wrapper): CPython's partial(update_wrapper, wrapped=f) called.
constexpr Sig kUpdateWrapper{"update_wrapper", Conv::Python,
                             "wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES"};

bool update_wrapper(VM& vm, Args& a, Value& out) {
  Value wrapped = as<NativeFn>(a.self)->payload;
  Ref<Dict> kw = make<Dict>();
  kw->set(vm.make_str("wrapped"), wrapped);
  if (a.kw)
    for (auto& e : a.kw->entries)
      if (e.live) kw->set(e.key, e.value);
  if (!check_args(vm, kUpdateWrapper, a.n, kw.get())) return false;
  Value wrapper = *arg(kUpdateWrapper, a.v, a.n, kw.get(), 0);
  // WRAPPER_ASSIGNMENTS (but __annotations__, which Turnstile's functions
  // lack); missing attributes are skipped, as update_wrapper does.
  static Ref<Str> assigned[] = {make<Str>("__module__"), make<Str>("__name__"), make<Str>("__qualname__"),
                                make<Str>("__doc__")};
  static Ref<Str> d = make<Str>("__dict__"), w = make<Str>("__wrapped__");
  Value v;
  bool found;
  for (const Ref<Str>& name : assigned)
    if (vm.getattr_opt(wrapped, *name, v, found) && found) vm.setattr(wrapper, *name, v);
  vm.error = Value();
  // WRAPPER_UPDATES: wrapper.__dict__.update(wrapped.__dict__)
  Value wd, rd;
  if (vm.getattr_opt(wrapped, *d, wd, found) && found && vm.getattr_opt(wrapper, *d, rd, found) && found)
    if (Dict* from = as<Dict>(wd))
      if (Dict* to = as<Dict>(rd))
        for (auto& e : from->entries)
          if (e.live) to->set(e.key, e.value);
  vm.error = Value();
  vm.setattr(wrapper, *w, wrapped);
  vm.error = Value();
  out = wrapper;
  return true;
}
constexpr Method kUpdateWrapperRow{"update_wrapper", update_wrapper, Conv::Free};

bool wraps(VM& vm, Args& a, Value& out) {
  if (a.get(1) || a.get(2))
    return vm.raise(vm.NotImplementedError, "wraps(assigned=..., updated=...) is not available in Turnstile scenarios");
  out = closure(vm, kUpdateWrapperRow, *a.get(0));
  return true;
}

// A partial object: payload = (func, args, keywords).
bool partial_call(VM& vm, Args& a, Value& out) {
  Tuple* st = as<Tuple>(as<NativeFn>(a.self)->payload);
  std::vector<Value> args = as<Tuple>(st->items[1])->items;
  args.insert(args.end(), a.v, a.v + a.n);
  Ref<Dict> kw = make<Dict>();
  for (auto& e : as<Dict>(st->items[2])->entries)
    if (e.live) kw->set(e.key, e.value);
  if (a.kw)
    for (auto& e : a.kw->entries)
      if (e.live) kw->set(e.key, e.value);
  return vm.call(st->items[0], args.data(), int(args.size()), kw.get(), out);
}
constexpr Method kPartialCall{"partial", partial_call, Conv::Free};

bool partial(VM& vm, Args& a, Value& out) {
  if (a.n < 1) return vm.raise(vm.TypeError, "type 'partial' takes at least one argument");
  Value is_callable;
  if (!vm.call1(*vm.builtins->find_str("callable"), a[0], is_callable)) return false;
  if (!is_callable.b) return vm.raise(vm.TypeError, "the first argument must be callable");
  Ref<Dict> kw = make<Dict>();
  Value func = a[0];
  std::vector<Value> args;
  // partial(partial(f, 1), 2) is partial(f, 1, 2), as CPython flattens it:
  // a chain of 100,000 partials is one call, not 100,000 nested ones.
  NativeFn* inner = as<NativeFn>(func);
  if (inner && inner->data == static_cast<const void*>(&kPartialCall)) {
    if (Tuple* st = as<Tuple>(inner->payload)) {
      func = st->items[0];
      args = as<Tuple>(st->items[1])->items;
      for (auto& e : as<Dict>(st->items[2])->entries)
        if (e.live) kw->set(e.key, e.value);
    }
  }
  args.insert(args.end(), a.v + 1, a.v + a.n);
  if (a.kw)
    for (auto& e : a.kw->entries)
      if (e.live) kw->set(e.key, e.value);
  out = closure(vm, kPartialCall, vm.make_tuple({func, vm.make_tuple(std::move(args)), Value::object(kw)}));
  return true;
}

constexpr Method kFunctools[] = {
    {"wraps", wraps, Conv::Python, "wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES"},
    {"partial", partial, Conv::Free},  // a type in CPython; its tp_new checks by hand
};

}  // namespace

void install_functools(VM& vm) { install(vm, *vm.new_module("_functools")->dict, kFunctools); }

}  // namespace ts::vm
