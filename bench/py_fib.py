# target: 1.5x
# Pure Python: recursion (calls of a plain function with one positional arg).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
