"""Enumerations, as CPython 3.11's enum module behaves for Enum, auto() and
unique(): members in definition order, aliases for repeated values, lookup by
value (Color(1)) and by name (Color['RED']), iteration, len, `in`, the
functional API Enum('Name', 'A B C'), _missing_ and a member __init__ taking
the value's items.

Turnstile's own code, written from CPython's documented behaviour. EnumType
is a real metaclass: the class statement runs its __new__, which turns the
namespace's plain values into members.

Not available: the enums mixed with a builtin type (IntEnum, StrEnum, IntFlag,
`class C(str, Enum)`), because Turnstile classes cannot subclass int or str;
Flag; a member __new__; and the __prepare__ step, so an assignment to an
existing member name in the class body is not rejected.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'auto', 'unique']

_auto_null = object()


class auto:
    """In a class body: the member's value is the next one (last + 1)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_DESCRIPTORS = ('function', 'property', 'staticmethod', 'classmethod')


def _is_descriptor(obj):
    return type(obj).__name__ in _DESCRIPTORS or hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__')


class EnumType(type):
    """The metaclass of enumerations: it makes the members and gives the class
    its lookups, iteration and length."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        generate = classdict.get('_generate_next_value_')
        if generate is None:
            for base in bases:
                generate = getattr(base, '_generate_next_value_', None)
                if generate is not None:
                    break
        body = {}
        names = []
        values = {}
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(names), [values[n] for n in names])
                value = value.value
            names.append(key)
            values[key] = value
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        custom_init = enum_class.__init__ is not Enum.__init__ if Enum is not None else False
        for name in names:
            value = values[name]
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is None:
                member = object.__new__(enum_class)
                member._name_ = name
                member._value_ = value
                if custom_init:
                    member.__init__(*(value if isinstance(value, tuple) else (value,)))
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[value] = member
                except TypeError:
                    pass
                canonical = member
            enum_class._member_map_[name] = canonical
            setattr(enum_class, name, canonical)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, start=1):
        if cls._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, cls))
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = list(names)
        values = []
        for count, item in enumerate(items):
            if isinstance(item, str):
                value = cls._generate_next_value_(item, start, count, values[:])
                key = item
            else:
                key, value = item
            classdict[key] = value
            values.append(value)
        return EnumType.__new__(EnumType, class_name, (cls,), classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        """Every member by name, aliases included (a dict here, a mappingproxy in CPython)."""
        return dict(cls._member_map_)


EnumMeta = EnumType
Enum = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: members have a name and a value, compare by
    identity, hash by name."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        ordered = sorted(last_values)
        if last == ordered[-1]:
            return last + 1
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


def _not_available(name):
    def __init_subclass__(cls, **kwds):
        raise NotImplementedError("enum.%s is not available in Turnstile scenarios" % name)
    return __init_subclass__


class IntEnum(Enum):
    __init_subclass__ = _not_available("IntEnum")


class StrEnum(Enum):
    __init_subclass__ = _not_available("StrEnum")


class Flag(Enum):
    __init_subclass__ = _not_available("Flag")


class IntFlag(Enum):
    __init_subclass__ = _not_available("IntFlag")


def unique(enumeration):
    """Class decorator: ValueError when two names share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
