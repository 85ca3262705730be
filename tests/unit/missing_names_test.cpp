// Issue 11, "unsupported names fail up front": every public name of CPython
// 3.11's modules that Turnstile ships (cpython_names.txt) is either in
// Turnstile's module or refused by the compiler with its line and column
// (missing_names.inc), so a runtime AttributeError for a name CPython has
// cannot happen. Both files come from tests/tools/gen_missing_names.py; the
// first check fails when they are stale.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "script/modules/missing_names.h"
#include "script/scenario.h"
#include "test_files.h"

namespace {

using ts::vm::RunOutcome;
using ts::vm::run_source;

std::map<std::string, std::vector<std::string>> cpython_names() {
  std::string text;
  REQUIRE(ts::testing::read_file(ts::testing::source_dir(__FILE__) + "/cpython_names.txt", text));
  std::map<std::string, std::vector<std::string>> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string module, name;
    words >> module;
    while (words >> name) out[module].push_back(name);
  }
  return out;
}

// The public names Turnstile's modules have, read by a script.
std::map<std::string, std::set<std::string>> turnstile_names(const std::vector<std::string>& modules) {
  std::string src, list;
  for (size_t i = 0; i < modules.size(); i++) {
    const std::string alias = "_m" + std::to_string(i);  // no module attribute read: no refusal
    src += "import " + modules[i] + " as " + alias + "\n";
    list += (list.empty() ? "" : ", ") + alias;
  }
  src += "for m in [" + list + "]:\n    for k in m.__dict__:\n        if k[0] != '_': print(m.__name__, k)\n";
  RunOutcome r = run_source(src, "names.py", {});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::map<std::string, std::set<std::string>> out;
  std::istringstream in(r.out);
  std::string module, name;
  while (in >> module >> name) out[module].insert(name);
  return out;
}

std::string refusal(const std::string& src) {
  RunOutcome r = run_source(src, "t.py", {});
  return r.exit_code == 2 ? r.err : "exit " + std::to_string(r.exit_code) + ": " + r.err;
}

}  // namespace

TEST_CASE("missing names: the table is CPython's names minus Turnstile's", "[names]") {
  auto cp = cpython_names();
  REQUIRE(cp.count("asyncio"));
  REQUIRE(cp["asyncio"].size() > 100);
  std::vector<std::string> modules;
  for (const auto& [m, lacking] : ts::vm::missing_names()) modules.push_back(m);
  REQUIRE(modules.size() == cp.size());
  auto ts_names = turnstile_names(modules);
  std::vector<std::string> stale;
  for (const auto& [m, lacking] : ts::vm::missing_names()) {
    std::set<std::string> listed(lacking.begin(), lacking.end());
    for (const std::string& n : cp[m]) {
      bool has = ts_names[m].count(n) > 0;
      if (has == (listed.count(n) > 0)) stale.push_back(m + "." + n + (has ? " (now present)" : " (absent, unlisted)"));
    }
  }
  INFO("regenerate: python3 tests/tools/gen_missing_names.py");
  CHECK(stale == std::vector<std::string>{});
}

TEST_CASE("missing names: each is refused before the run, with its line and column", "[names]") {
  int checked = 0;
  for (const auto& [m, lacking] : ts::vm::missing_names()) {
    for (const std::string& n : lacking) {
      const std::string want = m + "." + n + " is not supported in Turnstile scenarios";
      INFO(want);
      // read anywhere, even where a bare except would swallow an AttributeError
      CHECK(refusal("import " + m + "\nprint('never')\ntry:\n    x = " + m + "." + n + "\nexcept:\n    pass\n") ==
            "t.py:4:9: " + want + "\n");
      CHECK(refusal("from " + m + " import " + n + "\n") == "t.py:1:" + std::to_string(6 + m.size() + 8) + ": " + want + "\n");
      checked++;
    }
  }
  CHECK(checked > 300);
  // an alias, a method call, inside a function and a coroutine
  CHECK(refusal("import asyncio as aio\nasync def main():\n    await aio.start_server(None)\n") ==
        "t.py:3:11: asyncio.start_server is not supported in Turnstile scenarios\n");
  CHECK(refusal("import asyncio\nclass C:\n    def f(self):\n        return [asyncio.Barrier(2) for _ in 'ab']\n") ==
        "t.py:4:17: asyncio.Barrier is not supported in Turnstile scenarios\n");
}

TEST_CASE("missing names: a name that is not the module's is left alone", "[names]") {
  auto ok = [](const std::string& src) { return run_source(src, "t.py", {}).exit_code; };
  // shadowed by a parameter, a local, a class attribute; rebound at module level
  CHECK(ok("import asyncio\ndef f(asyncio):\n    return asyncio.Barrier\nclass O:\n    Barrier = 1\nprint(f(O))\n") == 0);
  CHECK(ok("import asyncio\ndef f():\n    asyncio = None\n    return asyncio and asyncio.Barrier\nf()\n") == 0);
  CHECK(ok("import asyncio\nclass C:\n    asyncio = None\n    x = asyncio and asyncio.Barrier\n") == 0);
  CHECK(ok("import asyncio\nasyncio = None\nprint(asyncio and asyncio.Barrier)\n") == 0);
  CHECK(ok("import asyncio\ndef g():\n    global asyncio\n    asyncio = None\ng()\nprint(asyncio and asyncio.Barrier)\n") == 0);
  // names CPython lacks as well stay CPython's AttributeError at run time
  auto r = run_source("import asyncio\ntry:\n    asyncio.nothing_here\nexcept AttributeError as e:\n    print(e)\n", "t.py", {});
  CHECK(r.out == "module 'asyncio' has no attribute 'nothing_here'\n");
  // stores (monkeypatching) are the program's own
  CHECK(ok("import asyncio\nasyncio.Barrier = 1\n") == 0);
}
