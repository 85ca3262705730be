# pins: a generator function runs lazily: nothing until next(); StopIteration at the end; for-loops and list() drain it
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")


g = countdown(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
for v in countdown(2):
    print("loop got", v)
print(sum(countdown(4)))
