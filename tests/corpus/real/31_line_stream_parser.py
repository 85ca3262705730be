# shape: stream framing: an async iterator class reads fake network chunks (split mid-line) and yields complete lines, like a StreamReader.readline loop
import asyncio
import json

CHUNKS = ['{"id": 1, "ev', 'ent": "login"}\n{"id": 2, "event": "cl', 'ick"}\n', '{"id": 3, "event": "logout"}\n{"id": 4', ', "event": "crash"}']


class FakeSocket:
    def __init__(self, chunks, latency):
        self.chunks = list(chunks)
        self.latency = latency

    async def recv(self):
        await asyncio.sleep(self.latency)
        return self.chunks.pop(0) if self.chunks else ""


class Lines:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = ""

    def __aiter__(self):
        return self

    async def __anext__(self):
        while "\n" not in self.buffer:
            data = await self.sock.recv()
            if not data:
                if self.buffer:
                    line, self.buffer = self.buffer, ""
                    return line
                raise StopAsyncIteration
            self.buffer += data
        line, _, self.buffer = self.buffer.partition("\n")
        return line


async def main():
    loop = asyncio.get_running_loop()
    events = []
    async for line in Lines(FakeSocket(CHUNKS, 0.3)):
        record = json.loads(line)
        events.append(record["event"])
        print(f"{loop.time():.1f} line {record}")
    print("events:", events)


asyncio.run(main())
