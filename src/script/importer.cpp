#include "script/importer.h"

#include "script/front/parser.h"
#include "script/modules/missing_names.h"
#include "script/modules/modules.h"
#include "script/modules/python.h"

namespace ts::vm {

const Importable kImportable{module_available, available_modules, module_lacks};

Ref<Code> compile_source(std::string_view source, const std::string& filename, ast::Pos& pos, std::string& msg) {
  ast::Module mod;
  ast::SyntaxError se;
  if (!parse(source, mod, se)) {
    pos = se.pos;
    msg = se.message;
    return nullptr;
  }
  CompileError ce;
  Ref<Code> code = compile_module(mod, filename, kImportable, ce);
  if (!code) {
    pos = ce.pos;
    msg = ce.message;
  }
  return code;
}

namespace {

Module* find_module(VM& vm, const std::string& name) {
  auto it = vm.modules.find(name);
  return it == vm.modules.end() ? nullptr : it->second.get();
}

bool import_python(VM& vm, const std::string& name, Module*& out) {
  // A submodule's package comes first, and gets the submodule as an attribute.
  Module* parent = nullptr;
  const size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    const std::string pname = name.substr(0, dot);
    parent = find_module(vm, pname);
    if (!parent && !import_python(vm, pname, parent)) return false;
    if ((out = find_module(vm, name))) return true;  // the package's body imported it
  }
  bool is_package = false;
  const PythonSource* src = find_python_source(name, is_package);
  if (!src) return vm.raise(vm.ModuleNotFoundError, "No module named '" + name + "'");
  const std::string file = python_source_file(*src);
  ast::Pos pos;
  std::string msg;
  Ref<Code> code = compile_source(src->text, file, pos, msg);
  set_source_view(vm, file, src->text);  // embedded: lives as long as the program
  if (!code)  // Turnstile's own sources: the unit tests import each one
    return vm.raise(vm.ImportError,
                    file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + msg);
  if (vm.depth >= vm.limits.max_depth) return vm.raise(vm.RecursionError, "maximum recursion depth exceeded");
  Ref<Module> m(vm.new_module(name));
  m->file = file;
  m->dict->set(vm.make_str("__file__"), vm.make_str(file));
  if (is_package) m->dict->set(vm.make_str("__path__"), vm.make_list({}));
  m->initializing = true;
  vm.depth++;
  const bool ok = vm.exec_code(code, m->dict);
  vm.depth--;
  m->initializing = false;
  if (!ok) {
    vm.modules.erase(name);
    return false;
  }
  if (parent) {
    Ref<Str> attr = make<Str>(name.substr(dot + 1));
    if (!vm.setattr(Value::object(parent), *attr, Value::object(m))) return false;
  }
  // The body may have replaced its entry in sys.modules.
  out = find_module(vm, name);
  if (!out) return vm.raise(vm.ImportError, "Loaded module " + name + " not found in sys.modules");
  return true;
}

}  // namespace

void install_importer(VM& vm) { vm.import_module = import_python; }

}  // namespace ts::vm
