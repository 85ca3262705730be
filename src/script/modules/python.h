// The modules written in Python (src/script/modules/python/): their sources,
// embedded at build time (CMakeLists.txt, scripts/embed_files.cmake). A file
// `a/b.py` is module `a.b`; `a/__init__.py` is package `a`. script/importer.cpp
// compiles and runs one on its first import.
#pragma once
#include <string>

namespace ts::vm {

struct PythonSource {
  const char* name;  // path under src/script/modules/python/, e.g. "collections/abc.py"
  const char* text;
};
extern const PythonSource kPythonSources[];
extern const int kPythonSourceCount;

// The source of Python module `module` (dotted name), or null; is_package
// tells whether it is a package's __init__.py.
const PythonSource* find_python_source(const std::string& module, bool& is_package);
// Its file name as tracebacks and __file__ show it: "<turnstile>/collections/abc.py".
std::string python_source_file(const PythonSource& src);

}  // namespace ts::vm
