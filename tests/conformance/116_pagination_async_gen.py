# pins: a whole program, paginated API client as an async generator: follows "next" cursors, yields items one by one, the caller stops early with a limit
import asyncio

PAGES = {
    None: {"items": ["u1", "u2", "u3"], "next": "c1"},
    "c1": {"items": ["u4", "u5"], "next": "c2"},
    "c2": {"items": ["u6", "u7", "u8"], "next": "c3"},
    "c3": {"items": ["u9"], "next": None},
}


async def get_page(cursor):
    await asyncio.sleep(0.4)
    print(f"  {asyncio.get_running_loop().time():.1f} GET /users?cursor={cursor}")
    return PAGES[cursor]


async def all_users():
    cursor = None
    try:
        while True:
            page = await get_page(cursor)
            for item in page["items"]:
                yield item
            cursor = page["next"]
            if cursor is None:
                return
    finally:
        print("  pager closed")


async def take(agen, n):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == n:
            break
    await agen.aclose()
    return out


async def main():
    print("first five:", await take(all_users(), 5))
    print("everything:", [u async for u in all_users()])


asyncio.run(main())
