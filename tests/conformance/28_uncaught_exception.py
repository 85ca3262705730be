# pins: an uncaught exception at module level: output so far is printed, then traceback on stderr and exit 1
def level2(x):
    return {"a": 1}[x]

def level1(x):
    print("looking up", x)
    return level2(x)

print(level1("a"))
print("about to fail")
level1("missing")
print("never printed")
