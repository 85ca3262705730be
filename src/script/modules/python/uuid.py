"""uuid: the UUID class and uuid3/uuid4/uuid5, as CPython 3.11's module.

uuid4() is seeded: CPython's reads os.urandom(16), so two runs never agree;
here it draws 128 bits from a random.Random seeded with the run's seed
(--seed, default 0), a generator of its own so that uuid4() calls and the
script's random calls do not shift each other. The CPython oracle
(tests/oracle/run_cpython.py) installs the same uuid4, so a seeded run
prints the same ids under both.

Left out: the bytes forms (UUID(bytes=...), UUID(bytes_le=...), .bytes,
.bytes_le: Turnstile scenarios have no bytes type; they raise
NotImplementedError), uuid1() and getnode() (a host's MAC address and the
wall clock: nothing a replayable run could reproduce).
"""
import random
from enum import Enum

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_HEX = "0123456789abcdef"


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _no_bytes(what):
    return NotImplementedError("UUID %s needs the bytes type, which Turnstile scenarios do not have" % what)


class UUID:
    """A 128-bit UUID: UUID('12345678-1234-5678-1234-567812345678'),
    UUID(int=...), UUID(fields=(...)), optionally with version=1..5."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if bytes is not None or bytes_le is not None:
            raise _no_bytes("from bytes")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = 0
            for ch in hex:
                digit = _HEX.find(ch.lower())
                if digit < 0:
                    raise ValueError("badly formed hexadecimal UUID string")
                value = value * 16 + digit
            int = value
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node) = fields
            if not 0 <= time_low < 1 << 32:
                raise ValueError("field 1 out of range (need a 32-bit value)")
            if not 0 <= time_mid < 1 << 16:
                raise ValueError("field 2 out of range (need a 16-bit value)")
            if not 0 <= time_hi_version < 1 << 16:
                raise ValueError("field 3 out of range (need a 16-bit value)")
            if not 0 <= clock_seq_hi_variant < 1 << 8:
                raise ValueError("field 4 out of range (need an 8-bit value)")
            if not 0 <= clock_seq_low < 1 << 8:
                raise ValueError("field 5 out of range (need an 8-bit value)")
            if not 0 <= node < 1 << 48:
                raise ValueError("field 6 out of range (need a 48-bit value)")
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # the variant: RFC 4122; the version number in bits 76..79
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        hex = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        raise _no_bytes(".bytes")

    @property
    def bytes_le(self):
        raise _no_bytes(".bytes_le")

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low,
                self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        else:
            return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


# ---- name-based UUIDs: MD5 (uuid3) and SHA-1 (uuid5) over lists of byte values ----------

def _utf8(text):
    out = []
    for ch in text:
        c = ord(ch)
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out += [0xc0 | (c >> 6), 0x80 | (c & 0x3f)]
        elif c < 0x10000:
            out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        else:
            out += [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
    return out


def _int_bytes(value, n):
    return [(value >> (8 * (n - 1 - i))) & 0xff for i in range(n)]


_M32 = 0xffffffff


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _pad(data, big_endian):
    length = len(data) * 8
    data = data + [0x80] + [0] * ((55 - len(data)) % 64)
    tail = _int_bytes(length, 8)
    return data + (tail if big_endian else tail[::-1])


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
# floor(abs(sin(i + 1)) * 2**32), RFC 1321's table T
_MD5_K = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]


def _md5(data):
    h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
    data = _pad(data, False)
    for start in range(0, len(data), 64):
        chunk = data[start:start + 64]
        m = [chunk[4 * i] | (chunk[4 * i + 1] << 8) | (chunk[4 * i + 2] << 16) | (chunk[4 * i + 3] << 24)
             for i in range(16)]
        a, b, c, d = h
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & _M32)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl(f, _MD5_S[i])) & _M32
        h = [(x + y) & _M32 for x, y in zip(h, [a, b, c, d])]
    out = []
    for x in h:
        out += _int_bytes(x, 4)[::-1]
    return out


def _sha1(data):
    h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]
    data = _pad(data, True)
    for start in range(0, len(data), 64):
        chunk = data[start:start + 64]
        w = [(chunk[4 * i] << 24) | (chunk[4 * i + 1] << 16) | (chunk[4 * i + 2] << 8) | chunk[4 * i + 3]
             for i in range(16)]
        for i in range(16, 80):
            w.append(_rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = h
        for i in range(80):
            if i < 20:
                f, k = (b & c) | (~b & d & _M32), 0x5a827999
            elif i < 40:
                f, k = b ^ c ^ d, 0x6ed9eba1
            elif i < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8f1bbcdc
            else:
                f, k = b ^ c ^ d, 0xca62c1d6
            a, b, c, d, e = (_rotl(a, 5) + f + e + k + w[i]) & _M32, a, _rotl(b, 30), c, d
        h = [(x + y) & _M32 for x, y in zip(h, [a, b, c, d, e])]
    out = []
    for x in h:
        out += _int_bytes(x, 4)
    return out


def _from_digest(digest, version):
    value = 0
    for byte in digest[:16]:
        value = (value << 8) | byte
    return UUID(int=value, version=version)


def _name_bytes(name):
    if isinstance(name, str):
        return _utf8(name)
    raise _no_bytes("from a bytes name")


def uuid3(namespace, name):
    """The MD5 of namespace's bytes and name (UTF-8)."""
    return _from_digest(_md5(_int_bytes(namespace.int, 16) + _name_bytes(name)), 3)


def uuid5(namespace, name):
    """The SHA-1 of namespace's bytes and name (UTF-8)."""
    return _from_digest(_sha1(_int_bytes(namespace.int, 16) + _name_bytes(name)), 5)


# random.Random() with no seed is seeded with the run's seed (random.cpp).
_rng = random.Random()


def uuid4():
    """A random UUID, from the run's seed (see the module docstring)."""
    return UUID(int=_rng.getrandbits(128), version=4)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
