# tqdm_asyncio.as_completed: handle results as soon as they are ready, with
# a bar counting the finished ones. (The bar counts an item when the loop
# asks for the next one, i.e. after you have handled it.)
import asyncio

from tqdm.asyncio import tqdm_asyncio


async def resize(name, seconds):
    await asyncio.sleep(seconds)
    return name + ".thumb"


async def main():
    jobs = [resize("cat.jpg", 0.9), resize("dog.jpg", 0.3), resize("owl.jpg", 0.6)]
    loop = asyncio.get_running_loop()
    for next_done in tqdm_asyncio.as_completed(jobs, desc="thumbnails"):
        thumb = await next_done
        print("%.1f ready: %s" % (loop.time(), thumb))


asyncio.run(main())
