# expect: ok
# Freeing a dict nested 1,000,000 deep.
d = {}
for i in range(1000000):
    d = {"k": d}
del d
print("freed")
