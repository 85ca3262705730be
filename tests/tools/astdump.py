#!/usr/bin/env python3
"""Prints CPython's AST of a Python file in the canonical format of
ts::dump_ast (src/script/front/parser.cpp), so tests can compare Turnstile's parser
with CPython 3.11's.

usage: astdump.py FILE.py                      -> dump on stdout
       astdump.py --gen OUTDIR DIR[=PREFIX]...  -> OUTDIR/<prefix>__<name>.ast
              (or .err "line:col: message" if CPython rejects it) per DIR/*.py
Regenerate the parser test expectations (from the repo root):
  python3 tests/tools/astdump.py --gen tests/unit/parser_cases/expected \
      tests/unit/parser_cases/corpus=cases tests/conformance presets
Positions: line:col, col 1-based in code points (CPython's col_offset is in
UTF-8 bytes). Parts of an f-string carry the position CPython gives them.
"""
import ast
import os
import re
import sys


class Dumper:
    def __init__(self, source):
        self.lines = re.split(r"\r\n|\r|\n", source)

    def pos(self, node):
        line = node.lineno
        text = self.lines[line - 1].encode("utf-8", "surrogatepass")
        col = len(text[: node.col_offset].decode("utf-8", "surrogatepass")) + 1
        return "%d:%d" % (line, col)

    def head(self, kind, node):
        return "(%s@%s" % (kind, self.pos(node))

    @staticmethod
    def quote(s, is_bytes):
        if not is_bytes:
            s = s.encode("utf-8", "surrogatepass")
        out = ['"']
        for c in s:
            if c in (0x5C, 0x22):
                out.append("\\" + chr(c))
            elif c < 0x20 or c == 0x7F or (is_bytes and c >= 0x80):
                out.append("\\x%02x" % c)
            else:
                out.append(bytes([c]))
        # join mixing str pieces and raw UTF-8 bytes
        b = b"".join(x if isinstance(x, bytes) else x.encode() for x in out)
        return b.decode("utf-8", "surrogatepass") + '"'

    def lst(self, v):
        return " [" + " ".join(self.expr(x) for x in v) + "]"

    def ctx(self, c):
        return type(c).__name__

    def gens(self, gens):
        out = ""
        for g in gens:
            out += " (comp" + (" async" if g.is_async else "") + " " + self.expr(g.target) + " " + self.expr(g.iter)
            out += self.lst(g.ifs) + ")"
        return out

    def keywords(self, kws):
        parts = []
        for k in kws:
            parts.append(self.head("kw", k) + " " + (k.arg if k.arg is not None else "**") + " " + self.expr(k.value) + ")")
        return " [" + " ".join(parts) + "]"

    def args(self, a):
        def one(v, defaults):
            parts = []
            for arg, d in zip(v, defaults):
                parts.append(self.head("arg", arg) + " " + arg.arg + " " + self.expr(arg.annotation) + " " + self.expr(d) + ")")
            return " [" + " ".join(parts) + "]"
        pos = a.posonlyargs + a.args
        defaults = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
        out = "(args"
        out += one(a.posonlyargs, defaults[: len(a.posonlyargs)])
        out += one(a.args, defaults[len(a.posonlyargs):])
        out += (" *" + a.vararg.arg) if a.vararg else " -"
        out += one(a.kwonlyargs, a.kw_defaults)
        out += (" **" + a.kwarg.arg) if a.kwarg else " -"
        return out + ")"

    def expr(self, e):
        if e is None:
            return "-"
        k = type(e).__name__
        s = lambda x: " " + self.expr(x)
        if k == "Constant":
            v = e.value
            if v is None:
                return self.head("None", e) + ")"
            if v is True:
                return self.head("True", e) + ")"
            if v is False:
                return self.head("False", e) + ")"
            if v is Ellipsis:
                return self.head("Ellipsis", e) + ")"
            if isinstance(v, int):
                return self.head("Int", e) + " %d)" % v
            if isinstance(v, float):
                return self.head("Float", e) + " %s)" % ("%.17g" % v)
            if isinstance(v, str):
                return self.head("Str", e) + " " + self.quote(v, False) + ")"
            if isinstance(v, bytes):
                return self.head("Bytes", e) + " " + self.quote(v, True) + ")"
            raise ValueError("unsupported constant %r" % (v,))
        h = self.head(k, e)
        if k == "Name":
            return h + " %s %s)" % (e.id, self.ctx(e.ctx))
        if k == "JoinedStr":
            return h + self.lst(e.values) + ")"
        if k == "FormattedValue":
            conv = "-" if e.conversion == -1 else chr(e.conversion)
            return h + " " + conv + s(e.value) + s(e.format_spec) + ")"
        if k == "BinOp":
            return h + " " + type(e.op).__name__ + s(e.left) + s(e.right) + ")"
        if k == "UnaryOp":
            return h + " " + type(e.op).__name__ + s(e.operand) + ")"
        if k == "BoolOp":
            return h + " " + type(e.op).__name__ + self.lst(e.values) + ")"
        if k == "Compare":
            out = h + s(e.left)
            for op, c in zip(e.ops, e.comparators):
                out += " " + type(op).__name__ + s(c)
            return out + ")"
        if k == "Call":
            return h + s(e.func) + self.lst(e.args) + self.keywords(e.keywords) + ")"
        if k == "Attribute":
            return h + s(e.value) + " %s %s)" % (e.attr, self.ctx(e.ctx))
        if k == "Subscript":
            return h + s(e.value) + s(e.slice) + " " + self.ctx(e.ctx) + ")"
        if k == "Slice":
            return h + s(e.lower) + s(e.upper) + s(e.step) + ")"
        if k in ("List", "Tuple"):
            return h + " " + self.ctx(e.ctx) + self.lst(e.elts) + ")"
        if k == "Set":
            return h + self.lst(e.elts) + ")"
        if k == "Dict":
            out = h
            for key, v in zip(e.keys, e.values):
                out += (s(key) if key is not None else " **") + s(v)
            return out + ")"
        if k in ("ListComp", "SetComp", "GeneratorExp"):
            return h + s(e.elt) + self.gens(e.generators) + ")"
        if k == "DictComp":
            return h + s(e.key) + s(e.value) + self.gens(e.generators) + ")"
        if k == "Lambda":
            return h + " " + self.args(e.args) + s(e.body) + ")"
        if k == "IfExp":
            return h + s(e.test) + s(e.body) + s(e.orelse) + ")"
        if k in ("Await", "Yield", "YieldFrom"):
            return h + s(e.value) + ")"
        if k == "Starred":
            return h + s(e.value) + " " + self.ctx(e.ctx) + ")"
        if k == "NamedExpr":
            return h + s(e.target) + s(e.value) + ")"
        raise ValueError("unsupported expression " + k)

    def body(self, b, indent):
        return "".join("\n" + self.stmt(x, indent) for x in b)

    def stmt(self, st, indent):
        k = type(st).__name__
        s = lambda x: " " + self.expr(x)
        out = " " * (indent * 2) + self.head(k, st)

        def block(label, b):
            return "\n" + " " * (indent * 2 + 1) + label + ":" + self.body(b, indent + 1)

        if k == "Expr":
            out += s(st.value)
        elif k == "Assign":
            out += self.lst(st.targets) + s(st.value)
        elif k == "AugAssign":
            out += s(st.target) + " " + type(st.op).__name__ + s(st.value)
        elif k == "AnnAssign":
            out += s(st.target) + s(st.annotation) + s(st.value)
        elif k in ("FunctionDef", "AsyncFunctionDef"):
            out = " " * (indent * 2) + self.head("FunctionDef", st)
            out += " " + st.name + (" async " if k == "AsyncFunctionDef" else " ") + self.args(st.args)
            out += s(st.returns) + self.lst(st.decorator_list) + block("body", st.body)
        elif k == "ClassDef":
            out += " " + st.name + self.lst(st.bases) + self.keywords(st.keywords) + self.lst(st.decorator_list)
            out += block("body", st.body)
        elif k == "Return":
            out += s(st.value)
        elif k == "Delete":
            out += self.lst(st.targets)
        elif k in ("If", "While"):
            out += s(st.test) + block("body", st.body) + block("else", st.orelse)
        elif k in ("For", "AsyncFor"):
            out = " " * (indent * 2) + self.head("For", st) + (" async" if k == "AsyncFor" else "")
            out += s(st.target) + s(st.iter) + block("body", st.body) + block("else", st.orelse)
        elif k in ("Break", "Continue", "Pass"):
            pass
        elif k in ("Try", "TryStar"):
            out += block("body", st.body)
            for h in st.handlers:
                out += "\n" + " " * (indent * 2 + 1) + self.head("except", h) + s(h.type) + " " + (h.name or "-") + ")"
                out += self.body(h.body, indent + 1)
            out += block("else", st.orelse) + block("finally", st.finalbody)
        elif k == "Raise":
            out += s(st.exc) + s(st.cause)
        elif k in ("With", "AsyncWith"):
            out = " " * (indent * 2) + self.head("With", st) + (" async" if k == "AsyncWith" else "")
            for it in st.items:
                out += " (item" + s(it.context_expr) + s(it.optional_vars) + ")"
            out += block("body", st.body)
        elif k in ("Global", "Nonlocal"):
            out += "".join(" " + n for n in st.names)
        elif k in ("Import", "ImportFrom"):
            if k == "ImportFrom":
                out += " %s %d" % (st.module or "", st.level)
            for a in st.names:
                out += " " + self.head("alias", a) + " " + a.name + " " + (a.asname or "-") + ")"
        elif k == "Assert":
            out += s(st.test) + s(st.msg)
        else:
            raise ValueError("unsupported statement " + k)
        return out + ")"

    def module(self, m):
        return "(Module" + self.body(m.body, 1) + ")\n"


def dump_source(source):
    tree = ast.parse(source)
    return Dumper(source).module(tree)


def gen(out_dir, dirs):
    """Writes OUT_DIR/<prefix>__<name>.ast (or .err with "line:col: message"
    when CPython rejects the file) for every DIR/*.py; prefix = DIR's last
    component (DIR=PREFIX to override)."""
    os.makedirs(out_dir, exist_ok=True)
    for spec in dirs:
        src_dir, _, prefix = spec.partition("=")
        prefix = prefix or os.path.basename(os.path.normpath(src_dir))
        for name in sorted(os.listdir(src_dir)):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(src_dir, name), encoding="utf-8-sig") as f:
                source = f.read()
            base = os.path.join(out_dir, prefix + "__" + name[:-3])
            for ext in (".ast", ".err"):
                if os.path.exists(base + ext):
                    os.remove(base + ext)
            try:
                text, ext = dump_source(source), ".ast"
            except SyntaxError as e:
                text, ext = "%d:%d: %s\n" % (e.lineno, e.offset, e.msg), ".err"
            except ValueError as e:
                print("skip %s: %s" % (name, e), file=sys.stderr)
                continue
            with open(base + ext, "w", encoding="utf-8") as f:
                f.write(text)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "--gen":
        gen(sys.argv[2], sys.argv[3:])
        return
    with open(sys.argv[1], encoding="utf-8-sig") as f:
        source = f.read()
    sys.stdout.write(dump_source(source))


if __name__ == "__main__":
    main()
