"""The garbage collector's interface, for scripts that call it.

Turnstile frees an object when its last reference goes (reference counting,
as CPython does first), but it has no cycle collector: objects in a
reference cycle are never freed. collect() therefore finds nothing and
returns 0 (CPython returns how many unreachable objects it found), and
disable()/enable() only flip what isenabled() reports.
"""

__all__ = ['collect', 'disable', 'enable', 'isenabled']

_enabled = True


def collect(generation=2):
    """Runs no collection (see the module's doc) and returns 0."""
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def disable():
    global _enabled
    _enabled = False


def enable():
    global _enabled
    _enabled = True


def isenabled():
    return _enabled
