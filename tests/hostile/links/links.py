#!/usr/bin/env python3
"""The hostile share links (issue 16): links a stranger might send, each one
concern, with what Turnstile must say. A link is refused with one sentence
(`refused: ...`, the message the CLI prints after "turnstile: " and the page
shows), or opens and runs, ending as the `run:` expectation says (`ok` or the
last line the CLI prints on stderr).

  python3 tests/hostile/links/links.py            # the cases, one JSON object a line
  python3 tests/hostile/links/links.py --check TURNSTILE   # run them with the CLI

The page runs the same cases (tests/e2e/hostile_links.e2e.mjs).
"""
import base64
import json
import os
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))


def pack(data: bytes) -> str:
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.urlsafe_b64encode(z.compress(data) + z.flush()).decode().rstrip('=')


def link(obj=None, raw=None) -> str:
    data = raw if raw is not None else json.dumps(obj).encode()
    return 's=1.' + pack(data)


def hostile(name: str) -> str:
    with open(os.path.join(ROOT, 'tests', 'hostile', name), encoding='utf-8') as f:
        return f.read()


CODE = 'print("hi")\n'


def cases():
    big = 'A' * (300 * 1024)
    yield 'fragment_over_256k', 's=1.' + big, 'refused: the link is too long (300 KiB; at most 256 KiB)'
    # a deflate bomb: 5 MB of spaces inside the JSON, a few KB packed
    bomb = b'{"v":1,"code":"' + b' ' * (5 * 1024 * 1024) + b'"}'
    yield 'deflate_bomb', link(raw=bomb), 'refused: the link\'s scenario is larger than 1024 KiB'
    yield 'code_over_200k', link({'v': 1, 'code': '#' * (210 * 1024)}), 'refused: the link\'s code is larger than 200 KiB'
    yield 'not_base64url', 's=1.abc$def<script>', 'refused: the link is damaged (not valid base64url)'
    good = link({'v': 1, 'code': CODE})
    cut = good[:len(good) - (len(good) - 4) % 4 - 3]  # a payload of length 4k+1
    assert (len(cut) - 4) % 4 == 1
    yield 'length_1_mod_4', cut, 'refused: the link is truncated (its compressed data ends early)'
    yield 'truncated_deflate', good[:len(good) // 2], 'refused: the link is truncated (its compressed data ends early)'
    yield 'deflated_not_json', link(raw=b'hello, not json'), 'refused: the link\'s scenario is not valid JSON (Expecting value: line 1 column 1 (char 0))'
    yield 'nested_100000', link(raw=b'[' * 100000 + b']' * 100000), 'refused: the link\'s scenario is not valid JSON (Nesting too deep: line 1 column 10 (char 9))'
    yield 'version_2', link({'v': 2, 'code': CODE}), 'refused: the link is version 2; this Turnstile reads version 1'
    yield 'version_string', link({'v': '1', 'code': CODE}), 'refused: the link has no version'
    yield 'no_code', link({'v': 1}), 'refused: the link has no code'
    yield 'code_not_string', link({'v': 1, 'code': ['print(1)']}), 'refused: the link has no code'
    yield 'seed_10_30', link({'v': 1, 'code': CODE, 'seed': 10**30}), 'refused: the link\'s seed is not an integer below 10**18'
    yield 'seed_float', link({'v': 1, 'code': CODE, 'seed': 1.5}), 'refused: the link\'s seed is not an integer below 10**18'
    yield 'seed_negative', link({'v': 1, 'code': 'import random\nprint(random.random() < 1)\n', 'seed': -1}), 'run: ok'
    yield 't_1e999', link(raw=b'{"v":1,"code":"print(1)\\n","t":1e999}'), 'refused: the link\'s time is not a finite time >= 0'
    yield 't_negative', link({'v': 1, 'code': CODE, 't': -5}), 'refused: the link\'s time is not a finite time >= 0'
    yield 'unknown_view', link({'v': 1, 'code': CODE, 'view': 'x' * 30}), 'run: ok'
    yield 'unknown_preset', link({'v': 1, 'code': CODE, 'preset': '../../etc/passwd'}), 'run: ok'
    yield 'lone_surrogate', link(raw=b'{"v":1,"code":"print(\\"\\ud800\\")\\n"}'), 'refused: the link\'s code is not valid text (a lone surrogate or a byte that is not UTF-8, at byte 7)'
    yield 'nul_in_code', link(raw=b'{"v":1,"code":"print(1)\\u0000\\n"}'), 'run: scenario.py:1:9: source code string cannot contain null bytes'
    yield 'duplicate_keys', link(raw=b'{"v":1,"code":"print(1)\\n","code":"print(2)\\n"}'), 'run: ok'
    many = '{"v":1,"code":"print(1)\\n",' + ','.join('"k%d":0' % i for i in range(20000)) + '}'
    yield 'keys_20000', link(raw=many.encode()), 'run: ok'
    yield 'preset_10k', 'preset=' + 'p' * 10240, 'refused: the link names no preset'
    yield 'preset_dotdot', 'preset=../../etc/passwd', 'refused: the link names preset \'../../etc/passwd\', which this Turnstile does not have'
    yield 'percent_encoded', 's%3D1.' + good[4:], 'refused: this is not a Turnstile scenario link (it should contain #s= or #preset=)'
    yield 'doubled_prefix', 's=1.s=1.' + good[4:], 'refused: the link is damaged (not valid base64url)'
    yield 'script_free_deep_list', link({'v': 1, 'code': hostile('101_free_deep_list.py')}), 'run: ok'
    elifs = 'x = 0\nif x == -1:\n    pass\n' + ''.join('elif x==%d:0\n' % i for i in range(10000)) + 'print("done")\n'
    yield 'script_10000_elifs', link({'v': 1, 'code': elifs}), 'run: MemoryError'
    yield 'preset_link', 'preset=seed-example-1', 'run: ok'


def main():
    rows = []
    for name, frag, expect in cases():
        if frag is None:
            continue
        rows.append({'name': name, 'fragment': frag, 'expect': expect})
    if len(sys.argv) >= 3 and sys.argv[1] == '--check':
        return check(sys.argv[2], rows)
    for r in rows:
        print(json.dumps(r))
    return 0


def check(turnstile, rows):
    bad = 0
    for r in rows:
        p = subprocess.run([turnstile, 'run', '--link', '-'], input='#' + r['fragment'], capture_output=True,
                           text=True, errors='replace', timeout=120)
        err = p.stderr.rstrip('\n').split('\n')[-1] if p.stderr.strip() else ''
        if p.returncode == 65 and err.startswith('turnstile: '):
            got = 'refused: ' + err[len('turnstile: '):]
        elif p.returncode == 0:
            got = 'run: ok'
        else:
            got = 'run: ' + err
        ok = got == r['expect']
        bad += not ok
        print(('ok   ' if ok else 'FAIL ') + r['name'] + ('' if ok else ': expected %r, got %r' % (r['expect'], got)))
    print('hostile links: %d passed, %d failed' % (len(rows) - bad, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
