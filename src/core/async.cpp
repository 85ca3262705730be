#include "core/async.h"
#include <stdexcept>
#include "core/loop.h"

namespace ts {

static Value runtime_error(const std::string& msg) {
  if (Loop* l = Loop::running()) return l->make_error(ErrKind::RuntimeError, msg);
  DefaultErrorModel m;
  return m.make_error(ErrKind::RuntimeError, msg);
}

static Value type_error(const std::string& msg) {
  if (Loop* l = Loop::running()) return l->make_error(ErrKind::TypeError, msg);
  DefaultErrorModel m;
  return m.make_error(ErrKind::TypeError, msg);
}

Async&& Async::named(const char* n) && {
  coro_->set_name(n);
  return std::move(*this);
}

Ref<Coroutine> Async::ref() const { return Ref<Coroutine>(coro_.get()); }
Value Async::value() const { return Value::object(static_cast<Obj*>(coro_.get())); }

Async AsyncPromise::get_return_object() {
  auto h = AsyncHandle::from_promise(*this);
  Ref<AsyncCoro> c(new AsyncCoro(h));
  owner = c.get();
  return Async(std::move(c));
}

void AsyncPromise::unhandled_exception() {
  raised = true;
  try {
    throw;
  } catch (PyErr& e) {
    exc = std::move(e.exc);
  } catch (std::exception& e) {
    exc = runtime_error(std::string("internal error: ") + e.what());
  } catch (...) {
    exc = runtime_error("internal error: unknown C++ exception");
  }
}

Value AsyncPromise::FutureAwaiter::await_resume() {
  if (!suspended) return f->result();
  if (p->in_how == Resume::Throw) throw PyErr{std::move(p->in_val)};
  p->in_val = Value();
  if (!f->done()) throw PyErr{runtime_error("await wasn't used with future")};
  return f->result();
}

Value AsyncPromise::CoroAwaiter::await_resume() {
  Value v = std::move(p->in_val);
  p->in_val = Value();
  if (p->in_how == Resume::Throw) throw PyErr{std::move(v)};
  return v;
}

Value AsyncPromise::YieldAwaiter::await_resume() {
  Value v = std::move(p->in_val);
  p->in_val = Value();
  if (p->in_how == Resume::Throw) throw PyErr{std::move(v)};
  return Value();
}

bool AsyncPromise::ValueAwaiter::await_ready() const {
  if (auto* f = v.as<Future>()) return f->done();
  if (v.as<Coroutine>()) return false;
  return true;  // not awaitable: raise TypeError in await_resume
}

void AsyncPromise::ValueAwaiter::await_suspend(AsyncHandle) {
  suspended = true;
  if (v.as<Future>()) {
    p->out_yield = v;
  } else {
    p->delegate = Ref<Coroutine>(v.as<Coroutine>());
  }
}

Value AsyncPromise::ValueAwaiter::await_resume() {
  if (auto* f = v.as<Future>()) {
    if (!suspended) return f->result();
    if (p->in_how == Resume::Throw) throw PyErr{std::move(p->in_val)};
    p->in_val = Value();
    if (!f->done()) throw PyErr{runtime_error("await wasn't used with future")};
    return f->result();
  }
  if (v.as<Coroutine>()) {
    Value r = std::move(p->in_val);
    p->in_val = Value();
    if (p->in_how == Resume::Throw) throw PyErr{std::move(r)};
    return r;
  }
  std::string tn = v.is_obj() ? v.obj()->type_name() : v.tag == Value::None ? "NoneType" : v.tag == Value::Bool ? "bool" : v.tag == Value::Int ? "int" : "float";
  throw PyErr{type_error("object " + tn + " can't be used in 'await' expression")};
}

AsyncPromise::CoroAwaiter AsyncPromise::await_transform(Async&& a) { return {this, a.ref()}; }
AsyncPromise::CoroAwaiter AsyncPromise::await_transform(Async& a) { return {this, a.ref()}; }

// ---------------------------------------------------------------- AsyncCoro

AsyncCoro::~AsyncCoro() {
  if (h_) h_.destroy();
}

std::string AsyncCoro::where() const {
  if (delegate_) {
    std::string w = delegate_->where();
    if (!w.empty()) return w;
    return "in " + delegate_->name();
  }
  return {};
}

Step AsyncCoro::run_body() {
  AsyncPromise& p = h_.promise();
  for (;;) {
    h_.resume();
    if (h_.done()) {
      finished_ = true;
      Step s = p.raised ? Step::raise(std::move(p.exc)) : Step::ret(std::move(p.result));
      name_after_ = p.name;
      h_.destroy();
      h_ = nullptr;
      return s;
    }
    if (p.delegate) {
      Ref<Coroutine> d = std::move(p.delegate);
      p.delegate = nullptr;
      Step s = d->resume(Resume::Send, Value());
      if (s.kind == Step::Yield) {
        delegate_ = std::move(d);
        return s;
      }
      p.in_how = s.kind == Step::Return ? Resume::Send : Resume::Throw;
      p.in_val = std::move(s.value);
      continue;
    }
    Value y = std::move(p.out_yield);
    p.out_yield = Value();
    return Step::yield(std::move(y));
  }
}

Step AsyncCoro::resume(Resume how, Value v) {
  if (finished_ || !h_) return Step::raise(runtime_error("cannot reuse already awaited coroutine"));
  Ref<Coroutine> keep(this);
  if (!started_) {
    started_ = true;
    if (how == Resume::Throw) {
      // throw() into a coroutine that never ran: it ends right away.
      finished_ = true;
      name_after_ = h_.promise().name;
      h_.destroy();
      h_ = nullptr;
      return Step::raise(std::move(v));
    }
    h_.promise().in_how = Resume::Send;
    h_.promise().in_val = Value();
    return run_body();
  }
  if (delegate_) {
    Step s = delegate_->resume(how, std::move(v));
    if (s.kind == Step::Yield) return s;
    delegate_ = nullptr;
    how = s.kind == Step::Return ? Resume::Send : Resume::Throw;
    v = std::move(s.value);
  }
  h_.promise().in_how = how;
  h_.promise().in_val = std::move(v);
  return run_body();
}

}  // namespace ts
