# expect: budget: memory
# list(iter(int, 1)): a callable iterator that never hits its sentinel.
print(len(list(iter(int, 1))))
