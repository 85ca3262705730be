#include "script/objects/getargs.h"

#include "script/objects/runtime.h"

namespace ts::vm {

const Value* kwarg_ptr(Dict* kwargs, const char* name) {
  if (!kwargs || !kwargs->live) return nullptr;
  return kwargs->find_str(name);
}

bool check_kwargs(VM& vm, const char* fname, Dict* kwargs, std::initializer_list<const char*> allowed) {
  if (!kwargs || !kwargs->live) return true;
  for (auto& e : kwargs->entries) {
    if (!e.live) continue;
    Str* k = as<Str>(e.key);
    bool ok = false;
    if (k)
      for (const char* a : allowed) if (k->s == a) { ok = true; break; }
    if (!ok) {
      if (allowed.size() == 0) return vm.raise(vm.TypeError, std::string(fname) + "() takes no keyword arguments");
      return vm.raise(vm.TypeError, "'" + (k ? k->s : std::string("?")) + "' is an invalid keyword argument for " + fname + "()");
    }
  }
  return true;
}

bool no_kw(VM& vm, const char* fname, Dict* kwargs) {
  if (kwargs && kwargs->live) return vm.raise(vm.TypeError, std::string(fname) + "() takes no keyword arguments");
  return true;
}

bool expect_args(VM& vm, const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  std::string m = fname;
  if (min == max)
    m += " expected " + std::to_string(min) + (min == 1 ? " argument" : " arguments");
  else if (nargs < min)
    m += " expected at least " + std::to_string(min) + (min == 1 ? " argument" : " arguments");
  else
    m += " expected at most " + std::to_string(max) + (max == 1 ? " argument" : " arguments");
  m += ", got " + std::to_string(nargs);
  return vm.raise(vm.TypeError, m);
}

bool VM::arg_count(const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    return raise(TypeError, std::string(fname) + "() takes exactly " + std::to_string(min) + " argument" +
                                (min == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
  if (nargs < min)
    return raise(TypeError, std::string(fname) + " expected at least " + std::to_string(min) + " argument" +
                                (min == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  return raise(TypeError, std::string(fname) + " expected at most " + std::to_string(max) + " argument" +
                              (max == 1 ? "" : "s") + ", got " + std::to_string(nargs));
}

Value VM::kwarg(Dict* kwargs, const char* name) {
  const Value* v = kwarg_ptr(kwargs, name);
  return v ? *v : Value();
}

}  // namespace ts::vm
