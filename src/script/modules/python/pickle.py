"""pickle's exceptions, raised where a pool pickles (multiprocessing).

Turnstile's own code. Objects are not turned into bytes here: dumps, loads,
Pickler and Unpickler are not available. The classes name their module
`_pickle`, as CPython's C implementation prints them in a traceback.
"""

__all__ = ["PickleError", "PicklingError", "UnpicklingError"]


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"
