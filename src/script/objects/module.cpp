#include "script/objects/module.h"

#include "script/objects/runtime.h"

namespace ts::vm {

Module* VM::new_module(const std::string& name) {
  Ref<Module> m = make<Module>();
  m->name = name;
  m->dict = make<Dict>();
  m->dict->set(make_str("__name__"), make_str(name));
  modules[name] = m;
  return m.get();
}

void module_getattr(Module* m, const std::string& name, Value& out, bool& found) {
  Value* v = m->dict->find_str(name);
  found = v != nullptr;
  if (found) out = *v;
  else if (name == "__dict__") out = Value::object(m->dict), found = true;  // the namespace itself, as in CPython
}

void module_repr(Module* m, std::string& out) {
  out = "<module '" + m->name + (m->file.empty() ? "' (built-in)>" : "' from '" + m->file + "'>");
}

}  // namespace ts::vm
