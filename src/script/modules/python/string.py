"""String constants, capwords, Template ($-substitution, scanned by hand
where CPython uses a regular expression: the same matches and messages) and
Formatter (str.format's machinery, in overridable steps)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s at sep, capitalize each word, join with sep (or a space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    # (start, end, kind, name) for each delimiter: kind is "escaped",
    # "named", "braced" or "invalid" (CPython's pattern groups). To become a
    # generator.
    def _matches(self):
        found = []
        t = self.template
        delim = self.delimiter
        i = t.find(delim)
        while i >= 0:
            j = i + len(delim)
            if t.startswith(delim, j):
                found.append((i, j + len(delim), "escaped", None))
                i = t.find(delim, j + len(delim))
                continue
            if j < len(t) and t[j] in _ID_START:
                k = j + 1
                while k < len(t) and t[k] in _ID_CHARS:
                    k += 1
                found.append((i, k, "named", t[j:k]))
                i = t.find(delim, k)
                continue
            if j + 1 < len(t) and t[j] == "{" and t[j + 1] in _ID_START:
                k = j + 2
                while k < len(t) and t[k] in _ID_CHARS:
                    k += 1
                if k < len(t) and t[k] == "}":
                    found.append((i, k + 1, "braced", t[j + 1:k]))
                    i = t.find(delim, k + 1)
                    continue
            found.append((i, j, "invalid", None))
            i = t.find(delim, j)
        return found

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, safe):
        t = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._matches():
            out.append(t[pos:start])
            pos = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(t[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(t[pos:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced (KeyError for a missing one)."""
        return self._substitute(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """As substitute, leaving missing or invalid placeholders as they are."""
        return self._substitute(_merge(mapping, kws), True)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        return all(kind != "invalid" for _s, _e, kind, _n in self._matches())

    def get_identifiers(self):
        """The placeholder names, in order, each once."""
        ids = []
        for _s, end, kind, name in self._matches():
            if kind == "invalid":
                self._invalid(end)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    # keywords first, then the mapping (CPython's ChainMap(kws, mapping))
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class Formatter:
    """str.format's steps as methods a subclass may override: parse,
    get_field, get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each field."""
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


# _string.formatter_parser: literal text with {{ and }} unescaped (each ends
# a chunk), then a field up to its matching brace, split into name,
# conversion and spec.
def _parse(s):
    out = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                # an escaped brace ends a literal chunk of its own
                literal.append("}")
                out.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            literal.append("{")
            out.append(("".join(literal), None, None, None))
            literal = []
            i += 2
            continue
        depth = 1
        j = i + 1
        while j < n:
            if s[j] == "{":
                depth += 1
            elif s[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        out.append(("".join(literal),) + _split_spec(field))
        literal = []
        i = j + 1
    if literal:
        out.append(("".join(literal), None, None, None))
    return out


def _split_spec(field):
    # name[!conv][:spec], where the name may hold [..] with ! or : inside
    k = 0
    bracket = False
    while k < len(field):
        c = field[k]
        if c == "[":
            bracket = True
        elif c == "]":
            bracket = False
        elif not bracket and c in "!:":
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ""
    rest = field[k:]
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(":"):
        spec = rest[1:]
    return name, spec, conversion


def _split_field(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); a leading integer is an index
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == ".":
            j = k + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == k + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format field")
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(name) and name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
