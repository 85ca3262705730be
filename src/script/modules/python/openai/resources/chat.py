"""client.chat.completions.create (openai-python v1,
src/openai/resources/chat/completions.py), against the client's provider.

    create(*, model, messages, max_tokens=None, max_completion_tokens=None,
           stream=False, timeout=<client's>, temperature=None, ...)

Non-streaming: a ChatCompletion. stream=True: an AsyncStream (async client)
or a Stream (sync client) of ChatCompletionChunk. Sampling parameters
(temperature, top_p, seed, stop, ...) are accepted and do not change the
simulated answer; n must be 1.
"""

from openai._base_client import request_async, request_blocking
from turnstile._events import request_key
from openai._models import ChatCompletion
from openai._streaming import AsyncStream, Stream

_NOT_GIVEN = object()


def _limit(max_tokens, max_completion_tokens, n):
    if n is not None and n != 1:
        raise NotImplementedError("n other than 1 is not simulated")
    return max_completion_tokens if max_tokens is None else max_tokens


class AsyncCompletions:
    def __init__(self, client):
        self._client = client

    async def create(self, *, model, messages, max_tokens=None, max_completion_tokens=None, stream=False,
                     timeout=_NOT_GIVEN, n=None, temperature=None, top_p=None, seed=None, stop=None, user=None,
                     presence_penalty=None, frequency_penalty=None, response_format=None, tools=None,
                     tool_choice=None, logprobs=None, stream_options=None, extra_headers=None, extra_body=None):
        client = self._client
        provider = client._provider
        limit = _limit(max_tokens, max_completion_tokens, n)
        wait = client.timeout if timeout is _NOT_GIVEN else timeout
        if stream:
            async def send():
                return await provider.chat_stream(model, messages, limit, api_key=client.api_key)
            return AsyncStream(await request_async(client, model, True, send, wait, request_key(model, messages)))

        async def send():
            return await provider.chat(model, messages, limit, api_key=client.api_key)
        response = await request_async(client, model, False, send, wait, request_key(model, messages))
        return ChatCompletion.from_body(response.json())


class Completions:
    def __init__(self, client):
        self._client = client

    def create(self, *, model, messages, max_tokens=None, max_completion_tokens=None, stream=False,
               timeout=_NOT_GIVEN, n=None, temperature=None, top_p=None, seed=None, stop=None, user=None,
               presence_penalty=None, frequency_penalty=None, response_format=None, tools=None,
               tool_choice=None, logprobs=None, stream_options=None, extra_headers=None, extra_body=None):
        client = self._client
        provider = client._provider
        limit = _limit(max_tokens, max_completion_tokens, n)
        wait = client.timeout if timeout is _NOT_GIVEN else timeout
        if stream:
            def send(t):
                return provider.chat_stream_blocking(model, messages, limit, t, api_key=client.api_key)
            return Stream(request_blocking(client, model, True, send, wait, request_key(model, messages)))

        def send(t):
            return provider.chat_blocking(model, messages, limit, t, api_key=client.api_key)
        response = request_blocking(client, model, False, send, wait, request_key(model, messages))
        return ChatCompletion.from_body(response.json())


class AsyncChat:
    def __init__(self, client):
        self.completions = AsyncCompletions(client)


class Chat:
    def __init__(self, client):
        self.completions = Completions(client)
