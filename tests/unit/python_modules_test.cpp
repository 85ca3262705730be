// The modules written in Python (src/script/modules/python/): each one
// compiles and imports in a fresh run, and a traceback through one names its
// own file.
#include <catch2/catch.hpp>

#include "script/importer.h"
#include "script/modules/modules.h"
#include "script/modules/python.h"
#include "script/scenario.h"

using namespace ts::vm;

TEST_CASE("every embedded Python module compiles and imports", "[modules]") {
  REQUIRE(kPythonSourceCount > 0);
  for (int i = 0; i < kPythonSourceCount; i++) {
    std::string path = kPythonSources[i].name;
    INFO(path);
    ts::ast::Pos pos;
    std::string msg;
    CHECK(compile_source(kPythonSources[i].text, python_source_file(kPythonSources[i]), pos, msg));
    INFO(msg);
    std::string mod = path.substr(0, path.size() - 3);
    if (mod.size() > 9 && mod.compare(mod.size() - 9, 9, "/__init__") == 0) mod.resize(mod.size() - 9);
    for (char& c : mod)
      if (c == '/') c = '.';
    CHECK(module_available(mod));
    RunOutcome r = run_source("import " + mod + "\n", "t.py", RunOptions{});
    INFO(r.err);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("a traceback through a Python module names its file", "[modules]") {
  RunOutcome r = run_source("import heapq\nheapq.heappop([])\n", "t.py", RunOptions{});
  CHECK(r.exit_code == 1);
  INFO(r.err);
  CHECK(r.err.find("File \"t.py\", line 2, in <module>") != std::string::npos);
  CHECK(r.err.find("File \"<turnstile>/heapq.py\", line ") != std::string::npos);
  // with the module's own source line, as CPython shows a .py module's
  CHECK(r.err.find("in heappop\n    raise IndexError(\"index out of range\")") != std::string::npos);
  CHECK(r.err.find("\nIndexError: index out of range\n") != std::string::npos);
}
