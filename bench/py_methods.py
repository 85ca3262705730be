# target: 1.5x
# Pure Python: method calls, positional and with keywords, and attribute reads.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k=1, dx=0):
        return self.x * k + dx

def run():
    p = Point(3, -4)
    t = 0
    for i in range(300000):
        t += p.norm1()
        t += p.scaled(2)
        t += p.scaled(k=3, dx=i)
        t += Point(i, 1).x
    return t

print(run())
