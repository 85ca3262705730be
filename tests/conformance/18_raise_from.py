# pins: raise ... from ..., __cause__/__context__, raise from None, exception variables in handlers
class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

for s in ["12", "x1"]:
    try:
        print("parsed", parse(s))
    except ParseError as e:
        print("ParseError:", e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)

def hide():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden") from None

try:
    hide()
except RuntimeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__)

def implicit():
    try:
        [][0]
    except IndexError:
        raise ValueError("during handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__))

try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(e, "<-", e.__cause__)
