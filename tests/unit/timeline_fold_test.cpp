// The timeline's preprocessing (src/ui/timeline/fold.h): culling, folding
// counts, gate waits that never vanish, and the cost of a 10,000-task frame.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/asyncio.h"
#include "trace/recorder.h"
#include "trace/trace.h"
#include "ui/timeline/fold.h"
#include "ui/timeline/layout.h"

using namespace ts;
using trace::State;
using trace::TaskId;
using ui::DrawSpan;
using ui::Folded;
using ui::FoldView;

namespace {

std::vector<DrawSpan> row_spans(const Folded& f, size_t r) {
  const ui::FoldedRow* fr = f.row(r);
  if (!fr) return {};
  return {f.spans.begin() + fr->span0, f.spans.begin() + fr->span0 + fr->nspans};
}

// Spans of a row come in x order and never overlap.
void check_ordered(const std::vector<DrawSpan>& spans) {
  for (size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].x0 <= spans[i].x1);
    if (i) CHECK(spans[i - 1].x1 <= spans[i].x0 + 1e-4f);
  }
}

uint32_t total_count(const std::vector<DrawSpan>& spans) {
  uint32_t n = 0;
  for (const DrawSpan& d : spans) n += d.count;
  return n;
}

// One task A: 100 steps 10 ms apart from t = 0 (each a zero-length run
// then a 10 ms sleep), a sleep until 50 s, done at 50 s; the run ends at 60 s.
void record_busy_start(trace::Trace& tr) {
  TaskId a = tr.task_create(0, "A");
  for (int i = 0; i <= 100; ++i) {
    tr.task_run(i * 0.01, a);
    tr.task_sleep(i * 0.01, a);
  }
  tr.task_run(50, a);
  tr.task_done(50, a);
  tr.finish(60);
}

}  // namespace

TEST_CASE("fold: rows and spans outside the view are culled", "[timeline]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "A");
  TaskId b = tr.task_create(0, "B");
  tr.task_create(0, "C");
  for (TaskId t : {a, b}) {
    tr.task_run(0, t);
    tr.task_sleep(0, t);
  }
  tr.task_run(10, a);
  tr.task_sleep(10, a);
  tr.task_run(20, a);
  tr.task_done(20, a);
  tr.finish(30);

  Folded f;
  ui::fold_rows(tr, FoldView{12, 14, 100, 0, 2}, f);
  REQUIRE(f.rows.size() == 2);
  CHECK(f.row(2) == nullptr);  // not in the row range
  // A: only the sleep [10, 20) is on screen, clipped near the plot
  auto sa = row_spans(f, 0);
  REQUIRE(sa.size() == 1);
  CHECK(sa[0].state == State::Sleeping);
  CHECK(sa[0].count == 1);
  CHECK(sa[0].x0 == Approx(-ui::layout::kCullPx));
  CHECK(sa[0].x1 == Approx(100 + ui::layout::kCullPx));
  CHECK(sa[0].t0 == 10);
  CHECK(sa[0].t1 == 20);

  // past A's end: its Done line only
  ui::fold_rows(tr, FoldView{25, 26, 100, 0, 1}, f);
  sa = row_spans(f, 0);
  REQUIRE(sa.size() == 1);
  CHECK(sa[0].state == State::Done);

  // rows past the trace's tasks are ignored
  ui::fold_rows(tr, FoldView{0, 30, 100, 1, 50}, f);
  CHECK(f.rows.size() == 2);
  CHECK(f.row(0) == nullptr);
  CHECK(f.row(2) != nullptr);

  // an empty time range folds nothing
  ui::fold_rows(tr, FoldView{5, 5, 100, 0, 3}, f);
  CHECK(f.rows.empty());
  CHECK(f.spans.empty());
}

TEST_CASE("fold: narrow segments fold into spans that count them", "[timeline]") {
  trace::Trace tr;
  record_busy_start(tr);
  const auto& segs = tr.tasks()[0].segs;

  Folded f;
  ui::fold_rows(tr, FoldView{0, 100, 1000, 0, 1}, f);  // 10 px per second: 10 ms steps are 0.1 px
  auto spans = row_spans(f, 0);
  check_ordered(spans);
  // every segment is accounted for, once
  CHECK(total_count(spans) == segs.size());
  size_t folds = 0;
  for (const DrawSpan& d : spans) {
    if (!d.folded()) continue;
    ++folds;
    CHECK(d.x1 - d.x0 >= ui::layout::kFoldMinPx);
    CHECK(d.x1 - d.x0 <= ui::layout::kFoldMaxPx + ui::layout::kFoldPx);
    CHECK(d.state == State::Sleeping);  // the state that lasts longest
    CHECK(d.mix[static_cast<size_t>(State::Running)] + d.mix[static_cast<size_t>(State::Sleeping)] == d.count);
    CHECK(d.waits == 0);
  }
  // the first second (10 px) takes two folds, not 202 spans
  CHECK(folds == 2);
  CHECK(f.stats.folds == 2);
  // the long sleep is one span of its own
  const DrawSpan& sleep = spans[spans.size() - 3];
  CHECK(sleep.state == State::Sleeping);
  CHECK(sleep.count == 1);
  CHECK(sleep.t0 == Approx(1.0));
  CHECK(sleep.t1 == 50);
  CHECK(spans.back().state == State::Done);

  // zoomed in, the 10 ms sleeps are 200 px each: nothing folds but the
  // zero-length steps, each a lone narrow span widened to the minimum
  ui::fold_rows(tr, FoldView{0, 0.05, 1000, 0, 1}, f);
  spans = row_spans(f, 0);
  check_ordered(spans);
  for (const DrawSpan& d : spans) {
    CHECK(d.count == 1);
    if (d.state == State::Running) CHECK((d.flags & ui::kSpanWidened));
  }
  CHECK(f.stats.folds == 0);
}

TEST_CASE("fold: a 1 ms gate wait in a 100 s view at 1000 px keeps its minimum width", "[timeline]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "A");
  trace::PrimId g = tr.prim_create(0, "lock", trace::PrimKind::Lock, 1);
  tr.task_run(0, a);
  tr.task_sleep(0, a);
  // queues at the lock at 50 s for 1 ms, then 5 ms inside: the old fold
  // coloured this pixel by the longest state (inside) and lost the wait
  tr.task_run(50, a);
  tr.gate_wait(50, a, g);
  tr.task_block(50, a, g);
  tr.task_run(50.001, a);
  tr.gate_enter(50.001, a, g);
  tr.task_sleep(50.001, a);
  tr.task_run(50.006, a);
  tr.gate_leave(50.006, a, g);
  tr.task_sleep(50.006, a);
  tr.task_run(99, a);
  tr.task_done(99, a);
  tr.finish(100);

  Folded f;
  ui::fold_rows(tr, FoldView{0, 100, 1000, 0, 1}, f);
  auto spans = row_spans(f, 0);
  check_ordered(spans);
  CHECK(total_count(spans) == tr.tasks()[0].segs.size());
  const DrawSpan* gate = nullptr;
  for (const DrawSpan& d : spans)
    if (d.flags & ui::kSpanGate) {
      CHECK(gate == nullptr);  // one
      gate = &d;
    }
  REQUIRE(gate);
  CHECK(gate->state == State::Waiting);
  CHECK(gate->waits == 1);
  CHECK(gate->x0 == Approx(500.0f));  // where the wait starts
  CHECK(gate->x1 - gate->x0 >= ui::layout::kGateMinPx - 1e-3f);
  CHECK((gate->flags & ui::kSpanWidened));
  CHECK(gate->t0 == 50);
  CHECK(gate->t1 == Approx(50.001));
  CHECK(f.stats.gate_spans == 1);
  CHECK(f.stats.gate_waits == 1);
  CHECK(f.stats.gate_min_px >= ui::layout::kGateMinPx - 1e-3f);  // (float pixels)
  // the pointer over the widened part finds the wait
  const DrawSpan* hit = ui::span_at(f, 0, gate->x1 - 0.5f);
  REQUIRE(hit);
  CHECK((hit->flags & ui::kSpanGate));
  CHECK(hit->x0 == gate->x0);
  CHECK(ui::span_at(f, 0, 250.0f)->state == State::Sleeping);
  CHECK(ui::span_at(f, 1, 250.0f) == nullptr);
}

TEST_CASE("fold: gate waits closer than the minimum width share one span", "[timeline]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "A");
  trace::PrimId g = tr.prim_create(0, "sem", trace::PrimKind::Semaphore, 1);
  trace::PrimId q = tr.prim_create(0, "q", trace::PrimKind::Queue, 0);
  tr.task_run(0, a);
  tr.task_sleep(0, a);
  for (double t : {10.0, 10.1, 10.2}) {  // three 10 ms waits, 1 px apart at 10 px/s
    tr.task_run(t, a);
    tr.gate_wait(t, a, g);
    tr.task_block(t, a, g);
    tr.task_run(t + 0.01, a);
    tr.gate_enter(t + 0.01, a, g);
    tr.gate_leave(t + 0.01, a, g);
    tr.task_sleep(t + 0.01, a);
  }
  tr.task_run(30, a);
  tr.task_block(30, a, q);  // then blocked on a queue: a wait too
  tr.task_run(30.002, a);
  tr.task_block(30.002, a);  // awaiting something that is no primitive: not a wait
  tr.finish(100);

  const auto& segs = tr.tasks()[0].segs;
  CHECK(ui::is_gate_wait(tr, segs[tr.first_segment_from(0, 30.001)]));
  CHECK_FALSE(ui::is_gate_wait(tr, segs.back()));

  Folded f;
  ui::fold_rows(tr, FoldView{0, 100, 1000, 0, 1}, f);
  auto spans = row_spans(f, 0);
  check_ordered(spans);
  CHECK(total_count(spans) == segs.size());
  CHECK(f.stats.gate_spans == 2);
  CHECK(f.stats.gate_waits == 4);
  std::vector<const DrawSpan*> gates;
  for (const DrawSpan& d : spans)
    if (d.flags & ui::kSpanGate) gates.push_back(&d);
  REQUIRE(gates.size() == 2);
  CHECK(gates[0]->waits == 3);
  CHECK(gates[0]->x0 == Approx(100.0f));
  CHECK(gates[0]->t1 == Approx(10.21));
  CHECK(gates[1]->waits == 1);
  CHECK(gates[1]->state == State::Blocked);
  CHECK(gates[1]->x0 == Approx(300.0f));
}

TEST_CASE("fold: print markers are culled and merged", "[timeline]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "A");
  tr.task_run(0, a);
  for (double t : {1.0, 1.001, 1.002, 5.0, 9.0}) tr.print(t, a, "line");
  tr.finish(10);
  Folded f;
  ui::fold_rows(tr, FoldView{0, 8, 800, 0, 1}, f);  // 100 px/s: 1.000..1.002 are one marker
  REQUIRE(f.rows[0].nmarks == 2);
  CHECK(f.marks[0].count == 3);
  CHECK(f.marks[0].line == 0);
  CHECK(f.marks[0].x == Approx(100.0f));
  CHECK(f.marks[1].count == 1);
  CHECK(f.marks[1].line == 3);
}

TEST_CASE("fold: lane columns hold the most inside per pixel", "[timeline]") {
  trace::Trace tr;
  TaskId a = tr.task_create(0, "A"), b = tr.task_create(0, "B");
  trace::PrimId g = tr.prim_create(0, "sem", trace::PrimKind::Semaphore, 2);
  tr.gate_enter(1, a, g);
  tr.gate_enter(2, b, g);
  tr.gate_leave(3, a, g);
  tr.gate_leave(3, b, g);
  tr.finish(4);
  std::vector<uint32_t> cols;
  ui::lane_columns(tr.prims()[g], false, FoldView{0, 6, 6, 0, 0}, tr.end_time(), cols);
  CHECK(cols == std::vector<uint32_t>{0, 1, 2, 2, 0});  // ends at the run's end
  ui::lane_columns(tr.prims()[g], true, FoldView{0, 6, 6, 0, 0}, tr.end_time(), cols);
  CHECK(cols == std::vector<uint32_t>{0, 0, 0, 0, 0});
}

namespace {

struct Lcg {
  uint64_t x;
  double next() {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(x >> 11) * (1.0 / 9007199254740992.0);
  }
};

Async load_worker(Loop& loop, Ref<Semaphore> sem, double before, double inside) {
  co_await sleep(loop, before);
  co_await sem->acquire();
  co_await sleep(loop, inside);
  sem->release();
  co_return Value();
}

Async load_main(Loop& loop, int workers) {
  Ref<Semaphore> sem = make<Semaphore>(loop, workers / 100, "sem");
  Lcg rng{12345};
  std::vector<Value> tasks;
  for (int i = 0; i < workers; ++i) {
    double before = 0.1 + 2.0 * rng.next(), inside = 0.05 + 0.95 * rng.next();
    tasks.push_back(Value::object(loop.create_task(load_worker(loop, sem, before, inside), "w")));
  }
  co_await gather(loop, tasks);
  co_return Value();
}

}  // namespace

TEST_CASE("fold: 10,000 tasks fold into a bounded output, reusing its storage", "[timeline]") {
  trace::Trace tr;
  {
    Loop loop;
    trace::Recorder rec(loop, tr);
    loop.set_observer(&rec);
    RunResult r = loop.run_main(load_main(loop, 10000));
    rec.finish(r);
    loop.set_observer(nullptr);
  }
  const size_t n = tr.tasks().size();
  REQUIRE(n == 10001);
  size_t waits = 0;  // queued at the gate for some time
  for (const auto& t : tr.tasks())
    for (const auto& s : t.segs) waits += s.state == State::Waiting && s.t1 > s.t0;
  REQUIRE(waits > 1000);

  const double end = tr.end_time();
  const FoldView v{-0.02 * end, 1.03 * end, 1000, 0, n};
  Folded f;
  ui::fold_rows(tr, v, f);
  REQUIRE(f.rows.size() == n);
  // a worker's row: its start, a sleep, maybe a wait, its stay inside, done
  size_t most = 0;
  for (const auto& r : f.rows) most = std::max<size_t>(most, r.nspans);
  CHECK(most <= 8);
  CHECK(f.spans.size() <= 8 * n);
  CHECK(f.stats.gate_waits == waits);  // every wait shows
  CHECK(f.stats.gate_min_px >= ui::layout::kGateMinPx - 1e-3f);  // (float pixels)

  // the next frame reuses the storage: no allocation once it has grown
  const DrawSpan* data = f.spans.data();
  const size_t cap = f.spans.capacity(), rows_cap = f.rows.capacity();
  const size_t spans = f.spans.size();
  ui::fold_rows(tr, v, f);
  CHECK(f.spans.data() == data);
  CHECK(f.spans.capacity() == cap);
  CHECK(f.rows.capacity() == rows_cap);
  CHECK(f.spans.size() == spans);
  // a smaller view (30 visible rows) fits in the same storage
  ui::fold_rows(tr, FoldView{v.t0, v.t1, 1000, 5000, 5030}, f);
  CHECK(f.rows.size() == 30);
  CHECK(f.spans.data() == data);
}
