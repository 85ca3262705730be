// The public names of CPython 3.11's standard modules that Turnstile's
// modules of the same name lack (missing_names.inc, generated from both by
// tests/tools/gen_missing_names.py). The compiler's check (Importable): a
// script naming one is refused before it runs, with the line and column of
// the name ("asyncio.start_server is not supported in Turnstile scenarios"),
// so no bare `except:` can swallow a runtime AttributeError for it. Names
// CPython lacks as well stay AttributeErrors at run time, as in CPython.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ts::vm {

// Whether `module.name` is public in CPython's module and absent from Turnstile's.
bool module_lacks(const std::string& module, const std::string& name);

// Every module of the table with the names it lacks (for the tests).
const std::vector<std::pair<std::string, std::vector<std::string>>>& missing_names();

}  // namespace ts::vm
