# Not a scenario: run.sh runs it under the oracle with each PYTHONPATH to
# check which tenacity, tqdm, openai and turnstile a scenario would import
# (the last two only where they are on the path: Debian has no openai).
import os.path

import tenacity
import tqdm
import tqdm.asyncio

mods = [tenacity, tqdm, tqdm.asyncio]
try:
    import openai
    import turnstile
    mods += [openai, turnstile]
except ImportError:
    pass
for m in mods:
    print(m.__name__, os.path.realpath(m.__file__))
