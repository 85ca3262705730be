# pins: defaultdict(list/int) grows on first access, repr shows the factory; Counter counting, most_common ties keep first-seen order, arithmetic
from collections import Counter, defaultdict

events = [("db", "slow"), ("api", "ok"), ("db", "ok"), ("cache", "miss"), ("api", "ok"), ("db", "slow")]
by_source = defaultdict(list)
counts = defaultdict(int)
for source, status in events:
    by_source[source].append(status)
    counts[status] += 1
print(by_source)
print(dict(counts), by_source["none"], "none" in by_source)

c = Counter(status for _, status in events)
print(c)
print(c.most_common(2), c["never"])
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(sorted(Counter("abracadabra").elements()))
c.update(["ok", "new"])
print(c.total(), sorted(c))
