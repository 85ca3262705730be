// No C++ recursion on user data (issue 16): the trashcans that free deep
// structures iteratively (core/object.h for objects, the AST's in
// front/parser.cpp) and the depth guards that raise CPython's errors where
// a walk over deep or cyclic data would otherwise exhaust the C stack.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/object.h"
#include "script/front/parser.h"
#include "script/scenario.h"

using namespace ts;

namespace {

// A node that holds the next one and counts its frees, noting the deepest
// C++ nesting of destructors it saw.
struct Node : Obj {
  Ref<Node> next;
  static inline int freed = 0, running = 0, deepest = 0;
  ~Node() override {
    ++running;
    if (running > deepest) deepest = running;
    next = nullptr;  // frees the rest of the chain from inside this destructor
    --running;
    ++freed;
  }
  const char* type_name() const override { return "Node"; }
};

vm::RunOutcome run(const std::string& src) {
  vm::RunOptions opts;
  return vm::run_source(src, "t.py", opts);
}

std::string last_line(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace

TEST_CASE("trashcan: a long chain is freed with bounded C++ nesting", "[recursion]") {
  Node::freed = Node::running = Node::deepest = 0;
  const int n = 200000;
  {
    Ref<Node> head = make<Node>();
    Node* tail = head.get();
    for (int i = 1; i < n; ++i) {
      tail->next = make<Node>();
      tail = tail->next.get();
    }
    CHECK(trash::depth == 0);
  }
  CHECK(Node::freed == n);        // every node freed, none leaked in the queue
  CHECK(Node::deepest <= trash::kMaxDepth);  // the frees nested no deeper than the trashcan allows
  CHECK(Node::deepest >= 2);      // and the chain was really freed from inside destructors
  CHECK(trash::pending == 0);
  CHECK(trash::depth == 0);
}

TEST_CASE("trashcan: deep structures built by scripts are freed, at exit too", "[recursion]") {
  const char* scripts[] = {
      "a = []\nfor _ in range(300000): a = [a]\ndel a\nprint('freed')\n",
      "d = {}\nfor _ in range(300000): d = {'k': d}\nprint('built')\n",  // still alive at exit
      "class N:\n    pass\nh = None\nfor _ in range(300000):\n    n = N(); n.next = h; h = n\ndel h, n\nprint('freed')\n",
      "def mk(f):\n    return lambda: f\nf = None\nfor _ in range(200000): f = mk(f)\ndel f\nprint('freed')\n",
  };
  for (const char* src : scripts) {
    INFO(src);
    auto r = run(src);
    CHECK(r.exit_code == 0);
    CHECK((r.out == "freed\n" || r.out == "built\n"));
  }
}

TEST_CASE("chains CPython flattens or that stay shallow run", "[recursion]") {
  // partial(partial(f)) is one partial in CPython: 100,000 of them, one call.
  auto r = run("import functools\nf = lambda x: x + 1\nfor _ in range(100000): f = functools.partial(f)\n"
               "print(f(1))\ng = functools.partial(functools.partial(lambda *a, **k: (a, k), 1, x=1), 2, x=2)\n"
               "print(g(3))\nprint(list(map(abs, map(abs, [1, -2]))))\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2\n((1, 2, 3), {'x': 2})\n[1, 2]\n");
}

TEST_CASE("AST: a 100,000-deep tree is refused and freed without recursion", "[recursion]") {
  std::string src = "x = a";
  for (int i = 0; i < 100000; ++i) src += ".b";
  ast::Module m;
  ast::SyntaxError e;
  REQUIRE_FALSE(parse(src + "\n", m, e));
  CHECK(e.message == kCompileRecursionError);
  CHECK(is_compile_exception(e.message));
  // The CLI reports it as CPython's compile() raising: exit 1, not 2.
  auto r = run(src + "\n");
  CHECK(r.exit_code == 1);
  CHECK(last_line(r.err) == "RecursionError: maximum recursion depth exceeded during compilation");
  std::string minus = "x = " + std::string(100000, '-') + "1\n";
  r = run(minus);
  CHECK(r.exit_code == 1);
  CHECK(last_line(r.err) == "MemoryError");
}

TEST_CASE("compiler: 20 statically nested blocks, not 21", "[recursion]") {
  auto nested = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += std::string(i, ' ') + "for i" + std::to_string(i) + " in [1]:\n";
    return s + std::string(n, ' ') + "pass\nprint('ok')\n";
  };
  CHECK(run(nested(20)).out == "ok\n");
  auto r = run(nested(21));
  CHECK(r.exit_code == 2);
  CHECK(r.message == "too many statically nested blocks");
}

TEST_CASE("depth guard: deep and cyclic data raise RecursionError with CPython's words", "[recursion]") {
  struct Case {
    const char* src;
    const char* last;
  };
  const Case cases[] = {
      {"a = []\nb = []\nfor _ in range(100000): a = [a]; b = [b]\na == b\n",
       "RecursionError: maximum recursion depth exceeded in comparison"},
      {"a = []\na.append(a)\nb = []\nb.append(b)\na == b\n",
       "RecursionError: maximum recursion depth exceeded in comparison"},
      {"a = []\nfor _ in range(100000): a = [a]\nrepr(a)\n",
       "RecursionError: maximum recursion depth exceeded while getting the repr of an object"},
      {"class A:\n    def __getattr__(self, n):\n        return self.x\nA().y\n",
       "RecursionError: maximum recursion depth exceeded"},
      // Equal hashes, so the dict compares the keys: the comparison raises
      // and nothing is inserted (the insert used to write out of bounds).
      {"x = y = 1\nfor i in range(100000): x = (x, i); y = (y, i)\nd = {x: 1, y: 2}\n",
       "RecursionError: maximum recursion depth exceeded in comparison"},
      {"x = y = 1\nfor i in range(100000): x = (x, i); y = (y, i)\ns = {x}\ns.add(y)\n",
       "RecursionError: maximum recursion depth exceeded in comparison"},
      // Nested frozensets: the element comparison's error ends the set
      // comparison (it went on as "not found" and took exponential time).
      {"a = b = frozenset()\nfor _ in range(100000): a = frozenset([a]); b = frozenset([b])\na == b\n",
       "RecursionError: maximum recursion depth exceeded in comparison"},
      {"eg = ValueError('x')\nfor _ in range(100000): eg = ExceptionGroup('g', [eg])\neg.split(ValueError)\n",
       "RecursionError: maximum recursion depth exceeded in exceptiongroup_split_recursive"},
      {"t = int\nfor _ in range(100000): t = (t,)\nisinstance(1, t)\n",
       "RecursionError: maximum recursion depth exceeded in __instancecheck__"},
      // Native iterators nested in native iterators: each next() a C++ call.
      {"it = iter([1])\nfor _ in range(100000): it = map(abs, it)\nnext(it)\n",
       "RecursionError: maximum recursion depth exceeded while calling a Python object"},
      {"it = iter([1])\nfor _ in range(100000): it = zip(it)\nlist(it)\n",
       "RecursionError: maximum recursion depth exceeded while calling a Python object"},
      // Cancelling 10,000 nested gathers: CPython's cancel recurses in Python.
      {"import asyncio\nasync def main():\n    g = asyncio.ensure_future(asyncio.sleep(10))\n"
       "    for i in range(10000): g = asyncio.gather(g)\n    await asyncio.sleep(0)\n    g.cancel()\n"
       "asyncio.run(main())\n",
       "RecursionError: maximum recursion depth exceeded while calling a Python object"},
  };
  for (const Case& c : cases) {
    INFO(c.src);
    auto r = run(c.src);
    CHECK(r.exit_code == 1);
    CHECK(last_line(r.err) == c.last);
  }
  // The guard unwinds completely: after a RecursionError, as deep a walk as
  // before fits again (the depth counter is back where it was).
  auto r = run(
      "import sys\n"
      "def depth(n=0):\n"
      "    try:\n"
      "        return depth(n + 1)\n"
      "    except RecursionError:\n"
      "        return n\n"
      "a = []\na.append(a)\n"
      "before = depth()\n"
      "for _ in range(3):\n"
      "    try:\n"
      "        a == [a]\n"
      "    except RecursionError:\n"
      "        pass\n"
      "print(before == depth(), before > 100, sys.getrecursionlimit() >= before)\n");
  CHECK(r.out == "True True True\n");
}
