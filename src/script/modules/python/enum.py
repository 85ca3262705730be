"""Enumerations, as CPython 3.11's enum module behaves for Enum, IntEnum,
StrEnum, Flag, IntFlag, auto() and unique(): members in definition order, aliases for repeated values, lookup by
value (Color(1)) and by name (Color['RED']), iteration, len, `in`, the
functional API Enum('Name', 'A B C'), _missing_ and a member __init__ taking
the value's items.

Turnstile's own code, written from CPython's documented behaviour. EnumType
is a real metaclass: the class statement runs its __new__, which turns the
namespace's plain values into members.

IntEnum is `class IntEnum(int, ReprEnum)`, as in CPython: its members are
real ints. IntFlag and StrEnum members behave like their int or str value
(comparisons, arithmetic, hash, __index__, format, str methods) but are not
int or str instances (they were written before Turnstile classes could
subclass int and str), so isinstance(member, int) is False and json.dumps
does not take them. A mixin enum, `class C(str, Enum)` or `class C(int,
Enum)`, has members that are real str or int instances. Flag and IntFlag follow 3.11: single-bit
members are canonical, combined values are aliases or pseudo-members named
'A|B', Flag is STRICT and IntFlag KEEP. Not available: a member __new__,
the boundary= keyword, and the __prepare__ step, so an assignment to an
existing member name in the class body is not rejected, and auto() values
combined in the body (`RW = R | W`) are computed once the class is made.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_auto_null = object()


class auto:
    """In a class body: the member's value is the next one (last + 1)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # Why: CPython resolves auto() as the class body runs (its __prepare__
    # namespace), so `RW = R | W` combines ints. Turnstile has no __prepare__,
    # so the combination waits until EnumType has resolved R and W.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    """auto() values combined in a class body, computed once they are known."""

    def __init__(self, op, left, right):
        self.value = _auto_null
        self._op = (op, left, right)

    def resolve(self):
        op, left, right = self._op
        operands = []
        for x in (left, right):
            if isinstance(x, _AutoOp):
                x = x.resolve()
            elif isinstance(x, auto):
                x = x.value
            operands.append(x)
        return op(operands[0], operands[1])


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
            if isinstance(value, _AutoOp):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(names), [values[n] for n in names])
                value = value.value
            coerce = getattr(bases[0], '_coerce_value_', None) if bases else None
            if coerce is not None:
                value = coerce(value)
            names.append(key)
            values[key] = value
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        custom_init = enum_class.__init__ is not Enum.__init__ if Enum is not None else False
        # class Color(str, Enum): members are instances of the mixed-in
        # builtin (int or str), made by its __new__, valued member_type(*args)
        mixin = None
        for base in enum_class.__mro__[1:]:
            if base is int or base is str:
                mixin = base
                break
        if mixin is not None:
            # As CPython: repr, str and format stay the enum's, not the
            # mixed-in type's that comes first in the MRO (hash and
            # comparisons stay the mixed-in type's).
            first_enum = None
            for base in enum_class.__mro__[1:]:
                if isinstance(base, EnumType):
                    first_enum = base
                    break
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if name in klass.__dict__:
                        if klass is mixin or klass is object:
                            setattr(enum_class, name, getattr(first_enum, name))
                        break
        for name in names:
            value = values[name]
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is None:
                if mixin is None:
                    member = object.__new__(enum_class)
                    member._value_ = value
                else:
                    args = value if isinstance(value, tuple) else (value,)
                    member = mixin.__new__(enum_class, *args)
                    member._value_ = mixin(*args)
                member._name_ = name
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
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._finish_flag_()
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
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        """Every member by name, aliases included (a dict here, a mappingproxy in CPython)."""
        return dict(cls._member_map_)


EnumMeta = EnumType
Enum = None
Flag = None


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

    # A member is a singleton: copy.copy and copy.deepcopy give it back.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are its value's (IntEnum, StrEnum, IntFlag)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _int_of(other):
    # The int an IntEnum/IntFlag operand stands for; None for anything else.
    if isinstance(other, (int, float)):
        return other
    if isinstance(other, _IntLike):
        return other._value_
    return None


_INT_OPS = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
}


def _int_binop(name, reflected=False):
    fn = _INT_OPS[name]

    def op(self, other):
        o = _int_of(other)
        if o is None:
            return NotImplemented
        return fn(o, self._value_) if reflected else fn(self._value_, o)
    op.__name__ = "__%s%s__" % ("r" if reflected else "", name)
    return op


class _IntLike:
    """The int behaviour of IntEnum/IntFlag members, over their int value.
    Why not int itself: Turnstile classes cannot subclass int, so these are
    the operators int would give (comparisons, arithmetic, hash, __index__)."""

    __eq__ = _int_binop("eq")
    __ne__ = _int_binop("ne")
    __lt__ = _int_binop("lt")
    __le__ = _int_binop("le")
    __gt__ = _int_binop("gt")
    __ge__ = _int_binop("ge")
    __add__ = _int_binop("add")
    __radd__ = _int_binop("add", True)
    __sub__ = _int_binop("sub")
    __rsub__ = _int_binop("sub", True)
    __mul__ = _int_binop("mul")
    __rmul__ = _int_binop("mul", True)
    __truediv__ = _int_binop("truediv")
    __rtruediv__ = _int_binop("truediv", True)
    __floordiv__ = _int_binop("floordiv")
    __rfloordiv__ = _int_binop("floordiv", True)
    __mod__ = _int_binop("mod")
    __rmod__ = _int_binop("mod", True)
    __pow__ = _int_binop("pow")
    __rpow__ = _int_binop("pow", True)
    __lshift__ = _int_binop("lshift")
    __rlshift__ = _int_binop("lshift", True)
    __rshift__ = _int_binop("rshift")
    __rrshift__ = _int_binop("rshift", True)
    __and__ = _int_binop("and")
    __rand__ = _int_binop("and", True)
    __or__ = _int_binop("or")
    __ror__ = _int_binop("or", True)
    __xor__ = _int_binop("xor")
    __rxor__ = _int_binop("xor", True)

    def __divmod__(self, other):
        o = _int_of(other)
        return NotImplemented if o is None else divmod(self._value_, o)

    def __rdivmod__(self, other):
        o = _int_of(other)
        return NotImplemented if o is None else divmod(o, self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)

    def bit_length(self):
        return self._value_.bit_length()

    def bit_count(self):
        return bin(self._value_).count("1")

    def to_bytes(self, *args, **kwargs):
        return self._value_.to_bytes(*args, **kwargs)

    def as_integer_ratio(self):
        return (self._value_, 1)

    @property
    def real(self):
        return self._value_

    @property
    def imag(self):
        return 0

    @property
    def numerator(self):
        return self._value_

    @property
    def denominator(self):
        return 1


class IntEnum(int, ReprEnum):
    """Enum whose members are ints (compare, compute and hash as their value)."""

    @classmethod
    def _coerce_value_(cls, value):
        return int(value)


class StrEnum(ReprEnum):
    """Enum whose members are also strs (compare, hash and format as their value)."""

    @classmethod
    def _coerce_value_(cls, value):
        if not isinstance(value, str):
            raise TypeError("%r is not a string" % (value,))
        return value

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __eq__(self, other):
        if isinstance(other, StrEnum):
            other = other._value_
        return self._value_ == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, StrEnum) else other)

    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, StrEnum) else other)

    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, StrEnum) else other)

    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, StrEnum) else other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + (other._value_ if isinstance(other, StrEnum) else other)

    def __radd__(self, other):
        return other + self._value_

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return item in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __mod__(self, args):
        return self._value_ % args

    def __getattr__(self, name):
        # the str methods (upper, startswith, ...), on the value
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._value_, name)


STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"


def _bits_lsb(value):
    while value:
        bit = value & (~value + 1)
        yield bit
        value ^= bit


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """Members combine with | & ^ ~ into other members or pseudo-members;
    `in` tests bits, iteration yields the single-bit members in a value."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_flag_(cls):
        # after the class statement: the single-bit members are the canonical
        # ones (iteration, len); multi-bit ones are aliases, as in 3.11
        single = 0
        mask = 0
        canonical = []
        for name in cls._member_names_:
            value = cls._member_map_[name]._value_
            mask |= value
            if _is_single_bit(value):
                single |= value
                canonical.append(name)
        cls._member_names_ = canonical
        cls._flag_mask_ = mask
        cls._singles_mask_ = single
        cls._all_bits_ = 2 ** mask.bit_length() - 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0 and -all_bits - 1 <= value:
            value = all_bits + 1 + value
        if value < 0 or value & ~all_bits:
            if cls._boundary_ is STRICT or value < 0:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        pseudo = object.__new__(cls)
        names = [cls._value2member_map_[bit]._name_ for bit in _bits_lsb(value & flag_mask)
                 if bit in cls._value2member_map_]
        if unknown and names:
            names.append(repr(unknown))
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        return NotImplemented

    def __or__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        members = self.__class__._value2member_map_
        return iter([members[bit] for bit in _bits_lsb(self._value_ & self._flag_mask_)
                     if bit in members])

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._name_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)


def _bin(num, max_bits=None):
    # CPython's enum.bin: two's-complement text with a sign digit, "0b0 1000"
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(_IntLike, ReprEnum, Flag):
    """Flag whose members are also ints; unknown bits are kept."""

    _boundary_ = KEEP

    @classmethod
    def _coerce_value_(cls, value):
        return int(value)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if isinstance(flag, int):
            return flag
        return NotImplemented

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__
    __hash__ = _IntLike.__hash__


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
