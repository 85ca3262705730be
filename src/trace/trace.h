// Compact trace of one run: fixed-size events, console lines, and the views
// derived from them (per-task state intervals, per-primitive occupancy) that
// the UI reads to draw any instant of the run.
//
// The trace knows nothing about the core's classes: a Recorder (recorder.h)
// or the VM feeds it through the calls below, always with nondecreasing
// virtual time. Everything the UI shows comes from here, so a run is computed
// once and then replayed/scrubbed freely.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ts::trace {

using TaskId = uint32_t;
using PrimId = uint32_t;
constexpr uint32_t kNone = 0xFFFFFFu;  // 24-bit "no object"

enum class EvKind : uint8_t {
  TaskCreate,  // obj = parent task or kNone
  TaskRun,     // the task starts a step
  TaskReady,   // scheduled to run (woken), not running yet
  TaskBlock,   // suspended on something that is not a gate/sleep (obj = prim or kNone)
  TaskSleep,   // suspended in asyncio.sleep
  TaskDone,    // arg = DoneHow
  GateWait,    // task queues at gate obj
  GateEnter,   // task got inside gate obj; arg = slot
  GateLeave,   // task left gate obj
  GateGiveUp,  // task stopped waiting at gate obj without entering (cancelled)
  Print,       // obj = console line index (low 24 bits)
  PrimCreate,  // obj = prim
  Advance,     // the clock jumped to t
  Api,         // the simulated world's API traffic: obj = index into api()
  QueueGet,    // task waits in queue obj's get() (the queue is empty)
  QueuePut,    // task waits in queue obj's put() (the queue is full)
  QueueJoin,   // task waits in queue obj's join() (items not yet task_done())
  QueueLevel,  // queue obj holds `task` items now (after a put or a get): a count, not a task
  Progress,    // a progress bar (tqdm) opened, counted or closed: obj = index into progress()
};

// Which side of an asyncio.Queue a task waits on.
enum class QueueOp : uint8_t { Get, Put, Join };

// Killed: cancelled by asyncio.run's shutdown (still pending when the main
// coroutine returned), not by the script.
enum class DoneHow : uint8_t { Ok, Raised, Cancelled, Killed };
const char* done_how_name(DoneHow h);  // "ok", "raised", "cancelled", "killed"

// What a timeline row is: an asyncio Task, or one of the world's threads or
// processes (world/threads.h). A thread's states: Running while it holds the
// GIL for CPU work (a process: while it has a core), Ready while it waits for
// the GIL (or a core) or to run its Python, Sleeping in time.sleep, Blocked
// on a lock, a queue or a future, Done when its function returned.
enum class TaskKind : uint8_t { Task, Thread, Process };
const char* task_kind_name(TaskKind k);  // "task", "thread", "process"

// One event: 16 bytes.
struct Event {
  double t;
  TaskId task;
  uint32_t obj : 24;
  uint32_t kind : 8;
  EvKind ev() const { return static_cast<EvKind>(kind); }
};
static_assert(sizeof(Event) == 16, "trace events must stay 16 bytes");

// What a task is doing, as drawn on the timeline.
enum class State : uint8_t {
  Pending,   // not created yet
  Ready,     // scheduled, waiting for its turn on the loop
  Running,   // executing a step
  Waiting,   // queued at a gate (prim)
  Inside,    // holds a gate (prim) and is suspended (e.g. sleeping inside)
  Sleeping,  // asyncio.sleep outside any gate
  Blocked,   // awaiting something else (a task, gather, an event...)
  Done,
  Count
};
const char* state_name(State s);  // "running", "waiting", "inside", ...

// A maximal interval [t0, t1) in one state. Zero-length segments record
// instants (a step that ran in zero virtual time).
struct Segment {
  double t0, t1;
  State state;
  uint8_t done_how;  // for Done
  uint8_t flags;     // kSegSleeping: Inside and sleeping there
  uint32_t prim;     // gate for Waiting/Inside, target for Blocked, else kNone
};
constexpr uint8_t kSegSleeping = 1;
// Blocked on a queue (Segment::prim): in get(), put() or join().
constexpr uint8_t kSegQueueGet = 2, kSegQueuePut = 4, kSegQueueJoin = 8;

struct TaskInfo {
  std::string name;
  std::string detail;  // e.g. the coroutine's name ("worker"), for tooltips
  TaskId parent = kNone;
  TaskKind kind = TaskKind::Task;
  double created = 0, finished = -1;  // finished < 0: never finished
  DoneHow how = DoneHow::Ok;
  std::vector<Segment> segs;  // contiguous, sorted; the last one is open (t1 = +inf)
  std::vector<uint32_t> prints;  // indices into console(), in order
  std::vector<uint32_t> api;     // indices into api() of the events it made, in order
  // (event index, source line) where the line it was at changed, from its
  // own events (Trace::set_line); empty when the recorder knew no lines.
  std::vector<std::pair<uint32_t, uint32_t>> lines;
};

enum class PrimKind : uint8_t { Semaphore, Lock, Event, Condition, Queue, Other };

// A task's stay at a gate: queued [wait0, enter), inside [enter, leave).
struct Stay {
  TaskId task;
  uint32_t slot;      // slot index inside the gate (lowest free one)
  double wait0;       // when it queued (== enter if it got in at once)
  double enter;       // +inf if it never got in (still queued / gave up)
  double leave;       // +inf while inside
  bool gave_up = false;
};

struct Occupancy {  // after one gate event
  double t;
  uint32_t inside, waiting;
};

struct PrimInfo {
  std::string name;
  PrimKind kind = PrimKind::Other;
  uint32_t capacity = 0;          // slots (Semaphore value, 1 for Lock)
  std::vector<Stay> stays;        // in queue order (wait0, then creation)
  std::vector<Occupancy> occ;     // every change, in order
  std::vector<uint32_t> max_prefix;  // max inside over occ[0..i]
  uint32_t inside_now = 0, waiting_now = 0;
  uint32_t max_inside = 0, max_waiting = 0;  // over the whole run
  std::vector<uint8_t> slot_used;
  // A Queue: capacity is its maxsize (0: unbounded); its item count after
  // each put or get, in order.
  std::vector<std::pair<double, uint32_t>> levels;
  uint32_t max_items = 0;
};

struct ConsoleLine {
  double t;
  TaskId task;
  std::string text;
};

// ---- the simulated world's API traffic (trace/api.cpp) ----
// What the turnstile services and the openai client report (their one seam,
// modules/python/turnstile/_events.py): requests at a service's door, and the
// SDK's attempts, retries and results.
enum class ApiKind : uint8_t {
  Request,   // a request reaches the service
  Accept,    // admitted (value = its latency)
  Reject,    // refused at the door (status 429/400/401, cause "rpm", "tpm", ...; value = retry-after)
  Response,  // answered (status 200 or 5xx)
  Error,     // failed without an answer (cause "connection", "hang")
  Cancel,    // the caller gave up while it was in flight
  Attempt,   // the client sends attempt n
  Retry,     // the client sleeps `value` seconds before the next attempt (cause: why)
  GiveUp,    // the client raises (cause: the exception's class)
  Done,      // the client returns a result
  // tenacity (the script's own retries; source = the function retried):
  TryAttempt,  // it starts attempt n
  TrySleep,    // it sleeps `value` seconds after attempt n (cause: the exception's class or "result")
  TryEnd,      // it stops (cause: "returned", "raised X" or "gave up after X")
};
const char* api_kind_name(ApiKind k);  // "request", "accept", ...

struct ApiEvent {
  ApiKind kind = ApiKind::Request;
  uint16_t status = 0;
  int64_t id = 0;        // the service's request number, or the client's call number
  int64_t attempt = 0;
  double value = 0;      // latency, retry-after or retry delay (seconds)
  int64_t tokens = 0;    // Request/Accept: the tokens it is charged (prompt + requested maximum)
  int64_t key = 0;       // Attempt/GiveUp: what the call sends, as a number (the same call made
                         // again by the script, e.g. tenacity, has the same key)
  std::string source;    // the service's or client's name
  std::string cause;
  TaskId task = kNone;   // the task that made the call
  double t = 0;
};
// A TryEnd where tenacity stopped retrying (not a result or an error it does
// not retry): what the counts call try_gave_up and the timeline a give-up.
inline bool tenacity_gave_up(const ApiEvent& e) {
  return e.kind == ApiKind::TryEnd && e.cause.rfind("gave up", 0) == 0;
}


// Running totals after one API event.
struct ApiCounts {
  double t = 0;
  uint32_t requests = 0, accepted = 0, rejected = 0, rate_limited = 0;  // rate_limited: 429s
  uint32_t answered = 0, server_errors = 0, failed = 0, cancelled = 0;  // server_errors: 5xx answers
  uint32_t attempts = 0, retries = 0, gave_up = 0, done = 0;            // the client's side
  uint32_t in_flight = 0, max_in_flight = 0;
  uint32_t tries = 0, try_sleeps = 0, try_gave_up = 0;  // tenacity's attempts, sleeps and give-ups
};

// A service's configured limits, reported once when it is made
// (service.limits): what a Little's-law bound on useful concurrency reads.
// A limit < 0 means none.
struct ServiceLimits {
  std::string name;
  double rpm = -1, tpm = -1;     // requests and tokens per minute
  double max_concurrency = -1;   // requests in flight past which it answers 429
  double capacity = -1;          // requests in flight past which it slows down
  std::string enforce;           // "minute" or "second"
  double t = 0;
};

// ---- progress bars (tqdm; trace/progress.cpp) ----
enum class ProgressKind : uint8_t { Open, Count, Close };
const char* progress_kind_name(ProgressKind k);  // "open", "count", "close"

struct ProgressEvent {
  ProgressKind kind = ProgressKind::Count;
  int64_t id = 0;           // the bar's number in the run
  double n = 0;             // its count after this event
  double total = -2;        // Open: the total (-1: unknown); Count: a new total, or -2 for unchanged
  std::string desc, unit;   // Open
  TaskId task = kNone;
  double t = 0;
};

// One bar over the run: its count after every change (the last of each
// instant: a tight loop's thousand counts at one time are one point).
struct ProgressBar {
  struct Point {
    double t, n, total;  // total < 0: unknown
  };
  int64_t id = 0;
  std::string desc, unit;
  TaskId task = kNone;
  double opened = 0, closed = -1;  // closed < 0: still open at the end
  std::vector<Point> points;       // from its opening, in time order
  // Its count at t (points.front() before any later change); null before it
  // opened.
  const Point* at(double t) const;
  bool closed_by(double t) const { return closed >= 0 && closed <= t; }
};

// Everything at one instant (the state after every event with time <= t).
struct GateSnapshot {
  PrimId prim;
  std::vector<TaskId> slots;   // size capacity (or more); kNone = empty slot
  std::vector<TaskId> queue;   // FIFO order
  uint32_t max_inside;         // over [0, t]
};

// A queue at one instant: its items and who waits on each side, in the
// order they began to wait. (A task that waits at a queue while it holds a
// gate counts as inside the gate.)
struct QueueSnapshot {
  PrimId prim;
  uint32_t items = 0;
  std::vector<TaskId> getters, putters, joiners;
};

class Trace {
 public:
  void clear();

  // --- recording (nondecreasing t) ---
  TaskId task_create(double t, std::string name, TaskId parent = kNone, TaskKind kind = TaskKind::Task);
  void rename_task(TaskId task, std::string name, std::string detail = {});
  void task_run(double t, TaskId task);
  void task_ready(double t, TaskId task);
  void task_block(double t, TaskId task, uint32_t on = kNone);
  void task_sleep(double t, TaskId task);
  void task_done(double t, TaskId task, DoneHow how = DoneHow::Ok);
  PrimId prim_create(double t, std::string name, PrimKind kind, uint32_t capacity);
  void gate_wait(double t, TaskId task, PrimId prim);
  void gate_enter(double t, TaskId task, PrimId prim);
  // task may be kNone or a task that does not hold the gate (a semaphore
  // released by someone else): then the longest-inside holder leaves.
  void gate_leave(double t, TaskId task, PrimId prim);
  void set_capacity(PrimId prim, uint32_t capacity);
  void gate_give_up(double t, TaskId task, PrimId prim);
  // task blocks in queue `prim`'s get(), put() or join()
  void queue_wait(double t, TaskId task, PrimId prim, QueueOp op);
  // queue `prim` holds `items` items now
  void queue_level(double t, PrimId prim, uint32_t items);
  void print(double t, TaskId task, std::string text);  // one line (no '\n')
  void advance(double t);
  void api_event(double t, TaskId task, ApiEvent e);
  void service_limits(double t, ServiceLimits s);
  // A Count right after a Count of the same bar at the same time replaces it.
  void progress_event(double t, TaskId task, ProgressEvent e);
  // The source line the running task `task` is at (0: unknown), for the
  // events recorded next.
  void set_line(TaskId task, uint32_t line) {
    line_task_ = task;
    line_now_ = line;
  }
  // Marks the run finished at time t (end of the timeline).
  void finish(double t, std::string outcome = {});

  // --- reading ---
  const std::vector<Event>& events() const { return events_; }
  const std::vector<TaskInfo>& tasks() const { return tasks_; }
  const std::vector<PrimInfo>& prims() const { return prims_; }
  const std::vector<ConsoleLine>& console() const { return console_; }
  const std::vector<ApiEvent>& api() const { return api_; }
  const std::vector<ServiceLimits>& services() const { return services_; }
  const std::vector<ProgressEvent>& progress() const { return progress_; }
  const std::vector<ProgressBar>& bars() const { return bars_; }  // in the order they opened
  const ProgressBar* bar(int64_t id) const;                        // by its id; null: none
  // Totals over the API events with time <= t (all zero before the first).
  ApiCounts api_counts_at(double t) const;
  // The totals after each api() event (same indexes).
  const std::vector<ApiCounts>& api_counts() const { return api_counts_; }
  double end_time() const { return end_; }
  bool finished() const { return finished_; }
  const std::string& outcome() const { return outcome_; }

  // State of a task at t (Pending before it exists).
  const Segment* segment_at(TaskId task, double t) const;
  State state_at(TaskId task, double t) const;
  // Index of the first segment of `task` that ends at or after t.
  size_t first_segment_from(TaskId task, double t) const;
  // Number of console lines printed at or before t.
  size_t console_count_at(double t) const;
  // Gates (semaphores/locks) at t, with slot contents and queue.
  GateSnapshot gate_at(PrimId prim, double t) const;
  uint32_t max_inside_until(PrimId prim, double t) const;
  uint32_t inside_at(PrimId prim, double t) const;
  QueueSnapshot queue_at(PrimId prim, double t) const;
  // Distinct event times, sorted (for 'step').
  double next_event_time(double after) const;
  double prev_event_time(double before) const;
  // The line `task` was at after the first n events (0: unknown).
  uint32_t task_line_at(TaskId task, size_t n) const;
  // Every asyncio task created so far is done at t (threads aside).
  bool all_done_at(double t) const;

 private:
  void push(double t, TaskId task, uint32_t obj, EvKind k);
  void set_state(double t, TaskId task, State s, uint32_t prim, uint8_t how, uint8_t flags);
  void occ_push(double t, PrimId p);
  // Per-task live bookkeeping used while recording.
  struct Held { PrimId prim; uint32_t stay; };
  struct Live {
    std::vector<Held> held;        // gates held, innermost last
    uint32_t waiting_prim = kNone;
    uint32_t waiting_stay = 0;
    bool sleeping = false, running = false, blocked = false, done = false;
    uint32_t blocked_on = kNone;
    uint8_t queue_flag = 0;  // kSegQueue* while blocked on a queue
  };
  State derive(const Live& l, uint32_t* prim) const;
  void refresh(double t, TaskId task);

  std::vector<Event> events_;
  std::vector<TaskInfo> tasks_;
  std::vector<Live> live_;
  std::vector<PrimInfo> prims_;
  std::vector<ConsoleLine> console_;
  std::vector<ApiEvent> api_;
  std::vector<ApiCounts> api_counts_;  // after each api_ event
  std::vector<ServiceLimits> services_;
  std::vector<ProgressEvent> progress_;
  std::vector<ProgressBar> bars_;
  std::vector<double> times_;  // distinct event times
  TaskId line_task_ = kNone;
  uint32_t line_now_ = 0;
  double end_ = 0;
  bool finished_ = false;
  std::string outcome_;
};

}  // namespace ts::trace
