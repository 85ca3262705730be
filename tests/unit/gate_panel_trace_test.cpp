// What the trace knows for the gate panel and "Right now": asyncio.Queue's
// items after each put and get, and who waits to get, to put or in join();
// the names gates get (after their expression, "#2" when a name is bound
// again); and a task killed by asyncio.run's end told from one cancelled.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/script_run.h"
#include "trace/codec.h"
#include "trace/replay.h"
#include "trace/trace.h"

using namespace ts;
using V = std::vector<std::string>;

namespace {

V names(const trace::Trace& tr, const std::vector<trace::TaskId>& ids) {
  V out;
  for (trace::TaskId id : ids) out.push_back(tr.tasks()[id].name);
  return out;
}

trace::PrimId prim_named(const trace::Trace& tr, const std::string& name) {
  for (trace::PrimId p = 0; p < tr.prims().size(); ++p)
    if (tr.prims()[p].name == name) return p;
  FAIL("no primitive " << name);
  return 0;
}

// A consumer waits for items from t = 0; at t = 0.25 two producers put 3
// items each into a queue of maxsize 2; the consumer takes one a second;
// main waits in join().
const char* kPipeline =
    "import asyncio\n"
    "async def producer(q, n):\n"
    "    await asyncio.sleep(0.25)\n"
    "    for i in range(3):\n"
    "        await q.put((n, i))\n"
    "async def consumer(q):\n"
    "    while True:\n"
    "        item = await q.get()\n"
    "        await asyncio.sleep(1)\n"
    "        q.task_done()\n"
    "async def main():\n"
    "    q = asyncio.Queue(maxsize=2)\n"
    "    c = asyncio.create_task(consumer(q), name='consumer')\n"
    "    ps = [asyncio.create_task(producer(q, n), name=f'producer-{n}') for n in range(2)]\n"
    "    await asyncio.gather(*ps)\n"
    "    await q.join()\n"
    "    c.cancel()\n"
    "asyncio.run(main())\n";

}  // namespace

TEST_CASE("a queue's items and its waiting putters, getters and joiners", "[queue_trace]") {
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(kPipeline, "pipeline.py", tr);
  REQUIRE(r.status == vm::RunOutcome::Ok);
  const trace::PrimId q = prim_named(tr, "q");
  CHECK(tr.prims()[q].kind == trace::PrimKind::Queue);
  CHECK(tr.prims()[q].capacity == 2);
  CHECK(tr.prims()[q].max_items == 2);
  // t = 0.1: nothing put yet; the consumer waits in get()
  trace::QueueSnapshot s = tr.queue_at(q, 0.1);
  CHECK(s.items == 0);
  CHECK(names(tr, s.getters) == V{"consumer"});
  CHECK(s.putters.empty());
  // t = 0.5: the consumer took one item and sleeps; producer-0 put its third
  // into the room that made; the queue is full and producer-1 waits to put
  s = tr.queue_at(q, 0.5);
  CHECK(s.items == 2);
  CHECK(names(tr, s.putters) == V{"producer-1"});
  CHECK(s.getters.empty());
  // t = 5.5: everything was put; main waits in join() while the consumer works
  s = tr.queue_at(q, 5.5);
  CHECK(s.items == 0);
  CHECK(s.putters.empty());
  CHECK(names(tr, s.joiners) == V{"Task-1"});
  // the end: join() returned, the consumer was cancelled while waiting in get()
  s = tr.queue_at(q, tr.end_time());
  CHECK(s.joiners.empty());
  CHECK(s.getters.empty());
  // the step-by-event text says which side a task waits on
  bool said_put = false, said_level = false;
  for (size_t i = 0; i < tr.events().size(); ++i) {
    const std::string e = trace::describe_event(tr, i);
    said_put |= e == "producer-0 waits to put into q (it is full)";
    said_level |= e == "q holds 2 items";
  }
  CHECK(said_put);
  CHECK(said_level);
}

TEST_CASE("a queue's events survive the codec and an instant's replay", "[queue_trace]") {
  trace::Trace tr;
  REQUIRE(app::record_script(kPipeline, "pipeline.py", tr).status == vm::RunOutcome::Ok);
  trace::Trace back;
  std::string err;
  REQUIRE(trace::decode(trace::encode(tr), back, err));
  const trace::PrimId q = prim_named(back, "q");
  for (double t : {0.0, 0.1, 0.5, 2.5, 5.5, 6.25}) {
    const trace::QueueSnapshot a = tr.queue_at(q, t), b = back.queue_at(q, t);
    CHECK(a.items == b.items);
    CHECK(a.getters == b.getters);
    CHECK(a.putters == b.putters);
    CHECK(a.joiners == b.joiners);
  }
  // the prefix of the run at every event agrees with the full run where they overlap
  const trace::Trace half = trace::prefix(tr, tr.events().size() / 2);
  const double t = half.events().back().t;
  CHECK(half.prims()[q].levels.size() <= tr.prims()[q].levels.size());
  CHECK(half.queue_at(q, t - 1e-9).items == tr.queue_at(q, t - 1e-9).items);
}

TEST_CASE("gates are named after their expression, and #2 when a name is bound again", "[queue_trace]") {
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(
      "import asyncio\n"
      "class Pool:\n"
      "    def __init__(self):\n"
      "        self.sem = asyncio.Semaphore(2)\n"
      "async def use(g):\n"
      "    async with g:\n"
      "        await asyncio.sleep(0.1)\n"
      "async def main():\n"
      "    p = Pool()\n"
      "    sem = asyncio.Semaphore(1)\n"
      "    await use(sem)\n"
      "    sem = asyncio.Semaphore(3)\n"
      "    await use(sem)\n"
      "    await use(p.sem)\n"
      "asyncio.run(main())\n",
      "names.py", tr);
  REQUIRE(r.status == vm::RunOutcome::Ok);
  V got;
  for (const trace::PrimInfo& p : tr.prims()) got.push_back(p.name + " " + std::to_string(p.capacity));
  CHECK(got == V{"sem 1", "sem #2 3", "self.sem 2"});
}

TEST_CASE("a task still pending when main returns is killed by asyncio.run's end, not cancelled", "[queue_trace]") {
  trace::Trace tr;
  const vm::RunOutcome r = app::record_script(
      "import asyncio\n"
      "async def forever():\n"
      "    await asyncio.sleep(100)\n"
      "async def main():\n"
      "    a = asyncio.create_task(forever(), name='cancelled')\n"
      "    asyncio.create_task(forever(), name='left')\n"
      "    await asyncio.sleep(1)\n"
      "    a.cancel()\n"
      "    await asyncio.sleep(1)\n"
      "asyncio.run(main())\n",
      "killed.py", tr);
  REQUIRE(r.status == vm::RunOutcome::Ok);
  V how;
  for (const trace::TaskInfo& t : tr.tasks()) how.push_back(t.name + " " + trace::done_how_name(t.how));
  CHECK(how == V{"Task-1 ok", "cancelled cancelled", "left killed"});
  CHECK(tr.tasks()[2].finished == 2.0);
  // through the codec too
  trace::Trace back;
  std::string err;
  REQUIRE(trace::decode(trace::encode(tr), back, err));
  CHECK(back.tasks()[2].how == trace::DoneHow::Killed);
}
