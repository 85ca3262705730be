# Why tqdm.write instead of print: print would leave a half-drawn bar on the
# line above the message when both go to one terminal. tqdm.write erases the
# bar (stderr), writes the message (stdout), then redraws the bar. Here the
# messages go to stdout and the bar to stderr, so compare both outputs.
import asyncio

from tqdm.asyncio import tqdm


async def worker(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    jobs = [worker("backup-db", 1.5), worker("rotate-logs", 0.5), worker("send-report", 1.0)]
    with tqdm(total=len(jobs), desc="nightly") as bar:
        for fut in asyncio.as_completed(jobs):
            name = await fut
            tqdm.write("finished " + name)
            bar.update()
    tqdm.write("all done", end="!\n")


asyncio.run(main())
