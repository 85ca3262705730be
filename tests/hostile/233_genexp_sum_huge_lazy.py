# expect: ok
# sum() of a generator expression over range(10**7): lazy in CPython, 10**7 items at most.
print(sum(i & 1 for i in range(10**7)))
