#!/usr/bin/env python3
"""The include half of the layer check: every `#include "DIR/..."` in a
layer's sources must name the layer itself or a layer it may use.

Usage: check_includes.py LAYERS.txt SRC_DIR
LAYERS.txt (written by CMakeLists.txt, ts_layer_checks): one line per layer,
`dirs=D1,D2 allowed=A1,A2`, directories relative to SRC_DIR. The link half
(a program per layer linked with only what it may use) catches calls; this
catches what only headers would carry (inline code, layouts, macros).
Prints each forbidden include as FILE:LINE: message; exits 1 if any.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main(table, src):
    layers = []
    for line in open(table):
        fields = dict(f.split("=", 1) for f in line.split())
        dirs = [d for d in fields.get("dirs", "").split(",") if d]
        allowed = [d for d in fields.get("allowed", "").split(",") if d]
        layers.append((dirs, allowed))
    all_dirs = sorted({d for dirs, _ in layers for d in dirs}, key=len, reverse=True)

    def owner(path):  # the layer directory a path (relative to src) lies in
        for d in all_dirs:
            if path == d or path.startswith(d + "/"):
                return d
        return None

    bad = 0
    for dirs, allowed in layers:
        ok = set(dirs) | set(allowed)
        for d in dirs:
            for root, _, files in os.walk(os.path.join(src, d)):
                rel_root = os.path.relpath(root, src)
                if owner(rel_root) != d:
                    continue  # a sub-folder that is a layer of its own
                for name in sorted(files):
                    if not name.endswith((".h", ".cpp", ".inc")):
                        continue
                    path = os.path.join(root, name)
                    for n, text in enumerate(open(path, encoding="utf-8"), 1):
                        m = INCLUDE.match(text)
                        if not m:
                            continue
                        target = owner(os.path.dirname(m.group(1)))
                        if target is not None and target not in ok:
                            print("%s:%d: %s may not include %s (allowed: %s)" % (
                                os.path.relpath(path), n, d, m.group(1), ", ".join(sorted(ok))))
                            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
