#include "app/example1.h"

#include <string>
#include <vector>

#include "core/asyncio.h"
#include "trace/recorder.h"

namespace ts::app {

const char* const kExample1Source = R"PY(import asyncio
from asyncio import Semaphore

async def worker(name: str, sem: Semaphore):
    print(f"{name}: Started! Approaching the gate...")
    async with sem:
        print(f"{name}: Inside the gate! Working on expensive task...")
        await asyncio.sleep(2)
        print(f"{name}: Finished expensive work, exiting gate.")
    print(f"{name}: Past the gate, all done!")

async def main():
    sem = Semaphore(3)
    coros = [worker(f"Worker-{i}", sem) for i in range(6)]
    await asyncio.gather(*coros)

asyncio.run(main())
)PY";

namespace {

Async worker(Loop& loop, trace::Recorder& rec, std::string name, Ref<Semaphore> sem) {
  rec.print(name + ": Started! Approaching the gate...");
  co_await sem->acquire();  // async with sem:
  bool failed = false;
  try {
    rec.print(name + ": Inside the gate! Working on expensive task...");
    co_await sleep(loop, 2.0);
    rec.print(name + ": Finished expensive work, exiting gate.");
  } catch (...) {
    failed = true;
    sem->release();
    throw;
  }
  if (!failed) sem->release();
  rec.print(name + ": Past the gate, all done!");
  co_return Value();
}

Async main_coro(Loop& loop, trace::Recorder& rec) {
  Ref<Semaphore> sem = make<Semaphore>(loop, 3, "sem");
  // gather(*coros) wraps each coroutine in a task, in order; we create the
  // tasks ourselves only to name them after their worker.
  std::vector<Value> tasks;
  for (int i = 0; i < 6; ++i) {
    std::string name = "Worker-" + std::to_string(i);
    Async w = worker(loop, rec, name, sem);
    tasks.push_back(Value::object(loop.create_task(std::move(w).named("worker"), name)));
  }
  co_await gather(loop, tasks);
  co_return Value();
}

}  // namespace

void run_example1(trace::Trace& out) {
  out.clear();
  Loop loop;
  trace::Recorder rec(loop, out);
  loop.set_observer(&rec);
  Async m = main_coro(loop, rec);
  RunResult r = loop.run_main(std::move(m).named("main"));
  rec.finish(r);
  loop.set_observer(nullptr);
  if (!out.tasks().empty()) out.rename_task(0, "main", "main");
}

ui::PageInfo example1_info() {
  ui::PageInfo p;
  p.title = "Example 1: six workers, one gate";
  p.summary = "asyncio.Semaphore(3) lets at most 3 workers inside at once; each works 2 s inside.";
  p.explanation =
      "Six workers start at t = 0. The semaphore is the gate: `async with sem:` lets three in; "
      "the others wait at the gate until someone leaves.\n\n"
      "Watch the console: Worker-0 prints \"Inside the gate\" before Worker-1 even starts. "
      "Taking a free semaphore does not yield to the event loop, so each of the first three "
      "workers runs straight through the gate until its sleep. Workers 3-5 find the gate full "
      "and wait. At t = 2 s the first three leave and the waiting ones get in, in arrival "
      "order; at t = 4 s everyone is done.\n\n"
      "Python source:\n\n" + std::string(kExample1Source);
  p.notice =
      "Worker-0 prints \"Inside the gate\" before Worker-1 even starts: taking a free "
      "semaphore does not yield to the event loop, so each of the first three workers runs "
      "straight through the gate until it sleeps. Workers 3-5 find the gate full and wait. "
      "At t = 2 s the first three leave and the waiting ones get in, in arrival order.";
  return p;
}

namespace {

struct Lcg {  // small deterministic generator (not Python's random)
  uint64_t x;
  double next() {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(x >> 11) * (1.0 / 9007199254740992.0);
  }
};

Async stress_worker(Loop& loop, trace::Recorder& rec, std::string name, Ref<Semaphore> sem, double before,
                    double inside) {
  co_await sleep(loop, before);
  co_await sem->acquire();
  try {
    co_await sleep(loop, inside);
  } catch (...) {
    sem->release();
    throw;
  }
  sem->release();
  rec.print(name + ": done");
  co_return Value();
}

Async stress_main(Loop& loop, trace::Recorder& rec, int workers, int slots) {
  Ref<Semaphore> sem = make<Semaphore>(loop, slots, "sem");
  Lcg rng{12345};
  std::vector<Value> tasks;
  tasks.reserve(static_cast<size_t>(workers));
  for (int i = 0; i < workers; ++i) {
    std::string name = "Worker-" + std::to_string(i);
    double before = 0.1 + 2.0 * rng.next();
    double inside = 0.05 + 0.95 * rng.next();
    tasks.push_back(Value::object(
        loop.create_task(stress_worker(loop, rec, name, sem, before, inside).named("worker"), name)));
  }
  co_await gather(loop, tasks);
  co_return Value();
}

}  // namespace

void run_stress(trace::Trace& out, int workers, int slots) {
  out.clear();
  Loop loop;
  trace::Recorder rec(loop, out);
  loop.set_observer(&rec);
  Async m = stress_main(loop, rec, workers, slots);
  RunResult r = loop.run_main(std::move(m).named("main"));
  rec.finish(r);
  loop.set_observer(nullptr);
  if (!out.tasks().empty()) out.rename_task(0, "main", "main");
}

ui::PageInfo stress_info(int workers, int slots) {
  ui::PageInfo p;
  p.title = "Load test: " + std::to_string(workers) + " tasks, Semaphore(" + std::to_string(slots) + ")";
  p.summary = "Each task sleeps 0.1-2.1 s, then queues for the gate and works 0.05-1 s inside.";
  p.explanation = "A stress test for the timeline: only visible rows are drawn and segments "
                  "narrower than a pixel are merged. Zoom with the wheel, pan by dragging.";
  p.notice = "The gate never holds more than its capacity; the queue grows while tasks "
             "arrive faster than the gate lets them through.";
  return p;
}

}  // namespace ts::app
