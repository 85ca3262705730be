# expect: ok
# Freeing a list nested 1,000,000 deep (CPython's trashcan frees it iteratively).
l = []
for i in range(1000000):
    l = [l]
del l
print("freed")
