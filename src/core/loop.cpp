#include "core/loop.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "core/async.h"
#include "core/primitives.h"
#include "core/tasks.h"

namespace ts {

namespace {
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kMaximumSelectTimeout = 24 * 3600;
constexpr double kClockResolution = 1e-9;
Loop* g_running = nullptr;

struct RunningScope {
  Loop* prev;
  explicit RunningScope(Loop* l) : prev(g_running) { g_running = l; }
  ~RunningScope() { g_running = prev; }
};
}  // namespace

Loop* Loop::running() { return g_running; }

NoRunningLoop::NoRunningLoop() : prev(g_running) { g_running = nullptr; }
NoRunningLoop::~NoRunningLoop() { g_running = prev; }

// ---------------------------------------------------------------- Handle

void Handle::cancel() {
  if (!cancelled) {
    if (timer && scheduled && loop) loop->timer_handle_cancelled(this);
    cancelled = true;
    cb = nullptr;
    arg = Value();
  }
}

// ---------------------------------------------------------------- Loop

Loop::Loop(ErrorModel* errors, LoopLimits limits)
    : group_(std::make_shared<LoopGroup>()), errors_(errors), limits_(limits) {
  if (!errors_) {
    default_errors_ = std::make_unique<DefaultErrorModel>();
    errors_ = default_errors_.get();
  }
}

Loop::Loop(Loop& sibling)
    : group_(sibling.group_), errors_(&sibling.errors()), obs_(sibling.obs_), limits_(sibling.limits_) {}

void Loop::set_errors(ErrorModel* e) {
  if (e) {
    errors_ = e;
  } else {
    if (!default_errors_) default_errors_ = std::make_unique<DefaultErrorModel>();
    errors_ = default_errors_.get();
  }
}

Loop::~Loop() {
  // Break every reference cycle that runs through futures/tasks (done
  // callbacks, gather closures, suspended coroutine frames).
  for (auto& h : ready_) { h->cb = nullptr; h->arg = Value(); h->loop = nullptr; }
  for (auto& h : scheduled_) { h->cb = nullptr; h->arg = Value(); h->loop = nullptr; }
  ready_.clear();
  scheduled_.clear();
  std::vector<Ref<Future>> all;
  // A future whose free the trashcan deferred (rc 0) is still linked: it is
  // not taken again (object.h: never resurrect an object being freed).
  for (Future* f = futures_head_; f; f = f->live_next_)
    if (f->rc) all.push_back(Ref<Future>(f));
  for (Future* f : [&] { std::vector<Future*> v; for (auto& r : all) v.push_back(r.get()); return v; }()) {
    f->live_prev_ = f->live_next_ = nullptr;
    f->loop_ = nullptr;
  }
  futures_head_ = nullptr;
  // Primitives bound to this loop outlive it detached, and leave the
  // group's registry now (their destructor no longer reaches a loop).
  for (Primitive*& p : group_->prims)
    if (p && p->loop_ == this) {
      p->detach();
      p = nullptr;
    }
  // Drop the all-tasks registry.
  std::vector<Ref<Task>> tasks;
  for (Task* t = tasks_head_; t; t = t->task_next_) tasks.push_back(Ref<Task>(t));
  for (Task* t = tasks_head_; t;) {
    Task* n = t->task_next_;
    t->task_prev_ = t->task_next_ = nullptr;
    decref(t);  // the registry's reference
    t = n;
  }
  tasks_head_ = tasks_tail_ = nullptr;
  for (auto& f : all) f->clear_for_teardown();
  tasks.clear();
  all.clear();
}

// time.sleep(d): one jump the script asked for, which CPython's clock takes
// at once however far (1e308, inf, even nan): the horizon bounds the loop's
// own advances (selects), where CPython would go on forever.
void Loop::advance(double dt) {
  double& now = group_->now;
  const double from = now;
  now = from + dt;
  if (obs_ && !(now == from)) obs_->on_time(from, now);
}

void Loop::move_clock(double to) {
  double& now = group_->now;
  double from = now;
  if (!(to <= limits_.max_time)) {  // also NaN
    to = std::max(now, limits_.max_time);
    group_->time_limit_hit = true;
  }
  now = to;
  if (obs_ && now != from) obs_->on_time(from, now);
}

void Loop::raise(ErrKind kind, const std::string& msg) { throw PyErr{errors_->make_error(kind, msg)}; }

void Loop::check_closed() {
  if (closed_) raise(ErrKind::RuntimeError, "Event loop is closed");
}

Ref<Handle> Loop::call_soon(Ref<Callback> cb, Value arg) {
  check_closed();
  Ref<Handle> h(new Handle());
  h->cb = std::move(cb);
  h->arg = std::move(arg);
  h->loop = this;
  ready_.push_back(h);
  return h;
}

Ref<Handle> Loop::call_at(double when, Ref<Callback> cb, Value arg) {
  check_closed();
  Ref<Handle> h(new Handle());
  h->cb = std::move(cb);
  h->arg = std::move(arg);
  h->loop = this;
  h->timer = true;
  h->when = when;
  heap_push(h);
  h->scheduled = true;
  return h;
}

Ref<Handle> Loop::call_later(double delay, Ref<Callback> cb, Value arg) {
  return call_at(time() + delay, std::move(cb), std::move(arg));
}

void Loop::timer_handle_cancelled(Handle* h) {
  if (h->scheduled) ++timer_cancelled_count_;
}

// heapq's _siftdown / _siftup / heappush / heappop / heapify, comparing
// TimerHandle.__lt__ (deadline only).
void Loop::sift_down(size_t startpos, size_t pos) {
  Ref<Handle> newitem = std::move(scheduled_[pos]);
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    if (newitem->when < scheduled_[parentpos]->when) {
      scheduled_[pos] = std::move(scheduled_[parentpos]);
      pos = parentpos;
      continue;
    }
    break;
  }
  scheduled_[pos] = std::move(newitem);
}

void Loop::sift_up(size_t pos) {
  size_t endpos = scheduled_.size();
  size_t startpos = pos;
  Ref<Handle> newitem = std::move(scheduled_[pos]);
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos && !(scheduled_[childpos]->when < scheduled_[rightpos]->when)) childpos = rightpos;
    scheduled_[pos] = std::move(scheduled_[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  scheduled_[pos] = std::move(newitem);
  sift_down(startpos, pos);
}

void Loop::heap_push(Ref<Handle> h) {
  scheduled_.push_back(std::move(h));
  sift_down(0, scheduled_.size() - 1);
}

Ref<Handle> Loop::heap_pop() {
  Ref<Handle> last = std::move(scheduled_.back());
  scheduled_.pop_back();
  if (!scheduled_.empty()) {
    Ref<Handle> ret = std::move(scheduled_[0]);
    scheduled_[0] = std::move(last);
    sift_up(0);
    return ret;
  }
  return last;
}

void Loop::heapify() {
  size_t n = scheduled_.size();
  for (size_t i = n / 2; i-- > 0;) sift_up(i);
}

std::optional<double> Loop::next_deadline() const {
  std::optional<double> best;
  if (scheduled_.empty()) return best;
  if (!scheduled_[0]->cancelled) return scheduled_[0]->when;
  for (auto& h : scheduled_)
    if (!h->cancelled && (!best || h->when < *best)) best = h->when;
  return best;
}

void Loop::run_handle(Handle& h) {
  Ref<Callback> cb = h.cb;   // keep alive while running
  try {
    cb->call(*this, h.arg);
  } catch (PyErr& e) {
    if (obs_) obs_->on_callback_error(e.exc);
    if (exc_handler_) exc_handler_(*this, h, e.exc);
  }
  if (Ticker* tk = group_->ticker) tk->after_callback();
}

// The threads' events due before the loop's next one, each at its time;
// once when the loop has ready work (threads run beside it, not instead).
bool Loop::run_ticker() {
  Ticker* tk = group_->ticker;
  if (!tk) return true;
  for (;;) {
    std::optional<double> t = tk->next_event();
    if (!t) return true;
    const bool busy = !ready_.empty() || stopping_;
    const double until = busy ? time() : !scheduled_.empty() ? scheduled_[0]->when : HUGE_VAL;
    if (*t > until) return true;
    if (*t > time()) {
      move_clock(*t);
      if (time_limit_hit()) return false;
    }
    {
      NoRunningLoop outside;
      tk->run_due();
    }
    if (busy || !ready_.empty()) return true;
  }
}

bool Loop::run_once() {
  if (time_limit_hit()) return false;
  RunningScope scope(this);
  size_t sched_count = scheduled_.size();
  if (sched_count > kMinScheduledTimerHandles &&
      static_cast<double>(timer_cancelled_count_) / static_cast<double>(sched_count) >
          kMinCancelledTimerHandlesFraction) {
    std::vector<Ref<Handle>> keep;
    keep.reserve(sched_count);
    for (auto& h : scheduled_) {
      if (h->cancelled) h->scheduled = false;
      else keep.push_back(std::move(h));
    }
    scheduled_.swap(keep);
    heapify();
    timer_cancelled_count_ = 0;
  } else {
    while (!scheduled_.empty() && scheduled_[0]->cancelled) {
      --timer_cancelled_count_;
      Ref<Handle> h = heap_pop();
      h->scheduled = false;
    }
  }

  if (!run_ticker()) return false;

  double timeout;
  if (!ready_.empty() || stopping_) {
    timeout = 0;
  } else if (!scheduled_.empty()) {
    double when = scheduled_[0]->when;
    double d = when - time();
    timeout = std::min(d > 0 ? d : 0.0, kMaximumSelectTimeout);
  } else {
    return false;  // select(None) would block forever
  }

  // Virtual selector: select(timeout) lets exactly `timeout` elapse.
  if (timeout != 0) {
    move_clock(time() + timeout);
    if (time_limit_hit()) return false;
  }

  double end_time = time() + kClockResolution;
  // Past 2**24 s a double's spacing exceeds the 1e-9 resolution, so a due
  // timer (when == now) is never < now + resolution and CPython's _run_once
  // spins with timeout 0 forever (on the virtual clock as on a real one that
  // ticks too slowly to matter): the virtual-time budget ends it there.
  // (A NaN deadline is neither: CPython's `when >= end_time` is false for it,
  // so it runs at once, as below.)
  if (ready_.empty() && !scheduled_.empty() && scheduled_[0]->when <= time() && scheduled_[0]->when >= end_time) {
    group_->time_limit_hit = true;
    return false;
  }
  while (!scheduled_.empty()) {
    if (scheduled_[0]->when >= end_time) break;
    Ref<Handle> h = heap_pop();
    h->scheduled = false;
    ready_.push_back(std::move(h));
  }

  size_t ntodo = ready_.size();
  for (size_t i = 0; i < ntodo; ++i) {
    Ref<Handle> h = std::move(ready_.front());
    ready_.pop_front();
    if (h->cancelled) continue;
    run_handle(*h);
  }
  return true;
}

// ---------------------------------------------------------------- futures/tasks

Ref<Future> Loop::create_future() { return Ref<Future>(new Future(*this)); }

void Loop::link_future(Future* f) {
  f->live_prev_ = nullptr;
  f->live_next_ = futures_head_;
  if (futures_head_) futures_head_->live_prev_ = f;
  futures_head_ = f;
}

void Loop::unlink_future(Future* f) {
  if (f->live_prev_) f->live_prev_->live_next_ = f->live_next_;
  else if (futures_head_ == f) futures_head_ = f->live_next_;
  if (f->live_next_) f->live_next_->live_prev_ = f->live_prev_;
  f->live_prev_ = f->live_next_ = nullptr;
}

Ref<Task> Loop::create_task(Ref<Coroutine> coro, std::string name) {
  check_closed();
  if (n_live_tasks_ >= limits_.max_live_tasks)
    raise(ErrKind::RuntimeError, "task budget exceeded: " + std::to_string(n_live_tasks_) + " live tasks");
  // Only an unnamed task takes a number from tasks.py's counter.
  if (name.empty()) name = "Task-" + std::to_string(++group_->task_counter);
  Ref<Task> t(new Task(*this, std::move(coro), std::move(name), ++group_->task_ids));
  t->parent_id_ = current_ ? current_->task_id_ : 0;
  if (group_->capture_context) t->context = group_->capture_context();
  call_soon(t->step_cb_);
  // register (strong reference held by the registry while not done)
  incref(t.get());
  t->task_prev_ = tasks_tail_;
  t->task_next_ = nullptr;
  if (tasks_tail_) tasks_tail_->task_next_ = t.get();
  else tasks_head_ = t.get();
  tasks_tail_ = t.get();
  ++n_live_tasks_;
  if (obs_) obs_->on_task_created(*t, current_);
  return t;
}

void Loop::task_finished(Task* t) {
  if (!t->task_prev_ && tasks_head_ != t) return;  // not registered
  if (!t->internal_ && obs_) obs_->on_task_done(*t);
  if (t->task_prev_) t->task_prev_->task_next_ = t->task_next_;
  else tasks_head_ = t->task_next_;
  if (t->task_next_) t->task_next_->task_prev_ = t->task_prev_;
  else tasks_tail_ = t->task_prev_;
  t->task_prev_ = t->task_next_ = nullptr;
  --n_live_tasks_;
  decref(t);
}

std::vector<Ref<Task>> Loop::all_tasks() const {
  std::vector<Ref<Task>> v;
  for (Task* t = tasks_head_; t; t = t->task_next_)
    if (!t->done() && !t->internal_) v.push_back(Ref<Task>(t));
  return v;
}

// ---------------------------------------------------------------- primitives

uint32_t Loop::register_primitive(Primitive* p) {
  group_->prims.push_back(p);
  return static_cast<uint32_t>(group_->prims.size());
}

void Loop::unregister_primitive(uint32_t id) {
  if (id >= 1 && id <= group_->prims.size()) group_->prims[id - 1] = nullptr;
}

Primitive* Loop::primitive(uint32_t id) const {
  if (id >= 1 && id <= group_->prims.size()) return group_->prims[id - 1];
  return nullptr;
}

// ---------------------------------------------------------------- reports

std::string Loop::describe_wait(const Task& t) const {
  Future* f = t.fut_waiter();
  if (!f) return t.done() ? "done" : "nothing (ready to run)";
  if (f->owner()) {
    if (Primitive* p = primitive(f->owner())) return p->describe_wait(*f);
  }
  if (f->is_task()) {
    auto* o = static_cast<Task*>(f);
    return "Task " + o->name() + " (" + (o->coro() ? o->coro()->name() : std::string("?")) + ")";
  }
  if (auto* g = dynamic_cast<GatheringFuture*>(f)) {
    size_t pending = 0;
    for (auto& c : g->children) pending += c->done() ? 0 : 1;
    return "gather (" + std::to_string(pending) + " of " + std::to_string(g->children.size()) + " pending)";
  }
  return "Future";
}

std::vector<BlockedTask> Loop::blocked_tasks() const {
  std::vector<BlockedTask> v;
  for (Task* t = tasks_head_; t; t = t->task_next_) {
    if (t->done() || t->internal_) continue;
    BlockedTask b;
    b.task_id = t->task_id();
    b.name = t->name();
    if (t->coro()) {
      b.coro_name = t->coro()->name();
      b.where = t->coro()->where();
    }
    b.waiting_on = describe_wait(*t);
    v.push_back(std::move(b));
  }
  return v;
}

// ---------------------------------------------------------------- run / close

namespace {
struct StopCb final : Callback {
  // base_events._run_until_complete_cb
  void call(Loop& loop, const Value& fut) override {
    if (auto* f = static_cast<Future*>(fut.obj())) {
      if (!f->cancelled()) (void)f->get_exception();
    }
    loop.stop();
  }
  const char* name() const override { return "_run_until_complete_cb"; }
};
}  // namespace

void Loop::check_running() {
  if (running_) raise(ErrKind::RuntimeError, "This event loop is already running");
  if (g_running) raise(ErrKind::RuntimeError, "Cannot run the event loop while another loop is running");
}

RunEnd Loop::run_forever() {
  check_closed();
  check_running();
  running_ = true;
  RunningScope scope(this);
  RunEnd end = RunEnd::Stopped;
  for (;;) {
    if (!run_once()) {
      end = time_limit_hit() ? RunEnd::TimeLimit : RunEnd::Deadlock;
      break;
    }
    if (stopping_) break;
  }
  stopping_ = false;
  running_ = false;
  return end;
}

RunResult Loop::run_until_complete(Ref<Future> fut) {
  Ref<Callback> stop_cb(new StopCb());
  fut->add_done_callback(stop_cb);
  RunEnd end = run_forever();
  fut->remove_done_callback(*stop_cb);
  RunResult r;
  r.time = time();
  if (end != RunEnd::Stopped) {
    r.status = end == RunEnd::Deadlock ? RunResult::Deadlock : RunResult::TimeLimit;
    r.blocked = blocked_tasks();
  } else if (!fut->done()) {
    r.status = RunResult::Raised;
    r.exception = make_error(ErrKind::RuntimeError, "Event loop stopped before Future completed.");
  } else {
    Outcome o = fut->get_result();
    r.status = o.ok ? RunResult::Completed : RunResult::Raised;
    (o.ok ? r.result : r.exception) = std::move(o.value);
  }
  return r;
}

namespace {
Async close_executor(Loop* loop) {
  if (loop->shutdown_default_executor)
    if (Ref<Future> f = loop->shutdown_default_executor(*loop)) co_await f;
  co_return Value();
}

Async close_asyncgens(Loop* loop) {
  if (loop->shutdown_asyncgens)
    if (Ref<Future> f = loop->shutdown_asyncgens(*loop)) co_await f;
  co_return Value();
}
}  // namespace

Ref<Task> Loop::create_shutdown_task(bool asyncgens) {
  Observer* obs = obs_;
  obs_ = nullptr;  // internal tasks are not shown
  Ref<Task> t = create_task((asyncgens ? close_asyncgens(this) : close_executor(this)).named("shutdown"));
  obs_ = obs;
  t->internal_ = true;
  return t;
}

Ref<Future> Loop::cancel_for_shutdown(const std::vector<Ref<Task>>& tasks) {
  std::vector<Value> vals;
  vals.reserve(tasks.size());
  for (const Ref<Task>& t : tasks) {
    t->shutdown_cancelled_ = true;
    t->cancel();
    vals.push_back(Value::object(t));
  }
  return gather(*this, vals, /*return_exceptions=*/true);
}

RunResult Loop::shutdown() {
  RunResult r;
  r.time = time();
  std::vector<Ref<Task>> to_cancel = all_tasks();
  if (!to_cancel.empty()) {
    r = run_until_complete(cancel_for_shutdown(to_cancel));
    if (r.status == RunResult::Deadlock || r.status == RunResult::TimeLimit) return r;
  }
  for (int i = 0; i < 2; ++i) {  // shutdown_asyncgens, then shutdown_default_executor
    r = run_until_complete(create_shutdown_task(i == 0));
    if (r.status == RunResult::Deadlock || r.status == RunResult::TimeLimit) return r;
  }
  r.result = Value();
  return r;
}

void Loop::close() {
  if (running_) raise(ErrKind::RuntimeError, "Cannot close a running event loop");
  if (closed_) return;
  closed_ = true;
  ready_.clear();
  scheduled_.clear();
}

RunResult Loop::run_main(Ref<Coroutine> main) {
  Runner r(*this, std::move(main));
  return r.run();
}

// ---------------------------------------------------------------- Runner


Runner::Runner(Loop& loop, Ref<Coroutine> main) : loop_(loop) {
  stop_cb_ = Ref<Callback>(new StopCb());
  main_ = loop.create_task(std::move(main));
  current_ = main_;
  current_->add_done_callback(stop_cb_);
}

Runner::~Runner() = default;

void Runner::finish_time_limit() {
  result_.status = RunResult::TimeLimit;
  result_.time = loop_.time();
  result_.blocked = loop_.blocked_tasks();
  phase_ = Phase::Done;
}

void Runner::finish_deadlock() {
  result_.status = RunResult::Deadlock;
  result_.time = loop_.time();
  result_.blocked = loop_.blocked_tasks();
  phase_ = Phase::Done;
}

bool Runner::step() {
  if (phase_ == Phase::Done) return false;
  RunningScope scope(&loop_);
  if (!loop_.run_once()) {
    if (loop_.time_limit_hit()) finish_time_limit();
    else finish_deadlock();
    return false;
  }
  if (loop_.stopping()) {
    loop_.clear_stopping();
    current_->remove_done_callback(*stop_cb_);
    after_run_forever();
  }
  return phase_ != Phase::Done;
}

void Runner::after_run_forever() {
  auto start_shutdown_task = [&](Phase next) {
    current_ = loop_.create_shutdown_task(next == Phase::Shutdown1);
    current_->add_done_callback(stop_cb_);
    phase_ = next;
  };
  switch (phase_) {
    case Phase::Main: {
      if (!main_->done()) {
        result_.status = RunResult::Raised;
        result_.exception = loop_.make_error(ErrKind::RuntimeError, "Event loop stopped before Future completed.");
      } else {
        Outcome o = main_->get_result();
        result_.status = o.ok ? RunResult::Completed : RunResult::Raised;
        (o.ok ? result_.result : result_.exception) = std::move(o.value);
      }
      // runners.Runner.close(): _cancel_all_tasks
      std::vector<Ref<Task>> to_cancel = loop_.all_tasks();
      if (to_cancel.empty()) {
        start_shutdown_task(Phase::Shutdown1);
        return;
      }
      current_ = loop_.cancel_for_shutdown(to_cancel);
      current_->add_done_callback(stop_cb_);
      phase_ = Phase::Cancel;
      return;
    }
    case Phase::Cancel:
      start_shutdown_task(Phase::Shutdown1);
      return;
    case Phase::Shutdown1:
      start_shutdown_task(Phase::Shutdown2);
      return;
    case Phase::Shutdown2:
    case Phase::Done:
      result_.time = loop_.time();
      current_ = nullptr;
      phase_ = Phase::Done;
      return;
  }
}

size_t Runner::run_until(double t) {
  size_t n = 0;
  while (!done()) {
    if (!loop_.has_ready() && !loop_.stopping()) {
      std::optional<double> nd = loop_.next_deadline();
      if (nd && *nd > t) break;
    }
    step();
    ++n;
  }
  return n;
}

RunResult Runner::run() {
  while (step()) {
  }
  return result_;
}

}  // namespace ts
