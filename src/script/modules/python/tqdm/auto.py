"""`from tqdm.auto import tqdm`: outside a notebook that is tqdm.asyncio's."""

from tqdm.asyncio import tqdm_asyncio as tqdm  # noqa: F401

__all__ = ["tqdm", "trange"]


def trange(*args, **kwargs):
    """tqdm(range(*args), **kwargs)"""
    return tqdm(range(*args), **kwargs)
