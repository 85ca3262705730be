

# ---- how this file runs (Turnstile's export; the parts above are data) ------
# SCENARIO is the script as it was on the page, MODULES the simulated world's
# packages it imports (Turnstile's own, as Turnstile ran them), RUNNER the
# CPython runner on Turnstile's virtual clock. The bundled packages are
# imported from MODULES before anything installed, so this file gives what
# Turnstile gave wherever it runs.
#   python3 THIS.py [--seed N] [--no-stamp]


def _turnstile_main(argv):
    import importlib.abc
    import importlib.util
    import linecache
    import sys
    import types

    class Bundled(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        prefix = "<turnstile>/"

        def find_spec(self, name, path=None, target=None):
            base = name.replace(".", "/")
            for key in (base + "/__init__.py", base + ".py"):
                if key in MODULES:
                    return importlib.util.spec_from_loader(
                        name, self, origin=self.prefix + key, is_package=key.endswith("/__init__.py"))
            return None

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            origin = module.__spec__.origin
            module.__file__ = origin
            source = MODULES[origin[len(self.prefix):]]
            linecache.cache[origin] = (len(source), None, source.splitlines(True), origin)
            exec(compile(source, origin, "exec"), module.__dict__)

    stamp, seed, i = True, SEED, 0
    while i < len(argv):
        if argv[i] == "--no-stamp":
            stamp = False
        elif argv[i] == "--seed" and i + 1 < len(argv):
            i += 1
            seed = int(argv[i])
        else:
            sys.stderr.write("usage: %s [--seed N] [--no-stamp]\n" % sys.argv[0])
            sys.exit(2)
        i += 1
    sys.meta_path.insert(0, Bundled())
    linecache.cache[FILENAME] = (len(SCENARIO), None, SCENARIO.splitlines(True), FILENAME)
    runner = types.ModuleType("turnstile_runner")
    exec(compile(RUNNER, "turnstile_runner.py", "exec"), runner.__dict__)
    runner.run(SCENARIO, FILENAME, stamp, seed)


if __name__ == "__main__":
    import sys
    _turnstile_main(sys.argv[1:])
