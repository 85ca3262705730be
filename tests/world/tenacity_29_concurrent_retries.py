# Several retrying downloads at once. Each task sleeps (asyncio.sleep)
# between its own attempts, and the others run meanwhile: the stamps show
# the attempts interleaving on one event loop.
import asyncio

from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

failures = {"img1": 1, "img2": 3, "img3": 0}


def make_downloader(wait):
    @retry(stop=stop_after_attempt(5), wait=wait_fixed(wait),
           retry=retry_if_exception_type(ConnectionError))
    async def download(name):
        await asyncio.sleep(0.05)
        if failures[name]:
            failures[name] -= 1
            print(name, "failed")
            raise ConnectionError(name)
        print(name, "done")
        return name.upper()
    return download


async def main():
    d1, d2, d3 = make_downloader(0.3), make_downloader(0.7), make_downloader(0.1)
    results = await asyncio.gather(d1("img1"), d2("img2"), d3("img3"))
    print(results)
    for d in (d1, d2, d3):
        s = d.retry.statistics
        print(s["attempt_number"], round(s["idle_for"], 3))


asyncio.run(main())
