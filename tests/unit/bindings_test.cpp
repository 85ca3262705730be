// Every native callable the VM exposes -- the builtin functions, every
// method in every type's dict, every function of every module -- called the
// wrong way: without a receiver, on wrong receivers (None, 1, 'x', an object
// of another type) with 0..5 arguments, and on a right receiver with a wrong
// number of arguments. Each call must fail with the exception CPython 3.11
// raises for it, never crash or let a C++ exception escape.
//
// What CPython raises is in bindings_cases.txt, generated from CPython after
// adding or changing a binding (the test fails naming the callables the file
// lacks):
//   TS_BINDINGS_KEYS=/tmp/keys build/native/ts_tests "[bindings]"
//   python3 tests/tools/gen_bindings_cases.py /tmp/keys > tests/unit/bindings_cases.txt
#include <catch2/catch.hpp>

#include "test_files.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "script/compile/compiler.h"
#include "script/importer.h"
#include "script/front/parser.h"
#include "script/scenario.h"

namespace {

using ts::Value;
using namespace ts::vm;

// A native callable, as bindings_cases.txt names it: "F module name" or
// "M module type name".
struct Callable {
  std::string key;
  Value fn;
  std::string type_key;  // "module.type" for methods
};

std::vector<Callable> walk(VM& vm) {
  std::vector<Callable> out;
  auto functions = [&](const std::string& module, Dict& d) {
    for (auto& e : d.entries)
      if (e.live && as<NativeFn>(e.value)) out.push_back({"F " + module + " " + as<Str>(e.key)->s, e.value, ""});
  };
  functions("builtins", *vm.builtins);
  std::map<std::string, Module*> modules;
  for (auto& m : vm.modules) modules[m.first] = m.second.get();
  for (auto& m : modules) functions(m.first, *m.second->dict);
  for (auto& t : vm.all_types)
    for (auto& e : t->dict->entries)
      if (e.live && as<NativeFn>(e.value)) {
        std::string type_key = t->module + "." + t->name->s;
        out.push_back({"M " + t->module + " " + t->name->s + " " + as<Str>(e.key)->s, e.value, type_key});
      }
  return out;
}

// The exception classes the cases name, by their one-letter codes.
std::string code_of(const std::string& exc) {
  static const std::map<std::string, std::string> codes = {
      {"TypeError", "T"},     {"AttributeError", "A"},    {"ValueError", "V"},        {"RuntimeError", "R"},
      {"KeyError", "K"},      {"IndexError", "I"},        {"ZeroDivisionError", "Z"}, {"OverflowError", "O"},
      {"StopIteration", "S"}, {"InvalidStateError", "E"}, {"NotImplementedError", "N"}, {"SystemExit", "X"}};
  auto it = codes.find(exc);
  return it == codes.end() ? "<" + exc + ">" : it->second;
}

// Calls fn(*args): "" when it returned, else the exception's code (or what
// went wrong beyond a Python exception).
std::string call(VM& vm, const Value& fn, std::vector<Value> args) {
  Value out;
  bool ok;
  try {
    ok = vm.call(fn, args.data(), int(args.size()), nullptr, out);
  } catch (...) {
    return "<C++ exception>";
  }
  if (ok) return vm.error.is_none() ? "" : "<returned with an error set>";
  if (vm.error.is_none()) return "<failed without an error>";
  std::string code = code_of(vm.type_name(vm.error));
  vm.error = Value();
  vm.fatal = false;
  return code;
}

struct Cases {
  std::map<std::string, std::string> samples;  // type key -> expression
  std::string other;                           // the receiver of another type...
  std::map<std::string, std::string> others;   // ...or for these types, this one
  std::map<std::string, std::vector<std::string>> codes;  // key -> probe groups
};

Cases load_cases() {
  Cases c;
  std::string text;
  REQUIRE(ts::testing::read_file(ts::testing::source_dir(__FILE__) + "/bindings_cases.txt", text));
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string kind;
    ls >> kind;
    std::string type, expr;
    if (kind == "sample" || kind == "other_for") {
      ls >> type;
      std::getline(ls >> std::ws, expr);
      (kind == "sample" ? c.samples : c.others)[type] = expr;
      continue;
    }
    if (kind == "other") {
      std::getline(ls >> std::ws, c.other);
      continue;
    }
    size_t names = kind == "F" ? 2 : 3;
    std::string key = kind, w;
    for (size_t i = 0; i < names; ++i) {
      ls >> w;
      key += " " + w;
    }
    std::vector<std::string> groups;
    while (ls >> w) groups.push_back(w);
    c.codes[key] = groups;
  }
  return c;
}

// Runs `source` in the VM's __main__ and returns the value it bound to `name`.
Value eval_module(VM& vm, const std::string& source, const std::string& name) {
  ts::ast::Module mod;
  ts::ast::SyntaxError se;
  INFO(source);
  REQUIRE(ts::parse(source, mod, se));
  CompileError ce;
  ts::Ref<Code> code = compile_module(mod, "bindings_samples.py", ts::vm::kImportable, ce);
  INFO(ce.message);
  REQUIRE(code);
  bool ok = vm.exec_module(code);
  if (!ok) FAIL(vm.format_traceback(vm.error));
  Value* v = vm.main_globals->find_str(name);
  REQUIRE(v);
  return *v;
}

// Known differences, each with its reason.
const std::set<std::string> kKnown = {
    // A classmethod of a builtin type is bound like a method: {}.fromkeys() is
    // dict.fromkeys({}) (CPython: "fromkeys expected at least 1 argument").
    "M builtins dict fromkeys right receiver, 0 args",
};

}  // namespace

TEST_CASE("every native callable rejects wrong receivers and argument counts as CPython does", "[bindings]") {
  ts::Loop loop;
  VM vm(loop);
  install_runtime(vm);
  std::vector<Callable> callables = walk(vm);
  REQUIRE(callables.size() > 200);

  if (const char* keys = std::getenv("TS_BINDINGS_KEYS")) {
    std::ofstream f(keys);
    for (auto& c : callables) f << c.key << "\n";
  }
  Cases cases = load_cases();

  // The receivers, made in the VM from the same expressions CPython used.
  std::string src =
      "import asyncio\nimport sys\nasync def _coro():\n    pass\ndef _nop():\n    pass\nasync def _agen():\n    yield\n_s = {}\n";
  for (auto& s : cases.samples) src += "_s['" + s.first + "'] = " + s.second + "\n";
  src += "_s['@other'] = " + cases.other + "\n";
  for (auto& o : cases.others) src += "_s['@other " + o.first + "'] = " + o.second + "\n";
  Dict* samples = as<Dict>(eval_module(vm, src, "_s"));
  REQUIRE(samples);

  std::vector<std::string> missing, mismatches;
  std::set<std::string> walked;
  int calls = 0;
  const std::vector<Value> none_args(5);
  for (const Callable& c : callables) {
    walked.insert(c.key);
    auto it = cases.codes.find(c.key);
    if (it == cases.codes.end()) {
      missing.push_back(c.key);
      continue;
    }
    const std::vector<std::string>& groups = it->second;
    // One probe: fn(*args) against the code CPython gave (want; '.' and '?'
    // check only that it did not crash or break the protocol).
    auto probe = [&](const std::string& what, std::vector<Value> args, char want) {
      std::string got = call(vm, c.fn, std::move(args));
      ++calls;
      bool bad = got.size() > 1 || (want != '.' && want != '?' && got != std::string(1, want));
      if (bad && kKnown.count(c.key + " " + what)) bad = false;
      if (bad) mismatches.push_back(c.key + " " + what + ": CPython " + want + ", Turnstile " + (got.empty() ? "returned" : got));
    };
    auto with = [&](const Value* recv, int n) {
      std::vector<Value> a;
      if (recv) a.push_back(*recv);
      a.insert(a.end(), none_args.begin(), none_args.begin() + n);
      return a;
    };
    if (c.key[0] == 'F') {
      REQUIRE(groups.size() == 1);
      for (int n = 0; n <= 5; ++n) probe(std::to_string(n) + " args", with(nullptr, n), groups[0][size_t(n)]);
      continue;
    }
    REQUIRE(groups.size() == 6);  // no receiver; None, 1, 'x', another type's object; a right receiver
    probe("no receiver", {}, groups[0][0]);
    Value other = samples->find_str("@other " + c.type_key) ? *samples->find_str("@other " + c.type_key)
                                                             : *samples->find_str("@other");
    const Value receivers[] = {Value(), Value::integer(1), vm.make_str("x"), other};
    const char* names[] = {"None", "1", "'x'", "other"};
    for (int r = 0; r < 4; ++r)
      for (int n = 0; n <= 5; ++n)
        probe(std::string("receiver ") + names[r] + ", " + std::to_string(n) + " args", with(&receivers[r], n),
              groups[size_t(r) + 1][size_t(n)]);
    Value* good = samples->find_str(c.type_key);
    if (!good) continue;  // a type scripts cannot reach (no sample)
    for (int n = 0; n <= 5; ++n)
      probe("right receiver, " + std::to_string(n) + " args", with(good, n), groups[5][size_t(n)]);
  }
  std::vector<std::string> stale;
  for (auto& k : cases.codes)
    if (!walked.count(k.first)) stale.push_back(k.first);

  auto list = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < 60; ++i) s += "  " + v[i] + "\n";
    if (v.size() > 60) s += "  ... " + std::to_string(v.size() - 60) + " more\n";
    return s;
  };
  INFO(calls << " calls");
  INFO("not in bindings_cases.txt (regenerate it, see the top of this file):\n" << list(missing));
  INFO("in bindings_cases.txt but not in the VM:\n" << list(stale));
  INFO("raised otherwise than CPython:\n" << list(mismatches));
  CHECK(missing.empty());
  CHECK(stale.empty());
  CHECK(mismatches.empty());
}
