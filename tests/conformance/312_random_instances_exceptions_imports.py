# pins: random.Random instances (int/float/str seeds, own state), the builtin exception tree, imports inside a function or a try run (ModuleNotFoundError at run time), qualnames in argument errors
import random

r = random.Random(42)
print(r.random(), r.randint(1, 10), r.uniform(1, 2), r.choice("abc"))
print(random.Random("abc").random(), random.Random(1.5).random(), random.Random(7).gauss(0, 1))
random.seed(42)
print(random.random() == random.Random(42).random(), isinstance(r, random.Random))
try:
    random.Random([1])
except TypeError as e:
    print("TypeError", e)

for name in ("Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning", "FileNotFoundError",
             "PermissionError", "ConnectionResetError", "BrokenPipeError", "UnicodeEncodeError", "EOFError"):
    cls = __builtins__.__dict__[name] if hasattr(__builtins__, "__dict__") else __builtins__[name]
    print(name, [c.__name__ for c in cls.__mro__])
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print(type(e).__name__, e)

try:
    import not_a_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)


def later():
    import also_not_a_module
    return also_not_a_module


try:
    later()
except ModuleNotFoundError as e:
    print("at call time:", e)


def outer():
    def inner(a, *, b):
        pass
    return inner


for call in (lambda: outer()(), lambda: outer()(1, 2), lambda: outer()(1, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
