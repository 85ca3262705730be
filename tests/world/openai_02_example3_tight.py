# The seed's Example 3 against a tight provider: 60 RPM enforced per second
# (a bucket of 1, refilled once a second). Semaphore(10) does not protect
# from a rate limit: most first attempts get a 429, the SDK retries each by
# itself twice (honouring retry-after: 1), and only what still fails reaches
# tenacity's wait_fixed(2). The code is the seed's, verbatim, after the
# configure() call; the last lines count what the provider saw.
import turnstile

turnstile.configure(rpm=60, enforce="second")

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
print("requests seen by the provider:", stats["requests"])
print("accepted:", stats["accepted"], "rejected:", stats["rejected"])
