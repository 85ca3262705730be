// Trace recorder and playback: derived intervals, gate occupancy, console,
// the state JSON, driven by small scenarios on the core loop.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/asyncio.h"
#include "trace/export.h"
#include "trace/player.h"
#include "trace/recorder.h"
#include "trace/replay.h"
#include "trace/trace.h"

using namespace ts;
using trace::State;
using trace::TaskId;

namespace {

// The seed's Example 1 (presets/01_example1_gate.py) written on the core.
Async ex1_worker(Loop& loop, trace::Recorder& rec, std::string name, Ref<Semaphore> sem) {
  rec.print(name + ": Started! Approaching the gate...");
  co_await sem->acquire();
  rec.print(name + ": Inside the gate! Working on expensive task...");
  co_await sleep(loop, 2.0);
  rec.print(name + ": Finished expensive work, exiting gate.");
  sem->release();
  rec.print(name + ": Past the gate, all done!");
  co_return Value();
}

Async ex1_main(Loop& loop, trace::Recorder& rec, int workers, int slots) {
  Ref<Semaphore> sem = make<Semaphore>(loop, slots, "sem");
  std::vector<Value> tasks;
  for (int i = 0; i < workers; ++i) {
    std::string name = "Worker-" + std::to_string(i);
    tasks.push_back(Value::object(loop.create_task(ex1_worker(loop, rec, name, sem), name)));
  }
  co_await gather(loop, tasks);
  co_return Value();
}

void record_ex1(trace::Trace& tr, int workers = 6, int slots = 3) {
  Loop loop;
  trace::Recorder rec(loop, tr);
  loop.set_observer(&rec);
  RunResult r = loop.run_main(ex1_main(loop, rec, workers, slots));
  rec.finish(r);
  loop.set_observer(nullptr);
}

TaskId find(const trace::Trace& tr, const std::string& name) {
  for (TaskId i = 0; i < tr.tasks().size(); ++i)
    if (tr.tasks()[i].name == name) return i;
  FAIL("no task " << name);
  return trace::kNone;
}

// Segments of a task with positive duration (instants dropped), as text.
std::string lanes(const trace::Trace& tr, TaskId id) {
  std::string o;
  for (const auto& s : tr.tasks()[id].segs) {
    if (s.t1 <= s.t0) continue;
    char buf[64];
    if (s.t1 > 1e300) std::snprintf(buf, sizeof buf, "%s@%g ", trace::state_name(s.state), s.t0);
    else std::snprintf(buf, sizeof buf, "%s[%g,%g) ", trace::state_name(s.state), s.t0, s.t1);
    o += buf;
  }
  return o;
}

}  // namespace

TEST_CASE("trace events are 16 bytes", "[trace]") { STATIC_REQUIRE(sizeof(trace::Event) == 16); }

TEST_CASE("Example 1: per-task intervals", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  REQUIRE(tr.finished());
  CHECK(tr.outcome() == "completed");
  CHECK(tr.end_time() == 4.0);
  REQUIRE(tr.tasks().size() == 7);  // main + 6 workers

  TaskId w0 = find(tr, "Worker-0"), w3 = find(tr, "Worker-3"), w5 = find(tr, "Worker-5");
  CHECK(lanes(tr, w0) == "inside[0,2) done@2 ");
  CHECK(lanes(tr, w3) == "waiting[0,2) inside[2,4) done@4 ");
  CHECK(lanes(tr, w5) == "waiting[0,2) inside[2,4) done@4 ");
  CHECK(lanes(tr, 0) == "blocked[0,4) done@4 ");  // main awaits gather

  // worker 3 waits at the gate from 0 to 2, is inside from 2 to 4
  CHECK(tr.state_at(w3, 0.0) == State::Waiting);
  CHECK(tr.state_at(w3, 1.999) == State::Waiting);
  CHECK(tr.state_at(w3, 2.0) == State::Inside);
  CHECK(tr.state_at(w3, 3.5) == State::Inside);
  CHECK(tr.state_at(w3, 4.0) == State::Done);
  const trace::Segment* s = tr.segment_at(w3, 1.0);
  REQUIRE(s);
  CHECK(s->t0 == 0.0);
  CHECK(s->t1 == 2.0);
  CHECK(tr.prims()[s->prim].name == "sem");
  CHECK(tr.state_at(w0, 2.0) == State::Done);
  CHECK(tr.all_done_at(4.0));
  CHECK_FALSE(tr.all_done_at(3.0));
  // every worker ran at t=0 (a zero-length running instant is kept)
  CHECK(tr.tasks()[w0].segs.front().state == State::Running);
}

TEST_CASE("Example 1: the gate's occupancy", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  REQUIRE(tr.prims().size() == 1);
  const trace::PrimInfo& p = tr.prims()[0];
  CHECK(p.kind == trace::PrimKind::Semaphore);
  CHECK(p.capacity == 3);
  CHECK(tr.max_inside_until(0, 4.0) == 3);
  for (const auto& o : p.occ) CHECK(o.inside <= 3);
  CHECK(tr.inside_at(0, 1.0) == 3);
  CHECK(tr.inside_at(0, 3.0) == 3);
  CHECK(tr.inside_at(0, 4.0) == 0);

  trace::GateSnapshot g = tr.gate_at(0, 1.0);
  REQUIRE(g.slots.size() == 3);
  std::vector<std::string> inside, queue;
  for (TaskId id : g.slots) inside.push_back(id == trace::kNone ? "-" : tr.tasks()[id].name);
  for (TaskId id : g.queue) queue.push_back(tr.tasks()[id].name);
  CHECK(inside == std::vector<std::string>{"Worker-0", "Worker-1", "Worker-2"});
  CHECK(queue == std::vector<std::string>{"Worker-3", "Worker-4", "Worker-5"});
  g = tr.gate_at(0, 2.5);
  CHECK(g.queue.empty());
  inside.clear();
  for (TaskId id : g.slots) inside.push_back(id == trace::kNone ? "-" : tr.tasks()[id].name);
  CHECK(inside == std::vector<std::string>{"Worker-3", "Worker-4", "Worker-5"});
  // 12 stays: 6 (3 with a wait) ...
  CHECK(p.stays.size() == 6);
}

TEST_CASE("Example 1: console lines in CPython's order with virtual times", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  const std::vector<std::string> expected = {
      "Worker-0: Started! Approaching the gate...",
      "Worker-0: Inside the gate! Working on expensive task...",
      "Worker-1: Started! Approaching the gate...",
      "Worker-1: Inside the gate! Working on expensive task...",
      "Worker-2: Started! Approaching the gate...",
      "Worker-2: Inside the gate! Working on expensive task...",
      "Worker-3: Started! Approaching the gate...",
      "Worker-4: Started! Approaching the gate...",
      "Worker-5: Started! Approaching the gate...",
      "Worker-0: Finished expensive work, exiting gate.",
      "Worker-0: Past the gate, all done!",
      "Worker-1: Finished expensive work, exiting gate.",
      "Worker-1: Past the gate, all done!",
      "Worker-2: Finished expensive work, exiting gate.",
      "Worker-2: Past the gate, all done!",
      "Worker-3: Inside the gate! Working on expensive task...",
      "Worker-4: Inside the gate! Working on expensive task...",
      "Worker-5: Inside the gate! Working on expensive task...",
      "Worker-3: Finished expensive work, exiting gate.",
      "Worker-3: Past the gate, all done!",
      "Worker-4: Finished expensive work, exiting gate.",
      "Worker-4: Past the gate, all done!",
      "Worker-5: Finished expensive work, exiting gate.",
      "Worker-5: Past the gate, all done!",
  };
  std::vector<std::string> got;
  for (const auto& l : tr.console()) got.push_back(l.text);
  CHECK(got == expected);
  CHECK(tr.console_count_at(0.0) == 9);
  CHECK(tr.console_count_at(1.99) == 9);
  CHECK(tr.console_count_at(2.0) == 18);
  CHECK(tr.console_count_at(4.0) == 24);
  CHECK(tr.console()[9].t == 2.0);
  CHECK(tr.console()[9].task == find(tr, "Worker-0"));
}

TEST_CASE("Player: cursor, step, run_to_end and the state JSON", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  trace::Player pl(&tr);
  CHECK(pl.cursor() == 0.0);
  CHECK(pl.end() == 4.0);
  std::string j = pl.state_json();
  CHECK(j.find("\"time\":0,") != std::string::npos);
  CHECK(j.find("\"done\":false") != std::string::npos);
  CHECK(j.find("{\"name\":\"Worker-3\",\"state\":\"waiting\",\"coro\":\"coroutine\"}") != std::string::npos);
  CHECK(j.find("\"max_inside\":3") != std::string::npos);

  REQUIRE(pl.command("step"));
  CHECK(pl.cursor() == 2.0);
  REQUIRE(pl.command("step"));
  CHECK(pl.cursor() == 4.0);
  REQUIRE(pl.command("restart"));
  CHECK(pl.cursor() == 0.0);
  REQUIRE(pl.command("speed 2"));
  CHECK(pl.speed() == 2.0);
  REQUIRE(pl.command("play"));
  pl.update(0.5);  // 1 virtual second
  CHECK(pl.cursor() == Approx(1.0));
  REQUIRE(pl.command("pause"));
  pl.update(0.5);
  CHECK(pl.cursor() == Approx(1.0));
  REQUIRE(pl.command("seek 2.5"));
  CHECK(pl.cursor() == 2.5);
  std::string err;
  CHECK_FALSE(pl.command("fly", &err));
  CHECK(err.find("fly") != std::string::npos);

  REQUIRE(pl.command("run_to_end"));
  j = pl.state_json();
  CHECK(j.find("\"time\":4,") != std::string::npos);
  CHECK(j.find("\"done\":true") != std::string::npos);
  CHECK(j.find("\"state\":\"waiting\"") == std::string::npos);
  CHECK(j.find("\"Worker-5: Past the gate, all done!\"]") != std::string::npos);
  // playing past the end stops there
  pl.play();
  CHECK(pl.cursor() == 0.0);
  pl.update(100);
  CHECK(pl.cursor() == 4.0);
  CHECK_FALSE(pl.playing());
}

TEST_CASE("A smaller gate: Semaphore(1), 3 workers queue in FIFO order", "[trace]") {
  trace::Trace tr;
  record_ex1(tr, 3, 1);
  CHECK(tr.end_time() == 6.0);
  CHECK(lanes(tr, find(tr, "Worker-2")) == "waiting[0,4) inside[4,6) done@6 ");
  CHECK(tr.max_inside_until(0, 6.0) == 1);
  trace::GateSnapshot g = tr.gate_at(0, 3.0);
  REQUIRE(g.queue.size() == 1);
  CHECK(tr.tasks()[g.queue[0]].name == "Worker-2");
}

namespace {
Async holder(Loop& loop, Ref<Lock> lock) {
  co_await lock->acquire();
  co_await sleep(loop, 1.0);
  lock->release();
  co_return Value();
}
Async napper(Loop& loop) {
  co_await sleep(loop, 0.25);
  co_return Value();
}
Async cancel_main(Loop& loop) {
  Ref<Lock> lock = make<Lock>(loop, "lock");
  Ref<Task> a = loop.create_task(holder(loop, lock), "A");
  Ref<Task> b = loop.create_task(holder(loop, lock), "B");
  Ref<Task> c = loop.create_task(napper(loop), "C");
  co_await sleep(loop, 0.5);
  b->cancel();
  std::vector<Value> all = {Value::object(a), Value::object(b), Value::object(c)};
  co_await gather(loop, all, true);
  co_return Value();
}
}  // namespace

TEST_CASE("Cancelled while waiting at a lock: leaves the queue; sleeping outside a gate", "[trace]") {
  trace::Trace tr;
  Loop loop;
  trace::Recorder rec(loop, tr);
  loop.set_observer(&rec);
  RunResult r = loop.run_main(cancel_main(loop));
  rec.finish(r);
  loop.set_observer(nullptr);
  REQUIRE(r.status == RunResult::Completed);
  TaskId b = find(tr, "B"), c = find(tr, "C");
  CHECK(tr.prims()[0].kind == trace::PrimKind::Lock);
  CHECK(tr.prims()[0].capacity == 1);
  CHECK(tr.state_at(b, 0.25) == State::Waiting);
  CHECK(tr.state_at(b, 0.5) == State::Done);
  CHECK(tr.tasks()[b].how == trace::DoneHow::Cancelled);
  CHECK(tr.gate_at(0, 0.25).queue.size() == 1);
  CHECK(tr.gate_at(0, 0.5).queue.empty());
  CHECK(tr.inside_at(0, 0.75) == 1);
  CHECK(tr.inside_at(0, 1.0) == 0);
  CHECK(lanes(tr, c) == "sleeping[0,0.25) done@0.25 ");
  CHECK(tr.max_inside_until(0, 2.0) == 1);
}

TEST_CASE("Trace API by hand: a semaphore released by another task", "[trace]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "a"), b = tr.task_create(0, "b");
  trace::PrimId g = tr.prim_create(0, "g", trace::PrimKind::Semaphore, 1);
  tr.task_run(0, a);
  tr.gate_enter(0, a, g);
  tr.task_sleep(0, a);
  tr.task_run(1, b);
  tr.gate_leave(1, b, g);  // b releases what a took
  tr.task_done(1, b);
  CHECK(tr.inside_at(g, 1.0) == 0);
  CHECK(tr.state_at(a, 1.0) == State::Sleeping);
  CHECK(tr.next_event_time(0) == 1.0);
  CHECK(tr.prev_event_time(1.0) == 0.0);
  tr.print(1, b, "x\"y");
  trace::Player pl(&tr);
  pl.to_end();
  CHECK(pl.state_json().find("\"x\\\"y\"") != std::string::npos);
}


TEST_CASE("JSONL export of Example 1", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  std::ostringstream os;
  trace::write_jsonl(tr, os);
  std::string s = os.str();
  CHECK(std::count(s.begin(), s.end(), '\n') == static_cast<long>(tr.events().size()));
  CHECK(s.find("{\"t\":0,\"ev\":\"create\",\"task\":\"Worker-0\",\"parent\":\"Task-1\"}") != std::string::npos);
  CHECK(s.find("{\"t\":0,\"ev\":\"enter\",\"task\":\"Worker-0\",\"prim\":\"sem\"}") != std::string::npos);
  CHECK(s.find("{\"t\":0,\"ev\":\"wait\",\"task\":\"Worker-3\",\"prim\":\"sem\"}") != std::string::npos);
  CHECK(s.find("{\"t\":2,\"ev\":\"print\",\"task\":\"Worker-0\",\"text\":\"Worker-0: Finished expensive work, exiting gate.\"}") !=
        std::string::npos);
  CHECK(s.find("{\"t\":4,\"ev\":\"done\",\"task\":\"Worker-5\",\"how\":\"ok\"}") != std::string::npos);
}

TEST_CASE("Player: event by event inside t = 0 shows Example 1's order", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  trace::Player pl(&tr);
  // At t = 0 without stepping, the whole instant has happened.
  CHECK_FALSE(pl.in_instant());
  CHECK(pl.shown().console_count_at(0) == 9);
  std::vector<std::string> prints, texts;
  size_t last_number = 0;
  for (int guard = 0; guard < 1000; ++guard) {
    REQUIRE(pl.command("step_event"));
    if (pl.cursor() > 0) break;
    REQUIRE(pl.in_instant());
    texts.push_back(pl.event_text());
    CHECK(pl.event_number() == last_number + 1);
    last_number = pl.event_number();
    CHECK(pl.events_in_instant() >= last_number);
    const auto& view = pl.shown();
    CHECK(view.events().size() <= tr.events().size());
    if (view.console_count_at(0) > prints.size()) prints.push_back(view.console()[prints.size()].text);
  }
  // A free semaphore does not yield: each of the first three enters and
  // prints inside before the next one even starts.
  std::vector<std::string> want = {
      "Worker-0: Started! Approaching the gate...", "Worker-0: Inside the gate! Working on expensive task...",
      "Worker-1: Started! Approaching the gate...", "Worker-1: Inside the gate! Working on expensive task...",
      "Worker-2: Started! Approaching the gate...", "Worker-2: Inside the gate! Working on expensive task...",
      "Worker-3: Started! Approaching the gate...", "Worker-4: Started! Approaching the gate...",
      "Worker-5: Started! Approaching the gate..."};
  CHECK(prints == want);
  CHECK(std::find(texts.begin(), texts.end(), "Worker-0 entered sem") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Worker-3 queues at sem") != texts.end());
  // The first event of t = 2 is where the stepping left t = 0.
  CHECK(pl.cursor() == 2.0);
  CHECK(pl.event_number() == 1);
  // Back one event: the last event of t = 0, the gate full, three queued.
  REQUIRE(pl.command("back_event"));
  CHECK(pl.cursor() == 0.0);
  CHECK(pl.event_number() == pl.events_in_instant());
  CHECK(pl.event_number() == last_number);
  std::string j = pl.state_json();
  CHECK(j.find("\"event\":" + std::to_string(last_number) + ",") != std::string::npos);
  CHECK(j.find("\"queue\":[\"Worker-3\",\"Worker-4\",\"Worker-5\"]") != std::string::npos);
  // Any other move leaves the instant.
  REQUIRE(pl.command("step"));
  CHECK_FALSE(pl.in_instant());
  CHECK(pl.state_json().find("\"event\":0,") != std::string::npos);
}

TEST_CASE("replay: the prefix of every length agrees with the full trace's state at its end", "[trace]") {
  trace::Trace tr;
  record_ex1(tr);
  const trace::Trace whole = trace::prefix(tr, tr.events().size());
  CHECK(whole.events().size() == tr.events().size());
  CHECK(whole.console().size() == tr.console().size());
  for (trace::TaskId i = 0; i < tr.tasks().size(); ++i) CHECK(lanes(whole, i) == lanes(tr, i));
  const trace::Trace none = trace::prefix(tr, 0);
  CHECK(none.tasks().empty());
  CHECK(none.end_time() == tr.end_time());
}
