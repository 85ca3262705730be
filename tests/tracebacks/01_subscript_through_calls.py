def level2(x):
    return {"a": 1}[x]

def level1(x):
    print("looking up", x)
    return level2(x)

level1("missing")
