# A TPM-bound run: long prompts and max_tokens=500 charge ~800 tokens each
# against 6,000 tokens per minute, so the token bucket, not the request
# bucket, decides the pace. Each 429 names the TPM limit.
import asyncio

from openai import AsyncOpenAI, RateLimitError
from turnstile import Provider

provider = Provider(rpm=500, tpm=6000, latency=1.0)
client = AsyncOpenAI(provider=provider, max_retries=0)
prompt = "Summarise this document. " + "lorem ipsum dolor sit amet " * 45


async def one(i):
    try:
        r = await client.chat.completions.create(model="gpt-4o-mini",
                                                 messages=[{"role": "user", "content": prompt}], max_tokens=500)
        return r.usage.prompt_tokens
    except RateLimitError as e:
        return e.type


async def main():
    for wave in range(3):
        results = await asyncio.gather(*[one(i) for i in range(8)])
        print("wave", wave, results)
        await asyncio.sleep(20)
    s = provider.stats()
    print("tokens used:", s["tokens_used"], "per minute:", s["tokens_per_minute"])
    print("rejected:", s["rejected"])
    try:
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt * 9}],
                                             max_tokens=500)
    except RateLimitError as e:
        print(e.body["message"])


asyncio.run(main())
