# expect: ok
# A call spreading a 300,000-entry dict into **kwargs.
def f(**k):
    return len(k)

print(f(**{"k%d" % i: i for i in range(300000)}))
