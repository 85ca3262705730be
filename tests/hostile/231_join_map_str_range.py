# expect: budget: memory
# ','.join(map(str, range(10**12))).
print(len(",".join(map(str, range(10**12)))))
