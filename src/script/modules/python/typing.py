"""typing, as far as scenarios use it: names to annotate with, and the two
class forms that build real types (NamedTuple, TypedDict).

Annotations are not checked, so a generic name is the builtin type it names
(List is list, Deque is collections.deque) or `object`, and subscripting a
type gives the type itself (List[int] is list; CPython prints
typing.List[int]). Left out: Protocol and runtime_checkable (isinstance
would be nominal where CPython's is structural), get_type_hints, ParamSpec,
TypeVarTuple, Annotated, the typing.IO classes.
"""
import collections

List = list
Dict = dict
Tuple = tuple
Set = set
FrozenSet = frozenset
Type = type
Text = str
Deque = collections.deque
DefaultDict = collections.defaultdict
OrderedDict = collections.OrderedDict
Counter = collections.Counter
Any = object
Optional = object
Union = object
Callable = object
Awaitable = object
Coroutine = object
AsyncIterable = object
AsyncIterator = object
AsyncGenerator = object
Iterable = object
Iterator = object
Generator = object
Sequence = object
MutableSequence = object
Mapping = object
MutableMapping = object
Hashable = object
Sized = object
Collection = object
Container = object
Reversible = object
Generic = object
NoReturn = object
Never = object
ClassVar = object
Final = object
Literal = object
Self = object
LiteralString = object
AnyStr = object

TYPE_CHECKING = False


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def final(f):
    return f


def no_type_check(arg):
    return arg


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """An @overload signature: calling it raises, as in CPython; the last,
    undecorated definition is the one that runs."""
    return _overload_dummy


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def reveal_type(obj):
    import sys
    sys.stderr.write("Runtime type is %r\n" % (type(obj).__name__,))
    return obj


class TypeVar:
    """T = TypeVar('T'): prints as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class NewType:
    """UserId = NewType('UserId', int): calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


# ---- NamedTuple --------------------------------------------------------------------

# What a class body may not define (collections.namedtuple makes them), and
# what it defines that is not copied onto the tuple class.
_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
# What Turnstile's tuple fast paths would pass by (objects/class_new.cpp
# refuses them in a tuple subclass's class body): refused here too, rather
# than copied onto the class and silently ignored.
_FAST_PATH = frozenset({"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__len__",
                        "__iter__", "__getitem__", "__contains__", "__bool__", "__reversed__", "__getattr__",
                        "__getattribute__", "__setattr__", "__delattr__", "__format__"})


def _type_check(tp, msg):
    if tp is None:
        return type(None)
    if not callable(tp):
        text = repr(tp)
        raise TypeError("%s Got %s." % (msg, text[:100]))
    return tp


def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    names = [n for n, t in fields]
    types = {n: _type_check(t, "field %s annotation must be a type" % n) for n, t in fields}
    cls = collections.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = types
    return cls


class NamedTupleMeta(type):
    """The metaclass of NamedTuple: `class P(NamedTuple)` with annotated
    fields makes collections.namedtuple(P, fields) (so type(P) is type and
    P.__mro__ is (P, tuple, object), as in CPython) and copies the body's
    methods and attributes onto it; NamedTuple('P', [('x', int)]) is the
    functional form."""

    def __new__(mcls, typename, bases, ns, **kwargs):
        if not bases:  # NamedTuple itself
            return super().__new__(mcls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        cls = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                            module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _SPECIAL or key in cls._fields:
                continue
            if key in _FAST_PATH:
                raise TypeError("a tuple subclass defining %s is not supported in Turnstile scenarios" % key)
            if key == "__doc__" and ns[key] is None:
                continue  # no docstring: keep namedtuple's 'P(x, y)'
            setattr(cls, key, ns[key])
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module="__main__")


class NamedTuple(metaclass=NamedTupleMeta):
    pass


# ---- TypedDict ---------------------------------------------------------------------

class _TypedDictMeta(type):
    """`class Movie(TypedDict)`: Movie(name=...) is a plain dict, as in
    CPython (the class only carries __annotations__, __total__ and the
    required and optional keys). Movie is not a dict subclass here."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        own = dict(ns.get("__annotations__", {}))
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
            required.update(getattr(base, "__required_keys__", ()))
            optional.update(getattr(base, "__optional_keys__", ()))
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return super().__new__(mcls, name, (), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    pass


def is_typeddict(tp):
    return type(tp) is _TypedDictMeta and tp is not TypedDict
