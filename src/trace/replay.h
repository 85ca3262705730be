// Inside one instant: many events share a virtual time (Example 1's nine at
// t = 0), and their order is the lesson. Every view reads a Trace at a time,
// so a point between two events of one instant is shown through the trace as
// it stood after its first n events: the same recording calls replayed.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "trace/trace.h"

namespace ts::trace {

// The recording calls that made the first n events of `full`, made again on
// `out`: a Trace (prefix below) or anything with Trace's recording API (the
// codec's writer, trace/codec.h). Names, details and capacities are as the
// run left them; each task's source lines and the services' limits come in
// the order they were recorded; finished at the full run's end, so the time
// axis is the same.
template <class Sink>
void replay(const Trace& full, size_t n, Sink& out);

// The trace after its first n events.
Trace prefix(const Trace& full, size_t n);

// Event i in words, for the step-by-event display: "Task-2 entered sem",
// "Task-3 waits at sem", "Task-1 printed: hello".
std::string describe_event(const Trace& tr, size_t i);

// An API event in words ("Task-3: tenacity sleeps 2 s after attempt 1 of
// fetch (ValueError)"); `who` names the task that made it.
std::string describe_api(const ApiEvent& a, const std::string& who);

// Whether stepping stops at event i (the clock's own Advance events do not).
bool is_step_event(const Trace& tr, size_t i);

template <class Sink>
void replay(const Trace& full, size_t n, Sink& out) {
  const auto& evs = full.events();
  const auto& services = full.services();
  if (n > evs.size()) n = evs.size();
  std::vector<size_t> next_line(full.tasks().size(), 0);  // per task: its next lines() entry
  size_t next_service = 0;
  for (size_t i = 0; i < n; ++i) {
    const Event& e = evs[i];
    while (next_service < services.size() && services[next_service].t <= e.t) {
      out.service_limits(services[next_service].t, services[next_service]);
      ++next_service;
    }
    if (e.task < next_line.size() && e.ev() != EvKind::QueueLevel) {
      const auto& ls = full.tasks()[e.task].lines;
      size_t& k = next_line[e.task];
      if (k < ls.size() && ls[k].first == i) out.set_line(e.task, ls[k++].second);
    }
    switch (e.ev()) {
      case EvKind::TaskCreate: {
        const TaskInfo& ti = full.tasks()[e.task];
        out.task_create(e.t, ti.name, e.obj == kNone ? kNone : e.obj, ti.kind);
        out.rename_task(e.task, ti.name, ti.detail);
        break;
      }
      case EvKind::TaskRun: out.task_run(e.t, e.task); break;
      case EvKind::TaskReady: out.task_ready(e.t, e.task); break;
      case EvKind::TaskBlock: out.task_block(e.t, e.task, e.obj); break;
      case EvKind::TaskSleep: out.task_sleep(e.t, e.task); break;
      case EvKind::TaskDone: out.task_done(e.t, e.task, static_cast<DoneHow>(e.obj)); break;
      case EvKind::GateWait: out.gate_wait(e.t, e.task, e.obj); break;
      case EvKind::GateEnter: out.gate_enter(e.t, e.task, e.obj); break;
      case EvKind::GateLeave: out.gate_leave(e.t, e.task, e.obj); break;
      case EvKind::GateGiveUp: out.gate_give_up(e.t, e.task, e.obj); break;
      case EvKind::Print: {
        const ConsoleLine& c = full.console()[e.obj];
        out.print(e.t, c.task, c.text);
        break;
      }
      case EvKind::PrimCreate: {
        const PrimInfo& p = full.prims()[e.obj];
        out.prim_create(e.t, p.name, p.kind, p.capacity);
        break;
      }
      case EvKind::Advance: out.advance(e.t); break;
      case EvKind::Api: out.api_event(e.t, e.task, full.api()[e.obj]); break;
      case EvKind::Progress: out.progress_event(e.t, e.task, full.progress()[e.obj]); break;
      case EvKind::QueueGet: out.queue_wait(e.t, e.task, e.obj, QueueOp::Get); break;
      case EvKind::QueuePut: out.queue_wait(e.t, e.task, e.obj, QueueOp::Put); break;
      case EvKind::QueueJoin: out.queue_wait(e.t, e.task, e.obj, QueueOp::Join); break;
      case EvKind::QueueLevel: out.queue_level(e.t, e.obj, e.task); break;
    }
  }
  if (n == evs.size())
    for (; next_service < services.size(); ++next_service)
      out.service_limits(services[next_service].t, services[next_service]);
  out.finish(full.end_time(), full.outcome());
}

}  // namespace ts::trace
