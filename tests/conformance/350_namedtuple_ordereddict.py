# pins: namedtuple fields, repr, _replace/_asdict/_fields/_make, defaults, tuple behaviour; OrderedDict move_to_end/popitem as an LRU cache
from collections import OrderedDict, namedtuple

Point = namedtuple("Point", "x y")
Request = namedtuple("Request", ["method", "path", "retries"], defaults=[0])
p = Point(3, 4)
print(p, p.x + p.y, p[0], tuple(p))
r = Request("GET", "/a")
print(r, r._replace(retries=2), r._asdict(), Request._fields)
print(Point._make([7, 8]), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x, y)


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.data, cache.get("b"))
od = OrderedDict.fromkeys("xyz")
od.move_to_end("x")
print(list(od), od.popitem())
