# pins: threading names (Thread-N (target), MainThread, name=), start/join/is_alive/daemon, results through a Lock, start twice and join-before-start errors, Lock acquire(False)/locked/release-unlocked, RLock reentry and foreign release, Semaphore/BoundedSemaphore/Event basics, with lock
import threading

results = []
guard = threading.Lock()


def work(n):
    with guard:
        results.append((n, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
named = threading.Thread(target=work, args=(9,), name="worker-9")
print([t.name for t in threads], named.name, named.daemon, named.is_alive())
for t in threads + [named]:
    t.start()
for t in threads + [named]:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
print([t.is_alive() for t in threads], threading.active_count())

try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())

r = threading.RLock()
print(r.acquire(), r.acquire())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("reentered")

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0))
s.release(2)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())

t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.name, t.daemon, t.ident is None)
t.start()
t.join()
print(t.ident is not None, t.is_alive())
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
