#include "core/primitives.h"
#include "core/loop.h"

namespace ts {

const char* prim_kind_name(PrimKind k) {
  switch (k) {
    case PrimKind::Lock: return "Lock";
    case PrimKind::Event: return "Event";
    case PrimKind::Condition: return "Condition";
    case PrimKind::Semaphore: return "Semaphore";
    case PrimKind::BoundedSemaphore: return "BoundedSemaphore";
    case PrimKind::Queue: return "Queue";
  }
  return "?";
}

static Value py_true() { return Value::boolean(true); }

static bool remove_from(std::deque<Ref<Future>>& d, Future* f) {
  for (auto it = d.begin(); it != d.end(); ++it) {
    if (it->get() == f) {
      d.erase(it);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- Primitive

Primitive::Primitive(Loop& loop, PrimKind kind, std::string label)
    : loop_(&loop), kind_(kind), label_(std::move(label)) {
  id_ = loop.register_primitive(this);
  waiter_owner_ = id_;
}

Primitive::~Primitive() {
  if (loop_) loop_->unregister_primitive(id_);
}

void Primitive::announce() {
  if (Observer* o = loop_->observer()) o->on_primitive_created(*this);
}

// mixins._LoopBoundMixin._get_loop(): a primitive binds to the loop running
// when it first has to wait, so one made at module level works under the
// loop asyncio.run() makes later.
Ref<Future> Primitive::new_waiter() {
  Loop* running = Loop::running();
  if (!bound_) {
    if (running) loop_ = running;
    bound_ = true;
  } else if (running && running != loop_) {
    running->raise(ErrKind::RuntimeError, describe() + " is bound to a different event loop");  // loop_ may be gone
  }
  Ref<Future> f = loop_->create_future();
  f->set_owner(waiter_owner_);
  return f;
}

std::string Primitive::describe_wait(const Future&) const {
  std::string s = describe();
  if (!label_.empty()) s += " '" + label_ + "'";
  return s;
}

// ---------------------------------------------------------------- Lock
// asyncio/locks.py, class Lock (CPython 3.11.7).

Lock::Lock(Loop& loop, std::string label) : Primitive(loop, PrimKind::Lock, std::move(label)) { announce(); }

std::string Lock::describe() const {
  return std::string("Lock.acquire (") + (locked_ ? "locked" : "unlocked") + ", " +
         std::to_string(waiters_.size()) + " waiters)";
}

void Lock::waiter_cancelled(Future&) { ++cancelled_waiters_; }

// _wake_up_first: wake the first waiter; if it is already done (woken but
// not yet run, or cancelled) nothing is lost: a woken one will take the lock
// or, if cancelled before that, run this again and wake the next one.
void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  Ref<Future> fut = waiters_.front();
  if (!fut->done()) fut->set_result(py_true());
}

void Lock::release() {
  if (locked_) {
    locked_ = false;
    if (Observer* o = loop_->observer()) o->on_leave(*this, Loop::running_task());
    wake_up_first();
  } else {
    loop_->raise(ErrKind::RuntimeError, "Lock is not acquired.");
  }
}

Async Lock::acquire() { return acquire_(Ref<Lock>(this)).named("Lock.acquire"); }

Async Lock::acquire_(Ref<Lock> self) {
  Loop& loop = *self->loop_;
  // Fast path only when nobody is queued (cancelled waiters don't count):
  // a free lock with waiters still goes to the first waiter, so no barging.
  if (!self->locked_ && self->waiters_.size() == self->cancelled_waiters_) {
    self->locked_ = true;
    if (Observer* o = loop.observer()) o->on_enter(*self, Loop::running_task());
    co_return py_true();
  }
  Ref<Future> fut = self->new_waiter();
  self->waiters_.push_back(fut);
  auto remove = [&] {
    if (remove_from(self->waiters_, fut.get()) && fut->cancelled()) --self->cancelled_waiters_;
  };
  // CPython removes the waiter in a finally that runs before the
  // CancelledError handler, so the handler's wake-up cannot wake this
  // (cancelled) waiter itself.
  try {
    co_await fut;
  } catch (PyErr& e) {
    remove();
    // Cancelled after being woken: pass the wake-up on, or the lock is
    // free with waiters stranded behind it.
    if (loop.errors().is(e.exc, ErrKind::CancelledError)) {
      if (!self->locked_) self->wake_up_first();
    }
    throw;
  }
  remove();
  self->locked_ = true;
  if (Observer* o = loop.observer()) o->on_enter(*self, Loop::running_task());
  co_return py_true();
}

// ---------------------------------------------------------------- Event
// asyncio/locks.py, class Event: set() wakes every waiter at once; waiters
// that were cancelled meanwhile are skipped (their future is done).

Event::Event(Loop& loop, std::string label) : Primitive(loop, PrimKind::Event, std::move(label)) { announce(); }

std::string Event::describe() const {
  return std::string("Event.wait (") + (value_ ? "set" : "unset") + ", " + std::to_string(waiters_.size()) +
         " waiters)";
}

void Event::set() {
  if (!value_) {
    value_ = true;
    std::vector<Ref<Future>> ws(waiters_.begin(), waiters_.end());
    for (auto& f : ws)
      if (!f->done()) f->set_result(py_true());
  }
}

Async Event::wait() { return wait_(Ref<Event>(this)).named("Event.wait"); }

Async Event::wait_(Ref<Event> self) {
  if (self->value_) co_return py_true();
  Ref<Future> fut = self->new_waiter();
  self->waiters_.push_back(fut);
  try {
    co_await fut;
  } catch (PyErr&) {
    remove_from(self->waiters_, fut.get());
    throw;
  }
  remove_from(self->waiters_, fut.get());
  co_return py_true();
}

// ---------------------------------------------------------------- Condition

Condition::Condition(Loop& loop, Ref<Lock> lock, std::string label)
    : Primitive(loop, PrimKind::Condition, std::move(label)), lock_(std::move(lock)) {
  if (!lock_) lock_ = make<Lock>(loop, label_.empty() ? std::string() : label_ + ".lock");
  announce();
}

std::string Condition::describe() const {
  return std::string("Condition.wait (") + (lock_->locked() ? "locked" : "unlocked") + ", " +
         std::to_string(waiters_.size()) + " waiters)";
}

Async Condition::wait() { return wait_(Ref<Condition>(this)).named("Condition.wait"); }

Async Condition::wait_(Ref<Condition> self) {
  Loop& loop = *self->loop_;
  if (!self->locked()) loop.raise(ErrKind::RuntimeError, "cannot wait on un-acquired lock");
  self->release();
  // The wait happens with the lock released; whatever ends it (notify,
  // cancellation, another error), the lock is re-acquired before returning.
  Value pending_exc;
  bool have_exc = false;
  {
    Ref<Future> fut = self->new_waiter();
    self->waiters_.push_back(fut);
    try {
      co_await fut;
    } catch (PyErr& e) {
      pending_exc = std::move(e.exc);
      have_exc = true;
    }
    remove_from(self->waiters_, fut.get());
  }
  // finally: re-acquire, even through cancellations -- a caller of wait()
  // must hold the lock when wait() returns or raises, so a CancelledError
  // during the re-acquire is remembered and re-raised once the lock is held.
  bool cancelled = false;
  for (;;) {
    bool got_cancel = false;
    try {
      co_await self->lock_->acquire();
    } catch (PyErr& e) {
      if (!loop.errors().is(e.exc, ErrKind::CancelledError)) throw;
      got_cancel = true;
    }
    if (!got_cancel) break;
    cancelled = true;
  }
  if (cancelled) throw PyErr{loop.errors().make_cancelled(Value())};
  if (have_exc) throw PyErr{std::move(pending_exc)};
  co_return py_true();
}

Async Condition::wait_for(Ref<Predicate> pred) {
  return wait_for_(Ref<Condition>(this), std::move(pred)).named("Condition.wait_for");
}

Async Condition::wait_for_(Ref<Condition> self, Ref<Predicate> pred) {
  Loop& loop = *self->loop_;
  Value result = pred->call(loop);
  while (!loop.errors().truthy(result)) {
    co_await self->wait();
    result = pred->call(loop);
  }
  co_return result;
}

// Wakes up to n waiters; they still have to re-acquire the lock, in order.
void Condition::notify(int64_t n) {
  if (!locked()) loop_->raise(ErrKind::RuntimeError, "cannot notify on un-acquired lock");
  int64_t idx = 0;
  std::vector<Ref<Future>> ws(waiters_.begin(), waiters_.end());
  for (auto& f : ws) {
    if (idx >= n) break;
    if (!f->done()) {
      ++idx;
      f->set_result(Value::boolean(false));
    }
  }
}

// ---------------------------------------------------------------- Semaphore
// asyncio/locks.py, class Semaphore (3.11.7): the value is decremented by the
// *waker* (wake_up_next), not by the woken task, so a task arriving between
// the wake-up and the woken task's resumption sees the semaphore taken and
// queues behind it: FIFO fairness, no barging.

Semaphore::Semaphore(Loop& loop, int64_t value, std::string label)
    : Semaphore(loop, PrimKind::Semaphore, value, std::move(label)) {}

Semaphore::Semaphore(Loop& loop, PrimKind kind, int64_t value, std::string label)
    : Primitive(loop, kind, std::move(label)), value_(value) {
  if (value < 0) loop.raise(ErrKind::ValueError, "Semaphore initial value must be >= 0");
  if (kind == PrimKind::Semaphore) announce();
}

std::string Semaphore::describe() const {
  return std::string(prim_kind_name(kind_)) + ".acquire (value=" + std::to_string(value_) + ", " +
         std::to_string(waiters_.size()) + " waiters)";
}

// Locked also when there is a value but live waiters are queued: they go first.
bool Semaphore::locked() const { return value_ == 0 || waiters_.size() > cancelled_waiters_; }

void Semaphore::waiter_cancelled(Future&) { ++cancelled_waiters_; }

void Semaphore::wake_up_next() {
  if (waiters_.empty()) return;
  for (auto& f : waiters_) {
    if (!f->done()) {
      --value_;
      Ref<Future> keep = f;
      keep->set_result(py_true());
      return;
    }
  }
}

void Semaphore::release() {
  ++value_;
  if (Observer* o = loop_->observer()) o->on_leave(*this, Loop::running_task());
  wake_up_next();
}

Async Semaphore::acquire() {
  return acquire_(Ref<Semaphore>(this)).named(kind_ == PrimKind::Semaphore ? "Semaphore.acquire" : "BoundedSemaphore.acquire");
}

Async Semaphore::acquire_(Ref<Semaphore> self) {
  Loop& loop = *self->loop_;
  if (!self->locked()) {
    --self->value_;
    if (Observer* o = loop.observer()) o->on_enter(*self, Loop::running_task());
    co_return py_true();
  }
  Ref<Future> fut = self->new_waiter();
  self->waiters_.push_back(fut);
  auto remove = [&] {
    if (remove_from(self->waiters_, fut.get()) && fut->cancelled()) --self->cancelled_waiters_;
  };
  // As in Lock: the waiter leaves the queue before the CancelledError
  // handler runs, so the handler's wake-up goes to someone else.
  try {
    co_await fut;
  } catch (PyErr& e) {
    remove();
    if (loop.errors().is(e.exc, ErrKind::CancelledError)) {
      // Woken (the waker already took a unit for us) and then cancelled:
      // give the unit back and pass the wake-up on.
      if (!fut->cancelled()) {
        ++self->value_;
        self->wake_up_next();
      }
    }
    throw;
  }
  remove();
  // Several releases may have happened before we ran: wake the next ones too.
  if (self->value_ > 0) self->wake_up_next();
  if (Observer* o = loop.observer()) o->on_enter(*self, Loop::running_task());
  co_return py_true();
}

BoundedSemaphore::BoundedSemaphore(Loop& loop, int64_t value, std::string label)
    : Semaphore(loop, PrimKind::BoundedSemaphore, value, std::move(label)), bound_(value) {
  announce();
}

void BoundedSemaphore::release() {
  if (value_ >= bound_) loop_->raise(ErrKind::ValueError, "BoundedSemaphore released too many times");
  Semaphore::release();
}

// ---------------------------------------------------------------- Queue
// asyncio/queues.py, class Queue (and LifoQueue, PriorityQueue by qkind_).

Queue::Queue(Loop& loop, int64_t maxsize, QueueKind qkind, std::string label)
    : Primitive(loop, PrimKind::Queue, std::move(label)), qkind_(qkind), maxsize_(maxsize) {
  {
    Observer* o = loop.observer();
    loop.set_observer(nullptr);  // the internal join Event is not shown
    finished_ = make<Event>(loop);
    loop.set_observer(o);
  }
  finished_->waiter_owner_ = id_;
  finished_->set();
  announce();
}

Queue::~Queue() = default;

std::string Queue::describe() const {
  return "Queue (maxsize=" + std::to_string(maxsize_) + ", " + std::to_string(items_.size()) + " items, " +
         std::to_string(getters_.size()) + " getters, " + std::to_string(putters_.size()) + " putters, " +
         std::to_string(unfinished_) + " unfinished)";
}

std::string Queue::describe_wait(const Future& f) const {
  const char* op = "Queue.join";
  for (auto& g : getters_)
    if (g.get() == &f) op = "Queue.get";
  for (auto& p : putters_)
    if (p.get() == &f) op = "Queue.put";
  std::string s = std::string(op) + " (maxsize=" + std::to_string(maxsize_) + ", " +
                  std::to_string(items_.size()) + " items, " + std::to_string(unfinished_) + " unfinished)";
  if (!label_.empty()) s += " '" + label_ + "'";
  return s;
}

bool Queue::full() const {
  if (maxsize_ <= 0) return false;
  return static_cast<int64_t>(items_.size()) >= maxsize_;
}

void Queue::wakeup_next(std::deque<Ref<Future>>& waiters) {
  while (!waiters.empty()) {
    Ref<Future> w = std::move(waiters.front());
    waiters.pop_front();
    if (!w->done()) {
      w->set_result(Value());
      break;
    }
  }
}

void Queue::put_item(Value item) {
  switch (qkind_) {
    case QueueKind::Fifo:
    case QueueKind::Lifo:
      items_.push_back(std::move(item));
      return;
    case QueueKind::Priority: {
      // heapq.heappush (swap-based so a raising comparison leaves a permutation)
      ErrorModel& em = loop_->errors();
      items_.push_back(std::move(item));
      size_t pos = items_.size() - 1;
      while (pos > 0) {
        size_t parent = (pos - 1) >> 1;
        if (em.less(items_[pos], items_[parent])) {
          std::swap(items_[pos], items_[parent]);
          pos = parent;
          continue;
        }
        break;
      }
      return;
    }
  }
}

Value Queue::get_item() {
  switch (qkind_) {
    case QueueKind::Fifo: {
      Value v = std::move(items_.front());
      items_.pop_front();
      return v;
    }
    case QueueKind::Lifo: {
      Value v = std::move(items_.back());
      items_.pop_back();
      return v;
    }
    case QueueKind::Priority: {
      // heapq.heappop: _siftup to a leaf, then _siftdown
      ErrorModel& em = loop_->errors();
      Value last = std::move(items_.back());
      items_.pop_back();
      if (items_.empty()) return last;
      Value ret = std::move(items_[0]);
      items_[0] = std::move(last);
      size_t endpos = items_.size();
      size_t pos = 0;
      size_t child = 1;
      while (child < endpos) {
        size_t right = child + 1;
        if (right < endpos && !em.less(items_[child], items_[right])) child = right;
        std::swap(items_[pos], items_[child]);
        pos = child;
        child = 2 * pos + 1;
      }
      while (pos > 0) {
        size_t parent = (pos - 1) >> 1;
        if (em.less(items_[pos], items_[parent])) {
          std::swap(items_[pos], items_[parent]);
          pos = parent;
          continue;
        }
        break;
      }
      return ret;
    }
  }
  return Value();
}

void Queue::put_nowait(Value item) {
  if (full()) loop_->raise(ErrKind::QueueFull);
  put_item(std::move(item));
  ++unfinished_;
  finished_->clear();
  if (Observer* o = loop_->observer()) o->on_queue_changed(*this);
  wakeup_next(getters_);
}

Value Queue::get_nowait() {
  if (empty()) loop_->raise(ErrKind::QueueEmpty);
  Value item = get_item();
  if (Observer* o = loop_->observer()) o->on_queue_changed(*this);
  wakeup_next(putters_);
  return item;
}

void Queue::task_done() {
  if (unfinished_ <= 0) loop_->raise(ErrKind::ValueError, "task_done() called too many times");
  --unfinished_;
  if (unfinished_ == 0) finished_->set();
}

Async Queue::put(Value item) { return put_(Ref<Queue>(this), std::move(item)).named("Queue.put"); }
Async Queue::get() { return get_(Ref<Queue>(this)).named("Queue.get"); }
Async Queue::join() { return join_(Ref<Queue>(this)).named("Queue.join"); }

Async Queue::put_(Ref<Queue> self, Value item) {
  while (self->full()) {
    Ref<Future> putter = self->new_waiter();
    self->putters_.push_back(putter);
    try {
      co_await putter;
    } catch (PyErr&) {
      putter->cancel();  // in case the putter was not done
      remove_from(self->putters_, putter.get());
      // Woken but cancelled before it could put: the free slot must go to
      // the next putter, or it would wait forever with room in the queue.
      if (!self->full() && !putter->cancelled()) wakeup_next(self->putters_);
      throw;
    }
  }
  self->put_nowait(std::move(item));
  co_return Value();
}

Async Queue::get_(Ref<Queue> self) {
  while (self->empty()) {
    Ref<Future> getter = self->new_waiter();
    self->getters_.push_back(getter);
    try {
      co_await getter;
    } catch (PyErr&) {
      getter->cancel();  // in case the getter was not done
      remove_from(self->getters_, getter.get());
      // Woken for an item but cancelled before taking it: hand the item's
      // wake-up to the next getter.
      if (!self->empty() && !getter->cancelled()) wakeup_next(self->getters_);
      throw;
    }
  }
  co_return self->get_nowait();
}

Async Queue::join_(Ref<Queue> self) {
  if (self->unfinished_ > 0) co_await self->finished_->wait();
  co_return Value();
}

}  // namespace ts
