# pins: generator.close() raises GeneratorExit at the yield so finally blocks run; yielding during close is a RuntimeError
def resource(name):
    print("open", name)
    try:
        while True:
            yield name
    finally:
        print("close", name)


g = resource("file")
print(next(g))
g.close()
g.close()
print("closed twice fine")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = resource("never")
unstarted.close()
print("unstarted close prints nothing")
