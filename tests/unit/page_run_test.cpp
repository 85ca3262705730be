// How the page runs a script (app::record_script) and what it hands out
// (app::export_python): the horizon that ends an endless loop, and the
// exported file's parts. tests/tools/export_check.sh runs the exported files
// under CPython.
#include <catch2/catch.hpp>

#include <string>

#include "app/export_py.h"
#include "app/script_run.h"

using namespace ts;

TEST_CASE("the page ends an endless sleep loop after one virtual day, saying so", "[page]") {
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(
      "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n"
      "asyncio.run(main())\n",
      "endless.py", tr);
  CHECK(r.status == vm::RunOutcome::Budget);
  CHECK(r.exit_code == 1);
  CHECK(r.end_time == 86400.0);
  CHECK(r.message == "budget exceeded: virtual time (86400 s)");
  CHECK(r.line == 4);
}

TEST_CASE("an export bundles the world's packages a script imports, and what they import", "[page]") {
  using V = std::vector<std::string>;
  CHECK(app::bundled_packages("import asyncio\nprint(1)\n") == V{});
  CHECK(app::bundled_packages("from tenacity import retry\n") == V{"tenacity"});
  CHECK(app::bundled_packages("import asyncio, tqdm.asyncio as t\n") == V{"tqdm"});
  // the openai client reports to the world through turnstile._events
  CHECK(app::bundled_packages("    from openai import AsyncOpenAI\n") == V{"openai", "turnstile"});
  // a module named like one, but not one of the world's, is not bundled
  CHECK(app::bundled_packages("import collections, json\n") == V{});
}

TEST_CASE("an export's string literals: the most readable one that holds the text", "[page]") {
  CHECK(app::python_literal("scenario.py") == "\"scenario.py\"");
  CHECK(app::python_literal("a\nb\\c\n") == "r'''a\nb\\c\n'''");
  CHECK(app::python_literal("x = '''a'''\n") == "r\"\"\"x = '''a'''\n\"\"\"");
  CHECK(app::python_literal("'''\"\"\"\n") == "(\"'''\\\"\\\"\\\"\\n\"\n    \"\")");
  CHECK(app::python_literal("ends with \\\n\\") == "(\"ends with \\\\\\n\"\n    \"\\\\\")");
  const std::string py = app::export_python("print('hi')\n", "hi.py", 7, "Hi");
  CHECK(py.rfind("#!/usr/bin/env python3\n# Hi\n", 0) == 0);
  CHECK(py.find("\nSEED = 7\n") != std::string::npos);
  CHECK(py.find("\nSCENARIO = r'''print('hi')\n'''\n") != std::string::npos);
  CHECK(py.find("\nRUNNER = r'''") != std::string::npos);
  CHECK(py.find("\ndef _turnstile_main(argv):") != std::string::npos);
  CHECK(py.find("This script uses threads") == std::string::npos);
}
