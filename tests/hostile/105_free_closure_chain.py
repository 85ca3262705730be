# expect: ok
# Freeing a chain of 300,000 closures, each capturing the previous one in a cell.
def wrap(g):
    def f():
        return g
    return f

f = None
for i in range(300000):
    f = wrap(f)
f = None
print("freed")
