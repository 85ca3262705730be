"""Turnstile's tqdm: progress bars drawn exactly as tqdm 4.64.1 draws them.

    from tqdm import tqdm, trange
    for item in tqdm(items, desc="work"): ...
    from tqdm.asyncio import tqdm_asyncio
    results = await tqdm_asyncio.gather(*coroutines)

The bar class lives in tqdm.std, the asyncio one in tqdm.asyncio.
"""

from tqdm.std import (  # noqa: F401
    TqdmDeprecationWarning,
    TqdmExperimentalWarning,
    TqdmKeyError,
    TqdmMonitorWarning,
    TqdmTypeError,
    TqdmWarning,
    tqdm,
    trange,
)

__version__ = "4.64.1"

__all__ = ["tqdm", "trange", "TqdmTypeError", "TqdmKeyError", "TqdmWarning",
           "TqdmDeprecationWarning", "TqdmExperimentalWarning", "TqdmMonitorWarning",
           "__version__"]
