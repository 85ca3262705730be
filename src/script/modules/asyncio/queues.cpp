// asyncio/queues.py: Queue, LifoQueue, PriorityQueue (Python classes in
// CPython: Python binding rules, wrong receivers fail on an attribute).
#include "script/modules/asyncio/asyncio.h"

namespace ts::vm::aio {

namespace {

template <QueueKind K>
bool new_queue(VM& vm, Args& a, Value& out) {
  const Value* m = a.get(0);
  Long* big = m ? as<Long>(*m) : nullptr;
  // A big maxsize bounds nothing a script can fill (or, negative, nothing).
  int64_t size = m && m->tag == Value::Int ? m->i : big ? (big->v.is_negative() ? -1 : INT64_MAX) : 0;
  auto q = make<Queue>(home_loop(vm), size, K);
  if (big) q->maxsize_value_ = *m;
  out = Value::object(q);
  return true;
}
bool put(VM&, Queue& q, Args& a, Value& out) {
  out = q.put(*a.get(0)).named("Queue.put").value();
  return true;
}
bool get(VM&, Queue& q, Args&, Value& out) {
  out = q.get().named("Queue.get").value();
  return true;
}
bool join(VM&, Queue& q, Args&, Value& out) {
  out = q.join().named("Queue.join").value();
  return true;
}
bool put_nowait(VM&, Queue& q, Args& a, Value& out) {
  q.put_nowait(*a.get(0));
  out = Value();
  return true;
}
bool get_nowait(VM&, Queue& q, Args&, Value& out) {
  out = q.get_nowait();
  return true;
}
bool task_done(VM&, Queue& q, Args&, Value& out) {
  q.task_done();
  out = Value();
  return true;
}
bool qsize(VM&, Queue& q, Args&, Value& out) {
  out = Value::integer(int64_t(q.qsize()));
  return true;
}
bool empty(VM&, Queue& q, Args&, Value& out) {
  out = Value::boolean(q.empty());
  return true;
}
bool full(VM&, Queue& q, Args&, Value& out) {
  out = Value::boolean(q.full());
  return true;
}

// q.maxsize, q._unfinished_tasks.
bool queue_attr(VM&, const Value& self, const Str& name, Value& out) {
  auto* q = self.as<Queue>();
  if (!q) return false;
  if (name.s == "maxsize") {
    out = q->maxsize_value_.is_none() ? Value::integer(q->maxsize()) : q->maxsize_value_;
    return true;
  }
  if (name.s == "_unfinished_tasks") {
    out = Value::integer(q->unfinished_tasks());
    return true;
  }
  return false;
}

constexpr Owner kQueue{"asyncio.queues.Queue", is<Queue>, true};
// LifoQueue and PriorityQueue inherit Queue.__init__.
constexpr Method kNewFifo{"Queue.__init__", new_queue<QueueKind::Fifo>, Conv::Python, "maxsize=0"};
constexpr Method kNewLifo{"Queue.__init__", new_queue<QueueKind::Lifo>, Conv::Python, "maxsize=0"};
constexpr Method kNewPriority{"Queue.__init__", new_queue<QueueKind::Priority>, Conv::Python, "maxsize=0"};
constexpr Method kMethods[] = {
    {"Queue.put", on<put>, Conv::Python, "item", "full"},
    {"Queue.get", on<get>, Conv::Python, "", "empty"},
    {"Queue.join", on<join>, Conv::Python, "", "_unfinished_tasks"},
    {"Queue.put_nowait", on<put_nowait>, Conv::Python, "item", "full"},
    {"Queue.get_nowait", on<get_nowait>, Conv::Python, "", "empty"},
    {"Queue.task_done", on<task_done>, Conv::Python, "", "_unfinished_tasks"},
    {"Queue.qsize", on<qsize>, Conv::Python, "", "_queue"},
    {"Queue.empty", on<empty>, Conv::Python, "", "_queue"},
    {"Queue.full", on<full>, Conv::Python, "", "_maxsize"},
};

}  // namespace

void install_queues(VM& vm, Dict& module) {
  const char* m = "asyncio.queues";
  PyType* q = new_type(vm, module, "Queue", m, nullptr, "Queue");
  install_new<kQueue>(vm, q, kNewFifo);
  install<kQueue>(vm, q, kMethods);
  vm.getattr_hooks[q] = queue_attr;
  install_new<kQueue>(vm, new_type(vm, module, "LifoQueue", m, q, nullptr), kNewLifo);
  install_new<kQueue>(vm, new_type(vm, module, "PriorityQueue", m, q, nullptr), kNewPriority);
}

}  // namespace ts::vm::aio
