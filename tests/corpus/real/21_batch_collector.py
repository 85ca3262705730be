# shape: micro-batching: items are flushed when the batch is full or when the oldest item has waited too long (queue get with timeout)
import asyncio


async def batcher(queue, max_size, max_wait, flushed):
    loop = asyncio.get_running_loop()
    batch = []
    deadline = None
    while True:
        timeout = None if deadline is None else max(0, deadline - loop.time())
        try:
            item = await asyncio.wait_for(queue.get(), timeout)
        except asyncio.TimeoutError:
            item = None
        if item == "STOP":
            break
        if item is not None:
            if not batch:
                deadline = loop.time() + max_wait
            batch.append(item)
        if batch and (len(batch) >= max_size or loop.time() >= deadline):
            reason = "full" if len(batch) >= max_size else "timeout"
            print(f"{loop.time():.2f} flush {batch} ({reason})")
            flushed.append(list(batch))
            batch.clear()
            deadline = None
    if batch:
        print(f"{loop.time():.2f} final flush {batch}")
        flushed.append(batch)


async def feeder(queue):
    for i, gap in enumerate([0.05, 0.05, 0.05, 0.05, 0.8, 0.1, 1.5, 0.05]):
        await asyncio.sleep(gap)
        await queue.put(i)
    await queue.put("STOP")


async def main():
    queue = asyncio.Queue()
    flushed = []
    await asyncio.gather(batcher(queue, 3, 0.5, flushed), feeder(queue))
    print("batches:", flushed)


asyncio.run(main())
