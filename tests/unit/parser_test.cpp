// Parser tests [parser]: CPython's ast as the oracle (stored dumps generated
// by tests/tools/astdump.py), exact error positions and messages, nesting
// limits, and a deterministic mutation fuzz that must never crash or hang.
#include <catch2/catch.hpp>

#include "test_files.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "script/front/parser.h"

namespace {

std::string repo_root() {
  std::string f = __FILE__;  // <root>/tests/unit/parser_test.cpp
  for (int k = 0; k < 3; ++k) {
    auto slash = f.find_last_of('/');
    if (slash == std::string::npos) return ".";
    f.resize(slash);
  }
  return f.empty() ? "/" : f;
}

using ts::testing::read_file;

using ts::testing::py_files;

struct Parsed {
  bool ok;
  std::string text;  // dump, or "line:col: message"
};

Parsed run(const std::string& src) {
  ts::ast::Module m;
  ts::ast::SyntaxError e;
  if (ts::parse(src, m, e)) return {true, ts::dump_ast(m)};
  return {false, std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + ": " + e.message};
}

struct ErrCase {
  const char* src;
  int line, col;
  const char* msg;
};

// CPython 3.11.7's error (ast.parse) for each input, except the Turnstile
// subset errors (match, imaginary, relative imports, \N{...}) and
// errors CPython reports only at compile time (duplicate argument, starred).
const ErrCase kErrors[] = {
#include "parser_cases/errors.inc"
};

}  // namespace

TEST_CASE("parser: corpus, conformance and presets match CPython's ast", "[parser]") {
  const std::string root = repo_root();
  const std::string expected = root + "/tests/unit/parser_cases/expected/";
  struct Dir {
    std::string path, prefix;
    bool need_expectation;
  };
  const Dir dirs[] = {{root + "/tests/unit/parser_cases/corpus", "cases", true},
                      {root + "/tests/conformance", "conformance", false},
                      {root + "/presets", "presets", false}};
  int compared = 0;
  for (const Dir& d : dirs) {
    for (const std::string& name : py_files(d.path)) {
      std::string src, want;
      REQUIRE(read_file(d.path + "/" + name, src));
      const std::string base = expected + d.prefix + "__" + name.substr(0, name.size() - 3);
      Parsed got = run(src);
      INFO(d.path + "/" + name);
      if (read_file(base + ".ast", want)) {
        CHECK(got.text == want);
        CHECK(got.ok);
        ++compared;
      } else if (read_file(base + ".err", want)) {
        CHECK(!got.ok);
        CHECK(got.text + "\n" == want);
        ++compared;
      } else {
        // A file newer than the stored expectations: it must at least parse
        // (regenerate with tests/tools/astdump.py --gen, see its header).
        CHECK(!d.need_expectation);
        CHECK(got.text == "");
        CHECK(got.ok);
      }
    }
  }
  CHECK(compared >= 13);
}

TEST_CASE("parser: error positions and messages", "[parser]") {
  for (const ErrCase& c : kErrors) {
    INFO(c.src);
    Parsed got = run(c.src);
    CHECK(!got.ok);
    CHECK(got.text == std::to_string(c.line) + ":" + std::to_string(c.col) + ": " + c.msg);
  }
}

TEST_CASE("parser: selected AST shapes", "[parser]") {
  using namespace ts::ast;
  Module m;
  SyntaxError e;
  REQUIRE(ts::parse("x = f'{a=}{b!s:>{w}}'\n", m, e));
  const Expr& js = *m.body[0]->value;
  REQUIRE(js.kind == EK::JoinedStr);
  REQUIRE(js.elts.size() == 3);
  CHECK(js.elts[0]->kind == EK::Str);
  CHECK(js.elts[0]->s == "a=");
  CHECK(js.elts[1]->conv == 'r');
  CHECK(js.elts[2]->conv == 's');
  REQUIRE(js.elts[2]->b);
  CHECK(js.elts[2]->b->kind == EK::JoinedStr);
  CHECK(js.elts[1]->a->pos.col == 8);

  Module m2;
  REQUIRE(ts::parse("n = 0x1_0000_0000_0000_0000\nm = 9223372036854775807\n", m2, e));
  CHECK(m2.body[0]->value->kind == EK::Int);
  CHECK(m2.body[0]->value->s == "0x1_0000_0000_0000_0000");  // beyond int64: literal text
  CHECK(m2.body[1]->value->s.empty());
  CHECK(m2.body[1]->value->i == INT64_MAX);

  Module m3;
  REQUIRE(ts::parse("def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n", m3, e));
  const Arguments& a = *m3.body[0]->args;
  CHECK(a.posonly.size() == 1);
  CHECK(a.args.size() == 1);
  CHECK(a.args[0].default_);
  CHECK(a.has_vararg);
  CHECK(a.vararg == "c");
  CHECK(a.kwonly.size() == 1);
  CHECK(a.kwarg == "e");
  CHECK(m3.body[0]->returns);
}

TEST_CASE("parser: nesting limits give errors, not crashes", "[parser]") {
  auto deep = [](const std::string& open, const std::string& mid, const std::string& close, int n) {
    std::string s = "x = ";
    for (int i = 0; i < n; ++i) s += open;
    s += mid;
    for (int i = 0; i < n; ++i) s += close;
    return s + "\n";
  };
  CHECK(run(deep("(", "1", ")", 199)).ok);
  CHECK(run(deep("(", "1", ")", 250)).text == "1:205: too many nested parentheses");
  // CPython's limits and errors: its parser's stack (6,000 levels: a bare
  // MemoryError) and its compiler's recursion (3,000 levels).
  auto memory = [&](const std::string& src) { return run(src).text.find(": MemoryError") != std::string::npos; };
  auto recursion = [&](const std::string& src) {
    return run(src).text.find("RecursionError: maximum recursion depth exceeded during compilation") !=
           std::string::npos;
  };
  CHECK(memory(deep("-", "1", "", 100000)));
  CHECK(recursion(deep("-", "1", "", 5000)));
  CHECK(run(deep("-", "1", "", 2500)).ok);
  CHECK(recursion(deep("not ", "1", "", 5000)));
  CHECK(memory(deep("not ", "1", "", 6000)));
  CHECK(memory(deep("lambda: ", "1", "", 5000)));  // two levels each
  CHECK(run(deep("lambda: ", "1", "", 2500)).ok);
  CHECK(memory(deep("2 ** ", "1", "", 5000)));
  CHECK(recursion(deep("1 if 2 else ", "1", "", 5000)));
  std::string elifs = "if x:\n  pass\n";
  for (int i = 0; i < 2900; ++i) elifs += "elif x:\n  pass\n";
  CHECK(run(elifs).ok);
  for (int i = 0; i < 1000; ++i) elifs += "elif x:\n  pass\n";
  CHECK(recursion(elifs));
  for (int i = 0; i < 3000; ++i) elifs += "elif x:\n  pass\n";
  CHECK(memory(elifs));
  // A syntax error after the too-deep part wins: CPython parses all first.
  CHECK(run(deep("-", "1", "", 5000) + "x = = 1\n").text.find("invalid syntax") != std::string::npos);
  std::string ifs;
  for (int i = 0; i < 150; ++i) ifs += std::string(i, ' ') + "if x:\n";
  ifs += std::string(150, ' ') + "pass\n";
  CHECK(run(ifs).text == "101:101: too many levels of indentation");
  // Left-leaning chains count towards the tree depth (the compiler's).
  std::string attrs = "x = a", sum = "x = 1";
  for (int i = 0; i < 900; ++i) attrs += ".b", sum += " + 1";
  CHECK(run(attrs + "\n").ok);
  CHECK(run(sum + "\n").ok);
  for (int i = 0; i < 100000; ++i) attrs += "[0]", sum += " * 1";
  CHECK(recursion(attrs + "\n"));  // and the 100,000-deep tree is freed without recursion
  CHECK(recursion(sum + "\n"));
}

TEST_CASE("parser: mutation fuzz never crashes", "[parser]") {
  const std::string root = repo_root();
  std::vector<std::string> seeds;
  for (const char* dir : {"/tests/unit/parser_cases/corpus", "/tests/conformance", "/presets"}) {
    for (const std::string& n : py_files(root + dir)) {
      std::string s;
      if (read_file(root + dir + "/" + n, s) && s.size() < 20000) seeds.push_back(s);
    }
  }
  REQUIRE(!seeds.empty());
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto rnd = [&state](uint64_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return n ? state % n : 0;
  };
  static const char* const pieces[] = {"(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"",
                                       "f'{", "}", "\\", "#", "=", ",", "*", "**", "lambda", "if", "else", "for",
                                       "in", "not", "async", "await", "def", "class", "yield", "@", ":=", "0x",
                                       "1e", ".", "!r", "\xe2\x82\xac", "\xff", "\0", "\r", "match", "except*"};
  int parsed = 0;
  const int iterations = 3000;
  for (int it = 0; it < iterations; ++it) {
    std::string s = seeds[rnd(seeds.size())];
    int edits = 1 + static_cast<int>(rnd(8));
    for (int k = 0; k < edits && !s.empty(); ++k) {
      size_t at = rnd(s.size() + 1);
      switch (rnd(4)) {
        case 0: s.erase(at, 1 + rnd(6)); break;
        case 1: s.insert(at, 1, static_cast<char>(rnd(256))); break;
        case 2: s.insert(at, pieces[rnd(sizeof pieces / sizeof *pieces)]); break;
        default: if (at < s.size()) s[at] = static_cast<char>(rnd(128)); break;
      }
    }
    ts::ast::Module m;
    ts::ast::SyntaxError e;
    bool ok = ts::parse(s, m, e);
    if (ok) {
      ++parsed;
      (void)ts::dump_ast(m);
    } else {
      INFO(s);
      CHECK(e.pos.line >= 1);
      CHECK(e.pos.col >= 0);
      CHECK(!e.message.empty());
    }
  }
  CHECK(parsed < iterations);
}
