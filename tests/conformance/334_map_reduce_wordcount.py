# pins: whole program: map-reduce word count: text split into chunks, mapped concurrently by workers (Counter per chunk), reduced by summing Counters
import asyncio
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away over the hill while the lazy dog sleeps
a quick brown dog chases a quick red fox"""


async def mapper(chunk_id, words):
    await asyncio.sleep(0.1 * len(words) / 5)
    counts = Counter(w.strip(".,") for w in words)
    print(f"{asyncio.get_running_loop().time():.2f} mapped chunk {chunk_id}: {len(words)} words, {len(counts)} distinct")
    return counts


def chunks(words, size):
    for i in range(0, len(words), size):
        yield words[i:i + size]


async def main():
    words = TEXT.split()
    partials = await asyncio.gather(*(mapper(i, c) for i, c in enumerate(chunks(words, 8))))
    total = sum(partials, Counter())
    print("top 5:", total.most_common(5))
    print("distinct:", len(total), "total:", sum(total.values()))
    print("only once:", sorted(w for w, n in total.items() if n == 1))


asyncio.run(main())
