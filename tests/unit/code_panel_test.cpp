// The code panel's reading of the code (src/ui/code/): syntax colours that
// survive half-typed code, and the gate zones of `async with <gate>:`.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ui/code/gate_zones.h"
#include "ui/code/highlight.h"

using ts::ui::CodeSpan;
using ts::ui::CodeTok;

namespace {

// "text:kind" for each coloured span, in order
std::vector<std::string> coloured(const std::string& code) {
  static const char* names[] = {"plain", "keyword", "suspend", "constant", "builtin", "string",
                                "number", "comment", "slider", "decorator", "defined"};
  std::vector<std::string> out;
  for (const CodeSpan& s : ts::ui::highlight_python(code)) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.end <= code.size());
    if (s.tok != CodeTok::Plain) out.push_back(code.substr(s.begin, s.end - s.begin) + ":" + names[int(s.tok)]);
  }
  return out;
}

}  // namespace

TEST_CASE("the code's colours: keywords, await, strings, numbers, comments", "[code_panel]") {
  const std::string code =
      "import asyncio\n"
      "CONCURRENCY = 3  # slider: 1..10\n"
      "@dataclass\n"
      "async def worker(i, sem):\n"
      "    async with sem:  # the gate\n"
      "        await asyncio.sleep(0.5)\n"
      "    print(f\"done {i}\", obj.print, None, 1e-3, 0x1F)\n";
  const std::vector<std::string> want = {
      "import:keyword", "3:number",      "# slider: 1..10:slider", "@dataclass:decorator",
      "async:suspend",  "def:keyword",   "worker:defined",         "async:suspend",
      "with:keyword",   "# the gate:comment", "await:suspend",     "0.5:number",
      "print:builtin",  "f\"done {i}\":string", "None:constant",    "1e-3:number",
      "0x1F:number"};
  CHECK(coloured(code) == want);
}

TEST_CASE("the code's colours are in order and never overlap", "[code_panel]") {
  const std::string code = "x = 'a' + \"b\" # c\nasync def f(): await g()\n'''doc\nstring'''\n";
  const std::vector<CodeSpan> spans = ts::ui::highlight_python(code);
  for (size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].end <= spans[i].begin);
  // the triple-quoted string spans two lines as one span
  CHECK(coloured(code).back() == "'''doc\nstring''':string");
}

TEST_CASE("half-typed code still colours: unclosed strings end where the reader expects", "[code_panel]") {
  // an unclosed '...' ends at the line's end: the next line is code again
  CHECK(coloured("s = 'abc\nawait x\n") == std::vector<std::string>{"'abc:string", "await:suspend"});
  // an unclosed triple quote runs to the end (as it would until closed)
  CHECK(coloured("s = \"\"\"abc\nawait x\n") == std::vector<std::string>{"\"\"\"abc\nawait x\n:string"});
  // a trailing backslash, a lone quote, an @ at the end: no span past the text
  for (const char* s : {"'\\", "\"", "@", "0x", "1e", "def", "r'", "#"}) CHECK_NOTHROW(coloured(s));
  // an attribute named like a builtin and the matrix operator are not coloured
  CHECK(coloured("a.len @ b") == std::vector<std::string>{});
}

TEST_CASE("gate zones: the blocks of `async with <gate>:`", "[code_panel]") {
  const std::string code =
      "async def worker(sem, lock):\n"        // 1
      "    print('zone 1')\n"                   // 2
      "    async with sem:\n"                   // 3
      "        print('zone 2')\n"               // 4
      "\n"                                      // 5
      "        # still inside\n"                // 6
      "        await asyncio.sleep(1)\n"        // 7
      "\n"                                      // 8
      "    print('zone 3')\n"                   // 9
      "    async with session.get(u) as r:\n"   // 10: not a gate
      "        pass\n"                          // 11
      "    async with self.sem:\n"              // 12
      "        pass\n"                          // 13
      "    async with lock: await f()\n"        // 14: one line
      "    async with other:\n"                 // 15: not one of the run's gates
      "        pass\n";                         // 16
  const auto zones = ts::ui::gate_zones(code, {"sem", "self.sem", "lock #2"});
  REQUIRE(zones.size() == 3);
  CHECK(zones[0].with_line == 3);
  CHECK(zones[0].first == 4);
  CHECK(zones[0].last == 7);  // to the last non-blank line of the block
  CHECK(zones[0].gate == "sem");
  CHECK(zones[1].with_line == 12);
  CHECK(zones[1].first == 13);
  CHECK(zones[1].gate == "self.sem");
  CHECK(zones[2].with_line == 14);
  CHECK(zones[2].first == 14);
  CHECK(zones[2].last == 14);
  CHECK(zones[2].gate == "lock");  // "lock #2" is the second primitive bound to `lock`
  // no gates in the run: no zones; a block not yet typed: no zone
  CHECK(ts::ui::gate_zones(code, {}).empty());
  CHECK(ts::ui::gate_zones("async with sem:\n", {"sem"}).empty());
  CHECK(ts::ui::gate_zones("async with sem, lock as l:\n    x\n", {"lock"}).size() == 1);
}
