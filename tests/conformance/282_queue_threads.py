# pins: queue.Queue put/get/qsize/empty/full, Empty and Full from the non-blocking and timeout=0 forms, task_done too many times, maxsize, LifoQueue and PriorityQueue order, SimpleQueue, a worker thread draining a queue with task_done and join, negative timeout
import queue
import threading

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0)
except queue.Full:
    print("Full again")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, "p%d" % x))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

jobs = queue.Queue()
done = []


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        done.append(item * 10)
        jobs.task_done()


t = threading.Thread(target=worker, daemon=True)
t.start()
for i in range(5):
    jobs.put(i)
jobs.put(None)
jobs.join()
t.join()
print(done, jobs.unfinished_tasks, t.is_alive())
