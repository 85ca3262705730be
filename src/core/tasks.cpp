#include "core/tasks.h"
#include <unordered_map>
#include "core/primitives.h"

namespace ts {

namespace {

// futures._set_result_unless_cancelled(fut, result); arg = fut
struct SetResultUnlessCancelled final : Callback {
  Value result;
  explicit SetResultUnlessCancelled(Value r) : result(std::move(r)) {}
  void call(Loop&, const Value& arg) override {
    auto* f = static_cast<Future*>(arg.obj());
    if (f->cancelled()) return;
    f->set_result(result);
  }
  const char* name() const override { return "_set_result_unless_cancelled"; }
};

// tasks._release_waiter(waiter, *args)
struct ReleaseWaiter final : Callback {
  Ref<Future> waiter;
  explicit ReleaseWaiter(Ref<Future> w) : waiter(std::move(w)) {}
  void call(Loop&, const Value&) override {
    if (!waiter->done()) waiter->set_result(Value());
  }
  const char* name() const override { return "_release_waiter"; }
};

bool is_cancelled_error(Loop& loop, const Value& e) { return loop.errors().is(e, ErrKind::CancelledError); }

// events.get_running_loop() at the start of tasks.py's coroutines: they run
// on the loop running them, whichever loop they were made under; `maker`
// only makes the RuntimeError when none is running.
Loop* running_loop(Loop* maker) {
  Loop* l = Loop::running();
  if (!l) maker->raise(ErrKind::RuntimeError, "no running event loop");
  return l;
}

}  // namespace

// ---------------------------------------------------------------- sleep

static Async sleep_(Loop* loop, double delay, Value result) {
  if (delay <= 0) {
    co_await yield_now();
    co_return result;
  }
  loop = running_loop(loop);
  Ref<Future> future = loop->create_future();
  Ref<Handle> h = loop->call_later(delay, Ref<Callback>(new SetResultUnlessCancelled(std::move(result))),
                                   Value::object(future));
  if (Observer* o = loop->observer()) o->on_sleep(loop->current_task(), h->when);
  Value r;
  try {
    r = co_await future;
  } catch (PyErr&) {
    h->cancel();
    throw;
  }
  h->cancel();
  co_return r;
}

Async sleep(Loop& loop, double delay, Value result) { return sleep_(&loop, delay, std::move(result)).named("sleep"); }

// ---------------------------------------------------------------- ensure_future

Ref<Future> ensure_future(Loop& loop, const Value& v) {
  if (auto* f = v.as<Future>()) return Ref<Future>(f);
  if (auto* c = v.as<Coroutine>()) return loop.create_task(Ref<Coroutine>(c));
  loop.raise(ErrKind::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

// ---------------------------------------------------------------- gather

GatheringFuture::GatheringFuture(Loop& loop, std::vector<Ref<Future>> ch) : Future(loop), children(std::move(ch)) {}

bool GatheringFuture::cancel(Value msg) {
  if (done()) return false;
  bool ret = false;
  std::vector<Ref<Future>> ch = children;
  for (auto& c : ch)
    if (c->cancel(msg)) ret = true;
  if (ret) cancel_requested = true;
  return ret;
}

namespace {
struct GatherDone final : Callback {
  Ref<GatheringFuture> outer;   // None until gather() finished building it
  size_t nfuts = 0;
  size_t nfinished = 0;
  bool return_exceptions = false;

  void call(Loop& loop, const Value& arg) override {
    auto* fut = static_cast<Future*>(arg.obj());
    ++nfinished;
    if (!outer || outer->done()) {
      if (!fut->cancelled()) (void)fut->get_exception();
      return;
    }
    if (!return_exceptions) {
      if (fut->cancelled()) {
        Value exc = fut->make_cancelled_error();
        outer->set_exception(std::move(exc));
        return;
      }
      Outcome e = fut->get_exception();
      if (!e.value.is_none()) {
        outer->set_exception(std::move(e.value));
        return;
      }
    }
    if (nfinished == nfuts) {
      ErrorModel& em = loop.errors();
      std::vector<Value> results;
      results.reserve(outer->children.size());
      for (auto& c : outer->children) {
        if (c->cancelled()) {
          Value msg = c->cancel_message().is_none() ? em.make_str("") : c->cancel_message();
          results.push_back(em.make_cancelled(msg));
        } else {
          Value res = c->get_exception().value;
          if (res.is_none()) res = c->get_result().value;
          results.push_back(std::move(res));
        }
      }
      Ref<GatheringFuture> o = outer;
      if (o->cancel_requested) {
        // CPython uses the loop variable `fut` left by the for loop: the last child.
        Value exc = o->children.back()->make_cancelled_error();
        o->set_exception(std::move(exc));
      } else {
        o->set_result(em.make_list(std::move(results)));
      }
      outer = nullptr;  // break the cycle outer -> children -> callbacks -> this
    }
  }
  const char* name() const override { return "gather._done_callback"; }
};
}  // namespace

Ref<Future> gather(Loop& loop, const std::vector<Value>& aws, bool return_exceptions) {
  if (aws.empty()) {
    Ref<Future> outer = loop.create_future();
    outer->set_result(loop.errors().make_list({}));
    return outer;
  }
  Ref<GatherDone> cb(new GatherDone());
  cb->return_exceptions = return_exceptions;
  std::unordered_map<Obj*, Ref<Future>> arg_to_fut;
  std::vector<Ref<Future>> children;
  children.reserve(aws.size());
  for (auto& arg : aws) {
    Obj* key = arg.obj();
    auto it = key ? arg_to_fut.find(key) : arg_to_fut.end();
    if (it == arg_to_fut.end()) {
      Ref<Future> fut = ensure_future(loop, arg);
      ++cb->nfuts;
      arg_to_fut.emplace(key, fut);
      fut->add_done_callback(Ref<Callback>(cb.get()));
      children.push_back(std::move(fut));
    } else {
      children.push_back(it->second);
    }
  }
  Ref<GatheringFuture> outer(new GatheringFuture(loop, std::move(children)));
  cb->outer = outer;
  return outer;
}

// ---------------------------------------------------------------- shield

namespace {
struct ShieldInnerDone final : Callback {
  Ref<Future> outer;
  void call(Loop&, const Value& arg) override {
    auto* inner = static_cast<Future*>(arg.obj());
    Ref<Future> o = std::move(outer);
    outer = nullptr;
    if (o->cancelled()) {
      if (!inner->cancelled()) (void)inner->get_exception();
      return;
    }
    if (inner->cancelled()) {
      o->cancel();
    } else {
      Value exc = inner->get_exception().value;
      if (!exc.is_none()) o->set_exception(std::move(exc));
      else o->set_result(inner->get_result().value);
    }
  }
  const char* name() const override { return "shield._inner_done_callback"; }
};
struct ShieldOuterDone final : Callback {
  Ref<Future> inner;
  Ref<ShieldInnerDone> icb;
  void call(Loop&, const Value&) override {
    if (!inner->done()) inner->remove_done_callback(*icb);
    icb->outer = nullptr;
    inner = nullptr;
    icb = nullptr;
  }
  const char* name() const override { return "shield._outer_done_callback"; }
};
}  // namespace

Ref<Future> shield(Loop& loop, const Value& arg) {
  Ref<Future> inner = ensure_future(loop, arg);
  if (inner->done()) return inner;
  Ref<Future> outer = loop.create_future();
  Ref<ShieldInnerDone> icb(new ShieldInnerDone());
  icb->outer = outer;
  Ref<ShieldOuterDone> ocb(new ShieldOuterDone());
  ocb->inner = inner;
  ocb->icb = icb;
  inner->add_done_callback(Ref<Callback>(icb.get()));
  outer->add_done_callback(Ref<Callback>(ocb.get()));
  return outer;
}

// ---------------------------------------------------------------- wait_for

static Async cancel_and_wait_(Loop* loop, Ref<Future> fut) {
  Ref<Future> waiter = loop->create_future();
  Ref<Callback> cb(new ReleaseWaiter(waiter));
  fut->add_done_callback(cb);
  try {
    fut->cancel();
    co_await waiter;
  } catch (PyErr&) {
    fut->remove_done_callback(*cb);
    throw;
  }
  fut->remove_done_callback(*cb);
  co_return Value();
}

static Async wait_for_(Loop* loop, Value aw, std::optional<double> timeout) {
  loop = running_loop(loop);
  if (!timeout) co_return co_await aw;

  if (*timeout <= 0) {
    Ref<Future> fut = ensure_future(*loop, aw);
    if (fut->done()) co_return fut->result();
    co_await cancel_and_wait_(loop, fut).named("_cancel_and_wait");
    Outcome o = fut->get_result();
    if (o.ok) co_return o.value;
    if (is_cancelled_error(*loop, o.value)) {
      Value te = loop->make_error(ErrKind::TimeoutError);
      loop->errors().set_cause(te, o.value);
      throw PyErr{te};
    }
    throw PyErr{o.value};
  }

  Ref<Future> waiter = loop->create_future();
  Ref<Handle> timeout_handle = loop->call_later(*timeout, Ref<Callback>(new ReleaseWaiter(waiter)));
  Ref<Callback> cb(new ReleaseWaiter(waiter));
  Ref<Future> fut = ensure_future(*loop, aw);
  fut->add_done_callback(cb);

  // try: ... finally: timeout_handle.cancel()
  bool cancelled_wait = false;
  Value cancel_exc;
  try {
    co_await waiter;
  } catch (PyErr& e) {
    if (!is_cancelled_error(*loop, e.exc)) {
      timeout_handle->cancel();
      throw;
    }
    cancelled_wait = true;
    cancel_exc = std::move(e.exc);
  }
  if (cancelled_wait) {
    if (fut->done()) {
      Outcome o = fut->get_result();
      timeout_handle->cancel();
      if (o.ok) co_return o.value;
      throw PyErr{o.value};
    }
    fut->remove_done_callback(*cb);
    bool inner_raised = false;
    Value inner_exc;
    try {
      co_await cancel_and_wait_(loop, fut).named("_cancel_and_wait");
    } catch (PyErr& e) {
      inner_raised = true;
      inner_exc = std::move(e.exc);
    }
    timeout_handle->cancel();
    if (inner_raised) throw PyErr{inner_exc};
    throw PyErr{cancel_exc};
  }

  if (fut->done()) {
    Outcome o = fut->get_result();
    timeout_handle->cancel();
    if (o.ok) co_return o.value;
    throw PyErr{o.value};
  }
  fut->remove_done_callback(*cb);
  bool inner_raised = false;
  Value inner_exc;
  try {
    co_await cancel_and_wait_(loop, fut).named("_cancel_and_wait");
  } catch (PyErr& e) {
    inner_raised = true;
    inner_exc = std::move(e.exc);
  }
  if (inner_raised) {
    timeout_handle->cancel();
    throw PyErr{inner_exc};
  }
  Outcome o = fut->get_result();
  timeout_handle->cancel();
  if (o.ok) co_return o.value;
  if (is_cancelled_error(*loop, o.value)) {
    Value te = loop->make_error(ErrKind::TimeoutError);
    loop->errors().set_cause(te, o.value);
    throw PyErr{te};
  }
  throw PyErr{o.value};
}

Async wait_for(Loop& loop, Value aw, std::optional<double> timeout) {
  return wait_for_(&loop, std::move(aw), timeout).named("wait_for");
}

// ---------------------------------------------------------------- wait

namespace {
struct WaitState final : Callback {
  Ref<Future> waiter;
  Ref<Handle> timeout_handle;
  size_t counter = 0;
  ReturnWhen return_when = ReturnWhen::AllCompleted;
  void call(Loop&, const Value& arg) override {
    auto* f = static_cast<Future*>(arg.obj());
    --counter;
    bool fire = counter == 0 || return_when == ReturnWhen::FirstCompleted;
    if (!fire && return_when == ReturnWhen::FirstException && !f->cancelled()) {
      Outcome e = f->get_exception();
      fire = !e.value.is_none();
    }
    if (fire) {
      if (timeout_handle) timeout_handle->cancel();
      if (!waiter->done()) waiter->set_result(Value());
    }
  }
  const char* name() const override { return "_wait._on_completion"; }
};
}  // namespace

static Async wait_(Loop* loop, std::vector<Value> fs_in, std::optional<double> timeout, ReturnWhen return_when) {
  if (fs_in.empty()) loop->raise(ErrKind::ValueError, "Set of Tasks/Futures is empty.");
  loop = running_loop(loop);
  std::vector<Ref<Future>> fs;
  for (auto& v : fs_in) {
    if (v.as<Coroutine>()) loop->raise(ErrKind::TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  }
  for (auto& v : fs_in) {
    auto* f = v.as<Future>();
    if (!f) loop->raise(ErrKind::TypeError, "expect a list of futures");
    bool dup = false;
    for (auto& g : fs) dup = dup || g.get() == f;
    if (!dup) fs.push_back(Ref<Future>(f));
  }
  Ref<WaitState> st(new WaitState());
  st->waiter = loop->create_future();
  st->return_when = return_when;
  if (timeout) st->timeout_handle = loop->call_later(*timeout, Ref<Callback>(new ReleaseWaiter(st->waiter)));
  st->counter = fs.size();
  for (auto& f : fs) f->add_done_callback(Ref<Callback>(st.get()));
  auto fin = [&] {
    if (st->timeout_handle) st->timeout_handle->cancel();
    for (auto& f : fs) f->remove_done_callback(*st);
  };
  try {
    co_await st->waiter;
  } catch (PyErr&) {
    fin();
    throw;
  }
  fin();
  std::vector<Value> done, pending;
  for (auto& f : fs) (f->done() ? done : pending).push_back(Value::object(f));
  ErrorModel& em = loop->errors();
  std::vector<Value> pair;
  pair.push_back(em.make_set(std::move(done)));
  pair.push_back(em.make_set(std::move(pending)));
  co_return em.make_tuple(std::move(pair));
}

Async wait(Loop& loop, std::vector<Value> fs, std::optional<double> timeout, ReturnWhen return_when) {
  return wait_(&loop, std::move(fs), timeout, return_when).named("wait");
}

}  // namespace ts

namespace ts {

// ---------------------------------------------------------------- as_completed

namespace {
struct OnCompletion final : Callback {
  Ref<AsCompleted> st;
  explicit OnCompletion(AsCompleted* s) : st(s) {}
  void call(Loop&, const Value& f) override {
    auto& todo = st->todo;
    for (auto it = todo.begin(); it != todo.end(); ++it)
      if (it->get() == f.obj()) {
        todo.erase(it);
        break;
      }
    st->done->put_nowait(f);
    if (todo.empty() && st->timeout_handle) st->timeout_handle->cancel();
  }
  bool equals(const Callback& o) const override {
    auto* p = dynamic_cast<const OnCompletion*>(&o);
    return p && p->st == st;
  }
  const char* name() const override { return "as_completed._on_completion"; }
};
struct OnAsCompletedTimeout final : Callback {
  Ref<AsCompleted> st;
  explicit OnAsCompletedTimeout(AsCompleted* s) : st(s) {}
  void call(Loop&, const Value&) override {
    OnCompletion probe(st.get());
    for (auto& f : st->todo) f->remove_done_callback(probe);
    st->done->put_nowait(Value());
    st->todo.clear();
  }
  const char* name() const override { return "as_completed._on_timeout"; }
};
}  // namespace

Ref<AsCompleted> as_completed(Loop& loop, const std::vector<Value>& fs, std::optional<double> timeout) {
  Ref<AsCompleted> st(new AsCompleted());
  st->loop = &loop;
  for (auto& v : fs) {
    bool dup = false;
    for (auto& w : fs) {
      if (&w == &v) break;
      dup = dup || w.same(v);
    }
    if (!dup) st->todo.push_back(ensure_future(loop, v));
  }
  Observer* obs = loop.observer();
  loop.set_observer(nullptr);  // the internal queue is not shown
  st->done = make<Queue>(loop);
  loop.set_observer(obs);
  if (timeout) st->timeout_handle = loop.call_later(*timeout, Ref<Callback>(new OnAsCompletedTimeout(st.get())));
  std::vector<Ref<Future>> todo = st->todo;
  for (auto& f : todo) f->add_done_callback(Ref<Callback>(new OnCompletion(st.get())));
  st->total = todo.size();
  return st;
}

static Async next_completed_(Ref<AsCompleted> st) {
  Value f = co_await st->done->get();
  if (f.is_none()) st->loop->raise(ErrKind::TimeoutError);
  co_return static_cast<Future*>(f.obj())->result();
}

Async next_completed(Ref<AsCompleted> st) { return next_completed_(std::move(st)).named("_wait_for_one"); }

}  // namespace ts
