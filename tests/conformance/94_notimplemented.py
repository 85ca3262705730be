# pins: NotImplemented is a singleton of NotImplementedType; a dunder returning it hands over to the other operand, then to identity (==) or TypeError (<, +); subclasses' reflected methods go first; a same-type __radd__ is never tried
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        return self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        return self.v < o.v

    def __add__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        return A(self.v + o.v)

    def __radd__(self, o):
        print("A.__radd__", type(o).__name__)
        if isinstance(o, int):
            return A(self.v + o)
        return NotImplemented

    def __iadd__(self, o):
        return NotImplemented


class B(A):
    def __radd__(self, o):
        print("B.__radd__ first")
        return A(-1)

    def __gt__(self, o):
        print("B.__gt__ first")
        return True


class Never:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        print("Never.__radd__ is not called for Never + Never")
        return 0


print(type(NotImplemented).__name__, repr(NotImplemented), NotImplemented is NotImplemented)
print(A(1) == A(1), A(1) == 1, A(1) != 2, 1 == A(1), A(1) == A(2))
a = A(1)
print(a == a, [a] == [a], a in [1, 2, a])
print((A(1) + A(2)).v, (5 + A(1)).v)
print((A(1) + B(2)).v, (A(1) < B(2)))
x = A(3)
x += A(4)
print(x.v)
for expr in ("A(1) < 3", "3 > A(1)", "A(1) + 'x'", "'x' + A(1)", "Never() + Never()"):
    try:
        eval_result = {"A(1) < 3": lambda: A(1) < 3, "3 > A(1)": lambda: 3 > A(1),
                       "A(1) + 'x'": lambda: A(1) + "x", "'x' + A(1)": lambda: "x" + A(1),
                       "Never() + Never()": lambda: Never() + Never()}[expr]()
        print(expr, "->", eval_result)
    except TypeError as e:
        print(expr, "TypeError:", e)
print(sorted([A(3), A(1), A(2)])[0].v)
