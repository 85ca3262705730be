# expect: ok
# A call spreading a 10**7-element range into *args.
def f(*a):
    return len(a)

print(f(*range(10**7)))
