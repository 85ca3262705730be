# pins: whole program: chat-room simulation: users join/leave, a room broadcasts through per-user queues, everything logged via logging with timestamps
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s.%(msecs)03d %(name)-10s %(message)s", datefmt="%M:%S")


class Room:
    def __init__(self, name):
        self.log = logging.getLogger(f"room.{name}")
        self.members = {}

    def join(self, user):
        self.members[user] = asyncio.Queue()
        self.broadcast("server", f"{user} joined")
        return self.members[user]

    def leave(self, user):
        del self.members[user]
        self.broadcast("server", f"{user} left")

    def broadcast(self, sender, text):
        self.log.info("%s: %s (to %d)", sender, text, len(self.members))
        for user, q in self.members.items():
            if user != sender:
                q.put_nowait((sender, text))


async def user(room, name, script):
    log = logging.getLogger(f"user.{name}")
    inbox = room.join(name)
    received = 0
    for delay, text in script:
        await asyncio.sleep(delay)
        while not inbox.empty():
            inbox.get_nowait()
            received += 1
        room.broadcast(name, text)
    await asyncio.sleep(0.5)
    received += inbox.qsize()
    room.leave(name)
    log.info("left having received %d messages", received)


async def main():
    room = Room("lobby")
    await asyncio.gather(
        user(room, "ann", [(0.2, "hi all"), (1.0, "anyone here?")]),
        user(room, "ben", [(0.5, "hey ann"), (0.4, "bye soon")]),
        user(room, "cat", [(1.5, "late to the party")]),
    )
    logging.getLogger("room.lobby").warning("room empty: %s", not room.members)


asyncio.run(main())
