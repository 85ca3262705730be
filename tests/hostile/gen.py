#!/usr/bin/env python3
"""Write the hostile scripts that can't be kept as plain text: sources too big
to commit (deep nesting, huge literals, long bodies) and sources with invalid
UTF-8 or other raw bytes. Each becomes tests/hostile/NNN_name_gen.py (ignored by
git; run.sh calls this first); their .out files, when CPython prints a result,
are committed like the others. A file is rewritten only when its bytes change.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))


def text(header, concern, body):
    return raw(header, concern, body.encode("utf-8"))


def raw(header, concern, body, prefix=b""):
    """prefix goes before the header line (a BOM); concern=None leaves line 2 to the body."""
    lines = "# expect: %s\n" % header + ("# %s\n" % concern if concern is not None else "")
    return prefix + lines.encode("utf-8") + body


def elifs(n):
    return ("x = %d\nif x == -1:\n    y = -1\n" % (n - 1)
            + "".join("elif x == %d:\n    y = %d\n" % (i, i) for i in range(n))
            + "print(y)\n")


def nested_blocks(kw, n):
    lines = []
    for i in range(n):
        lines.append("    " * i + kw)
        if kw == "try:":
            pass
    lines.append("    " * n + "print('inner')")
    if kw == "try:":
        for i in reversed(range(n)):
            lines.append("    " * i + "finally:")
            lines.append("    " * (i + 1) + "pass")
    return "\n".join(lines) + "\n"


def many_locals(n):
    body = "".join("    v%d = %d\n" % (i, i) for i in range(n))
    return "def f():\n" + body + "    return v0 + v%d\n\nprint(f())\n" % (n - 1)


def long_forward_jump(n):
    body = "".join("    x = x + 1\n" for i in range(n))
    return "x = 0\nif x == 0:\n" + body + "else:\n    x = -1\nprint(x)\n"


def long_backward_jump(n):
    body = "".join("    x = x + 1\n" for i in range(n))
    return "x = 0\nfor i in range(3):\n" + body + "print(x)\n"


CONCERN_UTF8 = "raw bytes in the source, written by gen.py"

FILES = {
    # ---- compiler and parser depth (crash class: C++ recursion in the front end) ----
    "151_elif_10000_gen": text(
        "MemoryError", "10,000 elif branches (CPython's parser gives up with a bare MemoryError).", elifs(10000)),
    "152_elif_2500_gen": text(
        "ok", "2,500 elif branches: CPython compiles and runs it.", elifs(2500)),
    "153_plus_chain_100000_gen": text(
        "RecursionError: maximum recursion depth exceeded during compilation",
        "1+1+...+1 with 100,000 terms (a left-nested BinOp 100,000 deep).",
        "x = " + "+".join(["1"] * 100000) + "\nprint(x)\n"),
    "154_plus_chain_2500_gen": text(
        "ok", "1+1+...+1 with 2,500 terms: CPython compiles it.",
        "x = " + "+".join(["1"] * 2500) + "\nprint(x)\n"),
    "155_unary_minus_100000_gen": text(
        "MemoryError", "100,000 unary minus signs in a row.", "x = " + "-" * 100000 + "1\nprint(x)\n"),
    "156_unary_minus_2500_gen": text(
        "ok", "2,500 unary minus signs in a row: CPython compiles it.", "x = " + "-" * 2500 + "1\nprint(x)\n"),
    "157_not_chain_100000_gen": text(
        "MemoryError", "`not not ... not 1` with 100,000 nots.", "x = " + "not " * 100000 + "1\nprint(x)\n"),
    "158_parens_100000_gen": text(
        "SyntaxError: too many nested parentheses", "An expression in 100,000 nested parentheses.",
        "x = " + "(" * 100000 + "1" + ")" * 100000 + "\nprint(x)\n"),
    "159_attr_chain_100000_gen": text(
        "RecursionError: maximum recursion depth exceeded during compilation",
        "a.a.a...a: an attribute chain 100,000 long.",
        "class A:\n    pass\n\na = A()\na.a = a\nx = a" + ".a" * 100000 + "\nprint(x is a)\n"),
    "160_ifexp_chain_10000_gen": text(
        "MemoryError", "10,000 conditional expressions nested in the else branch.",
        "x = " + "1 if 0 else " * 10000 + "2\nprint(x)\n"),
    "161_lambda_chain_10000_gen": text(
        "MemoryError", "lambda: lambda: ... nested 10,000 deep.", "f = " + "lambda: " * 10000 + "1\nprint(callable(f))\n"),
    "162_lambda_chain_2500_gen": text(
        "ok", "lambda: lambda: ... nested 2,500 deep: CPython compiles it.",
        "f = " + "lambda: " * 2500 + "1\nn = 0\nwhile callable(f):\n    f = f()\n    n += 1\nprint(n, f)\n"),
    "163_call_chain_100000_gen": text(
        "RecursionError: maximum recursion depth exceeded during compilation",
        "f()()()... : 100,000 calls chained on one expression.",
        "def f():\n    return f\n\nx = f" + "()" * 100000 + "\nprint(x is f)\n"),
    "164_subscript_chain_100000_gen": text(
        "RecursionError: maximum recursion depth exceeded during compilation",
        "l[0][0]...[0]: 100,000 subscripts chained.",
        "l = []\nl.append(l)\nx = l" + "[0]" * 100000 + "\nprint(x is l)\n"),
    "165_indent_levels_101_gen": text(
        "IndentationError: too many levels of indentation", "101 nested if blocks (CPython's tokenizer allows 100).",
        nested_blocks("if True:", 101)),
    "166_indent_levels_99_gen": text(
        "ok", "99 nested if blocks: CPython runs it.", nested_blocks("if True:", 99)),
    "167_static_blocks_21_gen": text(
        "SyntaxError: too many statically nested blocks", "21 nested try/finally blocks (CPython allows 20).",
        nested_blocks("try:", 21)),
    "168_tuple_literal_70000_gen": text(
        "ok", "A tuple display of 70,000 elements (more than 16 bits of operand).",
        "t = (" + "1, " * 70000 + ")\nprint(len(t), sum(t))\n"),
    "169_call_70000_args_gen": text(
        "ok", "A call with 70,000 positional arguments.",
        "def f(*a):\n    return len(a)\n\nprint(f(" + "0, " * 70000 + "))\n"),
    "170_many_locals_70000_gen": text(
        "ok", "A function with 70,000 local variables.", many_locals(70000)),
    "171_many_constants_70000_gen": text(
        "ok", "70,000 distinct constants in one code object.",
        "l = [" + "".join("%d, " % (i * 7) for i in range(70000)) + "]\nprint(len(l), l[-1])\n"),
    "172_long_forward_jump_gen": text(
        "ok", "An if whose body is 70,000 statements: the jump over it is longer than 16 bits.",
        long_forward_jump(70000)),
    "173_long_backward_jump_gen": text(
        "ok", "A loop whose body is 70,000 statements: a backward jump longer than 16 bits.",
        long_backward_jump(70000)),
    "174_huge_decimal_literal_gen": text(
        "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
        "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
        "to avoid decimal conversion limits.",
        "A 5,000-digit decimal literal.", "x = " + "7" * 5000 + "\nprint(x % 10)\n"),
    "175_huge_hex_literal_gen": text(
        "ok", "A 30,000-digit hex literal (120,000 bits): CPython takes it.",
        "x = 0x" + "f" * 30000 + "\nprint(x.bit_length(), x % 1000)\n"),
    "176_adjacent_literals_100000_gen": text(
        "ok", "100,000 adjacent string literals concatenated by the parser.",
        "s = (" + "'ab' " * 100000 + ")\nprint(len(s))\n"),
    "177_dict_display_70000_gen": text(
        "ok", "A dict display with 70,000 entries.",
        "d = {" + "".join("%d: %d, " % (i, i) for i in range(70000)) + "}\nprint(len(d), d[69999])\n"),
    # ---- raw bytes in the source (silently-wrong class: CPython's decoder) ----
    "401_utf8_invalid_start_byte_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
        "Byte 0xff inside a string literal; " + CONCERN_UTF8, b'print("a\xffb")\n'),
    "402_utf8_overlong_nul_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte",
        "Overlong encoding of NUL (c0 80); " + CONCERN_UTF8, b'print("a\xc0\x80b")\n'),
    "403_utf8_overlong_slash_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte",
        "Overlong encoding of '/' (c0 af); " + CONCERN_UTF8, b'print("a\xc0\xafb")\n'),
    "404_utf8_encoded_surrogate_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte",
        "A surrogate U+D800 encoded as UTF-8 (ed a0 80); " + CONCERN_UTF8, b'print("a\xed\xa0\x80b")\n'),
    "405_utf8_truncated_sequence_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte",
        "A three-byte sequence cut after two bytes (e2 82); " + CONCERN_UTF8, b'print("a\xe2\x82b")\n'),
    "406_utf8_above_max_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xf4 in position 1: invalid continuation byte",
        "A code point above U+10FFFF (f4 90 80 80); " + CONCERN_UTF8, b'print("a\xf4\x90\x80\x80b")\n'),
    "407_utf8_stray_continuation_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte",
        "A lone continuation byte (80); " + CONCERN_UTF8, b'print("a\x80b")\n'),
    "408_utf8_five_byte_form_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xf8 in position 1: invalid start byte",
        "An obsolete five-byte form (f8 88 80 80 80); " + CONCERN_UTF8, b'print("a\xf8\x88\x80\x80\x80b")\n'),
    "409_utf8_invalid_in_code_gen": raw(
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        "Byte 0xff on a line of its own, outside any literal; " + CONCERN_UTF8, b'print("a")\n\xff\n'),
    "410_utf8_invalid_in_comment_gen": raw(
        "ok", "Invalid UTF-8 inside a comment, which CPython 3.11 skips; " + CONCERN_UTF8,
        b'# caf\xe9 \xff\xfe\nprint("comment ok")\n'),
    "411_utf8_truncated_at_eof_gen": raw(
        "ok", "A comment that ends the file in the middle of a UTF-8 sequence; " + CONCERN_UTF8,
        b'print("eof ok")\n# \xe2\x82'),
    "412_nul_byte_gen": raw(
        "SyntaxError: source code string cannot contain null bytes", "A NUL byte in the source; " + CONCERN_UTF8,
        b'x = 1\x00\nprint(x)\n'),
    "413_latin1_coding_gen": raw(
        "ok", None,
        b'# -*- coding: latin-1 -*-\n# A PEP 263 coding line: CPython decodes byte e9 as e-acute (gen.py)\n'
        b'print("caf\xe9", len("caf\xe9"))\n'),
    "414_unknown_coding_gen": raw(
        "SyntaxError: unknown encoding: bogus-enc", None,
        b'# coding: bogus-enc\n# A coding line naming an unknown codec (gen.py)\nprint(1)\n'),
    "415_crlf_line_ends_gen": raw(
        "ok", "CRLF line endings everywhere, also inside a triple-quoted string; " + CONCERN_UTF8,
        b'x = 1\r\nif x:\r\n    print("crlf")\r\ns = """a\r\nb"""\r\nprint(repr(s))\r\n'),
    "416_lone_cr_line_ends_gen": raw(
        "ok", "Old-Mac lone CR line endings; " + CONCERN_UTF8,
        b'x = 2\rif x:\r    print("cr", x)\r'),
    "417_bom_at_start_gen": raw(
        "ok", "A UTF-8 byte-order mark before the first line; " + CONCERN_UTF8, b'print("bom")\n',
        prefix=b"\xef\xbb\xbf"),
    "421_bom_inside_code_gen": raw(
        "SyntaxError: invalid non-printable character U+FEFF", "A byte-order mark in the middle of a line; " + CONCERN_UTF8,
        b'x = 1 \xef\xbb\xbf+ 2\nprint(x)\n'),
    "418_form_feed_indent_gen": raw(
        "ok", "A form feed at the start of lines (CPython resets the indentation count); " + CONCERN_UTF8,
        b'if True:\n\x0c    print("ff")\n\x0cprint("top")\n'),
    "419_tab_space_mix_gen": raw(
        "TabError: inconsistent use of tabs and spaces in indentation",
        "A block indented with a tab, then with eight spaces; " + CONCERN_UTF8,
        b'if 1:\n\tx = 1\n        print(x)\n'),
    "420_invalid_identifier_char_gen": raw(
        "SyntaxError: invalid character '\u20ac' (U+20AC)", "A euro sign used as an identifier; " + CONCERN_UTF8,
        b'\xe2\x82\xac = 1\n'),
}


def main():
    for name, data in FILES.items():
        path = os.path.join(HERE, name + ".py")
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
