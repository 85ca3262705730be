// Port of CPython 3.11.7 Lib/test/test_asyncio/test_queues.py: every test,
// checking the same observable behaviour. See core_test_util.h for the style.
//
// Adapted / not ported:
//  * QueueBasicTests.test_repr / test_str: the repr/str strings are skipped
//    (Python formatting); their behavioural part (a waiting getter/putter is
//    counted in _getters/_putters and woken by put_nowait/get_nowait, and
//    `_queue=[1]`) is ported as test_repr_or_str_state.
//  * QueueBasicTests.test_generic_alias: Python typing (Queue[int]).
//  * QueuePutTests.test_float_maxsize: the core's Queue takes an int64
//    maxsize, so Queue(maxsize=1.3) cannot be expressed (the VM has to map a
//    float maxsize itself; full() is `qsize() >= maxsize`).
//  * _QueueJoinTestMixin.test_format: Queue._format() string.
// `async with asyncio.TaskGroup() as tg:` is written as creating the tasks
// and awaiting them (gather or one by one) where the block ends.
#include <algorithm>

#include "core_test_util.h"

using namespace tst;

namespace {
Ref<Queue> make_queue(Loop& loop, int64_t maxsize = 0, QueueKind k = QueueKind::Fifo) {
  return make<Queue>(loop, maxsize, k);
}
Value I(int64_t i) { return Value::integer(i); }
}  // namespace

// ---------------------------------------------------------- QueueBasicTests

TEST_CASE("QueueBasicTests.test_repr_or_str_state", "[queues]") {
  Loop loop;
  bool reached = false;
  auto body = [&]() -> Async {
    // getters
    {
      auto q = make_queue(loop);
      Ref<Task> getter = create_task(loop, q->get());
      co_await sleep(loop, 0);
      CHECK(q->getter_count() == 1);  // '_getters[1]' in fn(q)
      q->put_nowait(I(0));
      co_await getter;  // TaskGroup exit
      {
        Value v_ = co_await getter;
        CHECK(is_int(v_, 0));
      }
    }
    // putters
    {
      auto q = make_queue(loop, 1);
      q->put_nowait(I(1));
      Ref<Task> putter = create_task(loop, q->put(I(2)));
      co_await sleep(loop, 0);
      CHECK(q->putter_count() == 1);  // '_putters[1]' in fn(q)
      q->get_nowait();
      co_await putter;  // TaskGroup exit
      CHECK(putter->done());
    }
    {
      auto q = make_queue(loop);
      q->put_nowait(I(1));
      CHECK(q->items().size() == 1);  // '_queue=[1]' in fn(q)
      CHECK(is_int(q->items()[0], 1));
    }
    reached = true;
    co_return Value();
  };
  run_main(loop, body());
  CHECK(reached);
}

TEST_CASE("QueueBasicTests.test_empty", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  auto body = [&]() -> Async {
    CHECK(q->empty());
    co_await q->put(I(1));
    CHECK_FALSE(q->empty());
    {
      Value v_ = co_await q->get();
      CHECK(is_int(v_, 1));
    }
    CHECK(q->empty());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueueBasicTests.test_full", "[queues]") {
  Loop loop;
  auto body = [&]() -> Async {
    auto q = make_queue(loop);
    CHECK_FALSE(q->full());
    q = make_queue(loop, 1);
    co_await q->put(I(1));
    CHECK(q->full());
    co_return Value();
  };
  run_main(loop, body());
}

static void check_order(QueueKind kind, std::vector<int64_t> expected) {
  Loop loop;
  auto q = make_queue(loop, 0, kind);
  std::vector<int64_t> items;
  auto body = [&]() -> Async {
    for (int64_t i : {1, 3, 2}) co_await q->put(I(i));
    for (int k = 0; k < 3; ++k) {
      Value v = co_await q->get();
      items.push_back(v.tag == Value::Int ? v.i : -1);
    }
    co_return Value();
  };
  run_main(loop, body());
  CHECK(items == expected);
}

TEST_CASE("QueueBasicTests.test_order", "[queues]") { check_order(QueueKind::Fifo, {1, 3, 2}); }

TEST_CASE("QueueBasicTests.test_maxsize", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 2);
  std::vector<int> have_been_put;
  auto putter = [&]() -> Async {
    for (int i = 0; i < 3; ++i) {
      co_await q->put(I(i));
      have_been_put.push_back(i);
    }
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    CHECK(q->maxsize() == 2);
    Ref<Task> t = create_task(loop, putter());
    for (int i = 0; i < 2; ++i) co_await sleep(loop, 0);

    // The putter is blocked after putting two items.
    CHECK(have_been_put == std::vector<int>{0, 1});
    {
      Value v_ = co_await q->get();
      CHECK(is_int(v_, 0));
    }

    // Let the putter resume and put last item.
    co_await sleep(loop, 0);
    CHECK(have_been_put == std::vector<int>{0, 1, 2});
    {
      Value v_ = co_await q->get();
      CHECK(is_int(v_, 1));
    }
    {
      Value v_ = co_await q->get();
      CHECK(is_int(v_, 2));
    }

    CHECK(t->done());
    CHECK(is_true(result_of(*t)));
    co_return Value();
  };
  run_main(loop, body());
}

// ------------------------------------------------------------ QueueGetTests

TEST_CASE("QueueGetTests.test_blocking_get", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Value got;
  auto body = [&]() -> Async {
    q->put_nowait(I(1));
    got = co_await q->get();
    co_return Value();
  };
  run_main(loop, body());
  CHECK(is_int(got, 1));
}

TEST_CASE("QueueGetTests.test_get_with_putters", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  auto body = [&]() -> Async {
    co_await q->put(I(1));
    Ref<Future> waiter = loop.create_future();
    q->putters_.push_back(waiter);  // q._putters.append(waiter)

    {

      Value v_ = co_await q->get();

      CHECK(is_int(v_, 1));

    }
    CHECK(waiter->done());
    CHECK_FALSE(waiter->cancelled());
    CHECK(result_of(*waiter).is_none());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueueGetTests.test_blocking_get_wait", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  auto started = make<Event>(loop);
  bool finished = false;
  auto queue_get = [&]() -> Async {
    started->set();
    Value res = co_await q->get();
    finished = true;
    co_return res;
  };
  auto body = [&]() -> Async {
    Ref<Task> queue_get_task = create_task(loop, queue_get());
    co_await started->wait();
    CHECK_FALSE(finished);
    call_later(loop, 0.01, [q] { q->put_nowait(Value::integer(1)); });
    Value res = co_await queue_get_task;
    CHECK(finished);
    CHECK(is_int(res, 1));
    co_return Value();
  };
  run_main(loop, body());
  CHECK(loop.time() == Approx(0.01));
}

TEST_CASE("QueueGetTests.test_nonblocking_get", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  q->put_nowait(I(1));
  CHECK(is_int(q->get_nowait(), 1));
}

TEST_CASE("QueueGetTests.test_nonblocking_get_exception", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Caught c = call_catch([&] { q->get_nowait(); });
  CHECK(raised(c, ErrKind::QueueEmpty));
}

TEST_CASE("QueueGetTests.test_get_cancelled_race", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Value got;
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, q->get());
    Ref<Task> t2 = create_task(loop, q->get());

    co_await sleep(loop, 0);
    t1->cancel();
    co_await sleep(loop, 0);
    CHECK(t1->done());
    co_await q->put(core_str("a"));
    co_await sleep(loop, 0);
    got = co_await t2;
    co_return Value();
  };
  run_main(loop, body());
  CHECK(str_of(got) == "a");
}

TEST_CASE("QueueGetTests.test_get_with_waiting_putters", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  std::vector<std::string> got;
  auto body = [&]() -> Async {
    Ref<Task> pa = create_task(loop, q->put(core_str("a")));
    Ref<Task> pb = create_task(loop, q->put(core_str("b")));
    got.push_back(str_of(co_await q->get()));
    got.push_back(str_of(co_await q->get()));
    co_return Value();
  };
  run_main(loop, body());
  CHECK(got == std::vector<std::string>{"a", "b"});
}

TEST_CASE("QueueGetTests.test_why_are_getters_waiting", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  int consumed = 0;
  auto consumer = [&](Ref<Queue> queue, int num_expected) -> Async {
    for (int i = 0; i < num_expected; ++i) {
      co_await queue->get();
      ++consumed;
    }
    co_return Value();
  };
  auto producer = [&](Ref<Queue> queue, int num_items) -> Async {
    for (int i = 0; i < num_items; ++i) co_await queue->put(I(i));
    co_return Value();
  };
  auto body = [&]() -> Async {
    const int producer_num_items = 5;
    std::vector<Ref<Task>> ts = {create_task(loop, producer(q, producer_num_items)),
                                 create_task(loop, consumer(q, producer_num_items))};
    co_await gather_all(loop, ts);  // TaskGroup exit; must not hang
    co_return Value();
  };
  run_main(loop, body());
  CHECK(consumed == 5);
  CHECK(q->empty());
}

TEST_CASE("QueueGetTests.test_cancelled_getters_not_being_held_in_self_getters", "[queues]") {
  Loop loop;
  auto queue = make_queue(loop, 5);
  auto body = [&]() -> Async {
    Caught c;
    co_await capture(wait_for(loop, queue->get().value(), 0.1), c);
    CHECK(raised(c, ErrKind::TimeoutError));
    CHECK(queue->getter_count() == 0);
    co_return Value();
  };
  run_main(loop, body());
  CHECK(loop.time() == Approx(0.1));
}

// ------------------------------------------------------------ QueuePutTests

TEST_CASE("QueuePutTests.test_blocking_put", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Value got;
  auto body = [&]() -> Async {
    // No maxsize, won't block.
    co_await q->put(I(1));
    got = co_await q->get();
    co_return Value();
  };
  run_main(loop, body());
  CHECK(is_int(got, 1));
}

TEST_CASE("QueuePutTests.test_blocking_put_wait", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  auto started = make<Event>(loop);
  bool finished = false;
  auto queue_put = [&]() -> Async {
    started->set();
    co_await q->put(I(1));
    co_await q->put(I(2));
    finished = true;
    co_return Value();
  };
  auto body = [&]() -> Async {
    call_later(loop, 0.01, [q] { q->get_nowait(); });
    Ref<Task> queue_put_task = create_task(loop, queue_put());
    co_await started->wait();
    CHECK_FALSE(finished);
    co_await queue_put_task;
    CHECK(finished);
    co_return Value();
  };
  run_main(loop, body());
  CHECK(loop.time() == Approx(0.01));
  CHECK(q->qsize() == 1);
  CHECK(is_int(q->items()[0], 2));
}

TEST_CASE("QueuePutTests.test_nonblocking_put", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  q->put_nowait(I(1));
  CHECK(is_int(q->get_nowait(), 1));
}

TEST_CASE("QueuePutTests.test_get_cancel_drop_one_pending_reader", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Value result;
  bool retried = false;
  auto body = [&]() -> Async {
    Ref<Task> reader = create_task(loop, q->get());
    co_await sleep(loop, 0);

    q->put_nowait(I(1));
    q->put_nowait(I(2));
    reader->cancel();

    Caught c;
    co_await capture(reader, c);
    if (c.raised && is_kind(c.exc, ErrKind::CancelledError)) {
      // try again
      retried = true;
      reader = create_task(loop, q->get());
      co_await reader;
    }
    result = result_of(*reader);
    co_return Value();
  };
  run_main(loop, body());
  // if we get 2, it means 1 got dropped!
  CHECK(is_int(result, 1));
  INFO("retried " << retried);
}

TEST_CASE("QueuePutTests.test_get_cancel_drop_many_pending_readers", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Ref<Task> reader1, reader2, reader3;
  auto body = [&]() -> Async {
    reader1 = create_task(loop, q->get());
    reader2 = create_task(loop, q->get());
    reader3 = create_task(loop, q->get());

    co_await sleep(loop, 0);

    q->put_nowait(I(1));
    q->put_nowait(I(2));
    reader1->cancel();

    Caught c;
    co_await capture(reader1, c);
    CHECK(raised(c, ErrKind::CancelledError));

    co_await reader3;
    co_await reader2;  // TaskGroup exit waits for the rest
    co_return Value();
  };
  run_main(loop, body());
  // It is undefined in which order concurrent readers receive results.
  Value r2 = result_of(*reader2), r3 = result_of(*reader3);
  CHECK(r2.tag == Value::Int);
  CHECK(r3.tag == Value::Int);
  std::vector<int64_t> got = {r2.i, r3.i};
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<int64_t>{1, 2});
  reader1 = reader2 = reader3 = nullptr;
}

TEST_CASE("QueuePutTests.test_put_cancel_drop", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  auto body = [&]() -> Async {
    q->put_nowait(I(1));

    // putting a second item in the queue has to block (qsize=1)
    Ref<Task> writer = create_task(loop, q->put(I(2)));
    co_await sleep(loop, 0);

    Value value1 = q->get_nowait();
    CHECK(is_int(value1, 1));

    writer->cancel();
    Caught c;
    co_await capture(writer, c);
    if (c.raised && is_kind(c.exc, ErrKind::CancelledError)) {
      // try again
      writer = create_task(loop, q->put(I(2)));
      co_await writer;
    }

    Value value2 = q->get_nowait();
    CHECK(is_int(value2, 2));
    CHECK(q->qsize() == 0);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueuePutTests.test_nonblocking_put_exception", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  q->put_nowait(I(1));
  Caught c = call_catch([&] { q->put_nowait(I(2)); });
  CHECK(raised(c, ErrKind::QueueFull));
  CHECK(q->qsize() == 1);
}

TEST_CASE("QueuePutTests.test_put_cancelled", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  auto queue_put = [&]() -> Async {
    co_await q->put(I(1));
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t = create_task(loop, queue_put());
    {
      Value v_ = co_await q->get();
      CHECK(is_int(v_, 1));
    }
    CHECK(t->done());
    CHECK(is_true(result_of(*t)));
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueuePutTests.test_put_cancelled_race", "[queues]") {
  Loop loop;
  auto q = make_queue(loop, 1);
  auto body = [&]() -> Async {
    Ref<Task> put_a = create_task(loop, q->put(core_str("a")));
    Ref<Task> put_b = create_task(loop, q->put(core_str("b")));
    Ref<Task> put_c = create_task(loop, q->put(core_str("X")));

    co_await sleep(loop, 0);
    CHECK(put_a->done());
    CHECK_FALSE(put_b->done());

    put_c->cancel();
    co_await sleep(loop, 0);
    CHECK(put_c->done());
    CHECK(str_of(q->get_nowait()) == "a");
    co_await sleep(loop, 0);
    CHECK(str_of(q->get_nowait()) == "b");

    co_await put_b;
    CHECK(q->empty());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueuePutTests.test_put_with_waiting_getters", "[queues]") {
  Loop loop;
  auto q = make_queue(loop);
  Value got;
  auto body = [&]() -> Async {
    Ref<Task> t = create_task(loop, q->get());
    co_await sleep(loop, 0);
    co_await q->put(core_str("a"));
    got = co_await t;
    co_return Value();
  };
  run_main(loop, body());
  CHECK(str_of(got) == "a");
}

TEST_CASE("QueuePutTests.test_why_are_putters_waiting", "[queues]") {
  Loop loop;
  auto queue = make_queue(loop, 2);
  int got = 0, put = 0;
  auto putter = [&](int item) -> Async {
    co_await queue->put(I(item));
    ++put;
    co_return Value();
  };
  auto getter = [&]() -> Async {
    co_await sleep(loop, 0);
    size_t num = queue->qsize();
    for (size_t i = 0; i < num; ++i) {
      queue->get_nowait();
      ++got;
    }
    co_return Value();
  };
  auto body = [&]() -> Async {
    std::vector<Ref<Task>> ts = {create_task(loop, getter()), create_task(loop, putter(0)),
                                 create_task(loop, putter(1)), create_task(loop, putter(2)),
                                 create_task(loop, putter(3))};
    co_await gather_all(loop, ts);  // TaskGroup exit; must not hang
    co_return Value();
  };
  run_main(loop, body());
  CHECK(got == 2);
  CHECK(put == 4);
  CHECK(queue->qsize() == 2);
  CHECK(is_int(queue->items()[0], 2));
  CHECK(is_int(queue->items()[1], 3));
}

TEST_CASE("QueuePutTests.test_cancelled_puts_not_being_held_in_self_putters", "[queues]") {
  Loop loop;
  auto queue = make_queue(loop, 1);
  auto body = [&]() -> Async {
    queue->put_nowait(I(1));

    Ref<Task> put_task = create_task(loop, queue->put(I(1)));
    co_await sleep(loop, 0);

    CHECK(queue->putter_count() == 1);
    put_task->cancel();
    Caught c;
    co_await capture(put_task, c);
    CHECK(raised(c, ErrKind::CancelledError));
    CHECK(queue->putter_count() == 0);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueuePutTests.test_cancelled_put_silence_value_error_exception", "[queues]") {
  Loop loop;
  auto queue = make_queue(loop, 1);
  auto body = [&]() -> Async {
    queue->put_nowait(I(1));

    Ref<Task> put_task = create_task(loop, queue->put(I(1)));
    co_await sleep(loop, 0);

    // get_nowait() removes the future of put_task from queue._putters.
    queue->get_nowait();
    CHECK(queue->putter_count() == 0);
    put_task->cancel();

    Caught c;
    co_await capture(put_task, c);
    CHECK(raised(c, ErrKind::CancelledError));
    co_return Value();
  };
  run_main(loop, body());
}

// ------------------------------------------- LifoQueueTests / PriorityQueueTests

TEST_CASE("LifoQueueTests.test_order", "[queues]") { check_order(QueueKind::Lifo, {2, 3, 1}); }

TEST_CASE("PriorityQueueTests.test_order", "[queues]") { check_order(QueueKind::Priority, {1, 2, 3}); }

// ---------------------------- _QueueJoinTestMixin x {Queue, LifoQueue, PriorityQueue}

static const char* kind_name(QueueKind k) {
  return k == QueueKind::Fifo ? "Queue" : k == QueueKind::Lifo ? "LifoQueue" : "PriorityQueue";
}

TEST_CASE("QueueJoinTests.test_task_done_underflow", "[queues]") {
  auto kind = GENERATE(QueueKind::Fifo, QueueKind::Lifo, QueueKind::Priority);
  INFO(kind_name(kind));
  Loop loop;
  auto q = make_queue(loop, 0, kind);
  Caught c = call_catch([&] { q->task_done(); });
  CHECK(raised(c, ErrKind::ValueError));
  CHECK(exc_message(c.exc) == "task_done() called too many times");
}

TEST_CASE("QueueJoinTests.test_task_done", "[queues]") {
  auto kind = GENERATE(QueueKind::Fifo, QueueKind::Lifo, QueueKind::Priority);
  INFO(kind_name(kind));
  Loop loop;
  auto q = make_queue(loop, 0, kind);
  for (int i = 0; i < 100; ++i) q->put_nowait(I(i));
  int64_t accumulator = 0;
  bool running = true;
  bool checked = false;
  auto worker = [&]() -> Async {
    while (running) {
      Value item = co_await q->get();
      accumulator += item.i;
      q->task_done();
    }
    co_return Value();
  };
  auto body = [&]() -> Async {
    std::vector<Ref<Task>> tasks = {create_task(loop, worker()), create_task(loop, worker())};
    co_await q->join();
    CHECK(accumulator == 4950);  // sum(range(100))
    checked = true;

    // close running generators
    running = false;
    for (size_t i = 0; i < tasks.size(); ++i) q->put_nowait(I(0));
    co_await gather_all(loop, tasks);  // TaskGroup exit
    for (auto& t : tasks) CHECK((t->done() && !t->cancelled()));
    co_return Value();
  };
  run_main(loop, body());
  CHECK(checked);
  CHECK(q->unfinished_tasks() == 0);
  CHECK(q->empty());
}

TEST_CASE("QueueJoinTests.test_join_empty_queue", "[queues]") {
  auto kind = GENERATE(QueueKind::Fifo, QueueKind::Lifo, QueueKind::Priority);
  INFO(kind_name(kind));
  Loop loop;
  auto q = make_queue(loop, 0, kind);
  int joined = 0;
  bool other_ran = false;
  auto other = [&]() -> Async {
    other_ran = true;
    co_return Value();
  };
  auto body = [&]() -> Async {
    Ref<Task> t = create_task(loop, other());
    // join()s successfully, and before anything else (twice for insurance)
    co_await q->join();
    ++joined;
    co_await q->join();
    ++joined;
    CHECK_FALSE(other_ran);  // join() did not yield to the ready task
    co_await t;
    co_return Value();
  };
  run_main(loop, body());
  CHECK(joined == 2);
  CHECK(other_ran);
}

// ------------------------------------------------ extra wake-up order tests
// Not in test_queues.py; expected values taken from python3 3.11.7 running
// the same steps (see the comments). They pin down _wakeup_next waking one
// waiter and a cancelled-but-woken putter passing its wake-up on.

TEST_CASE("QueueExtra.put_nowait_wakes_exactly_one_getter", "[queues]") {
  // q = Queue(); t1 = q.get(); t2 = q.get(); sleep(0); q.put_nowait(1)
  // -> len(q._getters) == 1; sleep(0) -> t1 done (1), t2 pending;
  // q.put_nowait(2) -> await t2 == 2
  Loop loop;
  auto q = make_queue(loop);
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, q->get());
    Ref<Task> t2 = create_task(loop, q->get());
    co_await sleep(loop, 0);
    q->put_nowait(I(1));
    CHECK(q->getter_count() == 1);
    co_await sleep(loop, 0);
    CHECK(t1->done());
    CHECK_FALSE(t2->done());
    CHECK(is_int(result_of(*t1), 1));
    q->put_nowait(I(2));
    Value v = co_await t2;
    CHECK(is_int(v, 2));
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueueExtra.cancelled_woken_putter_passes_wakeup_on", "[queues]") {
  // q = Queue(1); q.put_nowait(0); p1 = q.put(1); p2 = q.put(2); sleep(0)
  // -> 2 putters; q.get_nowait() == 0 -> 1 putter; p1.cancel(); sleep(0)
  // -> p1 cancelled, p2 not done, queue [], 0 putters; sleep(0) -> p2 done,
  // queue [2]
  Loop loop;
  auto q = make_queue(loop, 1);
  auto body = [&]() -> Async {
    q->put_nowait(I(0));
    Ref<Task> p1 = create_task(loop, q->put(I(1)));
    Ref<Task> p2 = create_task(loop, q->put(I(2)));
    co_await sleep(loop, 0);
    CHECK(q->putter_count() == 2);
    CHECK(is_int(q->get_nowait(), 0));
    CHECK(q->putter_count() == 1);
    p1->cancel();
    co_await sleep(loop, 0);
    CHECK(p1->cancelled());
    CHECK_FALSE(p2->done());
    CHECK(q->empty());
    CHECK(q->putter_count() == 0);
    co_await sleep(loop, 0);
    CHECK(p2->done());
    CHECK(q->qsize() == 1);
    if (q->qsize() == 1) CHECK(is_int(q->items()[0], 2));
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("QueueExtra.priority_queue_heap_order", "[queues]") {
  // heapq.heappush of 5,1,4,2,3,0 -> [0, 2, 1, 5, 3, 4]; pops 0..5
  Loop loop;
  auto q = make_queue(loop, 0, QueueKind::Priority);
  for (int64_t i : {5, 1, 4, 2, 3, 0}) q->put_nowait(I(i));
  std::vector<int64_t> heap;
  for (auto& v : q->items()) heap.push_back(v.tag == Value::Int ? v.i : -1);
  CHECK(heap == std::vector<int64_t>{0, 2, 1, 5, 3, 4});
  std::vector<int64_t> popped;
  while (!q->empty()) {
    Value v = q->get_nowait();
    popped.push_back(v.tag == Value::Int ? v.i : -1);
  }
  CHECK(popped == std::vector<int64_t>{0, 1, 2, 3, 4, 5});
}
