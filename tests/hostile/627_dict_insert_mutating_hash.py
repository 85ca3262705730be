# expect: ok
# A dict insert whose key __hash__ refills the dict.
d = {}

class K:
    def __hash__(self):
        for i in range(100):
            d[i] = i
        return 7

d[K()] = "k"
print(len(d))
