# shape: breadth-first web crawler with a fake fetch (sleep instead of network), a seen-set, a depth limit and a concurrency semaphore
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop/cart"],
    "/shop": ["/shop/cart", "/shop/item"],
    "/shop/cart": [],
    "/shop/item": ["/shop/cart", "/missing"],
    "/team": [],
}


class NotFound(Exception):
    pass


async def fetch(path):
    await asyncio.sleep(0.1 + 0.05 * len(path))
    if path not in SITE:
        raise NotFound(path)
    return SITE[path]


async def crawl(start, max_depth, limit):
    sem = asyncio.Semaphore(limit)
    seen = {start}
    order = []
    frontier = [start]
    depth = 0
    loop = asyncio.get_running_loop()

    async def visit(path):
        async with sem:
            try:
                links = await fetch(path)
            except NotFound as e:
                print(f"{loop.time():.2f} 404 {e}")
                return []
            order.append(path)
            print(f"{loop.time():.2f} fetched {path} -> {len(links)} links")
            return links

    while frontier and depth <= max_depth:
        results = await asyncio.gather(*(visit(p) for p in frontier))
        next_frontier = []
        for links in results:
            for link in links:
                if link not in seen:
                    seen.add(link)
                    next_frontier.append(link)
        print(f"depth {depth} done, {len(next_frontier)} new")
        frontier = next_frontier
        depth += 1
    return order, sorted(seen)


order, seen = asyncio.run(crawl("/", 3, 2))
print("crawl order:", order)
print("seen:", seen)
