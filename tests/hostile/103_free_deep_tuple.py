# expect: ok
# Freeing a tuple nested 1,000,000 deep.
t = ()
for i in range(1000000):
    t = (t,)
del t
print("freed")
