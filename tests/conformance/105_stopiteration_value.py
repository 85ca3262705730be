# pins: a generator's return value is StopIteration.value; return inside a generator of a coroutine shape; StopIteration args
def compute():
    yield "working"
    return {"answer": 42}


g = compute()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)


def empty():
    return
    yield


try:
    next(empty())
except StopIteration as e:
    print("empty value:", e.value, e.args)

e = StopIteration(1, 2)
print(e.value, e.args)
