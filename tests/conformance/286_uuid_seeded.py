# pins: uuid: uuid4() seeded from the run's seed (its own generator: random calls do not shift it), UUID from hex/int/fields with version, str/repr/hex/urn/int/fields/time/clock_seq/node/variant/version, ordering, hashing, immutability, uuid3/uuid5 (MD5/SHA-1 of the namespace and a UTF-8 name), the namespaces, errors; ids as task and request keys
import asyncio
import random
import uuid

a = uuid.uuid4()
random.random()
b = uuid.uuid4()
print(a, b, a.version, a.variant, a != b, len(a.hex), str(a).count("-"))
print(repr(a), a.urn, a.hex == str(a).replace("-", ""), uuid.UUID(str(a)) == a, uuid.UUID(a.hex) == a)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.int, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version, int(u) == u.int, u.is_safe)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.UUID("12345678123456781234567812345678".upper()), uuid.UUID(int=0), uuid.UUID(int=2**128 - 1))
print(uuid.UUID(int=1, version=4), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(u.hex, version=1).version)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(hash(u) == hash(uuid.UUID(str(u))), {u: "found"}[uuid.UUID(u.hex)], u == str(u), u in [u], len({u, uuid.UUID(str(u))}))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "café ✓" * 20), uuid.uuid3(uuid.NAMESPACE_DNS, ""))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "x").version, uuid.uuid3(uuid.NAMESPACE_DNS, "x").version)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.safe)
for bad in [lambda: uuid.UUID("nope"), lambda: uuid.UUID("1234"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=2**128), lambda: uuid.UUID(int=5, version=6), lambda: uuid.UUID(hex="0" * 32, int=1),
            lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)


async def handle(request_id, delay):
    await asyncio.sleep(delay)
    return request_id


async def main():
    ids = [uuid.uuid4() for _ in range(3)]
    tasks = {i: asyncio.create_task(handle(i, d)) for i, d in zip(ids, (0.3, 0.1, 0.2))}
    done = []
    for coro in asyncio.as_completed(list(tasks.values())):
        done.append(await coro)
    print([str(i)[:8] for i in done], [ids.index(i) for i in done])


asyncio.run(main())
