#!/usr/bin/env python3
"""Writes tests/unit/bindings_cases.txt: what CPython 3.11 raises when each
native callable the VM exposes is called the wrong way. The callables come
from the VM (tests/unit/bindings_test.cpp writes their list):
    TS_BINDINGS_KEYS=/tmp/keys build/native/ts_tests "[bindings]"
    python3 tests/tools/gen_bindings_cases.py /tmp/keys > tests/unit/bindings_cases.txt

A callable is "F module name" or "M module type name". For each, the codes of
the exception raised (see CODES; '.' none, or a call with the right number of
arguments, which is not made; '?' CPython has no such attribute), per probe:
  F: n = 0..5 None arguments
  M: no receiver at all; then for receivers None, 1, 'x', an object of another
     type, and a right one (`sample`), n = 0..5 None arguments after it.
A coroutine a call returns is started, and what it raises counts (CPython's
async methods fail on a wrong receiver when awaited; Turnstile's when called).
"""
import asyncio
import importlib
import inspect
import re
import sys
import types
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_bindings_cases.py: run with CPython 3.11 (the oracle), not %s" % sys.version.split()[0])

# A right receiver for each type that has methods (an expression, evaluated in
# both interpreters with `asyncio`, `sys`, `_coro`, `_nop` and `_agen` defined).
SAMPLES = {
    "builtins.object": "object()",
    "builtins.int": "1",
    "builtins.float": "1.0",
    "builtins.str": "'s'",
    "builtins.list": "[]",
    "builtins.tuple": "()",
    "builtins.dict": "{}",
    "builtins.set": "set()",
    "builtins.frozenset": "frozenset()",
    "builtins.dict_keys": "{}.keys()",
    "builtins.dict_values": "{}.values()",
    "builtins.dict_items": "{}.items()",
    "builtins.BaseException": "BaseException()",
    "_asyncio.Future": "asyncio.Future()",
    "_asyncio.Task": "asyncio.ensure_future(_coro())",
    "asyncio.locks.Lock": "asyncio.Lock()",
    "asyncio.locks.Event": "asyncio.Event()",
    "asyncio.locks.Condition": "asyncio.Condition()",
    "asyncio.locks.Semaphore": "asyncio.Semaphore()",
    "asyncio.locks.BoundedSemaphore": "asyncio.BoundedSemaphore()",
    "asyncio.queues.Queue": "asyncio.Queue()",
    "asyncio.queues.LifoQueue": "asyncio.LifoQueue()",
    "asyncio.queues.PriorityQueue": "asyncio.PriorityQueue()",
    "asyncio.events.Handle": "asyncio.get_event_loop().call_soon(_nop)",
    "asyncio.events.TimerHandle": "asyncio.get_event_loop().call_later(1000, _nop)",
    "asyncio.unix_events._UnixSelectorEventLoop": "asyncio.get_event_loop()",
    "_io.TextIOWrapper": "sys.stderr",
    "builtins.generator": "(x for x in ())",
    "builtins.coroutine": "_coro()",
    "builtins.async_generator": "_agen()",
}
# The receiver of another type (for Event's methods, a Lock).
OTHER = "asyncio.Event()"
OTHER_FOR = {"asyncio.locks.Event": "asyncio.Lock()"}
# Types not reachable by module and name.
SPECIAL_TYPES = {
    "builtins.dict_keys": type({}.keys()),
    "builtins.dict_values": type({}.values()),
    "builtins.dict_items": type({}.items()),
    "builtins.ellipsis": type(...),
    "builtins.generator": types.GeneratorType,
    "builtins.coroutine": types.CoroutineType,
    "builtins.async_generator": types.AsyncGeneratorType,
    "_thread.lock": __import__("_thread").LockType,
}
def _await_iter_types():
    async def c():
        pass
    coro = c()
    wrapper = type(coro.__await__())
    coro.close()
    loop = asyncio.new_event_loop()
    future_iter = type(asyncio.Future(loop=loop).__await__())
    loop.close()
    return wrapper, future_iter


SPECIAL_TYPES["builtins.coroutine_wrapper"], SPECIAL_TYPES["_asyncio.FutureIter"] = _await_iter_types()
CODES = {
    "TypeError": "T", "AttributeError": "A", "ValueError": "V", "RuntimeError": "R", "KeyError": "K",
    "IndexError": "I", "ZeroDivisionError": "Z", "OverflowError": "O", "StopIteration": "S",
    "InvalidStateError": "E", "NotImplementedError": "N", "SystemExit": "X",
}
ARITY = re.compile(r"takes|expected|missing|arguments?\b|needs an argument")


async def _coro():
    pass


def _nop():
    pass


async def _agen():
    yield


NS = {"asyncio": asyncio, "sys": sys, "_coro": _coro, "_nop": _nop, "_agen": _agen}


def outcome(f, args):
    """The code of what f(*args) raises ('.' if nothing), and its message."""
    try:
        r = f(*args)
        if asyncio.iscoroutine(r):
            try:
                r.send(None)
            finally:
                r.close()
        return ".", ""
    except StopIteration:
        return ".", ""
    except Exception as e:
        name = type(e).__name__
        if name not in CODES:
            sys.exit("gen_bindings_cases.py: %r%r raised %s (add it to CODES and the test)" % (f, args, name))
        return CODES[name], str(e)


def binds(f, n):
    """Whether n arguments fit f's signature (None if it has none)."""
    try:
        sig = inspect.signature(f)
    except (TypeError, ValueError):
        return None
    try:
        sig.bind(*[None] * n)
        return True
    except TypeError:
        return False


def count_code(f, n):
    """A call with n None arguments: the code of its argument error, or '.'."""
    fits = binds(f, n)
    if fits:
        return "."
    code, msg = outcome(f, [None] * n)
    if fits is None and not (code == "T" and ARITY.search(msg)):
        return "."  # no signature: only argument errors count
    return code


def resolve_type(module, name):
    key = module + "." + name
    if key in SPECIAL_TYPES:
        return SPECIAL_TYPES[key]
    return getattr(importlib.import_module(module), name)


# Natives of modules CPython does not have: their Python equivalent (the
# same parameters), which decides what a wrong call raises.
def _turnstile_emit(kind, fields):
    pass


OWN_MODULES = {"_turnstile": {"emit": _turnstile_emit}}


def function_line(module, name):
    if module in OWN_MODULES:
        f = OWN_MODULES[module].get(name)
    else:
        try:
            f = getattr(importlib.import_module(module), name, None)
        except ModuleNotFoundError:
            f = None  # a module of Turnstile's own (_turnstile_cpu)
    if f is None:
        return "??????"  # Turnstile's own (CPython's _json has no parse)
    return "".join(count_code(f, n) for n in range(6))


def method_line(module, type_name, name):
    key = module + "." + type_name
    cls = resolve_type(module, type_name)
    attr = getattr(cls, name, None)
    if attr is None:
        return " ".join(["?"] + ["??????"] * 5)
    groups = [outcome(attr, [])[0]]
    others = [None, 1, "x", eval(OTHER_FOR.get(key, OTHER), NS)]
    for recv in others:
        groups.append("".join(outcome(attr, [recv] + [None] * n)[0] for n in range(6)))
    if key not in SAMPLES:
        groups.append("......")
    elif name == "__new__":  # called on an instance, not a class
        groups.append("".join(outcome(attr, [eval(SAMPLES[key], NS)] + [None] * n)[0] for n in range(6)))
    else:
        groups.append("".join(count_code(getattr(eval(SAMPLES[key], NS), name), n) for n in range(6)))
    return " ".join(groups)


async def main(keys):
    out = [
        "# What CPython 3.11 raises for wrong calls of the VM's native callables (bindings_test.cpp).",
        "# Generated by tests/tools/gen_bindings_cases.py: do not edit. Codes: " +
        " ".join("%s %s" % (c, n) for n, c in CODES.items()) + ", . none/not made, ? no such attribute.",
    ]
    for key, expr in SAMPLES.items():
        out.append("sample %s %s" % (key, expr))
    out.append("other " + OTHER)
    for key, expr in OTHER_FOR.items():
        out.append("other_for %s %s" % (key, expr))
    for key in keys:
        parts = key.split()
        if parts[0] == "F":
            out.append("%s %s" % (key, function_line(*parts[1:])))
        else:
            out.append("%s %s" % (key, method_line(*parts[1:])))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    warnings.simplefilter("ignore")
    keys = [k.strip() for k in open(sys.argv[1]) if k.strip()]
    lines = asyncio.run(main(keys))
    sys.stdout.write("\n".join(lines) + "\n")
