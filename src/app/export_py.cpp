#include "app/export_py.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "script/modules/python.h"
#include "ts_presets.h"

namespace ts::app {

namespace {

// Only these exist nowhere but in Turnstile (or, for tenacity and tqdm, are
// Turnstile's imitations): the same four tests/oracle/world_site.sh puts on
// the oracle's path.
constexpr const char* kWorld[] = {"openai", "turnstile", "tenacity", "tqdm"};

bool is_world(std::string_view top) {
  return std::any_of(std::begin(kWorld), std::end(kWorld), [&](const char* w) { return top == w; });
}

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Top-level names after `import` / `from` at the start of each line
// (`import a.b, c as d`, `from a.b import x`).
void imported_tops(std::string_view code, std::set<std::string>& out) {
  size_t i = 0;
  while (i < code.size()) {
    size_t eol = code.find('\n', i);
    std::string_view line = code.substr(i, eol == std::string_view::npos ? std::string_view::npos : eol - i);
    i = eol == std::string_view::npos ? code.size() : eol + 1;
    size_t p = line.find_first_not_of(" \t");
    if (p == std::string_view::npos) continue;
    line.remove_prefix(p);
    const bool is_from = line.rfind("from ", 0) == 0, is_import = line.rfind("import ", 0) == 0;
    if (!is_from && !is_import) continue;
    std::string_view rest = line.substr(is_from ? 5 : 7);
    while (true) {
      size_t s = rest.find_first_not_of(" \t(");
      if (s == std::string_view::npos) break;
      size_t e = s;
      while (e < rest.size() && ident_char(rest[e])) ++e;
      if (e > s) out.insert(std::string(rest.substr(s, e - s)));
      if (is_from) break;
      size_t comma = rest.find(',', e);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
}

const char* export_file(std::string_view name) {
  for (int i = 0; i < kExportFileCount; ++i)
    if (kExportFiles[i].name && name == kExportFiles[i].name) return kExportFiles[i].text;
  return "";
}

}  // namespace

std::vector<std::string> bundled_packages(std::string_view code) {
  std::set<std::string> want, done;
  imported_tops(code, want);
  while (true) {
    auto it = std::find_if(want.begin(), want.end(), [&](const std::string& t) { return is_world(t) && !done.count(t); });
    if (it == want.end()) break;
    const std::string pkg = *it;
    done.insert(pkg);
    for (int i = 0; i < vm::kPythonSourceCount; ++i) {
      std::string_view name = vm::kPythonSources[i].name;
      if (name.rfind(pkg + "/", 0) == 0 || name == pkg + ".py") imported_tops(vm::kPythonSources[i].text, want);
    }
  }
  return {done.begin(), done.end()};
}

std::string python_literal(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c != 0x7f && c != '"' && c != '\\'; }))
    return "\"" + std::string(s) + "\"";
  for (const char* q : {"'''", "\"\"\""}) {
    const bool fits = s.find(q) == std::string_view::npos && (s.empty() || s.back() != '\\') &&
                      (s.empty() || s.back() != q[0]) && s.find('\r') == std::string_view::npos &&
                      s.find('\0') == std::string_view::npos;
    if (fits) return std::string("r") + q + std::string(s) + q;
  }
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n\"\n    \""; break;  // one source line a literal line
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return "(" + out + "\")";
}

std::string export_python(std::string_view code, std::string_view filename, int64_t seed, std::string_view title) {
  std::string out = "#!/usr/bin/env python3\n# " + std::string(title.empty() ? "Turnstile scenario" : title) +
                    "\n# Exported from Turnstile. Runs under CPython 3.11 as it ran on the page, on the same\n"
                    "# virtual clock, printing the same stamped lines:\n"
                    "#   python3 " + std::string(filename) + " [--seed N] [--no-stamp]\n"
                    "# The script itself is SCENARIO, right below.\n";
  for (const char* real : {"Thread", "thread", "Process", "multiprocessing", "run_in_executor"})
    if (code.find(real) != std::string_view::npos) {
      out += "# This script uses threads or processes: CPython runs those for real, not on the\n"
             "# virtual clock (Turnstile models them), so its times differ, and a process\n"
             "# pool may never hand its results back to the virtual loop.\n";
      break;
    }
  out += "\n";
  out += "FILENAME = " + python_literal(filename) + "\n";
  out += "SEED = " + std::to_string(seed) + "\n\n";
  out += "SCENARIO = " + python_literal(code) + "\n\n";
  out += "# The simulated world's packages the script imports, as Turnstile runs them.\nMODULES = {\n";
  for (const std::string& pkg : bundled_packages(code)) {
    for (int i = 0; i < vm::kPythonSourceCount; ++i) {
      std::string_view name = vm::kPythonSources[i].name;
      if (name.rfind(pkg + "/", 0) != 0 && name != pkg + ".py") continue;
      out += "    " + python_literal(name) + ": " + python_literal(vm::kPythonSources[i].text) + ",\n";
    }
  }
  out += "}\n\n# Turnstile's CPython runner on the virtual clock (tests/oracle/run_cpython.py).\n";
  out += "RUNNER = " + python_literal(export_file("tests/oracle/run_cpython.py")) + "\n";
  out += export_file("src/app/export_main.py");
  return out;
}

}  // namespace ts::app
