# pins: import X as Y, from X import a as b, one module object per run (cached), ImportError for a missing name, heapq edge cases: empty pops, merge key/reverse, nsmallest/nlargest ties and n beyond the size
import heapq
import heapq as hq
from heapq import heappush as push, heappop

print(hq is heapq, push is heapq.heappush, heappop is hq.heappop)
print(type(heapq).__name__, heapq.__name__)
try:
    from heapq import no_such_name
except ImportError as e:
    print("ImportError", type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'heapq'"))

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    push(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.heappushpop([], 4))
try:
    heapq.heappush([{}], {})
except TypeError as e:
    print("TypeError:", e)

words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(10, words), heapq.nlargest(0, words), heapq.nsmallest(1, []), heapq.nlargest(1, words))
print(heapq.nsmallest(2, iter([4, 1, 3, 1, 2])), heapq.nlargest(2, iter([4, 1, 4, 3])))
print(list(heapq.merge([1, 3, 5], [2, 4], [])), list(heapq.merge()))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
pairs = [(1, "x"), (1, "y")]
print(list(heapq.merge([(1, "b")], pairs, key=lambda p: p[0])))
nums = list(range(20, 0, -3))
heapq.heapify(nums)
print(nums)
