# The seed's Example 3 against the default tier's 500 RPM enforced at
# OpenAI's finer grain: a bucket of ceil(500 / 60) = 9 refilled at 8.33 per
# second. Semaphore(10) with ~1 s calls asks for ~10 per second, a little
# over the limit, so some first attempts get a 429 that the SDK retries by
# itself (retry-after: 1) -- invisible to the code, which prints no error --
# and the provider sees more requests than the 50 the code makes. The code is
# the seed's, verbatim, after the configure() call.
import turnstile

turnstile.configure(enforce="second")

import asyncio
from asyncio import Semaphore
from openai import AsyncOpenAI
from tenacity import retry, stop_after_attempt, wait_fixed

client = AsyncOpenAI()

@retry(stop=stop_after_attempt(3), wait=wait_fixed(2))
async def generate_completion(prompt: str, sem: Semaphore) -> str:
    """Generate completion with rate limiting and retry logic."""
    async with sem:  # Rate limiting
        print(f"🔵 Processing: '{prompt[:30]}...'")

        try:
            response = await client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=50
            )
            result = response.choices[0].message.content
            print(f"✅ Completed: '{prompt[:30]}...'")
            return result

        except Exception as e:
            print(f"❌ Error for '{prompt[:30]}...': {e}")
            raise  # Tenacity will retry

async def main():
    # Limit to 10 concurrent API calls (OpenAI rate limit)
    sem = Semaphore(10)

    # Create 50 prompts
    prompts = [f"Write a haiku about {topic}"
               for topic in ["ocean", "mountain", "forest", "desert", "city"] * 10]

    # Generate all completions (coroutines)
    coros = [generate_completion(prompt, sem) for prompt in prompts]
    results = await asyncio.gather(*coros, return_exceptions=True)

    # Count successes
    successes = [r for r in results if isinstance(r, str)]
    failures = [r for r in results if isinstance(r, Exception)]

    print(f"\n📊 Results:")
    print(f"   ✓ Successful: {len(successes)}")
    print(f"   ✗ Failed: {len(failures)}")

asyncio.run(main())

stats = turnstile.default_provider().stats()
print("requests seen by the provider:", stats["requests"], "for 50 calls")
print("accepted:", stats["accepted"], "rejected by the RPM bucket:", stats["rejected"]["rpm"])
