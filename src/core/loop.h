// The event loop: base_events.py's BaseEventLoop on a virtual clock.
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "core/callback.h"
#include "core/coro.h"
#include "core/errors.h"
#include "core/future.h"
#include "core/observer.h"
#include "core/pool.h"

namespace ts {

struct Primitive;

// events.Handle / events.TimerHandle in one type.
struct Handle final : Obj, Pooled {
  using Pooled::operator new;
  using Pooled::operator delete;
  Ref<Callback> cb;
  Value arg;
  double when = 0.0;
  Loop* loop = nullptr;
  bool cancelled = false;
  bool timer = false;
  bool scheduled = false;   // TimerHandle._scheduled (in the heap)
  void cancel();            // Handle.cancel / TimerHandle.cancel
  const char* type_name() const override { return timer ? "TimerHandle" : "Handle"; }
};

struct LoopLimits {
  size_t max_live_tasks = 1000000;
  // The virtual-time horizon: a loop that would move its clock past it stops
  // there (RunResult::TimeLimit) -- the end of `while True: await sleep(1)`,
  // of sleep(inf) and of sleep(1e308), which CPython would wait out forever.
  double max_time = 365.0 * 86400.0;
};

// One unfinished task in a deadlock report.
struct BlockedTask {
  uint32_t task_id = 0;
  std::string name;         // "Task-3"
  std::string coro_name;    // coroutine name()
  std::string where;        // coroutine where(), may be empty
  std::string waiting_on;   // e.g. "Semaphore 'sem' (value=0, 3 waiters)"
};

struct RunResult {
  enum Status : uint8_t { Completed, Raised, Deadlock, TimeLimit };
  Status status = Completed;
  Value result;       // Completed
  Value exception;    // Raised
  double time = 0.0;  // final virtual time
  std::vector<BlockedTask> blocked;  // Deadlock: every unfinished task, main included
};

// What else runs on the clock of a group of loops: the VM's threads
// (world/threads.h). While a loop would wait in select, the ticker's events
// due before the loop's next timer run first, each at its own time (as a
// thread runs while the loop sleeps; call_soon_threadsafe wakes the loop).
struct Ticker {
  virtual ~Ticker() = default;
  // When it next has something to do (now, if it is runnable); none: idle.
  virtual std::optional<double> next_event() = 0;
  // Runs what is due at the group's current time.
  virtual void run_due() = 0;
  // After each callback the loop ran (a task's step): the time its code
  // took, when code is charged as CPU time, passes now.
  virtual void after_callback() {}
};

// Code that runs on no loop (a thread's) while it lasts: no running loop.
struct NoRunningLoop {
  Loop* prev;
  NoRunningLoop();
  ~NoRunningLoop();
};

// What the loops of one process share: the clock (CPython's monotonic clock
// is process-wide, so a second loop continues the first one's time) and its
// horizon, the Task-N counter (tasks.py's process-wide itertools.count) and
// the primitive registry (ids stay unique across loops in traces/reports).
struct LoopGroup {
  double now = 0.0;
  bool time_limit_hit = false;
  // contextvars: what a new task runs in (a copy of the current context,
  // made by the script layer); unset: tasks carry no context.
  std::function<Value()> capture_context;
  uint32_t task_counter = 0;       // "Task-N"
  uint32_t task_ids = 0;           // Task::task_id(): every task, named or not
  std::vector<Primitive*> prims;   // index = id - 1
  Ticker* ticker = nullptr;        // not owned
};

// How run_forever() ended.
enum class RunEnd : uint8_t { Stopped, Deadlock, TimeLimit };

class Loop {
 public:
  explicit Loop(ErrorModel* errors = nullptr, LoopLimits limits = {});
  // A new loop of sibling's process (asyncio.new_event_loop()): same clock,
  // counters, error model, limits and observer. sibling must outlive it.
  explicit Loop(Loop& sibling);
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  // The loop inside run_once()/Runner::step() (asyncio.get_running_loop()).
  static Loop* running();
  // Its current task (asyncio.current_task()), or null.
  static Task* running_task() {
    Loop* l = running();
    return l ? l->current_task() : nullptr;
  }

  // ---- clock ----
  double time() const { return group_->now; }
  // Blocking time.sleep(dt) inside a callback: the clock moves, nothing runs.
  void advance(double dt);
  // The same to an absolute time (never backwards).
  void advance_to(double t) {
    if (t > time()) move_clock(t);
  }
  // The threads sharing the clock (null: none).
  void set_ticker(Ticker* t) { group_->ticker = t; }
  Ticker* ticker() const { return group_->ticker; }

  // ---- scheduling (Handle.cancel() to cancel) ----
  Ref<Handle> call_soon(Ref<Callback> cb, Value arg = Value());
  Ref<Handle> call_at(double when, Ref<Callback> cb, Value arg = Value());
  Ref<Handle> call_later(double delay, Ref<Callback> cb, Value arg = Value());

  // ---- futures and tasks ----
  Ref<Future> create_future();
  // loop.create_task(coro, name=...) (a task without a name is "Task-N"). Throws PyErr(RuntimeError "task budget
  // exceeded: N live tasks") when LoopLimits::max_live_tasks is reached.
  Ref<Task> create_task(Ref<Coroutine> coro, std::string name = std::string());
  Task* current_task() const { return current_; }
  // asyncio.all_tasks(): not-done tasks, in creation order.
  std::vector<Ref<Task>> all_tasks() const;
  size_t live_tasks() const { return n_live_tasks_; }
  // CPython's "Task-N" counter is process-wide: a VM that makes a new Loop
  // for a second asyncio.run() carries it over (the Runner's two shutdown
  // tasks consume numbers too, as in CPython).
  uint32_t task_counter() const { return group_->task_counter; }
  void set_task_counter(uint32_t n) { group_->task_counter = n; }
  // The context every task made from then on captures (LoopGroup::capture_context).
  void set_context_capture(std::function<Value()> f) { group_->capture_context = std::move(f); }

  // ---- running ----
  // One BaseEventLoop._run_once(). Returns false (and does nothing) when the
  // loop would block forever: nothing ready, no live timer, not stopping.
  bool run_once();
  void stop() { stopping_ = true; }
  bool stopping() const { return stopping_; }
  void clear_stopping() { stopping_ = false; }
  bool has_ready() const { return !ready_.empty(); }
  size_t ready_count() const { return ready_.size(); }
  // Deadline of the earliest live (not cancelled) timer, if any.
  std::optional<double> next_deadline() const;
  // asyncio.run(coro) (see Runner) to the end.
  RunResult run_main(Ref<Coroutine> main);

  // ---- BaseEventLoop's run / close API ----
  // run_forever(): _run_once() until stop() (RuntimeError "Event loop is
  // closed", "This event loop is already running", "Cannot run the event
  // loop while another loop is running" first). Where CPython would block
  // forever in select(None) it ends with Deadlock instead.
  RunEnd run_forever();
  // run_until_complete(future) for a Future of this loop: run_forever()
  // until it is done. Completed/Raised (with "Event loop stopped before
  // Future completed." when stopped early), Deadlock or TimeLimit with the
  // blocked tasks. The caller wraps coroutines with ensure_future.
  RunResult run_until_complete(Ref<Future> fut);
  bool is_running() const { return running_; }
  bool is_closed() const { return closed_; }
  // close(): RuntimeError "Cannot close a running event loop"; drops the
  // ready callbacks and timers (a second close does nothing).
  void close();
  // _check_closed(): RuntimeError "Event loop is closed".
  void check_closed();
  // _check_running(): RuntimeError when this or another loop is running.
  void check_running();
  // runners.Runner.close() before loop.close(): _cancel_all_tasks (cancel
  // what is left, gather it), then shutdown_asyncgens() and
  // shutdown_default_executor() as tasks (they take Task-N numbers).
  // Completed, or Deadlock/TimeLimit.
  RunResult shutdown();
  // _cancel_all_tasks's first half, for both shutdown paths: cancels each of
  // `tasks` as asyncio.run's end does (Task::shutdown_cancelled_: the
  // trace's "killed", not a cancel the script asked for) and returns
  // gather(*tasks, return_exceptions=True) to wait on.
  Ref<Future> cancel_for_shutdown(const std::vector<Ref<Task>>& tasks);
  // A task of the loop's own (the runner's shutdown steps): not reported to
  // observers, not in all_tasks(). asyncgens: it closes the async
  // generators still alive (shutdown_asyncgens); else it only yields.
  Ref<Task> create_shutdown_task(bool asyncgens);

  // ---- plumbing ----
  ErrorModel& errors() { return *errors_; }
  void set_errors(ErrorModel* e);   // not owned; null = default model
  Observer* observer() const { return obs_; }
  void set_observer(Observer* o) { obs_ = o; }
  // Called when the callback of handle h raises (Handle._run's
  // call_exception_handler; default: records nothing, notifies observer).
  using ExceptionHandler = std::function<void(Loop&, Handle& h, const Value& exc)>;
  void set_exception_handler(ExceptionHandler h) { exc_handler_ = std::move(h); }
  // loop.shutdown_asyncgens() (asyncio.run's first shutdown step): the
  // future, on the given loop, of closing the async generators still alive
  // (the VM knows them), or null when there are none. A loop made from
  // another copies its hook.
  std::function<Ref<Future>(Loop&)> shutdown_asyncgens;
  // loop.shutdown_default_executor() (the second step): the future of the
  // default executor's threads finishing (the VM's executor), or null.
  std::function<Ref<Future>(Loop&)> shutdown_default_executor;
  const LoopLimits& limits() const { return limits_; }
  void set_limits(LoopLimits l) { limits_ = l; }
  // The clock reached limits().max_time: run_once() runs nothing more.
  bool time_limit_hit() const { return group_->time_limit_hit; }

  // Primitives registry (ids start at 1).
  uint32_t register_primitive(Primitive* p);
  void unregister_primitive(uint32_t id);
  Primitive* primitive(uint32_t id) const;

  // Report: what a task waits on, e.g. "Semaphore 'gate' (value=0, 3 waiters)".
  std::string describe_wait(const Task& t) const;
  std::vector<BlockedTask> blocked_tasks() const;

  // Convenience: throw PyErr of the model's kind.
  [[noreturn]] void raise(ErrKind kind, const std::string& msg = std::string());
  Value make_error(ErrKind kind, const std::string& msg = std::string()) { return errors_->make_error(kind, msg); }

  // ---- internals used by Future/Task ----
  void enter_task(Task* t) { current_ = t; }
  void leave_task() { current_ = nullptr; }
  uint32_t next_future_id() { return ++future_ids_; }
  void link_future(Future* f);
  void unlink_future(Future* f);
  void task_finished(Task* t);   // unregister from all_tasks
  void timer_handle_cancelled(Handle* h);
  void run_handle(Handle& h);

 private:
  void heap_push(Ref<Handle> h);
  Ref<Handle> heap_pop();
  void sift_down(size_t startpos, size_t pos);
  void sift_up(size_t pos);
  void heapify();

  std::shared_ptr<LoopGroup> group_;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  std::deque<Ref<Handle>> ready_;
  std::vector<Ref<Handle>> scheduled_;
  size_t timer_cancelled_count_ = 0;
  Task* current_ = nullptr;
  Task* tasks_head_ = nullptr;   // not-done tasks, creation order
  Task* tasks_tail_ = nullptr;
  size_t n_live_tasks_ = 0;
  uint32_t future_ids_ = 0;
  Future* futures_head_ = nullptr;   // every live future (teardown)
  ErrorModel* errors_;
  std::unique_ptr<ErrorModel> default_errors_;
  Observer* obs_ = nullptr;
  ExceptionHandler exc_handler_;
  LoopLimits limits_;
  // Moves the clock to `to`, or to the horizon (and stops) if `to` is past it.
  void move_clock(double to);
  bool run_ticker();
  friend class Runner;
};

// asyncio.run(main) as a step machine, so the UI can play it:
//   phase Main:   run_until_complete(main task) (stop via done callback)
//   phase Cancel: _cancel_all_tasks: cancel leftovers, gather them
//                 (return_exceptions=True), run until that completes
//   then shutdown_asyncgens / shutdown_default_executor (trivial tasks).
// step() = one Loop::run_once() (plus phase bookkeeping between them).
class Runner {
 public:
  Runner(Loop& loop, Ref<Coroutine> main);
  ~Runner();
  // Returns false once finished (done() is then true).
  bool step();
  bool done() const { return phase_ == Phase::Done; }
  // Runs to the end; same as Loop::run_main.
  RunResult run();
  // For the UI: step while the next iteration would not move the clock past
  // `t` (ready work runs; a timer due after t stops it). Returns the number
  // of steps taken. A deadlock is detected as soon as it happens.
  size_t run_until(double t);
  // Valid when done().
  const RunResult& result() const { return result_; }
  Task* main_task() const { return main_.get(); }

 private:
  enum class Phase : uint8_t { Main, Cancel, Shutdown1, Shutdown2, Done };
  void after_run_forever();
  void finish_deadlock();
  void finish_time_limit();
  Loop& loop_;
  Ref<Task> main_;
  Ref<Future> current_;      // future run_until_complete is waiting for
  Ref<Callback> stop_cb_;
  Phase phase_ = Phase::Main;
  RunResult result_;
};

}  // namespace ts
