# expect: ok
# dict.setdefault whose key's __hash__ deletes the existing keys.
d = {i: i for i in range(50)}

class K:
    def __hash__(self):
        d.clear()
        return 3
    def __eq__(self, other):
        return False

print(d.setdefault(K(), "v"), len(d))
