"""Small helpers shared by the strategy modules."""

# tenacity's default upper bound for waits: sys.maxsize / 2 on a 64-bit
# CPython. Spelled out so that the value does not depend on the host's word
# size (the browser build is 32-bit).
MAX_WAIT = 9223372036854775807 / 2


def to_seconds(value):
    """Seconds as a float; accepts numbers and datetime.timedelta."""
    if hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    return float(value)


def to_ordinal(n):
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    return str(n) + _ordinal_suffix(n)


def _ordinal_suffix(n):
    while True:
        if n in (1, 2, 3):
            return ("st", "nd", "rd")[n - 1]
        if n == 0 or 4 <= n <= 20:
            return "th"
        n = n % 10


def get_callback_name(cb):
    """'module.qualname' of a function, as the log callbacks print it."""
    name = getattr(cb, "__qualname__", None)
    if name is None:
        name = getattr(cb, "__name__", None)
    if name is None:
        return repr(cb)
    module = getattr(cb, "__module__", None)
    if module:
        return module + "." + name
    return name
