// asyncio/locks.py: Lock, Event, Condition, Semaphore, BoundedSemaphore.
// They are Python classes in CPython, so their methods follow Python's
// binding rules and a wrong receiver fails on the attribute the method reads
// first ("'int' object has no attribute '_locked'").
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

// A Python predicate for Condition.wait_for.
struct PyPredicate final : Predicate {
  VM* vm = nullptr;
  Value fn;
  Value call(Loop&) override {
    Value r;
    if (!vm->call0(fn, r)) throw_error(*vm);
    return r;
  }
};

// Whether self has attribute `name` as its CPython counterpart would: the
// primitives here are Python classes there, with private attributes these
// objects do not carry (an Event has _value and _waiters); anything else
// answers by its own attributes. For the bindings that follow a wrong
// receiver past the first attribute CPython's method reads.
bool has_cpython_attr(VM& vm, const Value& self, const char* name) {
  const char* attrs = nullptr;
  if (self.as<BoundedSemaphore>()) attrs = " _value _waiters _wake_up_next _bound_value locked acquire release ";
  else if (self.as<Semaphore>()) attrs = " _value _waiters _wake_up_next locked acquire release ";
  else if (self.as<Condition>()) attrs = " _lock _waiters locked acquire release wait wait_for notify notify_all ";
  else if (self.as<Lock>()) attrs = " _waiters _locked locked acquire release _wake_up_first ";
  else if (self.as<Event>()) attrs = " _waiters _value set clear is_set wait ";
  if (attrs) return std::string(attrs).find(" " + std::string(name) + " ") != std::string::npos;
  Value v;
  bool found = false;
  Ref<Str> n = make<Str>(name);
  if (!vm.getattr_opt(self, *n, v, found)) {
    vm.error = Value();
    return false;
  }
  return found;
}

// ---- _ContextManagerMixin: async with ------------------------------------------------

Async aenter_acquire(Value self, Async acquire) {
  (void)self;  // keeps the primitive alive while acquiring
  co_await acquire;
  co_return Value();
}

Async aexit_release(Value self) {
  if (Semaphore* s = self.as<Semaphore>()) s->release();
  else if (Lock* l = self.as<Lock>()) l->release();
  else if (Condition* c = self.as<Condition>()) c->release();
  co_return Value();
}

bool aenter(VM&, Args& a, Value& out) {
  const Value& self = a.self;
  if (auto* s = self.as<Semaphore>())
    out = aenter_acquire(self, s->acquire().named("Semaphore.acquire")).named("Semaphore.__aenter__").value();
  else if (auto* l = self.as<Lock>())
    out = aenter_acquire(self, l->acquire().named("Lock.acquire")).named("Lock.__aenter__").value();
  else
    out = aenter_acquire(self, self.as<Condition>()->acquire().named("Lock.acquire")).named("Condition.__aenter__").value();
  return true;
}

bool aexit(VM&, Args& a, Value& out) {
  out = aexit_release(a.self).named("__aexit__").value();
  return true;
}

// Lock's, Condition's and Semaphore's.
constexpr Method kMixin[] = {
    {"_ContextManagerMixin.__aenter__", aenter, Conv::Python, "", "acquire"},
    {"_ContextManagerMixin.__aexit__", aexit, Conv::Python, "exc_type, exc, tb", "release"},
};

// ---- Lock ------------------------------------------------------------------------------

bool new_lock(VM& vm, Args&, Value& out) {
  out = Value::object(make<Lock>(home_loop(vm)));
  return true;
}
bool lock_acquire(VM&, Lock& l, Args&, Value& out) {
  out = l.acquire().named("Lock.acquire").value();
  return true;
}
bool lock_release(VM&, Lock& l, Args&, Value& out) {
  l.release();
  out = Value();
  return true;
}
bool lock_locked(VM&, Lock& l, Args&, Value& out) {
  out = Value::boolean(l.locked());
  return true;
}

// ---- Event -----------------------------------------------------------------------------

bool new_event(VM& vm, Args&, Value& out) {
  out = Value::object(make<Event>(home_loop(vm)));
  return true;
}
bool event_set(VM&, Event& e, Args&, Value& out) {
  e.set();
  out = Value();
  return true;
}
bool event_clear(VM&, Event& e, Args&, Value& out) {
  e.clear();
  out = Value();
  return true;
}
bool event_is_set(VM&, Event& e, Args&, Value& out) {
  out = Value::boolean(e.is_set());
  return true;
}
bool event_wait(VM&, Event& e, Args&, Value& out) {
  out = e.wait().named("Event.wait").value();
  return true;
}

// ---- Condition -------------------------------------------------------------------------

bool new_condition(VM& vm, Args& a, Value& out) {
  Ref<Lock> lock;
  if (const Value* l = a.get(0); l && !l->is_none()) {
    Lock* lp = l->as<Lock>();
    if (!lp) return vm.raise(vm.TypeError, "Condition() lock must be an asyncio.Lock");
    lock = Ref<Lock>(lp);
  }
  out = Value::object(make<Condition>(home_loop(vm), lock));
  return true;
}
bool cond_acquire(VM&, Condition& c, Args&, Value& out) {
  out = c.acquire().named("Lock.acquire").value();
  return true;
}
bool cond_release(VM&, Condition& c, Args&, Value& out) {
  c.release();
  out = Value();
  return true;
}
bool cond_locked(VM&, Condition& c, Args&, Value& out) {
  out = Value::boolean(c.locked());
  return true;
}
bool cond_wait(VM&, Condition& c, Args&, Value& out) {
  out = c.wait().named("Condition.wait").value();
  return true;
}
// wait_for calls the predicate before it touches self.
bool cond_wait_for(VM& vm, Args& a, Value& out) {
  Condition* c = a.self.as<Condition>();
  if (!c) {
    Value r;
    if (!vm.call0(*a.get(0), r)) return false;
    return no_attribute(vm, a.self, "wait");
  }
  Ref<PyPredicate> p = make<PyPredicate>();
  p->vm = &vm;
  p->fn = *a.get(0);
  out = c->wait_for(p).named("Condition.wait_for").value();
  return true;
}
bool cond_notify(VM& vm, Args& a, Value& out) {
  const Value* nv = a.get(0);
  Condition* c = a.self.as<Condition>();
  if (!c) {  // `if not self.locked(): raise RuntimeError(...)`, then `for fut in self._waiters`
    if (!has_cpython_attr(vm, a.self, "locked")) return no_attribute(vm, a.self, "locked");
    Value r;
    bool locked = false;
    if (!vm.callm(a.self, "locked", nullptr, 0, r) || !vm.truthy(r, locked)) return false;
    if (!locked) return vm.raise(vm.RuntimeError, "cannot notify on un-acquired lock");
    if (!has_cpython_attr(vm, a.self, "_waiters")) return no_attribute(vm, a.self, "_waiters");
    // A primitive's _waiters is None until a task waits on it.
    return vm.raise(vm.TypeError, "'NoneType' object is not iterable");
  }
  c->notify(nv && nv->tag == Value::Int ? nv->i : 1);
  out = Value();
  return true;
}
bool cond_notify_all(VM&, Condition& c, Args&, Value& out) {
  c.notify_all();
  out = Value();
  return true;
}

// ---- Semaphore, BoundedSemaphore ---------------------------------------------------------

bool initial_value(VM& vm, Args& a, int64_t& v) {
  const Value* x = a.get(0);
  if (!x || x->is_none()) return true;
  // A big count: no script acquires 2**63 times, so int64's end stands for it.
  if (Long* l = as<Long>(*x)) {
    v = l->v.is_negative() ? -1 : INT64_MAX;
    return true;
  }
  if (x->tag != Value::Int && x->tag != Value::Bool)
    return vm.raise(vm.TypeError, "'" + vm.type_name(*x) + "' object cannot be interpreted as an integer");
  v = x->tag == Value::Int ? x->i : x->b;
  return true;
}
bool new_semaphore(VM& vm, Args& a, Value& out) {
  int64_t v = 1;
  if (!initial_value(vm, a, v)) return false;
  out = Value::object(make<Semaphore>(home_loop(vm), v));
  return true;
}
bool new_bounded(VM& vm, Args& a, Value& out) {
  int64_t v = 1;
  if (!initial_value(vm, a, v)) return false;
  out = Value::object(make<BoundedSemaphore>(home_loop(vm), v));
  return true;
}
bool sem_acquire(VM&, Semaphore& s, Args&, Value& out) {
  out = s.acquire().named("Semaphore.acquire").value();
  return true;
}
// `self._value += 1; self._wake_up_next()`: a wrong receiver fails on the
// first of them it lacks ('Event' has a _value).
bool sem_release(VM& vm, Args& a, Value& out) {
  Semaphore* s = a.self.as<Semaphore>();
  if (!s) {
    for (const char* attr : {"_value", "_wake_up_next"})
      if (!has_cpython_attr(vm, a.self, attr)) return no_attribute(vm, a.self, attr);
    return no_attribute(vm, a.self, "_wake_up_next");  // not reached: only a Semaphore has both
  }
  s->release();
  out = Value();
  return true;
}
// BoundedSemaphore.release: `if self._value >= self._bound_value: ...`.
bool bounded_release(VM& vm, Args& a, Value& out) {
  if (!a.self.as<BoundedSemaphore>()) {
    for (const char* attr : {"_value", "_bound_value"})
      if (!has_cpython_attr(vm, a.self, attr)) return no_attribute(vm, a.self, attr);
    return no_attribute(vm, a.self, "_bound_value");  // a plain Semaphore has no _bound_value
  }
  return sem_release(vm, a, out);
}
bool sem_locked(VM&, Semaphore& s, Args&, Value& out) {
  out = Value::boolean(s.locked());
  return true;
}

// sem._value, sem._bound_value, sem._waiters (scenarios peek at them).
bool sem_attr(VM& vm, const Value& self, const Str& name, Value& out) {
  auto* s = self.as<Semaphore>();
  if (!s) return false;
  if (name.s == "_value") {
    out = Value::integer(s->value());
    return true;
  }
  if (name.s == "_bound_value") {
    if (auto* b = self.as<BoundedSemaphore>()) {
      out = Value::integer(b->bound());
      return true;
    }
  }
  if (name.s == "_waiters") {
    std::vector<Value> w;
    for (auto& f : s->waiters_) w.push_back(Value::object(f));
    out = w.empty() ? Value() : vm.make_list(std::move(w));
    return true;
  }
  return false;
}

constexpr Owner kLock{"asyncio.locks.Lock", is<Lock>, true};
constexpr Owner kEvent{"asyncio.locks.Event", is<Event>, true};
constexpr Owner kCondition{"asyncio.locks.Condition", is<Condition>, true};
constexpr Owner kSemaphore{"asyncio.locks.Semaphore", is<Semaphore>, true};
constexpr Owner kBounded{"asyncio.locks.BoundedSemaphore", is<BoundedSemaphore>, true};

constexpr Method kNewLock{"Lock.__init__", new_lock, Conv::Python};
constexpr Method kLockMethods[] = {
    {"Lock.acquire", on<lock_acquire>, Conv::Python, "", "_locked"},
    {"Lock.release", on<lock_release>, Conv::Python, "", "_locked"},
    {"Lock.locked", on<lock_locked>, Conv::Python, "", "_locked"},
};
constexpr Method kNewEvent{"Event.__init__", new_event, Conv::Python};
constexpr Method kEventMethods[] = {
    {"Event.set", on<event_set>, Conv::Python, "", "_value"},
    {"Event.clear", on<event_clear>, Conv::Python, "", "_value"},
    {"Event.is_set", on<event_is_set>, Conv::Python, "", "_value"},
    {"Event.wait", on<event_wait>, Conv::Python, "", "_value"},
};
// A Condition's acquire/release/locked are its lock's (bound in __init__).
constexpr Method kNewCondition{"Condition.__init__", new_condition, Conv::Python, "lock=None"};
constexpr Method kConditionMethods[] = {
    {"Lock.acquire", on<cond_acquire>, Conv::Python, "", "_locked"},
    {"Lock.release", on<cond_release>, Conv::Python, "", "_locked"},
    {"Lock.locked", on<cond_locked>, Conv::Python, "", "_locked"},
    {"Condition.wait", on<cond_wait>, Conv::Python, "", "locked"},
    {"Condition.wait_for", cond_wait_for, Conv::Python, "predicate"},
    {"Condition.notify", cond_notify, Conv::Python, "n=1"},
    {"Condition.notify_all", on<cond_notify_all>, Conv::Python, "", "notify"},
};
constexpr Method kNewSemaphore{"Semaphore.__init__", new_semaphore, Conv::Python, "value=1"};
constexpr Method kSemaphoreMethods[] = {
    {"Semaphore.acquire", on<sem_acquire>, Conv::Python, "", "locked"},
    {"Semaphore.release", sem_release, Conv::Python, ""},
    {"Semaphore.locked", on<sem_locked>, Conv::Python, "", "_value"},
};
constexpr Method kNewBounded{"BoundedSemaphore.__init__", new_bounded, Conv::Python, "value=1"};
constexpr Method kBoundedMethods[] = {
    {"BoundedSemaphore.release", bounded_release, Conv::Python, ""},
};

}  // namespace

void install_locks(VM& vm, Dict& module) {
  const char* m = "asyncio.locks";
  PyType* lock = new_type(vm, module, "Lock", m, nullptr, "Lock");
  install_new<kLock>(vm, lock, kNewLock);
  install<kLock>(vm, lock, kLockMethods);
  install<kLock>(vm, lock, kMixin);
  PyType* event = new_type(vm, module, "Event", m, nullptr, "Event");
  install_new<kEvent>(vm, event, kNewEvent);
  install<kEvent>(vm, event, kEventMethods);
  PyType* cond = new_type(vm, module, "Condition", m, nullptr, "Condition");
  install_new<kCondition>(vm, cond, kNewCondition);
  install<kCondition>(vm, cond, kConditionMethods);
  install<kCondition>(vm, cond, kMixin);
  PyType* sem = new_type(vm, module, "Semaphore", m, nullptr, "Semaphore");
  install_new<kSemaphore>(vm, sem, kNewSemaphore);
  install<kSemaphore>(vm, sem, kSemaphoreMethods);
  install<kSemaphore>(vm, sem, kMixin);
  vm.getattr_hooks[sem] = sem_attr;
  PyType* bounded = new_type(vm, module, "BoundedSemaphore", m, sem, "BoundedSemaphore");
  install_new<kBounded>(vm, bounded, kNewBounded);
  install<kBounded>(vm, bounded, kBoundedMethods);
}

}  // namespace ts::vm::aio
