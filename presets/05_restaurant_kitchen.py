import asyncio
from asyncio import Semaphore

# One virtual second stands for one minute.

async def drive_to_restaurant(name: str, minutes: int):
    await asyncio.sleep(minutes)

async def kitchen_cook_order(name: str):
    print(f"{name}: kitchen is cooking the order")
    await asyncio.sleep(10)  # Takes 10 minutes
    print(f"{name}: order is ready")

async def deliver_to_customer(name: str, minutes: int):
    await asyncio.sleep(minutes)

async def delivery_driver(name: str, sem: Semaphore, drive: int, deliver: int):
    # 🚗 Unrestricted: All 6 drivers drive to restaurant simultaneously
    print(f"{name}: driving to the restaurant")
    await drive_to_restaurant(name, drive)
    print(f"{name}: arrived, waiting for the kitchen")

    # 🍳 GATE: Only 3 orders can be cooked at once (kitchen capacity)
    async with sem:
        await kitchen_cook_order(name)

    # 🚗 Unrestricted: All 6 drivers deliver simultaneously
    print(f"{name}: delivering")
    await deliver_to_customer(name, deliver)
    print(f"{name}: delivered!")

async def main():
    sem = Semaphore(3)  # Kitchen capacity = 3 orders at once
    drivers = [delivery_driver(f"Driver-{i}", sem, drive=1 + i % 3, deliver=5 + i)
               for i in range(6)]
    await asyncio.gather(*drivers)
    print("All 6 orders delivered")

asyncio.run(main())
