# expect: ok
# Putting a tuple nested 100,000 deep into a set hashes it recursively.
t = ()
for i in range(100000):
    t = (t,)
s = {t}
print(len(s))
