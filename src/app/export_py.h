// A scenario exported as one .py file that runs under CPython unchanged and
// prints what `turnstile run --stamp` prints: the script, the simulated
// world's packages it imports (openai, turnstile, tenacity, tqdm, as
// Turnstile ran them) and the CPython runner on the virtual clock
// (tests/oracle/run_cpython.py), all inside the file; src/app/export_main.py
// is how it runs. `python3 FILE.py [--seed N] [--no-stamp]`.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts::app {

std::string export_python(std::string_view code, std::string_view filename, int64_t seed, std::string_view title);

// The packages of src/script/modules/python an exported script bundles:
// those it imports, and what they import in turn, among the world's own
// (the rest of that folder stands in for CPython's standard library).
std::vector<std::string> bundled_packages(std::string_view code);

// s as a Python string literal, the most readable that holds it: "s" for
// one plain line, a raw triple-quoted string for most text, else an escaped one.
std::string python_literal(std::string_view s);

}  // namespace ts::app
