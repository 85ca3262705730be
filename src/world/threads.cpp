// The thread scheduler: timers on the shared clock, the run queue, the GIL.
#include "world/threads.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace ts::world {

Threads::~Threads() {
  if (vm_ && vm_->loop.ticker() == this) vm_->loop.set_ticker(nullptr);
  timers_.clear();
  runq_.clear();
  for (Ref<SimThread>& t : live_) {
    t->code.chain.clear();
    t->code.args.clear();
    t->code.fn = Value();
    t->code.kwargs = nullptr;
    t->resume = Value();
  }
}

void Threads::attach(vm::VM& vm) {
  if (vm_) return;
  vm_ = &vm;
  vm.threads = this;
  vm.loop.set_ticker(this);
}

void Threads::say(const SimThread* t, const char* what) {
  if (!t || !vm_ || !vm_->world_event) return;
  vm::VM::WorldFields f{{"ident", std::to_string(t->ident)}, {"what", what}};
  if (what[0] == 's' && what[1] == 't') {  // "start"
    f.emplace_back("name", t->name);
    f.emplace_back("process", t->process ? "True" : "False");
  }
  vm_->world_event("thread", f);
}

uint64_t Threads::start(Value fn, std::vector<Value> args, Ref<vm::Dict> kwargs, bool process, std::string name,
                        Ref<vm::Dict> globals) {
  Ref<SimThread> t(new SimThread);
  t->ident = ++next_ident_;
  t->name = name.empty() ? (process ? "Process-" : "Thread-") + std::to_string(t->ident) : std::move(name);
  t->process = process;
  // A thread lives in its starter's process.
  t->process_ident = process ? t->ident : current_process();
  t->globals = process ? std::move(globals) : vm_->forked_globals;
  t->code.fn = std::move(fn);
  t->code.args = std::move(args);
  t->code.kwargs = std::move(kwargs);
  live_.push_back(t);
  size_t& n = process ? counts_.processes : counts_.threads;
  size_t& peak = process ? counts_.peak_processes : counts_.peak_threads;
  peak = std::max(peak, ++n);
  say(t.get(), "start");
  say(t.get(), "ready");
  if (!process) {
    runq_.push_back(t);
  } else {
    Threads* self = this;
    at(vm_->loop.time() + policy.process_start, [self, t] { self->runq_.push_back(t); });
  }
  return t->ident;
}

uint64_t Threads::current_ident() const { return current_ ? current_->ident : kMainIdent; }

Ref<Wait> Threads::new_wait() const {
  Ref<Wait> w(new Wait);
  w->thread = Ref<SimThread>(current_);
  return w;
}

void Threads::complete(Wait& w, Value result) {
  if (w.done) return;
  w.done = true;
  w.result = std::move(result);
  if (Ref<SimThread> t = std::move(w.thread)) {
    say(t.get(), "ready");
    t->resume = w.result;
    runq_.push_back(std::move(t));
  }
}

void Threads::at(double when, std::function<void()> fn) {
  timers_.push_back(Timer{when, seq_++, std::move(fn)});
  std::push_heap(timers_.begin(), timers_.end(), later);
}

std::optional<double> Threads::next_event() {
  if (!runq_.empty()) return vm_->loop.time();
  if (timers_.empty()) return std::nullopt;
  return timers_.front().when;
}

void Threads::fire_due() {
  const double now = vm_->loop.time();
  while (!timers_.empty() && timers_.front().when <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), later);
    Timer t = std::move(timers_.back());
    timers_.pop_back();
    t.fn();
  }
}

// The threads runnable now, in the order they became so (those they wake run next time).
void Threads::run_runnable() {
  NoRunningLoop outside;
  for (size_t n = runq_.size(); n > 0 && !runq_.empty(); --n) {
    Ref<SimThread> t = std::move(runq_.front());
    runq_.pop_front();
    step(*t);
    if (vm_->fatal) return;
  }
}

void Threads::run_due() {
  fire_due();
  run_runnable();
}

void Threads::step(SimThread& t) {
  account();  // what ran until now was the one that called in
  SimThread* prev = current_;
  current_ = &t;
  Ref<vm::Dict> prev_globals = std::exchange(vm_->forked_globals, t.globals);
  Value v = std::move(t.resume);
  t.resume = Value();
  say(&t, "running");
  Step s = vm::run_thread(*vm_, t.code, Resume::Send, std::move(v));
  account();
  vm_->forked_globals = std::move(prev_globals);
  current_ = prev;
  if (s.kind == Step::Yield) return;  // a native blocked it (and said how): complete() queues it again
  if (t.owed > 0 && !vm_->fatal) {
    // Its last stretch of code has its CPU time before it ends.
    Ref<SimThread> keep(&t);
    Ref<Wait> w(new Wait);
    w->thread = keep;
    double owed = std::exchange(t.owed, 0.0);
    auto done = std::make_shared<Step>(std::move(s));
    Threads* self = this;
    say(&t, "ready");
    start_cpu(CpuJob{w, owed, [self, keep, done](const Ref<Wait>&) { self->finish(*keep, std::move(*done)); }});
    return;
  }
  finish(t, std::move(s));
}

void Threads::finish(SimThread& t, Step s) {
  say(&t, s.kind == Step::Raise ? "raised" : "done");
  (t.process ? counts_.processes : counts_.threads)--;
  live_.erase(std::find(live_.begin(), live_.end(), Ref<SimThread>(&t)));
  if (s.kind == Step::Raise && !vm_->fatal && vm_->write_err) {
    // What _thread does with an exception its function let out (threading's own handler comes first).
    std::string r;
    vm_->repr(t.code.fn, r);
    vm_->error = Value();
    vm_->write_err("Unhandled exception in thread started by " + r + "\n" + vm_->format_traceback(s.value));
  }
}

bool Threads::block(vm::VM& vm, Ref<Wait> w, Value& out, const char* what) {
  if (w->done) {
    out = w->result;
    return true;
  }
  if (current_) {
    if (!vm.can_block())
      return vm.raise(vm.RuntimeError, std::string(what) +
                                           " cannot block this thread here: it was called back from native code");
    vm.block_on = Value::object(w.get());
    out = Value();
    return true;
  }
  // The main thread: the loop (if any) is stopped; the threads run until w is done.
  while (!w->done) {
    if (!runq_.empty()) {
      run_runnable();
      if (vm.fatal) return false;
      continue;
    }
    if (timers_.empty())
      return vm.raise(vm.RuntimeError, std::string("deadlock: the main thread blocks forever in ") + what +
                                           " (no thread or timer can wake it)");
    vm.loop.advance_to(timers_.front().when);
    if (vm.loop.time_limit_hit()) return vm.fail_budget("virtual time budget exceeded in " + std::string(what));
    fire_due();
  }
  out = w->result;
  return true;
}

bool Threads::sleep(vm::VM& vm, double d, Value& out) {
  Threads* self = this;
  return settled(vm, "time.sleep()", [self, d](const Ref<Wait>& w, SimThread* t) {
    self->say(t, "sleeping");
    self->at(self->vm_->loop.time() + d, [self, w] { self->complete(*w, Value()); });
  }, out);
}

// ---- Python code as CPU time -------------------------------------------------

void Threads::set_step_cost(double seconds) {
  account();
  policy.step_cost = seconds;
}

void Threads::account() {
  if (!vm_) return;
  const int64_t now = vm_->steps;
  if (policy.step_cost > 0 && now > steps_seen_)
    (current_ ? current_->owed : main_owed_) += double(now - steps_seen_) * policy.step_cost;
  steps_seen_ = now;
}

bool Threads::settled(vm::VM& vm, const char* what, Arm arm, Value& out) {
  account();
  SimThread* t = current_;
  double& owed = t ? t->owed : main_owed_;
  // Code called back from native code cannot block: it pays at the next point that can.
  if (owed > 0 && (!t || vm.can_block())) {
    Ref<Wait> w = new_wait();
    say(t, "ready");
    start_cpu(CpuJob{w, std::exchange(owed, 0.0), [arm, t](const Ref<Wait>& w) { arm(w, t); }});
    return block(vm, w, out, what);
  }
  // At once: w has no thread to wake while arm runs (its thread is running),
  // only if it is left waiting.
  Ref<Wait> w(new Wait);
  arm(w, t);
  if (!w->done) w->thread = Ref<SimThread>(t);
  return block(vm, w, out, what);
}

bool Threads::settle_then(vm::VM& vm, std::function<Value()> value, Value& out) {
  Threads* self = this;
  return settled(vm, "the clock", [self, value](const Ref<Wait>& w, SimThread*) { self->complete(*w, value()); },
                 out);
}

void Threads::after_callback() {
  if (policy.step_cost <= 0 || current_) return;
  account();
  if (main_owed_ <= 0) return;
  Value ignored;
  Ref<Wait> w = new_wait();
  start_cpu(CpuJob{w, std::exchange(main_owed_, 0.0), nullptr});
  if (!block(*vm_, w, ignored, "a task's step")) vm_->error = Value();
}

// ---- the GIL ----------------------------------------------------------------

// The holder runs one switch interval (or what it has left), then the next
// in line takes over; one alone goes on.
void Threads::grant_gil() {
  const SimThread* next = gil_.empty() ? nullptr : gil_.front().w->thread.get();
  if (gil_holder_ && gil_holder_ != next) say(gil_holder_, "ready");  // its turn is over
  if (next && next != gil_holder_) say(next, "running");
  gil_holder_ = next;
  if (gil_.empty()) {
    gil_busy_ = false;
    return;
  }
  gil_busy_ = true;
  const double slice = std::min(gil_.front().left, policy.switch_interval);
  Threads* self = this;
  at(vm_->loop.time() + slice, [self, slice] {
    CpuJob j = std::move(self->gil_.front());
    self->gil_.pop_front();
    j.left -= slice;
    if (j.left <= 1e-12) self->job_done(j);
    else self->gil_.push_back(std::move(j));
    self->grant_gil();
  });
}

// A process's CPU work: on a free core at once, to its end; else in line.
void Threads::run_on_core(CpuJob j) {
  cores_busy_++;
  Threads* self = this;
  say(j.w->thread.get(), "running");
  const double left = j.left;
  auto job = std::make_shared<CpuJob>(std::move(j));
  at(vm_->loop.time() + left, [self, job] {
    self->job_done(*job);
    self->cores_busy_--;
    if (!self->core_queue_.empty()) {
      CpuJob next = std::move(self->core_queue_.front());
      self->core_queue_.pop_front();
      self->run_on_core(std::move(next));
    }
  });
}

void Threads::job_done(CpuJob& j) {
  if (j.then) j.then(j.w);
  else complete(*j.w, Value());
}

// CPU work of j.w's thread: on a core of its process's own, or in line for the GIL.
void Threads::start_cpu(CpuJob j) {
  const SimThread* t = j.w->thread.get();
  if (t && t->process) {
    if (cores_busy_ < policy.cores) run_on_core(std::move(j));
    else core_queue_.push_back(std::move(j));
  } else {
    gil_.push_back(std::move(j));
    if (!gil_busy_) grant_gil();
  }
}

bool Threads::cpu(vm::VM& vm, double seconds, Value& out) {
  account();
  double& owed = current_ ? current_->owed : main_owed_;
  seconds += std::exchange(owed, 0.0);  // the code before the call, then the call's own work
  if (!(seconds > 0)) {
    out = Value();
    return true;
  }
  Ref<Wait> w = new_wait();
  say(current_, "ready");  // until the GIL or a core is its
  start_cpu(CpuJob{w, seconds, nullptr});
  return block(vm, w, out, "cpu()");
}

// ---- locks -------------------------------------------------------------------

bool Threads::acquire(vm::VM& vm, SimLock& l, bool blocking, double timeout, Value& out) {
  Threads* self = this;
  Ref<SimLock> lock(&l);
  return settled(vm, "lock.acquire()", [self, lock, blocking, timeout](const Ref<Wait>& w, SimThread* t) {
    if (!lock->locked) {
      lock->locked = true;
      self->complete(*w, Value::boolean(true));
      return;
    }
    if (!blocking || timeout == 0) {
      self->complete(*w, Value::boolean(false));
      return;
    }
    lock->waiters.push_back(w);
    self->say(t, "blocked");
    if (timeout > 0) {
      self->at(self->vm_->loop.time() + timeout, [self, lock, w] {
        if (w->done) return;
        auto& q = lock->waiters;
        q.erase(std::remove(q.begin(), q.end(), w), q.end());
        self->complete(*w, Value::boolean(false));
      });
    }
  }, out);
}

bool Threads::release(vm::VM& vm, SimLock& l, Value& out) {
  if (!l.locked) return vm.raise(vm.RuntimeError, "release unlocked lock");
  Threads* self = this;
  Ref<SimLock> lock(&l);
  return settled(vm, "lock.release()", [self, lock](const Ref<Wait>& w, SimThread*) {
    if (!lock->waiters.empty()) {
      Ref<Wait> next = std::move(lock->waiters.front());
      lock->waiters.pop_front();
      self->complete(*next, Value::boolean(true));  // it stays locked: next's thread holds it now
    } else {
      lock->locked = false;
    }
    self->complete(*w, Value());
  }, out);
}

}  // namespace ts::world
