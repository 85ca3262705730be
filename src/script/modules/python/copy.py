"""Shallow and deep copies: copy.copy, copy.deepcopy and copy.Error, as
CPython 3.11's copy module behaves for the objects scenarios make.

Turnstile's own code, written from CPython's documented behaviour. Atomic
objects (numbers, strings, None, types, functions, ranges) are returned as
they are; lists, dicts, sets and tuples are copied by kind (a tuple only when
an item changes); a class's __copy__ / __deepcopy__(memo) decide for it;
other instances are rebuilt as pickle's protocol 4 would: cls.__new__(cls,
*args) (args from __getnewargs__, or the value of an int, str, float or tuple
subclass), then the state -- __getstate__() or the instance __dict__ --
through __setstate__ when the class has one. An exception is rebuilt from its
args. An object that cannot be rebuilt (a lock, a module, a generator) raises
TypeError("cannot pickle 'NAME' object"), as CPython does.

Turnstile's own extension, for multiprocessing (a fork's copy, pickling):
memo[_SHARE] = fn is asked about every object first; fn(x) true keeps x
itself in the copy, and an exception it raises ends the copy.

Not modelled: copyreg, a class's own __reduce__ / __reduce_ex__, __slots__
state, the memo's keep-alive list.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_SHARE = object()  # see the docstring

_atomic = frozenset([type(None), int, float, bool, str, type, range, slice, property,
                     types.FunctionType, types.BuiltinFunctionType, types.EllipsisType,
                     types.NotImplementedType, types.CodeType])

# The builtin types copied by kind; a subclass of one goes the instance way.
_containers = frozenset([list, dict, set, frozenset, tuple])


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (shared by the
    whole copy, so an object met twice is copied once and cycles hold)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    share = memo.get(_SHARE)
    if share is not None and share(x):
        memo[d] = x
        return x
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple met again through its own items was copied meanwhile.
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is types.MethodType:
        y = types.MethodType(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
    return y


def _newargs(x, cls):
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        return tuple(getnewargs(x))
    for base in (int, str, float, tuple):
        if isinstance(x, base):
            return (base(x),)
    return ()


def _rebuild(x, memo):
    # pickle's protocol 4 for an instance: new object, then its state.
    cls = type(x)
    if cls is object:
        return object()
    if isinstance(x, BaseException):
        args = x.args if memo is None else deepcopy(x.args, memo)
        y = cls(*args)
        if memo is not None:
            memo[id(x)] = y
        state = dict(vars(x))
        if state:
            y.__dict__.update(state if memo is None else deepcopy(state, memo))
        return y
    value_subclass = isinstance(x, (int, str, float, tuple))
    if cls in _containers or not (value_subclass or _has_state(x)):
        raise TypeError("cannot pickle %r object" % _type_name(cls))
    args = _newargs(x, cls)
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    else:
        state = (vars(x) or None) if _has_state(x) else None
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


def _has_state(x):
    # An instance of a class statement's class (one with a __dict__), or a
    # subclass of a copyable builtin; not a native object such as a lock.
    try:
        vars(x)
    except TypeError:
        return False
    return True


def _type_name(cls):
    # A native type's C name: module-qualified outside builtins ('_thread.lock').
    mod = getattr(cls, "__module__", "builtins")
    return cls.__name__ if mod == "builtins" else "%s.%s" % (mod, cls.__name__)
