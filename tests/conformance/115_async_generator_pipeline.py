# pins: a whole program, streaming pipeline of async generators (source -> parse -> filter -> batch -> sink) with per-stage latency
import asyncio

RAW = ["temp=21.5", "temp=22.1", "bad-line", "temp=35.0", "hum=40", "temp=19.9", "temp=23.3", "temp=24.0"]


async def source(lines):
    for line in lines:
        await asyncio.sleep(0.2)
        yield line


async def parse(stream):
    async for line in stream:
        key, sep, value = line.partition("=")
        if not sep:
            print("  parse: dropping", repr(line))
            continue
        yield key, float(value)


async def only(stream, wanted):
    async for key, value in stream:
        if key == wanted:
            yield value


async def batches(stream, size):
    batch = []
    async for value in stream:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def main():
    loop = asyncio.get_running_loop()
    async for batch in batches(only(parse(source(RAW)), "temp"), 2):
        await asyncio.sleep(0.05)
        print(f"{loop.time():.2f} batch {batch} avg {sum(batch) / len(batch):.2f}")


asyncio.run(main())
