// tenacity's attempts, sleeps and give-ups and tqdm's bars in the trace
// (their progress.* and retry.* events through the one seam,
// modules/python/turnstile/_events.py): counted, told in words, marked on
// the timeline row of the task that made them, kept by the codec and an
// instant's replay, and a tight loop's thousand counts at one time kept as
// one point.
#include <catch2/catch.hpp>

#include <string>

#include "app/script_run.h"
#include "trace/codec.h"
#include "trace/player.h"
#include "trace/replay.h"
#include "trace/trace.h"
#include "ui/timeline/fold.h"

using namespace ts;

namespace {

// "flaky" fails twice then returns; "broken" always fails: tenacity gives up
// after its third attempt. Then a bar over 3 items, half a second each, and
// a tight loop of 1000 at one instant.
const char* kScript =
    "import asyncio\n"
    "from tenacity import retry, stop_after_attempt, wait_fixed\n"
    "from tqdm import tqdm\n"
    "fails = {'flaky': 2, 'broken': 99}\n"
    "@retry(stop=stop_after_attempt(3), wait=wait_fixed(1))\n"
    "async def call(name):\n"
    "    await asyncio.sleep(0.25)\n"
    "    if fails[name] > 0:\n"
    "        fails[name] -= 1\n"
    "        raise ValueError(name)\n"
    "    return name\n"
    "async def main():\n"
    "    a = asyncio.create_task(call('flaky'), name='flaky')\n"
    "    b = asyncio.create_task(call('broken'), name='broken')\n"
    "    print(await asyncio.gather(a, b, return_exceptions=True))\n"
    "    for i in tqdm(range(3), desc='items'):\n"
    "        await asyncio.sleep(0.5)\n"
    "    for i in tqdm(range(1000), desc='tight'):\n"
    "        pass\n"
    "asyncio.run(main())\n";

trace::TaskId task_named(const trace::Trace& tr, const std::string& name) {
  for (trace::TaskId i = 0; i < tr.tasks().size(); ++i)
    if (tr.tasks()[i].name == name) return i;
  FAIL("no task " << name);
  return 0;
}

}  // namespace

TEST_CASE("tenacity's attempts, sleeps and give-ups are in the trace", "[world_marks]") {
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(kScript, "marks.py", tr);
  REQUIRE(r.status == vm::RunOutcome::Ok);
  const trace::ApiCounts c = tr.api_counts().back();
  CHECK(c.tries == 6);        // flaky: 3 (2 failures, then the result); broken: 3
  CHECK(c.try_sleeps == 4);   // 2 each: after attempts 1 and 2
  CHECK(c.try_gave_up == 1);  // broken, after attempt 3
  CHECK(c.requests == 0);     // no service in this run
  // flaky's attempts at 0, 1.25 and 2.5 (0.25 s each, 1 s between)
  const trace::TaskId flaky = task_named(tr, "flaky");
  std::vector<double> starts;
  for (uint32_t i : tr.tasks()[flaky].api)
    if (tr.api()[i].kind == trace::ApiKind::TryAttempt) starts.push_back(tr.api()[i].t);
  CHECK(starts == std::vector<double>{0.0, 1.25, 2.5});
  bool slept = false, gave_up = false;
  for (size_t i = 0; i < tr.events().size(); ++i) {
    const std::string e = trace::describe_event(tr, i);
    slept |= e == "flaky: tenacity sleeps 1 s after attempt 1 of call (ValueError)";
    gave_up |= e == "broken: tenacity stops calling call after attempt 3: gave up after ValueError";
  }
  CHECK(slept);
  CHECK(gave_up);
}

TEST_CASE("the timeline marks retries and give-ups on the row that made them", "[world_marks]") {
  trace::Trace tr;
  REQUIRE(app::record_script(kScript, "marks.py", tr).status == vm::RunOutcome::Ok);
  ui::Folded f;
  ui::fold_rows(tr, ui::FoldView{0, tr.end_time(), 1000, 0, tr.tasks().size()}, f);
  using ui::WorldMark;
  CHECK(f.stats.world[size_t(WorldMark::TryRetry)] == 4);
  CHECK(f.stats.world[size_t(WorldMark::TryAttempt)] == 4);  // attempts 2 and 3 of each
  CHECK(f.stats.world[size_t(WorldMark::GaveUp)] == 1);
  CHECK(f.stats.world[size_t(WorldMark::Refused)] == 0);
  const trace::TaskId broken = task_named(tr, "broken");
  const ui::FoldedRow* row = f.row(broken);
  REQUIRE(row);
  bool cross = false;
  for (uint32_t k = 0; k < row->nworld; ++k) cross |= f.world[row->world0 + k].kind == WorldMark::GaveUp;
  CHECK(cross);
  // zoomed out to 20 px, each row's marks merge, and a merged mark shows the
  // most telling kind: broken's give-up
  ui::fold_rows(tr, ui::FoldView{0, tr.end_time(), 20, 0, tr.tasks().size()}, f);
  const ui::FoldedRow* narrow = f.row(broken);
  REQUIRE(narrow);
  REQUIRE(narrow->nworld >= 1);
  CHECK(f.world[narrow->world0 + narrow->nworld - 1].kind == WorldMark::GaveUp);
}

TEST_CASE("tqdm's bars: counts over time, one point an instant", "[world_marks]") {
  trace::Trace tr;
  REQUIRE(app::record_script(kScript, "marks.py", tr).status == vm::RunOutcome::Ok);
  REQUIRE(tr.bars().size() == 2);
  const trace::ProgressBar& items = tr.bars()[0];
  CHECK(items.desc == "items");
  CHECK(items.unit == "it");
  const double t0 = items.opened;
  CHECK(t0 == Approx(2.75));  // after the gather: broken's third attempt ends at 2.75
  REQUIRE(items.at(t0 + 0.25));
  CHECK(items.at(t0 + 0.25)->n == 0);
  CHECK(items.at(t0 + 0.25)->total == 3);
  CHECK(items.at(t0 + 0.75)->n == 1);
  CHECK(items.at(t0 + 1.25)->n == 2);
  CHECK(items.at(t0 + 1.5)->n == 3);
  CHECK(items.closed == Approx(t0 + 1.5));
  CHECK(items.at(t0 - 0.1) == nullptr);
  // the tight loop: 1000 counts at one instant are one point (and a few events)
  const trace::ProgressBar& tight = tr.bars()[1];
  CHECK(tight.points.size() == 1);
  CHECK(tight.points.back().n == 1000);
  size_t tight_events = 0;
  for (const trace::ProgressEvent& e : tr.progress()) tight_events += e.id == tight.id;
  CHECK(tight_events <= 3);  // open, the counts, close
  // the state JSON at t0 + 0.75 has the bar
  trace::Player pl(&tr);
  pl.command("seek " + trace::json_number(t0 + 0.75), nullptr);
  CHECK(pl.state_json().find("\"progress\":[{\"desc\":\"items\",\"n\":1,\"total\":3,\"closed\":false}]") !=
        std::string::npos);
}

TEST_CASE("bars and tenacity's events survive the codec and an instant's replay", "[world_marks]") {
  trace::Trace tr;
  REQUIRE(app::record_script(kScript, "marks.py", tr).status == vm::RunOutcome::Ok);
  trace::Trace back;
  std::string err;
  REQUIRE(trace::decode(trace::encode(tr), back, err));
  REQUIRE(back.bars().size() == tr.bars().size());
  for (size_t b = 0; b < tr.bars().size(); ++b) {
    CHECK(back.bars()[b].desc == tr.bars()[b].desc);
    CHECK(back.bars()[b].points.size() == tr.bars()[b].points.size());
    CHECK(back.bars()[b].closed == tr.bars()[b].closed);
  }
  CHECK(back.api_counts().back().try_gave_up == 1);
  CHECK(back.tasks()[task_named(back, "flaky")].api.size() == tr.tasks()[task_named(tr, "flaky")].api.size());
  // halfway through the events, the replayed trace has the bars opened by then
  size_t half = 0;
  for (size_t i = 0; i < tr.events().size(); ++i)
    if (tr.events()[i].ev() == trace::EvKind::Progress && tr.progress()[tr.events()[i].obj].n == 2) half = i + 1;
  REQUIRE(half);
  const trace::Trace pre = trace::prefix(tr, half);
  REQUIRE(pre.bars().size() == 1);
  CHECK(pre.bars()[0].points.back().n == 2);
  CHECK(pre.bars()[0].closed < 0);
  // a damaged kind is refused, not read
  std::string bytes = trace::encode(tr);
  trace::Trace bad;
  CHECK(trace::decode(bytes.substr(0, bytes.size() / 2), bad, err) == false);
}

TEST_CASE("a client's raise that tenacity retries is marked as the retry", "[world_marks]") {
  // two calls, one admitted at a time, no SDK retries: the second is refused
  // (429), the client raises RateLimitError and tenacity sleeps 1 s, all at
  // t = 0, then its second attempt gets in
  const char* src =
      "import asyncio\n"
      "import turnstile\n"
      "from openai import AsyncOpenAI, RateLimitError\n"
      "from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed\n"
      "turnstile.configure(rpm=None, tpm=None, max_concurrency=1, latency=0.5, retry_after=None)\n"
      "client = AsyncOpenAI(max_retries=0)\n"
      "@retry(retry=retry_if_exception_type(RateLimitError), wait=wait_fixed(1), stop=stop_after_attempt(3))\n"
      "async def ask(i):\n"
      "    r = await client.chat.completions.create(model='m', messages=[{'role': 'user', 'content': str(i)}])\n"
      "    return r.choices[0].message.content\n"
      "async def main():\n"
      "    await asyncio.gather(*(asyncio.create_task(ask(i), name=f'ask-{i}') for i in range(2)))\n"
      "asyncio.run(main())\n";
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(src, "raise_retry.py", tr);
  INFO(r.err);
  REQUIRE(r.status == vm::RunOutcome::Ok);
  CHECK(tr.api_counts().back().gave_up == 1);     // the client raised once
  CHECK(tr.api_counts().back().try_sleeps == 1);  // and tenacity slept once
  const trace::TaskId ask1 = task_named(tr, "ask-1");
  ui::Folded f;
  ui::fold_rows(tr, ui::FoldView{0, tr.end_time(), 800, 0, tr.tasks().size()}, f);
  const ui::FoldedRow* row = f.row(ask1);
  REQUIRE(row);
  REQUIRE(row->nworld >= 1);
  // the raise and the sleep are one mark (same instant), shown as the retry
  const ui::WorldMarker& first = f.world[row->world0];
  CHECK(first.count >= 2);
  CHECK(first.kind == ui::WorldMark::TryRetry);
  CHECK(f.stats.world[size_t(ui::WorldMark::GaveUp)] == 0);  // tenacity never gave up
}
