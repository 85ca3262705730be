"""Turnstile's openai: the openai-python v1 client, against simulated providers.

    from openai import AsyncOpenAI
    client = AsyncOpenAI()
    r = await client.chat.completions.create(model="gpt-4o-mini",
                                             messages=[{"role": "user", "content": "Hi"}])
    r.choices[0].message.content, r.usage.total_tokens

The requests go to a turnstile.Provider on the virtual clock (the default one
is turnstile.default_provider(): 500 RPM, 200,000 TPM); the SDK's own retries
are those of the real one (see openai._base_client). Modules: _client
(OpenAI, AsyncOpenAI), resources.chat (chat.completions.create), _base_client
(the request loop and retries), _streaming (Stream, AsyncStream), _models
(the response objects), _exceptions, _constants.
"""

from openai._client import AsyncOpenAI, OpenAI  # noqa: F401
from openai._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT  # noqa: F401
from openai._exceptions import (  # noqa: F401
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__version__ = "1.54.0"  # the v1 API this package is shaped like
