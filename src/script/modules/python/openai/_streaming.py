"""Streamed responses (stream=True): iterators of ChatCompletionChunk.

    async for chunk in await client.chat.completions.create(..., stream=True):
        print(chunk.choices[0].delta.content or "", end="")

AsyncStream is consumed with `async for` (AsyncOpenAI), Stream with `for`
(OpenAI). Each chunk arrives on the provider's schedule (see
turnstile.provider: the words spread evenly over the request's latency).
Both also work as context managers, as the SDK's do; close() stops reading.
"""

from openai._models import ChatCompletionChunk


class AsyncStream:
    def __init__(self, response):
        self.response = response
        self._chunks = response.json()

    def __aiter__(self):
        return self

    async def __anext__(self):
        body = await self._chunks.__anext__()
        return ChatCompletionChunk.from_body(body)

    async def close(self):
        await self._chunks.aclose()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class Stream:
    def __init__(self, response):
        self.response = response
        self._chunks = response.json()

    def __iter__(self):
        return self

    def __next__(self):
        return ChatCompletionChunk.from_body(next(self._chunks))

    def close(self):
        self._chunks.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
