# pins: awaiting a task that raised re-raises the same exception object; exception args, done/exception state
import asyncio

class ServiceError(Exception):
    def __init__(self, service, code):
        super().__init__(f"{service} returned {code}")
        self.service = service
        self.code = code

async def call(service, code, d):
    await asyncio.sleep(d)
    if code >= 500:
        raise ServiceError(service, code)
    return (service, code)

async def main():
    t_ok = asyncio.create_task(call("auth", 200, 0.1))
    t_bad = asyncio.create_task(call("billing", 503, 0.2))
    print(await t_ok)
    try:
        await t_bad
    except ServiceError as e:
        print("caught:", e, "| args:", e.args, "| code:", e.code, "| same object:", e is t_bad.exception())
    print(t_bad.done(), t_bad.cancelled(), repr(t_bad.exception()), t_ok.exception())
    try:
        t_bad.result()
    except ServiceError as e:
        print("result() re-raises:", e.service)
    t_new = asyncio.create_task(call("x", 1, 1))
    try:
        t_new.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t_new

asyncio.run(main())
