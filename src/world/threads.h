// Threads, the GIL and CPU time on the virtual clock: the scheduling policy
// under `_thread` (world/thread_module.cpp). Each thread is a chain of frames
// (vm/threads.cpp) that runs until a native blocks it; it then waits for a
// Wait, which a timer, a lock release or the GIL completes. Threads run at
// the loops' clock (core Ticker): while a loop waits in select, threads run;
// while the main thread blocks (time.sleep, join, Lock.acquire in a
// coroutine or at top level), the loop is stopped and only threads run.
//
// Rules (CPython's, on the virtual clock):
// - a blocking call blocks only its thread (and releases the GIL);
// - Python code takes no time; CPU time is asked for (cpu(seconds)) and
//   needs the GIL: holders take turns every switch interval (5 ms, as
//   sys.getswitchinterval()), the main thread among them;
// - unless Python code is charged (Policy::step_cost, off by default): then
//   each VM step (a loop iteration or a call) a thread runs is CPU time it
//   owes, paid under the GIL at its next settle point -- before it sleeps,
//   asks for cpu(), acquires or releases a lock, reads the clock or ends; the
//   main thread also after each callback of the event loop (a task's step
//   that computes holds up the loop);
// - a process (multiprocessing's workers) has a GIL of its own: its CPU
//   work runs on one of `cores` cores, in parallel with the others (first
//   come, first served when all are busy), after a start-up cost (fork).
// - a process's module state is its own: it starts with a copy of the
//   script's globals (multiprocessing makes it, as fork would), which the
//   script's functions read and write there (VM::forked_globals); a thread it
//   starts shares its copy.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/loop.h"
#include "script/vm/vm.h"
#include "trace/stats.h"

namespace ts::world {

struct SimThread final : Obj {
  uint64_t ident = 0;
  std::string name;      // threading's name for it ("ThreadPoolExecutor-0_0"), for the timeline
  bool process = false;  // the main thread of a process: its CPU work runs on a core, not under our GIL
  uint64_t process_ident = 0;  // the main thread's ident of its process (0: the parent)
  double owed = 0;  // CPU seconds of its Python code not yet paid (step_cost)
  Ref<vm::Dict> globals;  // its process's copy of the script's globals (VM::forked_globals); null in the parent
  vm::ThreadCode code;
  Value resume;  // what the native it blocked in returns
  const char* type_name() const override { return "_thread._thread"; }
};

// What a blocked thread (or the blocked main thread) waits for; done once.
// It keeps its thread alive meanwhile.
struct Wait final : Obj {
  Ref<SimThread> thread;  // null: the main thread
  bool done = false;
  Value result;
  const char* type_name() const override { return "_thread._wait"; }
};

// _thread.lock: not reentrant; release() hands it to the first waiter.
struct SimLock final : Obj {
  bool locked = false;
  std::deque<Ref<Wait>> waiters;
  const char* type_name() const override { return "lock"; }
};

// The numbers of the model (the memory ones: trace/stats.h).
struct Policy {
  double switch_interval = 0.005;  // sys.getswitchinterval()
  int cores = 4;                   // os.cpu_count(): processes run in parallel up to it
  double process_start = 0.010;    // a forked worker runs this long after start() (8.7 ms measured)
  double step_cost = 0;            // CPU seconds per VM step of Python code; 0: it takes no time
  trace::MemoryModel memory;       // what a task, a thread and a process cost
};

// _turnstile_cpu.stats(): what runs now and at most so far.
struct Counts {
  size_t threads = 0, processes = 0, peak_threads = 0, peak_processes = 0;
};

class Threads final : public vm::ThreadHost, public Ticker, public vm::ModuleState {
 public:
  // Frees the frames of the threads still blocked (a pool worker waiting for
  // work forever): they hold the locks that hold their waits.
  ~Threads() override;
  // Makes this the VM's thread host (on first use of _thread).
  void attach(vm::VM& vm);
  Policy policy;

  // _thread.start_new_thread (runnable now) or a process's main thread
  // (runnable after policy.process_start); its ident. `name` is what the
  // timeline calls it ("Thread-<ident>" when empty).
  // A process's `globals` is its copy of the script's globals (null: the parent's).
  uint64_t start(Value fn, std::vector<Value> args, Ref<vm::Dict> kwargs, bool process = false,
                 std::string name = {}, Ref<vm::Dict> globals = {});
  const Counts& counts() const { return counts_; }
  uint64_t current_ident() const;
  // The process the running thread belongs to: 0 for the parent, else its
  // main thread's ident (a thread a worker starts belongs to the worker).
  uint64_t current_process() const { return current_ ? current_->process_ident : 0; }
  static constexpr uint64_t kMainIdent = 1;
  size_t count() const { return counts_.threads; }

  // Blocks the running thread until w is done, and sets out to its result:
  // a thread's chain suspends (its result comes when it resumes), the main
  // thread runs the threads until then. `what` names the call in errors.
  bool block(vm::VM& vm, Ref<Wait> w, Value& out, const char* what);
  Ref<Wait> new_wait() const;
  // w is done with result: its thread becomes runnable.
  void complete(Wait& w, Value result);
  // fn runs at virtual time `when`.
  void at(double when, std::function<void()> fn);

  bool sleep(vm::VM& vm, double d, Value& out) override;
  bool charging() const override { return policy.step_cost > 0; }
  bool settle_then(vm::VM& vm, std::function<Value()> value, Value& out) override;
  void after_callback() override;
  // Python code charged at `seconds` a VM step from now on (0: off).
  void set_step_cost(double seconds);
  uint64_t running_thread() const override { return current_ident() == kMainIdent ? 0 : current_ident(); }
  // CPU work of `seconds` under the GIL.
  bool cpu(vm::VM& vm, double seconds, Value& out);
  // lock.acquire(blocking, timeout) (timeout < 0: forever) and release().
  bool acquire(vm::VM& vm, SimLock& l, bool blocking, double timeout, Value& out);
  bool release(vm::VM& vm, SimLock& l, Value& out);

  std::optional<double> next_event() override;
  void run_due() override;

 private:
  struct Timer {
    double when;
    uint64_t seq;
    std::function<void()> fn;
  };
  // then: what to do once the work is done (null: w completes), as a
  // blocking call does its part once the code before it has had its time.
  struct CpuJob {
    Ref<Wait> w;
    double left;
    std::function<void(const Ref<Wait>&)> then;
  };
  static bool later(const Timer& a, const Timer& b) { return a.when != b.when ? a.when > b.when : a.seq > b.seq; }
  void fire_due();
  void run_runnable();
  void step(SimThread& t);
  void grant_gil();
  void run_on_core(CpuJob j);
  void start_cpu(CpuJob j);
  void job_done(CpuJob& j);
  // The steps run since the last look, owed by the thread that ran them.
  void account();
  // A blocking call in two parts: the running thread (t; null: the main
  // one) first pays what its code owes, then `arm(w, t)` does the call's
  // part (completes w now or arranges for it); it blocks until w is done.
  using Arm = std::function<void(const Ref<Wait>&, SimThread* t)>;
  bool settled(vm::VM& vm, const char* what, Arm arm, Value& out);
  void finish(SimThread& t, Step s);
  // Tells the trace (VM::world_event "thread") what thread t does from now
  // on: "start", "running" (Python, or CPU work holding the GIL or a core),
  // "ready" (waiting for the GIL, a core or its turn), "sleeping",
  // "blocked", "done", "raised". Nothing for the main thread (null).
  void say(const SimThread* t, const char* what);

  vm::VM* vm_ = nullptr;
  std::vector<Timer> timers_;  // a heap (later() on top last)
  uint64_t seq_ = 0;
  std::deque<Ref<SimThread>> runq_;
  std::vector<Ref<SimThread>> live_;  // started, not finished (the end of a run frees their frames)
  SimThread* current_ = nullptr;
  uint64_t next_ident_ = kMainIdent;
  int64_t steps_seen_ = 0;  // vm.steps at the last account()
  double main_owed_ = 0;    // the main thread's SimThread::owed
  Counts counts_;
  std::deque<CpuJob> gil_;  // the holder first, then the threads waiting for it
  bool gil_busy_ = false;
  const SimThread* gil_holder_ = nullptr;  // whose CPU work has the GIL now (null: the main thread's, or none)
  int cores_busy_ = 0;
  std::deque<CpuJob> core_queue_;  // processes' CPU work waiting for a core
};

// Registers _thread and _turnstile_cpu (world/thread_module.cpp) for every VM.
void register_modules();

}  // namespace ts::world
