# pins: custom Exception subclasses, args/str/repr of exceptions, extra attributes, except tuples and hierarchy
class AppError(Exception):
    pass

class RateLimit(AppError):
    def __init__(self, msg, retry_after):
        super().__init__(msg)
        self.retry_after = retry_after

class Multi(Exception):
    pass

for exc in [AppError("plain"), RateLimit("slow down", 2.5), Multi("a", 1, None), Multi(), ValueError(3), Exception("")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

try:
    raise RateLimit("too many", 1.5)
except AppError as e:
    print("caught as AppError:", e, e.retry_after, isinstance(e, Exception))

for cls in [KeyError, ValueError, RateLimit, ZeroDivisionError]:
    try:
        if cls is RateLimit:
            raise cls("limited", 0)
        raise cls("boom")
    except (KeyError, ZeroDivisionError) as e:
        print("tuple caught", type(e).__name__, repr(e), str(e))
    except AppError as e:
        print("app caught", repr(e))
    except Exception as e:
        print("generic caught", type(e).__name__, e)

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError(1)), repr(RuntimeError()))
print(isinstance(RateLimit("x", 1), AppError), isinstance(AppError("y"), RateLimit))
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e), e.args)
e = ValueError("outside")
print(e, [e], (e,))
print(isinstance(TimeoutError(), OSError), isinstance(ConnectionError(), OSError), isinstance(KeyError(), LookupError))
