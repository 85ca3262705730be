// Code::max_stack, which the compiler computes from the opcodes' stack
// effects (code/opcodes.h), against the stack the VM really uses: a frame
// reserves max_stack and counts in Code::stack_overflows when it outgrows
// it. So max_stack is never too small (every conformance script), and on
// programs that run their deepest paths it is exactly the peak (with one
// slot less, the frame overflows).
#include <catch2/catch.hpp>

#include "test_files.h"


#include <algorithm>
#include <string>
#include <vector>

#include "script/compile/compiler.h"
#include "script/importer.h"
#include "script/front/parser.h"
#include "script/scenario.h"

using namespace ts;
using namespace ts::vm;

namespace {

// Null on a syntax or subset error.
Ref<Code> try_compile(const std::string& src) {
  ast::Module mod;
  ast::SyntaxError se;
  if (!parse(src, mod, se)) return nullptr;
  CompileError ce;
  return compile_module(mod, "t.py", ts::vm::kImportable, ce);
}

Ref<Code> compile(const std::string& src) {
  Ref<Code> code = try_compile(src);
  if (!code) FAIL("does not compile");
  return code;
}

void collect(Code* c, std::vector<Code*>& out) {
  out.push_back(c);
  for (auto& k : c->consts)
    if (Code* sub = as<Code>(k)) collect(sub, out);
}

std::vector<Code*> codes_of(const Ref<Code>& code) {
  std::vector<Code*> out;
  collect(code.get(), out);
  return out;
}

// Runs the module on a fresh loop and VM.
void run(const Ref<Code>& code) {
  for (Code* c : codes_of(code)) c->stack_overflows = 0;
  Loop loop;
  VM vm(loop);
  install_runtime(vm);
  vm.write = [](std::string_view) {};
  vm.exec_module(code);
  vm.error = Value();
}

std::string overflowed(const Ref<Code>& code) {
  std::string out;
  for (Code* c : codes_of(code))
    if (c->stack_overflows) out += c->qualname + " (max_stack " + std::to_string(c->max_stack) + ") ";
  return out;
}

// Each program runs the deepest path of each of its code objects.
const char* const kPrograms[] = {
    // calls of every kind, displays, unpacking, comprehensions, f-strings
    "def f(a, b=2, *args, c=3, **kw):\n"
    "    return a + b * (c - len(args)) + len(kw)\n"
    "print(f(1), f(1, 2, 3, 4, c=5, d=6), f(*[1, 2], **{'c': 1}), max(1, f(0), key=abs))\n"
    "x = [i * j for i in range(3) for j in range(i) if i != j]\n"
    "d = {k: v for k, v in zip('ab', [1, 2])}\n"
    "s = {1, 2, *x}\n"
    "t = (1, *x, 2)\n"
    "a, *b, c = t\n"
    "p, q = q, p = 1, 2\n"
    "print(x, d, sorted(s), t, a, b, c, f'{a!r:>{c}}{c:{a}}', {**d, 'z': 1}, [*t, *x])\n"
    "o = [1, 2, 3]\n"
    "o[0] += 3\n"
    "o[1:2] = [o[::-1][0]]\n"
    "print(o, o[0:1], 1 < o[0] <= 4 < 5, not o, -o[0], o[0] if o else o[1])\n",
    // classes, methods, with, try/except/finally, loops
    "class CM:\n"
    "    def __enter__(self): return self\n"
    "    def __exit__(self, t, v, tb): return True\n"
    "class A:\n"
    "    x = 1\n"
    "    def m(self, y, *, z=0): return self.x + y + z\n"
    "with CM() as c:\n"
    "    raise ValueError('x')\n"
    "try:\n"
    "    try:\n"
    "        raise KeyError(A().m(1, z=2))\n"
    "    finally:\n"
    "        print('fin')\n"
    "except (KeyError, TypeError) as e:\n"
    "    print('caught', e)\n"
    "for i in range(3):\n"
    "    if i == 1:\n"
    "        continue\n"
    "    print(i, A().m(i) if i else -i)\n"
    "else:\n"
    "    print('done')\n",
    // closures, lambdas, decorators, global/nonlocal
    "def deco(fn):\n"
    "    def wrap(*a, **k):\n"
    "        return fn(*a, **k) + 1\n"
    "    return wrap\n"
    "@deco\n"
    "def g(n):\n"
    "    total = 0\n"
    "    def add(k):\n"
    "        nonlocal total\n"
    "        total += k\n"
    "    for k in range(n):\n"
    "        add(k)\n"
    "    return total\n"
    "print(g(4), sorted([3, 1, 2], key=lambda v: -v))\n",
    // coroutines, tasks, async with
    "import asyncio\n"
    "async def leaf(i):\n"
    "    await asyncio.sleep(0.1)\n"
    "    return i\n"
    "async def main():\n"
    "    async with asyncio.Lock():\n"
    "        r = await asyncio.gather(*[leaf(i) for i in range(3)])\n"
    "    print(r, await leaf(5))\n"
    "asyncio.run(main())\n",
    // generators, yield from, generator expressions
    "def inner(n):\n"
    "    got = yield n\n"
    "    return got\n"
    "def gen(k):\n"
    "    r = yield from inner(k)\n"
    "    yield r, (yield from [1, 2])\n"
    "g = gen(1)\n"
    "print(next(g), g.send(7), next(g), next(g), list(g), list(x * 2 for x in range(3) if x))\n",
    // async for, async generators, async comprehensions
    "import asyncio\n"
    "class A:\n"
    "    def __aiter__(self): return self\n"
    "    async def __anext__(self): raise StopAsyncIteration\n"
    "async def agen():\n"
    "    for i in range(2):\n"
    "        await asyncio.sleep(0)\n"
    "        yield i\n"
    "async def main():\n"
    "    async for x in agen():\n"
    "        print(x)\n"
    "    async for y in A():\n"
    "        pass\n"
    "    else:\n"
    "        print([x async for x in agen()], [await asyncio.sleep(0, i) for i in range(2)])\n"
    "asyncio.run(main())\n",
};

}  // namespace

TEST_CASE("max_stack by hand", "[stack_depth]") {
  // f, 1, 2, 3 on the stack before CALL 3
  CHECK(compile("f(1, 2, 3)\n")->max_stack == 4);
  // [callable, self, 1, names] before CALL_METHOD_KW
  CHECK(compile("o.m(k=1)\n")->max_stack == 4);
  // 1, 2, 3 before BUILD_LIST 3
  CHECK(compile("x = [1, 2, 3]\n")->max_stack == 3);
  // exit, exc, then exit, type, exc, None from WITH_EXCEPT_START
  CHECK(compile("with c:\n    pass\n")->max_stack == 6);
}

TEST_CASE("max_stack is exactly the peak stack depth", "[stack_depth]") {
  for (const char* src : kPrograms) {
    CAPTURE(src);
    Ref<Code> code = compile(src);
    run(code);
    CHECK(overflowed(code).empty());
    for (Code* c : codes_of(code)) {
      if (c->max_stack == 0) continue;
      CAPTURE(c->qualname, c->max_stack);
      c->max_stack--;
      run(code);
      CHECK(c->stack_overflows > 0);
      c->max_stack++;
    }
  }
}

TEST_CASE("max_stack is never too small for the conformance scripts", "[stack_depth]") {
  std::string dir = ts::testing::source_dir(__FILE__) + "/../conformance";
  std::vector<std::string> names = ts::testing::py_files(dir);
  REQUIRE(names.size() > 50);
  for (auto& n : names) {
    CAPTURE(n);
    std::string src;
    REQUIRE(ts::testing::read_file(dir + "/" + n, src));
    Ref<Code> code = try_compile(src);
    if (!code) continue;  // the syntax error scripts
    run(code);
    CHECK(overflowed(code).empty());
  }
}
