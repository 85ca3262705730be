# expect: ok
# Building a 300,000-long implicit __context__ chain, then freeing it.
prev = None
for i in range(300000):
    try:
        try:
            raise ValueError(i)
        finally:
            if prev is not None:
                pass
    except ValueError as e:
        if prev is not None:
            e.__context__ = prev
        prev = e
print(prev.args[0])
prev = None
print("freed")
