// The native modules (in their install order) and the Python ones: which
// names `import` accepts.
#include "script/modules/modules.h"

#include <vector>

#include "script/modules/python.h"

namespace ts::vm {

namespace {

struct NativeModule {
  const char* name;
  void (*install)(VM&);
};
constexpr NativeModule kNative[] = {
    {"asyncio", install_asyncio}, {"time", install_time},         {"random", install_random},
    {"math", install_math},       {"_functools", install_functools},
    {"sys", install_sys},         {"_json", install_json},          {"types", install_types},
    {"unicodedata", install_unicodedata}, {"_turnstile", install_turnstile_native},
    {"re", install_re},
    {"_contextvars", install_contextvars},
};

// The modules of the layers above (world's _thread): registered by the host.
std::vector<NativeModule>& extra_modules() {
  static std::vector<NativeModule> v;
  return v;
}

// "collections/abc.py" -> "collections.abc"; "collections/__init__.py" -> "collections".
std::string module_of(const std::string& path, bool& is_package) {
  std::string m = path.substr(0, path.size() - 3);
  is_package = m.size() >= 9 && m.compare(m.size() - 9, 9, "/__init__") == 0;
  if (is_package) m.resize(m.size() - 9);
  for (char& c : m)
    if (c == '/') c = '.';
  return m;
}

}  // namespace

void install_modules(VM& vm) {
  for (const NativeModule& m : kNative) m.install(vm);
  for (const NativeModule& m : extra_modules()) m.install(vm);
}

void register_native_module(const char* name, void (*install)(VM&)) {
  for (const NativeModule& m : extra_modules())
    if (std::string(m.name) == name) return;
  extra_modules().push_back({name, install});
}

const PythonSource* find_python_source(const std::string& module, bool& is_package) {
  for (int i = 0; i < kPythonSourceCount; i++)
    if (module_of(kPythonSources[i].name, is_package) == module) return &kPythonSources[i];
  return nullptr;
}

std::string python_source_file(const PythonSource& src) { return std::string("<turnstile>/") + src.name; }

bool module_available(const std::string& name) {
  for (const NativeModule& m : kNative)
    if (name == m.name) return true;
  for (const NativeModule& m : extra_modules())
    if (name == m.name) return true;
  bool pkg;
  return find_python_source(name, pkg) != nullptr;
}

std::string available_modules() {
  std::string out;
  for (const NativeModule& m : kNative) out += std::string(out.empty() ? "" : ", ") + m.name;
  for (const NativeModule& m : extra_modules()) out += std::string(", ") + m.name;
  for (int i = 0; i < kPythonSourceCount; i++) {
    bool pkg;
    out += ", " + module_of(kPythonSources[i].name, pkg);
  }
  return out;
}

}  // namespace ts::vm
