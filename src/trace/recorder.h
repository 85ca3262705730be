// Records a core Loop into a Trace: implements the core's Observer and maps
// core tasks/primitives to trace ids. Install with loop.set_observer(&rec).
//
//   Loop loop;  trace::Trace tr;  trace::Recorder rec(loop, tr);
//   loop.set_observer(&rec);
//   ... rec.print("hello") from coroutines ...
//   RunResult r = loop.run_main(main);  rec.finish(r);
#pragma once
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>
#include "core/loop.h"
#include "core/observer.h"
#include "trace/trace.h"

namespace ts::trace {

class Recorder final : public ts::Observer {
 public:
  Recorder(Loop& loop, Trace& trace) : loop_(loop), tr_(trace) {}

  // A console line printed now by the current task (no trailing newline).
  void print(std::string text);
  // An event of the simulated world's API traffic, by the current task, now.
  void api(ApiEvent e);
  // A progress bar's (tqdm's) report, by the current task, now.
  void progress(ProgressEvent e);
  // A thread or process of the world (world/threads.h), by its ident: "start"
  // (named `name`, made by the running task if any), then its state:
  // "running", "ready", "sleeping", "blocked", "done" or "raised".
  void thread(uint64_t ident, const std::string& what, const std::string& name = {}, bool process = false);
  // Where the script is (its source line, 0 if unknown), asked at each event
  // so the trace can say which line each task was at (Trace::task_line_at).
  void set_line_source(std::function<uint32_t()> f) { line_ = std::move(f); }
  // Marks the end of the run (outcome "completed", "raised: ...", "deadlock").
  void finish(const RunResult& r);

  // Trace id of a core task (kNone if never seen).
  TaskId task_id(const Task& t) const;
  PrimId prim_id(const Primitive& p);

  // ---- Observer ----
  void on_task_created(const Task& t, const Task* parent) override;
  void on_task_renamed(const Task& t) override;
  void on_step_begin(const Task& t) override;
  void on_step_end(const Task& t) override;
  void on_task_blocked(const Task& t, const Future& on) override;
  void on_task_done(const Task& t) override;
  void on_primitive_created(const Primitive& p) override;
  void on_enter(const Primitive& p, const Task* by) override;
  void on_leave(const Primitive& p, const Task* by) override;
  void on_queue_changed(const Queue& q) override;
  static trace::QueueOp queue_side(const Queue& q, const Future& on);
  void on_sleep(const Task* t, double until) override;
  void on_time(double from, double to) override;

 private:
  TaskId ensure_task(const Task& t);
  void mark();  // the line the running task is at, for the events that follow
  std::function<uint32_t()> line_;
  void fix_capacity(const Primitive& p, PrimId id, int entering);
  struct TaskRec {
    uint32_t waiting_prim = kNone;  // queued at this gate (trace id)
    uint32_t woke_from = kNone;     // gate it was queued at when this step began
    bool sleep_armed = false;
    bool suspended = false;         // blocked during the current step
    bool done = false;
  };
  Loop& loop_;
  Trace& tr_;
  std::unordered_map<uint32_t, TaskId> tasks_;  // core task_id -> trace id
  std::unordered_map<uint64_t, TaskId> threads_;  // thread ident -> trace id
  std::vector<TaskRec> rec_;                    // by trace id
  std::vector<PrimId> prims_;                   // core prim id -> trace id
  std::vector<uint8_t> cap_known_;              // by trace prim id
  std::unordered_map<std::string, int> named_;  // label -> primitives given it so far
};

}  // namespace ts::trace
