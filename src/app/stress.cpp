#include "app/stress.h"

#include <string>
#include <vector>

#include "core/asyncio.h"
#include "trace/recorder.h"

namespace ts::app {

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
  p.explanation = "A stress test for the timeline: only visible rows are drawn, segments "
                  "narrower than a pixel are folded together (waits at the gate always stay "
                  "visible). Zoom with the wheel, pan by dragging.";
  p.notice = "The gate never holds more than its capacity; the queue grows while tasks "
             "arrive faster than the gate lets them through.";
  return p;
}

}  // namespace ts::app
