// `_turnstile`: the native side of the simulated world's one seam
// (modules/python/turnstile/_events.py). emit(kind, fields) hands an event of
// the services or the openai client to the host (VM::world_event), which
// stamps it with the virtual time and puts it in the trace; without a host it
// does nothing, as under CPython.
#include "script/modules/modules.h"
#include "script/native/table.h"

namespace ts::vm {

namespace {

bool emit(VM& vm, Args& a, Value& out) {
  out = Value();
  if (!vm.world_event) return true;
  std::string kind;
  if (!vm.str(a[0], kind)) return false;
  Dict* d = as<Dict>(a[1]);
  if (!d) return vm.raise(vm.TypeError, "emit() fields must be a dict, not " + vm.type_name(a[1]));
  VM::WorldFields fields;
  for (auto& e : d->entries) {
    if (!e.live) continue;
    std::string k, v;
    if (!vm.str(e.key, k) || !vm.str(e.value, v)) return false;
    fields.emplace_back(std::move(k), std::move(v));
  }
  vm.world_event(kind, fields);
  return true;
}

constexpr Method kFunctions[] = {
    {"emit", emit, Conv::Python, "kind, fields"},
};

}  // namespace

void install_turnstile_native(VM& vm) { install(vm, *vm.new_module("_turnstile")->dict, kFunctions); }

}  // namespace ts::vm
