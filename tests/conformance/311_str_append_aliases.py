# pins: s += t on a str: aliases, dict values, globals and non-ASCII text keep CPython's values when the append happens in place
s = "ab"
t = s
s += "c"
print(s, t)
d = {"k": "v"}
x = d["k"]
x += "w"
print(x, d)
def f():
    a = ""
    for i in range(5):
        a += str(i)
        b = a
    return a, b
print(f())
g = "x"
def h():
    global g
    g += "y"
    return g
print(h(), g)
u = "é"
u += "a"
print(u, len(u), u[1])
