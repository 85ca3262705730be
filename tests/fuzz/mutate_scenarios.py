# Mutation fuzzing of the whole pipeline (lexer, parser, compiler, VM) under
# ASan/UBSan: mutate the conformance scripts and presets, run each mutant with
# a small step budget, and fail on a crash, a sanitizer report, a hang or an
# exit code other than 0-3.
#   python3 tests/fuzz/mutate_scenarios.py BINARY COUNT [SEED]
import random, subprocess, sys, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = sys.argv[1]
TMP = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'ts_fuzz_%d.py' % os.getpid())
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
files = sorted(glob.glob(ROOT + '/tests/conformance/*.py') + glob.glob(ROOT + '/presets/*.py'))
tokens = ['(', ')', ':', '\n', '    ', 'await ', 'async ', 'def ', 'class ', 'return', 'yield', 'lambda', '*', '**', '[', ']', '{', '}', ',', 'try:', 'except', 'finally:', 'with ', 'for x in ', 'if ', 'else:', '"', "'", 'f"{', '}"', '\\', '#', '=', '+=', 'None', '1e999', '2**64', '-', '.', 'asyncio.sleep(0)', 'break', 'continue', 'raise', 'global x', 'nonlocal x', 'del ', 'import asyncio', '@']
bad = 0
n = int(sys.argv[2])
for k in range(n):
    src = open(random.choice(files), encoding='utf-8', errors='replace').read()
    b = list(src)
    for _ in range(random.randint(1, 6)):
        op = random.random()
        pos = random.randrange(len(b) + 1)
        if op < 0.4 and b: del b[min(pos, len(b)-1): min(pos, len(b)-1) + random.randint(1, 5)]
        elif op < 0.8: b[pos:pos] = list(random.choice(tokens))
        else:
            j = random.randrange(len(b) + 1); b[pos:pos] = b[j:j+random.randint(1, 20)]
    s = ''.join(b)
    open(TMP, 'w').write(s)
    try:
        p = subprocess.run([BIN, 'run', '--max-steps', '200000', TMP], capture_output=True, timeout=20)
        rc = p.returncode
        err = p.stderr.decode(errors='replace')
    except subprocess.TimeoutExpired:
        rc = 'TIMEOUT'; err = ''
    if rc not in (0, 1, 2, 3) or 'Sanitizer' in err or 'runtime error' in err:
        bad += 1
        open(TMP + '.bad%d.py' % k, 'w').write(s)
        print('BAD', k, rc, err[-600:])
print('%d passed, %d failed' % (n - bad, bad))
sys.exit(1 if bad else 0)
