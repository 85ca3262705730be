# pins: heapq push/pop order with (time, seq, name) tuples, heapify, nsmallest/nlargest with key, heappushpop/heapreplace, merge
import asyncio
import heapq


async def main():
    heap = []
    seq = 0
    for when, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        heapq.heappush(heap, (when, seq, name))
        seq += 1
    print(heap[0])
    loop = asyncio.get_running_loop()
    while heap:
        when, _, name = heapq.heappop(heap)
        await asyncio.sleep(when - loop.time())
        print("run", name, "at", loop.time())
    nums = [5, 1, 8, 3, 9, 2]
    heapq.heapify(nums)
    print(nums)
    print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 7), nums)
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words))
    print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))


asyncio.run(main())
