// Port of CPython 3.11.7 Lib/test/test_asyncio/test_locks.py: every case of
// LockTests, EventTests, ConditionTests and SemaphoreTests, checking the same
// observable behaviour (ordering of results, return values, locked()/value
// states, waiter counts, exceptions). See core_test_util.h for the style.
//
// Not ported (do not apply to the C++ core):
//  * test_repr (Lock/Event/Condition/Semaphore): Python repr strings.
//  * test_lock_doesnt_accept_loop_parameter: Python keyword arguments.
//  * ConditionTests.test_ambiguous_loops: primitives bound to another event
//    loop via the private `_loop` attribute; a core primitive is bound to its
//    Loop at construction and there is only one loop per run.
// `async with x:` is written as acquire()/release(); `with await x` /
// `await x` on a primitive is `co_await Value::object(x)` (TypeError).
#include "core_test_util.h"

using namespace tst;

// ---------------------------------------------------------------- LockTests

TEST_CASE("LockTests.test_lock", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  auto body = [&]() -> Async {
    Caught c;
    co_await capture(Value::object(lock), c);
    CHECK(raised(c, ErrKind::TypeError));
    CHECK(exc_message(c.exc) == "object Lock can't be used in 'await' expression");
    CHECK_FALSE(lock->locked());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("LockTests.test_lock_by_with_statement", "[locks]") {
  Loop loop;
  std::vector<Ref<Primitive>> primitives = {
      make<Lock>(loop),
      make<Condition>(loop),
      make<Semaphore>(loop),
      make<BoundedSemaphore>(loop),
  };
  auto locked = [](Primitive* p) {
    if (auto* l = dynamic_cast<Lock*>(p)) return l->locked();
    if (auto* c = dynamic_cast<Condition*>(p)) return c->locked();
    if (auto* s = dynamic_cast<Semaphore*>(p)) return s->locked();
    CHECK(false);  // unexpected primitive
    return true;
  };
  int checked = 0;
  auto body = [&]() -> Async {
    for (auto& p : primitives) {
      co_await sleep(loop, 0.01);
      CHECK_FALSE(locked(p.get()));
      Caught c;
      co_await capture(Value::object(p), c);
      CHECK(raised(c, ErrKind::TypeError));
      CHECK(exc_message(c.exc) == std::string("object ") + p->type_name() +
                                      " can't be used in 'await' expression");
      CHECK_FALSE(locked(p.get()));
      ++checked;
    }
    co_return Value();
  };
  run_main(loop, body());
  CHECK(checked == 4);
  CHECK(loop.time() == Approx(0.04));
}

TEST_CASE("LockTests.test_acquire", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    if (is_true(co_await lock->acquire())) result.push_back(n);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    {
      Value v_ = co_await lock->acquire();
      CHECK(is_true(v_));
    }
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));

    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    lock->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});

    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});

    Ref<Task> t3 = create_task(loop, c(3));

    lock->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2});

    lock->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2, 3});

    for (auto& t : {t1, t2, t3}) {
      CHECK(t->done());
      CHECK(is_true(result_of(*t)));
    }
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("LockTests.test_acquire_cancel", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  auto body = [&]() -> Async {
    {
      Value v_ = co_await lock->acquire();
      CHECK(is_true(v_));
    }
    Ref<Task> task = create_task(loop, lock->acquire());
    call_soon(loop, [task] { task->cancel(); });
    Caught c;
    co_await capture(task, c);
    CHECK(raised(c, ErrKind::CancelledError));
    CHECK(lock->waiter_count() == 0);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("LockTests.test_cancel_race", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  auto lockit = [&](Ref<Future> blocker) -> Async {
    co_await lock->acquire();
    Caught c;
    if (blocker) co_await capture(blocker, c);
    lock->release();  // finally
    if (c.raised) throw PyErr{c.exc};
    co_return Value();
  };
  bool tc_done = false;
  auto body = [&]() -> Async {
    Ref<Future> fa = loop.create_future();
    Ref<Task> ta = create_task(loop, lockit(fa));
    co_await sleep(loop, 0);
    CHECK(lock->locked());
    Ref<Task> tb = create_task(loop, lockit(nullptr));
    co_await sleep(loop, 0);
    CHECK(lock->waiter_count() == 1);
    Ref<Task> tc = create_task(loop, lockit(nullptr));
    co_await sleep(loop, 0);
    CHECK(lock->waiter_count() == 2);

    fa->set_result(Value());
    tb->cancel();
    CHECK(lock->waiters_[0]->cancelled());
    co_await sleep(loop, 0);
    CHECK_FALSE(lock->locked());
    CHECK(ta->done());
    CHECK(tb->cancelled());
    co_await tc;
    tc_done = tc->done() && !tc->cancelled();
    co_return Value();
  };
  run_main(loop, body());
  CHECK(tc_done);
}

TEST_CASE("LockTests.test_cancel_release_race", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  int lock_count = 0;
  int call_count = 0;
  Ref<Task> t1, t2, t3;
  auto lockit = [&]() -> Async {
    call_count += 1;
    co_await lock->acquire();
    lock_count += 1;
    co_return Value();
  };
  auto trigger = [&] {
    t1->cancel();
    lock->release();
  };
  auto body = [&]() -> Async {
    co_await lock->acquire();
    t1 = create_task(loop, lockit());
    t2 = create_task(loop, lockit());
    t3 = create_task(loop, lockit());
    co_await sleep(loop, 0);

    call_soon(loop, trigger);
    Caught c;
    co_await capture(t1, c);
    CHECK(raised(c, ErrKind::CancelledError));

    CHECK(lock_count == 1);
    CHECK(call_count == 3);
    CHECK((t1->cancelled() && t2->done()));

    t3->cancel();
    co_await sleep(loop, 0);
    CHECK(t3->cancelled());
    co_return Value();
  };
  run_main(loop, body());
  t1 = t2 = t3 = nullptr;
}

TEST_CASE("LockTests.test_finished_waiter_cancelled", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  bool reached_end = false;
  auto body = [&]() -> Async {
    co_await lock->acquire();
    CHECK(lock->locked());

    Ref<Task> tb = create_task(loop, lock->acquire());
    co_await sleep(loop, 0);
    CHECK(lock->waiter_count() == 1);

    Ref<Task> tc = create_task(loop, lock->acquire());
    tb->cancel();
    lock->release();
    co_await sleep(loop, 0);

    CHECK(lock->locked());
    CHECK(tb->cancelled());

    co_await tc;
    CHECK(is_true(result_of(*tc)));
    reached_end = true;
    co_return Value();
  };
  run_main(loop, body());
  CHECK(reached_end);
}

TEST_CASE("LockTests.test_release_not_acquired", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  Caught c = call_catch([&] { lock->release(); });
  CHECK(raised(c, ErrKind::RuntimeError));
  CHECK(exc_message(c.exc) == "Lock is not acquired.");
}

TEST_CASE("LockTests.test_release_no_waiters", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  auto body = [&]() -> Async {
    co_await lock->acquire();
    CHECK(lock->locked());
    lock->release();
    CHECK_FALSE(lock->locked());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("LockTests.test_context_manager", "[locks]") {
  Loop loop;
  auto lock = make<Lock>(loop);
  int inside = 0;
  auto body = [&]() -> Async {
    CHECK_FALSE(lock->locked());
    co_await lock->acquire();  // async with lock:
    CHECK(lock->locked());
    ++inside;
    lock->release();
    CHECK_FALSE(lock->locked());
    co_return Value();
  };
  run_main(loop, body());
  CHECK(inside == 1);
}

// --------------------------------------------------------------- EventTests

TEST_CASE("EventTests.test_wait", "[locks]") {
  Loop loop;
  auto ev = make<Event>(loop);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    if (is_true(co_await ev->wait())) result.push_back(n);
    co_return Value();
  };
  auto body = [&]() -> Async {
    CHECK_FALSE(ev->is_set());
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    Ref<Task> t3 = create_task(loop, c(3));
    ev->set();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{3, 1, 2});

    for (auto& t : {t1, t2, t3}) {
      CHECK(t->done());
      CHECK(result_of(*t).is_none());
      CHECK_FALSE(t->cancelled());
    }
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("EventTests.test_wait_on_set", "[locks]") {
  Loop loop;
  auto ev = make<Event>(loop);
  Value res;
  auto body = [&]() -> Async {
    ev->set();
    res = co_await ev->wait();
    co_return Value();
  };
  run_main(loop, body());
  CHECK(is_true(res));
}

TEST_CASE("EventTests.test_wait_cancel", "[locks]") {
  Loop loop;
  auto ev = make<Event>(loop);
  auto body = [&]() -> Async {
    Ref<Task> wait = create_task(loop, ev->wait());
    call_soon(loop, [wait] { wait->cancel(); });
    Caught c;
    co_await capture(wait, c);
    CHECK(raised(c, ErrKind::CancelledError));
    CHECK(ev->waiter_count() == 0);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("EventTests.test_clear", "[locks]") {
  Loop loop;
  auto ev = make<Event>(loop);
  CHECK_FALSE(ev->is_set());
  ev->set();
  CHECK(ev->is_set());
  ev->clear();
  CHECK_FALSE(ev->is_set());
}

TEST_CASE("EventTests.test_clear_with_waiters", "[locks]") {
  Loop loop;
  auto ev = make<Event>(loop);
  std::vector<int> result;
  auto c1 = [&]() -> Async {
    if (is_true(co_await ev->wait())) result.push_back(1);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t = create_task(loop, c1());
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    ev->set();
    ev->clear();
    CHECK_FALSE(ev->is_set());

    ev->set();
    ev->set();
    CHECK(ev->waiter_count() == 1);

    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});
    CHECK(ev->waiter_count() == 0);

    CHECK(t->done());
    CHECK(is_true(result_of(*t)));
    co_return Value();
  };
  run_main(loop, body());
}

// ----------------------------------------------------------- ConditionTests

TEST_CASE("ConditionTests.test_wait", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    co_await cond->acquire();
    if (is_true(co_await cond->wait())) result.push_back(n);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    Ref<Task> t3 = create_task(loop, c(3));

    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});
    CHECK_FALSE(cond->locked());

    {

      Value v_ = co_await cond->acquire();

      CHECK(is_true(v_));

    }
    cond->notify();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});
    CHECK(cond->locked());

    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});
    CHECK(cond->locked());

    cond->notify(2);
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});
    CHECK(cond->locked());

    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2});
    CHECK(cond->locked());

    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2, 3});
    CHECK(cond->locked());

    for (auto& t : {t1, t2, t3}) {
      CHECK(t->done());
      CHECK(is_true(result_of(*t)));
    }
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_wait_cancel", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  auto body = [&]() -> Async {
    co_await cond->acquire();
    Ref<Task> wait = create_task(loop, cond->wait());
    call_soon(loop, [wait] { wait->cancel(); });
    Caught c;
    co_await capture(wait, c);
    CHECK(raised(c, ErrKind::CancelledError));
    CHECK(cond->waiter_count() == 0);
    CHECK(cond->locked());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_wait_cancel_contested", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  auto body = [&]() -> Async {
    co_await cond->acquire();
    CHECK(cond->locked());

    Ref<Task> wait_task = create_task(loop, cond->wait());
    co_await sleep(loop, 0);
    CHECK_FALSE(cond->locked());

    // Notify, but contest the lock before cancelling
    co_await cond->acquire();
    CHECK(cond->locked());
    cond->notify();
    call_soon(loop, [wait_task] { wait_task->cancel(); });
    call_soon(loop, [cond] { cond->release(); });

    Caught c;
    co_await capture(wait_task, c);  // the CPython test tolerates a CancelledError
    CHECK((!c.raised || raised(c, ErrKind::CancelledError)));
    // Stricter than the CPython test: python3 3.11.7 running these steps
    // does cancel wait_task (the cancel lands while wait() re-acquires).
    CHECK(raised(c, ErrKind::CancelledError));
    CHECK(wait_task->cancelled());

    CHECK(cond->locked());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_wait_cancel_after_notify", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  bool waited = false;
  auto wait_on_cond = [&]() -> Async {
    co_await cond->acquire();  // async with cond:
    waited = true;
    Caught c;
    co_await capture(cond->wait(), c);
    cond->release();
    if (c.raised) throw PyErr{c.exc};
    co_return Value();
  };
  auto body = [&]() -> Async {
    Ref<Task> waiter = create_task(loop, wait_on_cond());
    co_await sleep(loop, 0);  // Start waiting

    co_await cond->acquire();
    cond->notify();
    co_await sleep(loop, 0);  // Get to acquire()
    waiter->cancel();
    co_await sleep(loop, 0);  // Activate cancellation
    cond->release();
    co_await sleep(loop, 0);  // Cancellation should occur

    CHECK(waiter->cancelled());
    CHECK(waited);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_wait_unacquired", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  auto body = [&]() -> Async {
    Caught c;
    co_await capture(cond->wait(), c);
    CHECK(raised(c, ErrKind::RuntimeError));
    CHECK(exc_message(c.exc) == "cannot wait on un-acquired lock");
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_wait_for", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  bool presult = false;
  int calls = 0;
  auto pred = predicate([&](Loop&) {
    ++calls;
    return Value::boolean(presult);
  });
  std::vector<int> result;
  auto c1 = [&]() -> Async {
    co_await cond->acquire();
    if (loop.errors().truthy(co_await cond->wait_for(pred))) {
      result.push_back(1);
      cond->release();
    }
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t = create_task(loop, c1());
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    co_await cond->acquire();
    cond->notify();
    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    presult = true;
    co_await cond->acquire();
    cond->notify();
    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});

    CHECK(t->done());
    CHECK(is_true(result_of(*t)));
    co_return Value();
  };
  run_main(loop, body());
  CHECK(calls == 3);  // predicate(): at entry, after each of the 2 wakeups
}

TEST_CASE("ConditionTests.test_wait_for_unacquired", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  Value list = loop.errors().make_list({Value::integer(1), Value::integer(2), Value::integer(3)});
  auto body = [&]() -> Async {
    // predicate can return true immediately
    Value res = co_await cond->wait_for(predicate([&](Loop&) { return list; }));
    CHECK(res.same(list));
    CHECK(list_items(res).size() == 3);

    Caught c;
    co_await capture(cond->wait_for(predicate([](Loop&) { return Value::boolean(false); })), c);
    CHECK(raised(c, ErrKind::RuntimeError));
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_notify", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    co_await cond->acquire();
    if (is_true(co_await cond->wait())) {
      result.push_back(n);
      cond->release();
    }
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    Ref<Task> t3 = create_task(loop, c(3));
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    co_await cond->acquire();
    cond->notify(1);
    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});

    co_await cond->acquire();
    cond->notify(1);
    cond->notify(2048);
    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2, 3});

    for (auto& t : {t1, t2, t3}) {
      CHECK(t->done());
      CHECK(is_true(result_of(*t)));
    }
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_notify_all", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    co_await cond->acquire();
    if (is_true(co_await cond->wait())) {
      result.push_back(n);
      cond->release();
    }
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{});

    co_await cond->acquire();
    cond->notify_all();
    cond->release();
    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1, 2});

    for (auto& t : {t1, t2}) {
      CHECK(t->done());
      CHECK(is_true(result_of(*t)));
    }
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("ConditionTests.test_notify_unacquired", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  Caught c = call_catch([&] { cond->notify(); });
  CHECK(raised(c, ErrKind::RuntimeError));
  CHECK(exc_message(c.exc) == "cannot notify on un-acquired lock");
}

TEST_CASE("ConditionTests.test_notify_all_unacquired", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  Caught c = call_catch([&] { cond->notify_all(); });
  CHECK(raised(c, ErrKind::RuntimeError));
}

TEST_CASE("ConditionTests.test_context_manager", "[locks]") {
  Loop loop;
  auto cond = make<Condition>(loop);
  int inside = 0;
  auto body = [&]() -> Async {
    CHECK_FALSE(cond->locked());
    co_await cond->acquire();  // async with cond:
    CHECK(cond->locked());
    ++inside;
    cond->release();
    CHECK_FALSE(cond->locked());
    co_return Value();
  };
  run_main(loop, body());
  CHECK(inside == 1);
}

TEST_CASE("ConditionTests.test_explicit_lock", "[locks]") {
  Loop loop;
  int runs = 0;
  auto f = [&](Ref<Lock> lock, Ref<Condition> cond) -> Async {
    if (!lock) lock = make<Lock>(loop);
    if (!cond) cond = make<Condition>(loop, lock);
    CHECK(cond->lock() == lock);
    CHECK_FALSE(lock->locked());
    CHECK_FALSE(cond->locked());
    co_await cond->acquire();  // async with cond:
    CHECK(lock->locked());
    CHECK(cond->locked());
    cond->release();
    CHECK_FALSE(lock->locked());
    CHECK_FALSE(cond->locked());
    co_await lock->acquire();  // async with lock:
    CHECK(lock->locked());
    CHECK(cond->locked());
    lock->release();
    CHECK_FALSE(lock->locked());
    CHECK_FALSE(cond->locked());
    ++runs;
    co_return Value();
  };
  auto body = [&]() -> Async {
    co_await f(nullptr, nullptr);
    co_await f(make<Lock>(loop), nullptr);
    auto lock = make<Lock>(loop);
    co_await f(lock, make<Condition>(loop, lock));
    co_return Value();
  };
  run_main(loop, body());
  CHECK(runs == 3);
}

TEST_CASE("ConditionTests.test_timeout_in_block", "[locks]") {
  Loop loop;
  auto condition = make<Condition>(loop);
  auto body = [&]() -> Async {
    co_await condition->acquire();  // async with condition:
    Caught c;
    co_await capture(wait_for(loop, condition->wait().value(), 0.5), c);
    CHECK(raised(c, ErrKind::TimeoutError));
    // wait() re-acquired the lock while being cancelled, so __aexit__'s
    // release() succeeds (it would raise RuntimeError otherwise).
    CHECK(condition->locked());
    Caught r = call_catch([&] { condition->release(); });
    CHECK_FALSE(r.raised);
    co_return Value();
  };
  run_main(loop, body());
  CHECK(loop.time() == Approx(0.5));
}

// ----------------------------------------------------------- SemaphoreTests

TEST_CASE("SemaphoreTests.test_initial_value_zero", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 0);
  CHECK(sem->locked());
}

TEST_CASE("SemaphoreTests.test_semaphore", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop);
  auto body = [&]() -> Async {
    CHECK(sem->value() == 1);
    Caught c;
    co_await capture(Value::object(sem), c);
    CHECK(raised(c, ErrKind::TypeError));
    CHECK(exc_message(c.exc) == "object Semaphore can't be used in 'await' expression");
    CHECK_FALSE(sem->locked());
    CHECK(sem->value() == 1);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_semaphore_value", "[locks]") {
  Loop loop;
  Caught c = call_catch([&] { make<Semaphore>(loop, -1); });
  CHECK(raised(c, ErrKind::ValueError));
  CHECK(exc_message(c.exc) == "Semaphore initial value must be >= 0");
}

TEST_CASE("SemaphoreTests.test_acquire", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 3);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    co_await sem->acquire();
    result.push_back(n);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    {
      Value v_ = co_await sem->acquire();
      CHECK(is_true(v_));
    }
    {
      Value v_ = co_await sem->acquire();
      CHECK(is_true(v_));
    }
    CHECK_FALSE(sem->locked());

    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    Ref<Task> t3 = create_task(loop, c(3));

    co_await sleep(loop, 0);
    CHECK(result == std::vector<int>{1});
    CHECK(sem->locked());
    CHECK(sem->waiter_count() == 2);
    CHECK(sem->value() == 0);

    Ref<Task> t4 = create_task(loop, c(4));

    sem->release();
    sem->release();
    CHECK(sem->value() == 0);

    co_await sleep(loop, 0);
    CHECK(sem->value() == 0);
    CHECK(result.size() == 3);
    CHECK(sem->locked());
    CHECK(sem->waiter_count() == 1);
    CHECK(sem->value() == 0);

    CHECK(t1->done());
    CHECK(is_true(result_of(*t1)));
    std::vector<Ref<Task>> race_tasks = {t2, t3, t4};
    int done_tasks = 0;
    for (auto& t : race_tasks)
      if (t->done() && is_true(result_of(*t))) ++done_tasks;
    CHECK(done_tasks == 2);

    // cleanup locked semaphore
    sem->release();
    co_await gather_all(loop, race_tasks);
    CHECK(result.size() == 4);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_cancel", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop);
  auto body = [&]() -> Async {
    co_await sem->acquire();
    Ref<Task> acquire = create_task(loop, sem->acquire());
    call_soon(loop, [acquire] { acquire->cancel(); });
    Caught c;
    co_await capture(acquire, c);
    CHECK(raised(c, ErrKind::CancelledError));
    bool ok = true;
    for (auto& w : sem->waiters_) ok = ok && w->done();
    CHECK(ok);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_cancel_before_awoken", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 0);
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, sem->acquire());
    Ref<Task> t2 = create_task(loop, sem->acquire());
    Ref<Task> t3 = create_task(loop, sem->acquire());
    Ref<Task> t4 = create_task(loop, sem->acquire());

    co_await sleep(loop, 0);

    t1->cancel();
    t2->cancel();
    sem->release();

    co_await sleep(loop, 0);
    co_await sleep(loop, 0);
    int num_done = int(t3->done()) + int(t4->done());
    CHECK(num_done == 1);
    CHECK(t3->done());
    CHECK_FALSE(t4->done());

    t3->cancel();
    t4->cancel();
    co_await sleep(loop, 0);
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_hang", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 0);
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, sem->acquire());
    Ref<Task> t2 = create_task(loop, sem->acquire());
    co_await sleep(loop, 0);

    t1->cancel();
    sem->release();
    co_await sleep(loop, 0);
    co_await sleep(loop, 0);
    CHECK(sem->locked());
    CHECK(t2->done());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_no_hang", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 1);
  Ref<Task> t1, t2;
  bool c2_entered = false;
  auto c1 = [&]() -> Async {
    co_await sem->acquire();  // async with sem:
    co_await sleep(loop, 0);
    sem->release();
    t2->cancel();
    co_return Value();
  };
  auto c2 = [&]() -> Async {
    co_await sem->acquire();  // async with sem:
    c2_entered = true;        // self.assertFalse(True)
    sem->release();
    co_return Value();
  };
  bool finished = false;
  auto body = [&]() -> Async {
    t1 = create_task(loop, c1());
    t2 = create_task(loop, c2());
    std::vector<Ref<Task>> both = {t1, t2};  // (g++: no braced list inside co_await)
    Value rs = co_await gather_all(loop, both, /*return_exceptions=*/true);
    auto items = list_items(rs);
    CHECK(items.size() == 2);
    if (items.size() == 2) {
      CHECK(items[0].is_none());
      CHECK(is_kind(items[1], ErrKind::CancelledError));
    }

    co_await wait_for(loop, sem->acquire().value(), 1.0);
    finished = true;
    co_return Value();
  };
  run_main(loop, body());
  CHECK_FALSE(c2_entered);
  CHECK(finished);
  t1 = t2 = nullptr;
}

TEST_CASE("SemaphoreTests.test_release_not_acquired", "[locks]") {
  Loop loop;
  auto sem = make<BoundedSemaphore>(loop);
  Caught c = call_catch([&] { sem->release(); });
  CHECK(raised(c, ErrKind::ValueError));
  CHECK(exc_message(c.exc) == "BoundedSemaphore released too many times");
}

TEST_CASE("SemaphoreTests.test_release_no_waiters", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop);
  auto body = [&]() -> Async {
    co_await sem->acquire();
    CHECK(sem->locked());
    sem->release();
    CHECK_FALSE(sem->locked());
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_fifo_order", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 1);
  std::vector<std::string> result;
  auto coro = [&](std::string tag) -> Async {
    co_await sem->acquire();
    result.push_back(tag + "_1");
    co_await sleep(loop, 0.01);
    sem->release();

    co_await sem->acquire();
    result.push_back(tag + "_2");
    co_await sleep(loop, 0.01);
    sem->release();
    co_return Value();
  };
  auto body = [&]() -> Async {
    // async with asyncio.TaskGroup() as tg: (its exit waits for the children)
    std::vector<Ref<Task>> ts = {create_task(loop, coro("c1")), create_task(loop, coro("c2")),
                                 create_task(loop, coro("c3"))};
    co_await gather_all(loop, ts);
    CHECK(result == std::vector<std::string>{"c1_1", "c2_1", "c3_1", "c1_2", "c2_2", "c3_2"});
    co_return Value();
  };
  run_main(loop, body());
  CHECK(loop.time() == Approx(0.06));
}

TEST_CASE("SemaphoreTests.test_acquire_fifo_order_2", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 1);
  std::vector<int> result;
  auto c1 = [&]() -> Async {
    co_await sem->acquire();
    result.push_back(1);
    co_return Value::boolean(true);
  };
  auto c2 = [&]() -> Async {
    co_await sem->acquire();
    result.push_back(2);
    sem->release();
    co_await sem->acquire();
    result.push_back(4);
    co_return Value::boolean(true);
  };
  auto c3 = [&]() -> Async {
    co_await sem->acquire();
    result.push_back(3);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, c1());
    Ref<Task> t2 = create_task(loop, c2());
    Ref<Task> t3 = create_task(loop, c3());
    co_await sleep(loop, 0);
    sem->release();
    sem->release();
    std::vector<Ref<Task>> tasks = {t1, t2, t3};
    co_await gather_all(loop, tasks);
    CHECK(result == std::vector<int>{1, 2, 3, 4});
    co_return Value();
  };
  run_main(loop, body());
}

TEST_CASE("SemaphoreTests.test_acquire_fifo_order_3", "[locks]") {
  Loop loop;
  auto sem = make<Semaphore>(loop, 0);
  std::vector<int> result;
  auto c = [&](int n) -> Async {
    co_await sem->acquire();
    result.push_back(n);
    co_return Value::boolean(true);
  };
  auto body = [&]() -> Async {
    Ref<Task> t1 = create_task(loop, c(1));
    Ref<Task> t2 = create_task(loop, c(2));
    Ref<Task> t3 = create_task(loop, c(3));
    co_await sleep(loop, 0);
    t1->cancel();
    co_await sleep(loop, 0);
    sem->release();
    sem->release();
    std::vector<Ref<Task>> tasks = {t1, t2, t3};
    co_await gather_all(loop, tasks, /*return_exceptions=*/true);
    CHECK(result == std::vector<int>{2, 3});
    co_return Value();
  };
  run_main(loop, body());
}
