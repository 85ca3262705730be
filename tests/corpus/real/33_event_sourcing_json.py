# shape: event sourcing: commands produce JSON events appended to a log by an async writer; state is rebuilt by replaying the log
import asyncio
import json


class EventStore:
    def __init__(self):
        self.lines = []

    async def append(self, event):
        await asyncio.sleep(0.05)
        self.lines.append(json.dumps(event, sort_keys=True))

    def replay(self):
        for line in self.lines:
            yield json.loads(line)


def apply(state, event):
    kind = event["type"]
    if kind == "opened":
        state[event["account"]] = 0
    elif kind == "deposited":
        state[event["account"]] += event["amount"]
    elif kind == "withdrawn":
        state[event["account"]] -= event["amount"]
    return state


async def handle(store, seq, cmd):
    loop = asyncio.get_running_loop()
    event = dict(cmd, seq=seq, at=round(loop.time(), 2))
    await store.append(event)
    print(f"{loop.time():.2f} stored {store.lines[-1]}")


async def main():
    store = EventStore()
    commands = [
        {"type": "opened", "account": "A1"},
        {"type": "deposited", "account": "A1", "amount": 50},
        {"type": "opened", "account": "B2"},
        {"type": "deposited", "account": "B2", "amount": 20.5},
        {"type": "withdrawn", "account": "A1", "amount": 15},
    ]
    for seq, cmd in enumerate(commands):
        await handle(store, seq, cmd)
    state = {}
    for event in store.replay():
        apply(state, event)
    print("rebuilt:", json.dumps(state))
    print("log size:", sum(len(l) for l in store.lines), "bytes")


asyncio.run(main())
