// locks.py and queues.py of CPython 3.11.7: Lock, Event, Condition,
// Semaphore, BoundedSemaphore, Queue (FIFO / LIFO / priority).
// Create them with make<T>(loop, ...) (they must be refcounted: coroutines
// keep a Ref to their primitive). Sync methods throw PyErr like CPython.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>
#include "core/async.h"
#include "core/callback.h"
#include "core/future.h"

namespace ts {

class Loop;

enum class PrimKind : uint8_t { Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue };
const char* prim_kind_name(PrimKind k);

struct Primitive : Obj {
  Primitive(Loop& loop, PrimKind kind, std::string label);
  ~Primitive() override;
  Loop& loop() const { return *loop_; }
  uint32_t id() const { return id_; }          // per process (LoopGroup), from 1
  PrimKind kind() const { return kind_; }
  const std::string& label() const { return label_; }   // display name, may be empty
  void set_label(std::string l) { label_ = std::move(l); }
  // State for reports, e.g. "Semaphore(value=0, 3 waiters)".
  virtual std::string describe() const = 0;
  // What a task blocked on waiter future `f` waits for, e.g.
  // "Semaphore.acquire (value=0, 3 waiters)" (+ " 'label'" if labelled).
  virtual std::string describe_wait(const Future& f) const;
  const char* type_name() const override { return prim_kind_name(kind_); }

  // --- internals ---
  // A waiter future created by this primitive was cancelled while queued.
  virtual void waiter_cancelled(Future& f) { (void)f; }
  Ref<Future> new_waiter();       // _get_loop().create_future() owned by this primitive
  void detach() { loop_ = nullptr; }
  void announce();                // Observer::on_primitive_created (end of ctor)
  Loop* loop_;                    // made on; bound to at the first wait
  bool bound_ = false;
  uint32_t id_ = 0;
  uint32_t waiter_owner_ = 0;     // id stamped on waiter futures (default: id_)
  PrimKind kind_;
  std::string label_;
};

struct Lock : Primitive {
  explicit Lock(Loop& loop, std::string label = std::string());
  bool locked() const { return locked_; }
  Async acquire();                // -> True
  void release();                 // RuntimeError('Lock is not acquired.')
  size_t waiter_count() const { return waiters_.size(); }
  std::string describe() const override;

  void wake_up_first();
  void waiter_cancelled(Future& f) override;
  static Async acquire_(Ref<Lock> self);
  bool locked_ = false;
  std::deque<Ref<Future>> waiters_;
  size_t cancelled_waiters_ = 0;  // waiters that are cancelled (all(w.cancelled()))
};

struct Event : Primitive {
  explicit Event(Loop& loop, std::string label = std::string());
  bool is_set() const { return value_; }
  void set();
  void clear() { value_ = false; }
  Async wait();                   // -> True
  size_t waiter_count() const { return waiters_.size(); }
  std::string describe() const override;

  static Async wait_(Ref<Event> self);
  bool value_ = false;
  std::deque<Ref<Future>> waiters_;
};

struct Condition : Primitive {
  // lock = null: a new Lock.
  explicit Condition(Loop& loop, Ref<Lock> lock = nullptr, std::string label = std::string());
  const Ref<Lock>& lock() const { return lock_; }
  bool locked() const { return lock_->locked(); }
  Async acquire() { return lock_->acquire(); }
  void release() { lock_->release(); }
  Async wait();                                   // RuntimeError if not locked
  Async wait_for(Ref<Predicate> pred);            // -> predicate's value
  void notify(int64_t n = 1);                     // RuntimeError if not locked
  void notify_all() { notify(static_cast<int64_t>(waiters_.size())); }
  size_t waiter_count() const { return waiters_.size(); }
  std::string describe() const override;

  static Async wait_(Ref<Condition> self);
  static Async wait_for_(Ref<Condition> self, Ref<Predicate> pred);
  Ref<Lock> lock_;
  std::deque<Ref<Future>> waiters_;
};

struct Semaphore : Primitive {
  // ValueError("Semaphore initial value must be >= 0") if value < 0.
  explicit Semaphore(Loop& loop, int64_t value = 1, std::string label = std::string());
  bool locked() const;
  Async acquire();                // -> True
  virtual void release();
  int64_t value() const { return value_; }
  size_t waiter_count() const { return waiters_.size(); }
  std::string describe() const override;

  void wake_up_next();
  void waiter_cancelled(Future& f) override;
  static Async acquire_(Ref<Semaphore> self);
  int64_t value_;
  std::deque<Ref<Future>> waiters_;
  size_t cancelled_waiters_ = 0;

 protected:
  Semaphore(Loop& loop, PrimKind kind, int64_t value, std::string label);
};

struct BoundedSemaphore final : Semaphore {
  explicit BoundedSemaphore(Loop& loop, int64_t value = 1, std::string label = std::string());
  // ValueError('BoundedSemaphore released too many times')
  void release() override;
  int64_t bound() const { return bound_; }
  int64_t bound_;
};

enum class QueueKind : uint8_t { Fifo, Lifo, Priority };

struct Queue : Primitive {
  // maxsize <= 0: unbounded. Priority ordering uses ErrorModel::less.
  explicit Queue(Loop& loop, int64_t maxsize = 0, QueueKind qkind = QueueKind::Fifo,
                 std::string label = std::string());
  ~Queue() override;
  QueueKind queue_kind() const { return qkind_; }
  size_t qsize() const { return items_.size(); }
  int64_t maxsize() const { return maxsize_; }
  bool empty() const { return items_.empty(); }
  bool full() const;
  Async put(Value item);
  void put_nowait(Value item);    // QueueFull
  Async get();
  Value get_nowait();             // QueueEmpty
  void task_done();               // ValueError('task_done() called too many times')
  Async join();
  int64_t unfinished_tasks() const { return unfinished_; }
  // Items in storage order (Fifo: front first; Lifo: bottom first; Priority: heap order).
  const std::deque<Value>& items() const { return items_; }
  size_t getter_count() const { return getters_.size(); }
  size_t putter_count() const { return putters_.size(); }
  std::string describe() const override;
  std::string describe_wait(const Future& f) const override;

  void put_item(Value item);
  Value get_item();
  static void wakeup_next(std::deque<Ref<Future>>& waiters);
  static Async put_(Ref<Queue> self, Value item);
  static Async get_(Ref<Queue> self);
  static Async join_(Ref<Queue> self);
  QueueKind qkind_;
  int64_t maxsize_;
  // The maxsize the script gave when it does not fit maxsize_ (a big int,
  // read back exactly as CPython's q.maxsize); maxsize_ is then clamped.
  Value maxsize_value_;
  std::deque<Value> items_;
  std::deque<Ref<Future>> getters_;
  std::deque<Ref<Future>> putters_;
  int64_t unfinished_ = 0;
  Ref<Event> finished_;
};

}  // namespace ts
