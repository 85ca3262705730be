"""OpenAI and AsyncOpenAI: the clients, shaped like openai-python v1's
(src/openai/_client.py), talking to a simulated turnstile.Provider.

    client = AsyncOpenAI()                      # the default provider
    client = AsyncOpenAI(provider=Provider(rpm=60), max_retries=5, timeout=30)
    fast = client.with_options(max_retries=0, timeout=5)   # a copy

api_key defaults to "sk-turnstile" (there is no environment to read
OPENAI_API_KEY from); a Provider given api_keys= answers other keys with 401.
timeout is a number of seconds or None (no httpx.Timeout objects).
"""

import turnstile

from openai._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from openai.resources.chat import AsyncChat, Chat

_NOT_GIVEN = object()


class _BaseClient:
    _kind = "client"

    def __init__(self, *, api_key=None, organization=None, project=None, base_url=None, timeout=DEFAULT_TIMEOUT,
                 max_retries=DEFAULT_MAX_RETRIES, default_headers=None, provider=None):
        if max_retries is None:
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited "
                "retries, pass `math.inf` or a very high number; if you want the default behavior, pass "
                "`openai.DEFAULT_MAX_RETRIES`")
        self.api_key = "sk-turnstile" if api_key is None else api_key
        self.organization = organization
        self.project = project
        self.base_url = "https://api.openai.com/v1/" if base_url is None else base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = default_headers
        self._provider = turnstile.default_provider() if provider is None else provider
        self._calls = [0]  # shared with copies: one numbering of a client's calls
        self._name = type(self).__name__

    @property
    def provider(self):
        return self._provider

    def copy(self, *, api_key=None, timeout=_NOT_GIVEN, max_retries=_NOT_GIVEN, provider=None):
        """A new client with these options changed (the SDK's copy)."""
        c = type(self)(api_key=api_key or self.api_key, organization=self.organization, project=self.project,
                       base_url=self.base_url,
                       timeout=self.timeout if timeout is _NOT_GIVEN else timeout,
                       max_retries=self.max_retries if max_retries is _NOT_GIVEN else max_retries,
                       default_headers=self.default_headers, provider=provider or self._provider)
        c._calls = self._calls
        return c

    with_options = copy


class AsyncOpenAI(_BaseClient):
    # A property, not an attribute made in __init__ (the SDK's cached_property):
    # client -> chat -> completions -> client would be a reference cycle, and
    # Turnstile has no cycle collector.
    @property
    def chat(self):
        return AsyncChat(self)

    async def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class OpenAI(_BaseClient):
    @property
    def chat(self):  # see AsyncOpenAI.chat
        return Chat(self)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
