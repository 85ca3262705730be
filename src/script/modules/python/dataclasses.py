"""Data classes, as CPython 3.11's dataclasses module behaves: @dataclass
with init, repr, eq, order, unsafe_hash, frozen and kw_only; field() with
default, default_factory, init, repr, hash, compare and kw_only; inherited
fields; __post_init__; fields, asdict, astuple, replace, is_dataclass and
FrozenInstanceError.

Turnstile's own code, written from CPython's documented behaviour. CPython
writes each method's source and exec()s it; here the methods are closures
over the field list that behave the same, argument errors included.

Not available: InitVar, ClassVar detection, slots=True, weakref_slot and
make_dataclass.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    """One field: its name, type, default (or default_factory) and flags."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=_FIELD)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """A field's options, as the class attribute's value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _get_field(cls, name, a_type, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f.default is not MISSING:
        try:
            hash(f.default)
        except TypeError:
            raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use '
                             'default_factory') from None
    return f


def _and_list(names, kind):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        text = quoted[0]
    elif len(quoted) == 2:
        text = quoted[0] + ' and ' + quoted[1]
    else:
        text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
    return "missing %d required %s argument%s: %s" % (len(names), kind, '' if len(names) == 1 else 's', text)


def _make_init(cls, flds, frozen, has_post_init):
    """__init__(self, <positional fields>, *, <kw_only fields>), checking its
    arguments as a def with that signature would."""
    qualname = cls.__qualname__ + '.__init__'
    init_fields = [f for f in flds if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    by_name = {f.name: f for f in init_fields}

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING]) + 1
            total = len(positional) + 1
            if required == total:
                takes = "%d positional argument%s" % (total, '' if total == 1 else 's')
            else:
                takes = "from %d to %d positional arguments" % (required, total)
            raise TypeError("%s() takes %s but %d were given" % (qualname, takes, len(args) + 1))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in by_name:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
            values[k] = v
        for group, kind in ((positional, 'positional'), (kw_only, 'keyword-only')):
            missing = [f.name for f in group
                       if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError("%s() %s" % (qualname, _and_list(missing, kind)))
        for f in flds:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init and f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, flds):
    shown = [f.name for f in flds if f.repr]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            return (self.__class__.__qualname__ + '(' +
                    ', '.join('%s=%r' % (name, getattr(self, name)) for name in shown) + ')')
        finally:
            active.discard(key)

    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _make_compare(cls, names, op, name):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented

    compare.__name__ = name
    compare.__qualname__ = cls.__qualname__ + '.' + name
    return compare


def _make_hash(cls, names):
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _frozen_methods(cls, flds):
    names = {f.name for f in flds}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        del self.__dict__[name]

    return __setattr__, __delattr__


_COMPARISONS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _set_new(cls, name, value):
    """Sets a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    value.__name__ = name
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise NotImplementedError("dataclass(slots=True) is not available in Turnstile scenarios")
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dict__[_PARAMS]['frozen']:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_now = kw_only
    for name, a_type in annotations.items():
        if a_type is KW_ONLY:
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, a_type, kw_only_now))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'unsafe_hash': unsafe_hash,
                           'frozen': frozen})
    flds = list(all_fields.values())
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if init:
        seen_default = False
        for f in flds:
            if f.init and not f.kw_only:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        _set_new(cls, '__init__', _make_init(cls, flds, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_new(cls, '__repr__', _make_repr(cls, flds))
    compared = [f.name for f in flds if f.compare]
    if eq:
        _set_new(cls, '__eq__', _make_compare(cls, compared, lambda a, b: a == b, '__eq__'))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in _COMPARISONS:
            if _set_new(cls, name, _make_compare(cls, compared, op, name)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_methods(cls, flds)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hashed = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """@dataclass or @dataclass(...): adds __init__, __repr__, __eq__ and,
    as asked, ordering, hashing and frozenness from the class's annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields, in order, as a tuple of Field."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, dataclasses, lists, tuples and dicts inside converted too."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """The field values as a tuple, converted inside as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """A new instance with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


class InitVar:
    def __init__(self, type):
        raise NotImplementedError("dataclasses.InitVar is not available in Turnstile scenarios")


def make_dataclass(*args, **kwargs):
    raise NotImplementedError("dataclasses.make_dataclass is not available in Turnstile scenarios")
