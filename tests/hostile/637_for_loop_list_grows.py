# expect: ok
# A for loop over a list that appends while iterating (bounded).
l = [1]
for x in l:
    if len(l) < 100000:
        l.append(x + 1)
print(len(l), l[-1])
