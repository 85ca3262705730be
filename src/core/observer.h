// Hook for traces and the UI. The loop calls these only when an observer is
// installed (one pointer test otherwise). Events carry references to core
// objects (read ids/names/state from them); no strings are built.
#pragma once
#include "core/object.h"

namespace ts {

struct Task;
struct Future;
struct Primitive;
struct Queue;

struct Observer {
  virtual ~Observer() = default;
  // A task was created (parent = the task running at the time, or null).
  virtual void on_task_created(const Task& t, const Task* parent) { (void)t; (void)parent; }
  // Task.__step begins / ends (the task is "running" in between).
  // Task.set_name / create_task(name=...): t has a new name.
  virtual void on_task_renamed(const Task& t) { (void)t; }
  virtual void on_step_begin(const Task& t) { (void)t; }
  virtual void on_step_end(const Task& t) { (void)t; }
  // The task now blocks on `on` (on.owner() = primitive id or 0; `on` may be
  // another Task or a gather future).
  virtual void on_task_blocked(const Task& t, const Future& on) { (void)t; (void)on; }
  // The task finished: t.cancelled(), or t.exception_ set, or t.result_.
  virtual void on_task_done(const Task& t) { (void)t; }
  virtual void on_primitive_created(const Primitive& p) { (void)p; }
  // A Lock / Semaphore slot was taken (acquire() returned True) or given
  // back (release()). `by` = current task, may be null.
  virtual void on_enter(const Primitive& p, const Task* by) { (void)p; (void)by; }
  virtual void on_leave(const Primitive& p, const Task* by) { (void)p; (void)by; }
  // An asyncio.Queue's items changed (a put or a get): read q.qsize().
  virtual void on_queue_changed(const Queue& q) { (void)q; }
  // asyncio.sleep(delay) with delay > 0 armed its timer.
  virtual void on_sleep(const Task* t, double until) { (void)t; (void)until; }
  // Virtual time moved (select timeout or Loop::advance).
  virtual void on_time(double from, double to) { (void)from; (void)to; }
  // A callback raised (CPython logs "Exception in callback ...").
  virtual void on_callback_error(const Value& exc) { (void)exc; }
};

}  // namespace ts
