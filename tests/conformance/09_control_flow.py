# pins: if/elif/else, for/while with break/continue/else, nested loops, range forms
for n in range(-1, 4):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n % 2:
        print(n, "odd")
    else:
        print(n, "even")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished normally, i =", i)
while True:
    i -= 4
    if i < 0:
        break
print("broke out at", i)
print(list(range(5)), list(range(2, 8, 3)), list(range(10, 0, -3)), list(range(0)))
for ch in "ab":
    for k in range(3):
        if k == 1:
            continue
        print(ch, k, end="; ")
print()
for x in []:
    print("never")
else:
    print("for-else on empty")
count = 0
while count < 3:
    count += 1
else:
    print("count", count)
if not []:
    print("empty list is falsy")
if 0 or "" or None or 0.0:
    print("never")
else:
    print("all falsy")
