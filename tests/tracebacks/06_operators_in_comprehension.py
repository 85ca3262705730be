def compute(x):
    return x ** 2 // (x - 3)

vals = [compute(i) for i in range(5)]
