# pins: uuid4() reads os.urandom (not the seeded random), so deterministic ids are built as uuid.UUID(int=random.getrandbits(128), version=4); UUID fields and formats
import random
import uuid


def seeded_uuid4():
    return uuid.UUID(int=random.getrandbits(128), version=4)


ids = [seeded_uuid4() for _ in range(3)]
for u in ids:
    print(u, u.version, u.variant)
u = ids[0]
print(u.hex, len(u.bytes), str(u).count("-"), repr(uuid.UUID("12345678-1234-5678-1234-567812345678")))
print(uuid.UUID(int=0), uuid.NAMESPACE_DNS)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://x"))
print(uuid.uuid4().version, len(str(uuid.uuid4())))
print(sorted(ids)[0] == min(ids), uuid.UUID(str(u)) == u)
