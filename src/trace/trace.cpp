#include "trace/trace.h"

#include <algorithm>
#include <limits>

namespace ts::trace {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

const char* state_name(State s) {
  switch (s) {
    case State::Pending: return "pending";
    case State::Ready: return "ready";
    case State::Running: return "running";
    case State::Waiting: return "waiting";
    case State::Inside: return "inside";
    case State::Sleeping: return "sleeping";
    case State::Blocked: return "blocked";
    case State::Done: return "done";
    default: return "?";
  }
}

const char* task_kind_name(TaskKind k) {
  switch (k) {
    case TaskKind::Thread: return "thread";
    case TaskKind::Process: return "process";
    default: return "task";
  }
}

void Trace::clear() { *this = Trace(); }

const char* done_how_name(DoneHow h) {
  switch (h) {
    case DoneHow::Raised: return "raised";
    case DoneHow::Cancelled: return "cancelled";
    case DoneHow::Killed: return "killed";
    case DoneHow::Ok: break;
  }
  return "ok";
}

void Trace::push(double t, TaskId task, uint32_t obj, EvKind k) {
  Event e;
  e.t = t;
  e.task = task;
  e.obj = obj & 0xFFFFFFu;
  e.kind = static_cast<uint32_t>(k);
  // the running task's own events say where it is (not a task it wakes or makes)
  if (line_now_ && task == line_task_ && task < tasks_.size()) {
    auto& ls = tasks_[task].lines;
    if (ls.empty() || ls.back().second != line_now_)
      ls.emplace_back(static_cast<uint32_t>(events_.size()), line_now_);
  }
  events_.push_back(e);
  if (times_.empty() || t > times_.back()) times_.push_back(t);
  if (t > end_) end_ = t;
}

uint32_t Trace::task_line_at(TaskId task, size_t n) const {
  if (task >= tasks_.size()) return 0;
  const auto& ls = tasks_[task].lines;
  auto it = std::upper_bound(ls.begin(), ls.end(), n, [](size_t v, const std::pair<uint32_t, uint32_t>& p) {
    return v <= p.first;  // entries for events [0, n)
  });
  return it == ls.begin() ? 0 : (it - 1)->second;
}

State Trace::derive(const Live& l, uint32_t* prim) const {
  *prim = kNone;
  if (l.done) return State::Done;
  if (l.running) return State::Running;
  if (l.waiting_prim != kNone) { *prim = l.waiting_prim; return State::Waiting; }
  if (!l.held.empty()) { *prim = l.held.back().prim; return State::Inside; }
  if (l.sleeping) return State::Sleeping;
  if (l.blocked) { *prim = l.blocked_on; return State::Blocked; }
  return State::Ready;
}

void Trace::set_state(double t, TaskId task, State s, uint32_t prim, uint8_t how, uint8_t flags) {
  auto& segs = tasks_[task].segs;
  if (!segs.empty()) {
    Segment& cur = segs.back();
    if (cur.state == s && cur.prim == prim && cur.flags == flags) return;
    if (cur.t0 >= t && cur.state != State::Running) {
      // A zero-length non-running state is noise: replace it.
      segs.pop_back();
      if (!segs.empty() && segs.back().state == s && segs.back().prim == prim && segs.back().flags == flags) {
        segs.back().t1 = kInf;
        return;
      }
    } else {
      cur.t1 = t;
    }
  }
  segs.push_back(Segment{t, kInf, s, how, flags, prim});
}

void Trace::refresh(double t, TaskId task) {
  uint32_t prim;
  const Live& l = live_[task];
  State s = derive(l, &prim);
  uint8_t flags = (s == State::Inside && l.sleeping) ? kSegSleeping : s == State::Blocked ? l.queue_flag : 0;
  set_state(t, task, s, prim, static_cast<uint8_t>(tasks_[task].how), flags);
}

TaskId Trace::task_create(double t, std::string name, TaskId parent, TaskKind kind) {
  TaskId id = static_cast<TaskId>(tasks_.size());
  TaskInfo ti;
  ti.name = std::move(name);
  ti.parent = parent;
  ti.kind = kind;
  ti.created = t;
  tasks_.push_back(std::move(ti));
  live_.emplace_back();
  push(t, id, parent, EvKind::TaskCreate);
  refresh(t, id);
  return id;
}

void Trace::task_run(double t, TaskId task) {
  auto& l = live_[task];
  l.running = true; l.sleeping = false; l.blocked = false; l.blocked_on = kNone; l.queue_flag = 0;
  push(t, task, kNone, EvKind::TaskRun);
  refresh(t, task);
}

void Trace::task_ready(double t, TaskId task) {
  auto& l = live_[task];
  l.running = false; l.sleeping = false; l.blocked = false; l.blocked_on = kNone; l.queue_flag = 0;
  push(t, task, kNone, EvKind::TaskReady);
  refresh(t, task);
}

void Trace::task_block(double t, TaskId task, uint32_t on) {
  auto& l = live_[task];
  l.running = false; l.sleeping = false; l.blocked = true; l.blocked_on = on; l.queue_flag = 0;
  push(t, task, on, EvKind::TaskBlock);
  refresh(t, task);
}

void Trace::task_sleep(double t, TaskId task) {
  auto& l = live_[task];
  l.running = false; l.sleeping = true; l.blocked = false; l.blocked_on = kNone; l.queue_flag = 0;
  push(t, task, kNone, EvKind::TaskSleep);
  refresh(t, task);
}

void Trace::task_done(double t, TaskId task, DoneHow how) {
  auto& l = live_[task];
  l.running = false; l.done = true;
  tasks_[task].finished = t;
  tasks_[task].how = how;
  push(t, task, static_cast<uint32_t>(how), EvKind::TaskDone);
  refresh(t, task);
}

PrimId Trace::prim_create(double t, std::string name, PrimKind kind, uint32_t capacity) {
  PrimId id = static_cast<PrimId>(prims_.size());
  PrimInfo p;
  p.name = std::move(name);
  p.kind = kind;
  p.capacity = capacity;
  prims_.push_back(std::move(p));
  push(t, kNone, id, EvKind::PrimCreate);
  return id;
}

void Trace::occ_push(double t, PrimId prim) {
  PrimInfo& p = prims_[prim];
  p.occ.push_back(Occupancy{t, p.inside_now, p.waiting_now});
  uint32_t m = p.max_prefix.empty() ? 0 : p.max_prefix.back();
  p.max_prefix.push_back(std::max(m, p.inside_now));
  p.max_inside = std::max(p.max_inside, p.inside_now);
  p.max_waiting = std::max(p.max_waiting, p.waiting_now);
}

void Trace::gate_wait(double t, TaskId task, PrimId prim) {
  PrimInfo& p = prims_[prim];
  auto& l = live_[task];
  l.waiting_prim = prim;
  l.waiting_stay = static_cast<uint32_t>(p.stays.size());
  p.stays.push_back(Stay{task, kNone, t, kInf, kInf, false});
  ++p.waiting_now;
  push(t, task, prim, EvKind::GateWait);
  occ_push(t, prim);
  refresh(t, task);
}

void Trace::gate_enter(double t, TaskId task, PrimId prim) {
  PrimInfo& p = prims_[prim];
  auto& l = live_[task];
  uint32_t stay;
  if (l.waiting_prim == prim) {
    stay = l.waiting_stay;
    l.waiting_prim = kNone;
    --p.waiting_now;
  } else {
    stay = static_cast<uint32_t>(p.stays.size());
    p.stays.push_back(Stay{task, kNone, t, kInf, kInf, false});
  }
  uint32_t slot = 0;
  while (slot < p.slot_used.size() && p.slot_used[slot]) ++slot;
  if (slot == p.slot_used.size()) p.slot_used.push_back(0);
  p.slot_used[slot] = 1;
  p.stays[stay].slot = slot;
  p.stays[stay].enter = t;
  ++p.inside_now;
  l.held.push_back(Held{prim, stay});
  push(t, task, prim, EvKind::GateEnter);
  occ_push(t, prim);
  refresh(t, task);
}

void Trace::gate_leave(double t, TaskId task, PrimId prim) {
  PrimInfo& p = prims_[prim];
  auto release = [&](TaskId who, size_t hi) {
    auto& l = live_[who];
    Stay& s = p.stays[l.held[hi].stay];
    s.leave = t;
    if (s.slot < p.slot_used.size()) p.slot_used[s.slot] = 0;
    l.held.erase(l.held.begin() + static_cast<std::ptrdiff_t>(hi));
    if (p.inside_now) --p.inside_now;
  };
  TaskId who = kNone;
  if (task < live_.size()) {
    auto& l = live_[task];
    for (size_t i = l.held.size(); i-- > 0;) {
      if (l.held[i].prim != prim) continue;
      release(task, i);
      who = task;
      break;
    }
  }
  if (who == kNone) {
    // Released by a task that does not hold it: the longest-inside holder leaves.
    for (const Stay& s : p.stays) {
      if (s.enter == kInf || s.leave != kInf) continue;
      auto& l = live_[s.task];
      for (size_t i = 0; i < l.held.size(); ++i) {
        if (l.held[i].prim == prim && &p.stays[l.held[i].stay] == &s) { who = s.task; release(who, i); break; }
      }
      if (who != kNone) break;
    }
  }
  push(t, task, prim, EvKind::GateLeave);
  occ_push(t, prim);
  if (who != kNone) refresh(t, who);
}

void Trace::set_capacity(PrimId prim, uint32_t capacity) {
  if (prim < prims_.size()) prims_[prim].capacity = capacity;
}

void Trace::rename_task(TaskId task, std::string name, std::string detail) {
  if (task >= tasks_.size()) return;
  tasks_[task].name = std::move(name);
  if (!detail.empty()) tasks_[task].detail = std::move(detail);
}

void Trace::gate_give_up(double t, TaskId task, PrimId prim) {
  PrimInfo& p = prims_[prim];
  auto& l = live_[task];
  if (l.waiting_prim == prim) {
    Stay& s = p.stays[l.waiting_stay];
    s.gave_up = true;
    s.leave = t;
    l.waiting_prim = kNone;
    if (p.waiting_now) --p.waiting_now;
  }
  push(t, task, prim, EvKind::GateGiveUp);
  occ_push(t, prim);
  refresh(t, task);
}

void Trace::queue_wait(double t, TaskId task, PrimId prim, QueueOp op) {
  auto& l = live_[task];
  l.running = false; l.sleeping = false; l.blocked = true; l.blocked_on = prim;
  l.queue_flag = op == QueueOp::Get ? kSegQueueGet : op == QueueOp::Put ? kSegQueuePut : kSegQueueJoin;
  push(t, task, prim, op == QueueOp::Get ? EvKind::QueueGet : op == QueueOp::Put ? EvKind::QueuePut : EvKind::QueueJoin);
  refresh(t, task);
}

void Trace::queue_level(double t, PrimId prim, uint32_t items) {
  PrimInfo& p = prims_[prim];
  p.levels.emplace_back(t, items);
  p.max_items = std::max(p.max_items, items);
  push(t, kNone, prim, EvKind::QueueLevel);
  events_.back().task = items;  // after push: a count must not pass for a task there
}

void Trace::print(double t, TaskId task, std::string text) {
  push(t, task, static_cast<uint32_t>(console_.size()), EvKind::Print);
  if (task < tasks_.size()) tasks_[task].prints.push_back(static_cast<uint32_t>(console_.size()));
  console_.push_back(ConsoleLine{t, task, std::move(text)});
}

void Trace::advance(double t) { push(t, kNone, kNone, EvKind::Advance); }

void Trace::finish(double t, std::string outcome) {
  if (t > end_) end_ = t;
  finished_ = true;
  outcome_ = std::move(outcome);
}

// ---------------------------------------------------------------- queries

const Segment* Trace::segment_at(TaskId task, double t) const {
  if (task >= tasks_.size()) return nullptr;
  const auto& segs = tasks_[task].segs;
  // Last segment with t0 <= t: the state after every event at or before t.
  auto it = std::upper_bound(segs.begin(), segs.end(), t,
                             [](double v, const Segment& s) { return v < s.t0; });
  if (it == segs.begin()) return nullptr;
  return &*(it - 1);
}

State Trace::state_at(TaskId task, double t) const {
  const Segment* s = segment_at(task, t);
  return s ? s->state : State::Pending;
}

size_t Trace::first_segment_from(TaskId task, double t) const {
  const auto& segs = tasks_[task].segs;
  auto it = std::lower_bound(segs.begin(), segs.end(), t,
                             [](const Segment& s, double v) { return s.t1 < v; });
  return static_cast<size_t>(it - segs.begin());
}

size_t Trace::console_count_at(double t) const {
  auto it = std::upper_bound(console_.begin(), console_.end(), t,
                             [](double v, const ConsoleLine& l) { return v < l.t; });
  return static_cast<size_t>(it - console_.begin());
}

uint32_t Trace::max_inside_until(PrimId prim, double t) const {
  if (prim >= prims_.size()) return 0;
  const PrimInfo& p = prims_[prim];
  auto it = std::upper_bound(p.occ.begin(), p.occ.end(), t,
                             [](double v, const Occupancy& o) { return v < o.t; });
  if (it == p.occ.begin()) return 0;
  return p.max_prefix[static_cast<size_t>(it - p.occ.begin()) - 1];
}

uint32_t Trace::inside_at(PrimId prim, double t) const {
  if (prim >= prims_.size()) return 0;
  const PrimInfo& p = prims_[prim];
  auto it = std::upper_bound(p.occ.begin(), p.occ.end(), t,
                             [](double v, const Occupancy& o) { return v < o.t; });
  if (it == p.occ.begin()) return 0;
  return (it - 1)->inside;
}

QueueSnapshot Trace::queue_at(PrimId prim, double t) const {
  QueueSnapshot q;
  q.prim = prim;
  if (prim >= prims_.size()) return q;
  const auto& lv = prims_[prim].levels;
  auto it = std::upper_bound(lv.begin(), lv.end(), t,
                             [](double v, const std::pair<double, uint32_t>& l) { return v < l.first; });
  if (it != lv.begin()) q.items = (it - 1)->second;
  std::vector<std::pair<double, TaskId>> get, put, join;  // (since, task)
  for (TaskId i = 0; i < tasks_.size(); ++i) {
    const Segment* s = segment_at(i, t);
    if (!s || s->state != State::Blocked || s->prim != prim) continue;
    if (s->flags & kSegQueueGet) get.emplace_back(s->t0, i);
    else if (s->flags & kSegQueuePut) put.emplace_back(s->t0, i);
    else if (s->flags & kSegQueueJoin) join.emplace_back(s->t0, i);
  }
  auto ids = [](std::vector<std::pair<double, TaskId>>& v, std::vector<TaskId>& out) {
    std::stable_sort(v.begin(), v.end());
    for (const auto& x : v) out.push_back(x.second);
  };
  ids(get, q.getters);
  ids(put, q.putters);
  ids(join, q.joiners);
  return q;
}

GateSnapshot Trace::gate_at(PrimId prim, double t) const {
  GateSnapshot g;
  g.prim = prim;
  g.max_inside = max_inside_until(prim, t);
  if (prim >= prims_.size()) return g;
  const PrimInfo& p = prims_[prim];
  g.slots.assign(std::max<size_t>(p.capacity, 0), kNone);
  for (const Stay& s : p.stays) {
    if (s.wait0 > t) continue;
    if (s.enter <= t) {
      if (s.leave > t) {
        if (s.slot >= g.slots.size()) g.slots.resize(s.slot + 1, kNone);
        g.slots[s.slot] = s.task;
      }
    } else if (!(s.gave_up && s.leave <= t)) {
      g.queue.push_back(s.task);
    }
  }
  return g;
}

double Trace::next_event_time(double after) const {
  auto it = std::upper_bound(times_.begin(), times_.end(), after);
  return it == times_.end() ? end_ : *it;
}

double Trace::prev_event_time(double before) const {
  auto it = std::lower_bound(times_.begin(), times_.end(), before);
  return it == times_.begin() ? 0.0 : *(it - 1);
}

bool Trace::all_done_at(double t) const {
  if (tasks_.empty()) return false;
  for (TaskId i = 0; i < tasks_.size(); ++i)  // a pool's idle worker thread may wait past the end
    if (tasks_[i].kind == TaskKind::Task && state_at(i, t) != State::Done) return false;
  return true;
}

}  // namespace ts::trace
