# pins: yield from delegates to a sub-generator and evaluates to its return value; nested delegation keeps order
def inner(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} done"


def outer():
    r1 = yield from inner("a", 2)
    print("inner said:", r1)
    r2 = yield from inner("b", 3)
    print("inner said:", r2)
    yield from [10, 20]
    return "outer done"


def top():
    result = yield from outer()
    print("top got:", result)


for item in top():
    print(item)
