# expect: budget: memory
# dict.fromkeys(range(10**12)).
print(len(dict.fromkeys(range(10**12))))
