# Not a scenario: run.sh runs it under the oracle with each PYTHONPATH to
# check which tenacity and tqdm a scenario would import.
import os.path

import tenacity
import tqdm
import tqdm.asyncio

for m in (tenacity, tqdm, tqdm.asyncio):
    print(m.__name__, os.path.realpath(m.__file__))
