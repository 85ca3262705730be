"""JSON: dumps/dump written here (the output of CPython's encoder: its
separators, indentation, escapes, float and key rules, messages), loads/load
read by the native _json.parse (CPython's decoder rules and messages)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]

import _json


class JSONDecodeError(ValueError):
    """A ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _floatstr(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == float("-inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_sep, self.key_sep = separators
        elif indent is not None:
            self.item_sep, self.key_sep = ",", ": "
        else:
            self.item_sep, self.key_sep = ", ", ": "
        self.default = default
        self.sort_keys = sort_keys
        self.markers = []  # the containers being encoded (a cycle is an error)

    def enter(self, o):
        if self.check_circular:
            for m in self.markers:
                if m is o:
                    raise ValueError("Circular reference detected")
            self.markers.append(o)

    def leave(self):
        if self.check_circular:
            self.markers.pop()

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            self.enter(o)
            self.encode(self.call_default(o), level, out)
            self.leave()

    def call_default(self, o):
        if self.default is None:
            raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")
        return self.default(o)

    def newline(self, level):
        return "\n" + self.indent * level

    def encode_list(self, lst, level, out):
        if not lst:
            out.append("[]")
            return
        self.enter(lst)
        out.append("[")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = self.item_sep + self.newline(level)
            out.append(self.newline(level))
        first = True
        for value in lst:
            if not first:
                out.append(sep)
            first = False
            self.encode(value, level, out)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("]")
        self.leave()

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key, self.allow_nan)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def encode_dict(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        self.enter(dct)
        out.append("{")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = self.item_sep + self.newline(level)
            out.append(self.newline(level))
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(text, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(value, level, out)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("}")
        self.leave()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON formatted str."""
    if cls is not None or kw:
        raise NotImplementedError("json.dumps(cls=...) is not available in Turnstile scenarios")
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys).encode(
        obj, 0, out)
    return "".join(out)


def dump(obj, fp, **kw):
    """obj as JSON, written to fp."""
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python object a JSON document (a str) stands for."""
    if cls is not None or kw or parse_float or parse_int or parse_constant or object_pairs_hook:
        raise NotImplementedError("json.loads() hooks other than object_hook are not available in Turnstile scenarios")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    result = _json.parse(s)
    if not result[0]:
        raise JSONDecodeError(result[1], s, result[2])
    value = result[1]
    if object_hook is not None:
        value = _hook(value, object_hook)
    return value


def _hook(value, object_hook):
    # innermost objects first, as the decoder calls it
    if isinstance(value, list):
        return [_hook(v, object_hook) for v in value]
    if isinstance(value, dict):
        return object_hook({k: _hook(v, object_hook) for k, v in value.items()})
    return value


def load(fp, **kw):
    """loads(fp.read())."""
    return loads(fp.read(), **kw)
