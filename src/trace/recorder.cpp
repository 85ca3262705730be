#include "trace/recorder.h"

#include <algorithm>

#include "core/errors.h"
#include "core/future.h"
#include "core/primitives.h"

namespace ts::trace {

namespace {
bool is_gate(ts::PrimKind k) {
  return k == ts::PrimKind::Lock || k == ts::PrimKind::Semaphore || k == ts::PrimKind::BoundedSemaphore;
}
trace::PrimKind map_kind(ts::PrimKind k) {
  switch (k) {
    case ts::PrimKind::Lock: return trace::PrimKind::Lock;
    case ts::PrimKind::Semaphore:
    case ts::PrimKind::BoundedSemaphore: return trace::PrimKind::Semaphore;
    case ts::PrimKind::Event: return trace::PrimKind::Event;
    case ts::PrimKind::Condition: return trace::PrimKind::Condition;
    case ts::PrimKind::Queue: return trace::PrimKind::Queue;
  }
  return trace::PrimKind::Other;
}
}  // namespace

TaskId Recorder::task_id(const Task& t) const {
  auto it = tasks_.find(t.task_id());
  return it == tasks_.end() ? kNone : it->second;
}

TaskId Recorder::ensure_task(const Task& t) {
  TaskId id = task_id(t);
  if (id != kNone) return id;
  id = tr_.task_create(loop_.time(), t.name(), kNone);
  if (t.coro()) tr_.rename_task(id, t.name(), t.coro()->name());
  tasks_[t.task_id()] = id;
  if (rec_.size() <= id) rec_.resize(id + 1);
  return id;
}

PrimId Recorder::prim_id(const Primitive& p) {
  uint32_t cid = p.id();
  if (cid < prims_.size() && prims_[cid] != kNone) return prims_[cid];
  if (prims_.size() <= cid) prims_.resize(cid + 1, kNone);
  std::string name = p.label();
  if (name.empty()) name = std::string(prim_kind_name(p.kind())) + "#" + std::to_string(cid);
  // A name bound again to a new primitive (Example 5 replaces `sem` twice):
  // "sem", "sem #2", "sem #3", one name per gate on the page.
  if (const int n = ++named_[name]; n > 1) name += " #" + std::to_string(n);
  uint32_t cap = p.kind() == ts::PrimKind::Lock ? 1 : 0;
  if (p.kind() == ts::PrimKind::Queue) {  // its maxsize (0: unbounded)
    const int64_t m = static_cast<const Queue&>(p).maxsize();
    cap = m > 0 ? static_cast<uint32_t>(std::min<int64_t>(m, 0xFFFFFFFF)) : 0;
  }
  PrimId id = tr_.prim_create(loop_.time(), std::move(name), map_kind(p.kind()), cap);
  prims_[cid] = id;
  if (cap_known_.size() <= id) cap_known_.resize(id + 1, 0);
  cap_known_[id] = p.kind() == ts::PrimKind::Lock;
  return id;
}

// A semaphore's capacity is read the first time it is used (the observer may
// be told about it before its constructor has set the value).
void Recorder::fix_capacity(const Primitive& p, PrimId id, int entering) {
  if (cap_known_[id]) return;
  if (p.kind() == ts::PrimKind::BoundedSemaphore) {
    tr_.set_capacity(id, static_cast<uint32_t>(static_cast<const BoundedSemaphore&>(p).bound()));
  } else if (p.kind() == ts::PrimKind::Semaphore) {
    int64_t v = static_cast<const Semaphore&>(p).value();
    int64_t cap = v + tr_.prims()[id].inside_now + entering;
    tr_.set_capacity(id, static_cast<uint32_t>(cap < 0 ? 0 : cap));
  }
  cap_known_[id] = 1;
}

void Recorder::mark() {
  if (!line_) return;
  const Task* cur = Loop::running_task();
  tr_.set_line(cur ? task_id(*cur) : kNone, line_());
}

void Recorder::print(std::string text) {
  mark();
  Task* cur = Loop::running_task();
  TaskId id = cur ? task_id(*cur) : kNone;
  tr_.print(loop_.time(), id, std::move(text));
}

void Recorder::api(ApiEvent e) {
  mark();
  Task* cur = Loop::running_task();
  tr_.api_event(loop_.time(), cur ? task_id(*cur) : kNone, std::move(e));
}

void Recorder::progress(ProgressEvent e) {
  Task* cur = Loop::running_task();
  tr_.progress_event(loop_.time(), cur ? task_id(*cur) : kNone, std::move(e));
}

void Recorder::thread(uint64_t ident, const std::string& what, const std::string& name, bool process) {
  const double t = loop_.time();
  if (what == "start") {
    Task* cur = Loop::running_task();
    TaskId id = tr_.task_create(t, name, cur ? task_id(*cur) : kNone, process ? TaskKind::Process : TaskKind::Thread);
    tr_.rename_task(id, name, process ? "process" : "thread");
    threads_[ident] = id;
    if (rec_.size() <= id) rec_.resize(id + 1);
    return;
  }
  auto it = threads_.find(ident);
  if (it == threads_.end()) return;
  const TaskId id = it->second;
  if (what == "running") tr_.task_run(t, id);
  else if (what == "ready") tr_.task_ready(t, id);
  else if (what == "sleeping") tr_.task_sleep(t, id);
  else if (what == "blocked") tr_.task_block(t, id);
  else if (what == "done" || what == "raised") {
    tr_.task_done(t, id, what == "done" ? DoneHow::Ok : DoneHow::Raised);
    threads_.erase(it);
  }
}

void Recorder::finish(const RunResult& r) {
  std::string outcome;
  switch (r.status) {
    case RunResult::Completed: outcome = "completed"; break;
    case RunResult::Raised: outcome = "raised: " + loop_.errors().describe(r.exception); break;
    case RunResult::Deadlock:
      outcome = "deadlock: " + std::to_string(r.blocked.size()) + " tasks blocked";
      break;
    case RunResult::TimeLimit:
      outcome = "still running at the virtual time budget: " + std::to_string(r.blocked.size()) + " tasks";
      break;
  }
  tr_.finish(r.time, std::move(outcome));
}

void Recorder::on_task_created(const Task& t, const Task* parent) {
  mark();
  TaskId pid = parent ? task_id(*parent) : kNone;
  TaskId id = tr_.task_create(loop_.time(), t.name(), pid);
  if (t.coro()) tr_.rename_task(id, t.name(), t.coro()->name());
  tasks_[t.task_id()] = id;
  if (rec_.size() <= id) rec_.resize(id + 1);
}

void Recorder::on_task_renamed(const Task& t) {
  const TaskId id = task_id(t);
  if (id != kNone) tr_.rename_task(id, t.name(), tr_.tasks()[id].detail);
}

void Recorder::on_step_begin(const Task& t) {
  // not yet in its code: what the VM knows now is the last task's suspension
  tr_.set_line(kNone, 0);
  TaskId id = ensure_task(t);
  TaskRec& r = rec_[id];
  r.suspended = false;
  r.sleep_armed = false;
  r.woke_from = r.waiting_prim;
  tr_.task_run(loop_.time(), id);
}

void Recorder::on_step_end(const Task& t) {
  mark();
  TaskId id = ensure_task(t);
  TaskRec& r = rec_[id];
  double now = loop_.time();
  // Woken from a gate queue but neither entered nor queued again: gave up
  // (cancelled while waiting).
  if (r.woke_from != kNone && r.waiting_prim == r.woke_from) {
    tr_.gate_give_up(now, id, r.waiting_prim);
    r.waiting_prim = kNone;
  }
  r.woke_from = kNone;
  if (!r.suspended && !r.done) tr_.task_ready(now, id);  // bare yield: ready again
}

void Recorder::on_task_blocked(const Task& t, const Future& on) {
  mark();
  TaskId id = ensure_task(t);
  TaskRec& r = rec_[id];
  double now = loop_.time();
  r.suspended = true;
  Primitive* p = on.owner() ? loop_.primitive(on.owner()) : nullptr;
  if (r.sleep_armed) {
    r.sleep_armed = false;
    tr_.task_sleep(now, id);
  } else if (p && is_gate(p->kind())) {
    PrimId pid = prim_id(*p);
    fix_capacity(*p, pid, 0);
    if (r.waiting_prim == pid) {
      r.woke_from = kNone;  // still queued at the same gate
      tr_.task_block(now, id, pid);
    } else {
      if (r.waiting_prim != kNone) tr_.gate_give_up(now, id, r.waiting_prim);
      r.waiting_prim = pid;
      r.woke_from = kNone;
      tr_.gate_wait(now, id, pid);
      tr_.task_block(now, id, pid);
    }
  } else if (p && p->kind() == ts::PrimKind::Queue) {
    tr_.queue_wait(now, id, prim_id(*p), queue_side(static_cast<const Queue&>(*p), on));
  } else {
    tr_.task_block(now, id, p ? prim_id(*p) : kNone);
  }
}

// Which of a queue's waits `on` is: a getter's or a putter's future, else
// its join() (the queue's internal Event, which reports the queue as owner).
trace::QueueOp Recorder::queue_side(const Queue& q, const Future& on) {
  for (const auto& g : q.getters_)
    if (g.get() == &on) return trace::QueueOp::Get;
  for (const auto& w : q.putters_)
    if (w.get() == &on) return trace::QueueOp::Put;
  return trace::QueueOp::Join;
}

void Recorder::on_queue_changed(const Queue& q) {
  mark();
  tr_.queue_level(loop_.time(), prim_id(q), static_cast<uint32_t>(std::min<size_t>(q.qsize(), 0xFFFFFFFF)));
}

void Recorder::on_task_done(const Task& t) {
  mark();
  TaskId id = ensure_task(t);
  TaskRec& r = rec_[id];
  double now = loop_.time();
  if (r.waiting_prim != kNone) {
    tr_.gate_give_up(now, id, r.waiting_prim);
    r.waiting_prim = kNone;
    r.woke_from = kNone;
  }
  r.done = true;
  DoneHow how = DoneHow::Ok;
  if (t.state() == FutState::Cancelled) how = t.shutdown_cancelled_ ? DoneHow::Killed : DoneHow::Cancelled;
  else if (t.exception_.is_obj()) how = DoneHow::Raised;
  tr_.task_done(now, id, how);
}

// Primitives are registered on first use, not at creation: by then a script
// has bound the new primitive to a name, which the VM gives it as its label
// ("sem" rather than "Semaphore#1").
void Recorder::on_primitive_created(const Primitive& p) { (void)p; }

void Recorder::on_enter(const Primitive& p, const Task* by) {
  mark();
  if (!by) return;
  TaskId id = ensure_task(*by);
  TaskRec& r = rec_[id];
  PrimId pid = prim_id(p);
  fix_capacity(p, pid, 1);
  tr_.gate_enter(loop_.time(), id, pid);  // leaves the queue if it was in it
  if (r.waiting_prim == pid) r.waiting_prim = kNone;
  if (r.woke_from == pid) r.woke_from = kNone;
}

void Recorder::on_leave(const Primitive& p, const Task* by) {
  mark();
  PrimId pid = prim_id(p);
  TaskId id = by ? ensure_task(*by) : kNone;
  tr_.gate_leave(loop_.time(), id, pid);
}

void Recorder::on_sleep(const Task* t, double until) {
  mark();
  (void)until;
  if (!t) return;
  rec_[ensure_task(*t)].sleep_armed = true;
}

void Recorder::on_time(double from, double to) {
  (void)from;
  tr_.advance(to);
}

}  // namespace ts::trace
