// trace/codec.h: a trace as bytes (the page's Web Worker hands its runs to
// the page this way). Every preset's trace, encoded and decoded, is the same
// trace in every field the views read; damaged bytes are refused, never
// read past their end.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "app/script_run.h"
#include "trace/codec.h"
#include "trace/replay.h"

namespace app = ts::app;
using namespace ts::trace;

namespace {

// Every field of the trace, derived views included, as one comparable text.
std::string dump(const Trace& tr) {
  std::string s;
  auto num = [&](double v) {
    char b[40];
    std::snprintf(b, sizeof b, "%.17g ", v);
    s += b;
  };
  auto n = [&](uint64_t v) { s += std::to_string(v) + " "; };
  for (const Event& e : tr.events()) num(e.t), n(e.task), n(e.obj), n(e.kind);
  s += "\ntasks\n";
  for (const TaskInfo& t : tr.tasks()) {
    s += t.name + "|" + t.detail + "|";
    n(t.parent), num(t.created), num(t.finished), n(uint64_t(t.how));
    for (const Segment& g : t.segs) num(g.t0), num(g.t1), n(uint64_t(g.state)), n(g.done_how), n(g.flags), n(g.prim);
    for (uint32_t p : t.prints) n(p);
    for (auto [ev, line] : t.lines) n(ev), n(line);
    s += "\n";
  }
  s += "prims\n";
  for (const PrimInfo& p : tr.prims()) {
    s += p.name + "|";
    n(uint64_t(p.kind)), n(p.capacity), n(p.inside_now), n(p.waiting_now), n(p.max_inside), n(p.max_waiting);
    for (const Stay& st : p.stays) n(st.task), n(st.slot), num(st.wait0), num(st.enter), num(st.leave), n(st.gave_up);
    for (const Occupancy& o : p.occ) num(o.t), n(o.inside), n(o.waiting);
    for (uint32_t m : p.max_prefix) n(m);
    for (uint8_t u : p.slot_used) n(u);
    s += "\n";
  }
  s += "console\n";
  for (const ConsoleLine& c : tr.console()) num(c.t), n(c.task), s += c.text + "\n";
  s += "api\n";
  for (const ApiEvent& a : tr.api()) {
    n(uint64_t(a.kind)), n(a.status), n(uint64_t(a.id)), n(uint64_t(a.attempt)), num(a.value), n(uint64_t(a.tokens));
    s += a.source + "|" + a.cause + "|";
    n(a.task), num(a.t);
    s += "\n";
  }
  for (const ApiCounts& c : tr.api_counts())
    num(c.t), n(c.requests), n(c.accepted), n(c.rejected), n(c.rate_limited), n(c.answered), n(c.server_errors),
        n(c.failed), n(c.cancelled), n(c.attempts), n(c.retries), n(c.gave_up), n(c.done), n(c.in_flight),
        n(c.max_in_flight);
  s += "services\n";
  for (const ServiceLimits& l : tr.services())
    s += l.name + "|" + l.enforce + "|", num(l.rpm), num(l.tpm), num(l.max_concurrency), num(l.capacity), num(l.t);
  s += "\nend ";
  num(tr.end_time());
  n(tr.finished());
  s += tr.outcome();
  return s;
}

}  // namespace

TEST_CASE("every preset's trace survives encode and decode in every field", "[trace][codec]") {
  for (const app::Preset& p : app::presets()) {
    INFO(p.id);
    Trace tr;
    app::record_script(p.code, p.id + ".py", tr);
    REQUIRE(tr.finished());
    const std::string bytes = encode(tr);
    Trace back;
    std::string err;
    REQUIRE(decode(bytes, back, err));
    CHECK(err.empty());
    CHECK(dump(back) == dump(tr));
    // and a prefix is the same whichever way it was made
    const size_t half = tr.events().size() / 2;
    CHECK(dump(prefix(back, half)) == dump(prefix(tr, half)));
  }
}

TEST_CASE("a trace's source lines and services' limits are carried", "[trace][codec]") {
  const app::Preset* p = app::find_preset("13_llm_batch_tuner");
  REQUIRE(p);
  Trace tr;
  app::record_script(p->code, "llm.py", tr);
  REQUIRE(!tr.services().empty());
  size_t lines = 0;
  for (const TaskInfo& t : tr.tasks()) lines += t.lines.size();
  REQUIRE(lines > 0);
  Trace back;
  std::string err;
  REQUIRE(decode(encode(tr), back, err));
  CHECK(back.services().size() == tr.services().size());
  CHECK(back.tasks().back().lines == tr.tasks().back().lines);
}

TEST_CASE("damaged trace bytes are refused with a reason", "[trace][codec]") {
  Trace tr;
  app::record_script("import asyncio\nasync def w(i):\n    await asyncio.sleep(i)\n    print(i)\n"
                     "async def main():\n    s = asyncio.Semaphore(1)\n    async with s:\n"
                     "        await asyncio.gather(*(w(i) for i in range(3)))\nasyncio.run(main())\n",
                     "small.py", tr);
  const std::string bytes = encode(tr);
  Trace back;
  std::string err;
  CHECK_FALSE(decode("", back, err));
  CHECK(err == "not a Turnstile trace");
  // every cut short of the end is refused (and never read past)
  for (size_t cut = 8; cut < bytes.size(); ++cut) {
    err.clear();
    REQUIRE_FALSE(decode(std::string_view(bytes).substr(0, cut), back, err));
    REQUIRE(err.rfind("damaged trace: ", 0) == 0);
    REQUIRE(back.events().empty());
  }
  // any single byte changed: a trace or a refusal, never a crash (ASan runs this)
  size_t refused = 0;
  for (size_t i = 8; i < bytes.size(); ++i) {
    std::string b = bytes;
    b[i] = static_cast<char>(b[i] ^ 0x5a);
    refused += !decode(b, back, err);
  }
  CHECK(refused > 0);
  CHECK(decode(bytes, back, err));  // the bytes themselves are fine
}

TEST_CASE("a trace whose time goes back is refused: the views bisect times", "[trace][codec]") {
  auto f64 = [](double v) {
    char b[8];
    std::memcpy(b, &v, 8);
    return std::string(b, 8);
  };
  // TaskCreate(t=5, "A", parent kNone = 0xFFFFFF as a varint, kind Task), TaskRun(t=1, task 0), Finish(t=5, "")
  const std::string none = "\xff\xff\xff\x07";
  std::string b = std::string("TSTRACE2") + '\x01' + f64(5.0) + '\x01' + 'A' + none + '\x00';
  Trace back;
  std::string err;
  REQUIRE(decode(b + '\x12' + f64(5.0) + '\x00', back, err));  // a well-formed one first
  CHECK(back.tasks().size() == 1);
  CHECK_FALSE(decode(b + '\x03' + f64(1.0) + '\x00' + '\x12' + f64(5.0) + '\x00', back, err));
  CHECK(err == "damaged trace: time goes back");
  std::string odd = b;
  odd.back() = '\x07';  // a kind past Process
  CHECK_FALSE(decode(odd + '\x12' + f64(5.0) + '\x00', back, err));
  CHECK(err == "damaged trace: task kind");
}
