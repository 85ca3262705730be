# pins: whole program: circuit breaker (closed -> open -> half-open) around an unreliable service, with an Enum state and time-based reset
import asyncio
import enum


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class BreakerOpen(Exception):
    pass


class CircuitBreaker:
    def __init__(self, max_failures, reset_after):
        self.max_failures = max_failures
        self.reset_after = reset_after
        self.failures = 0
        self.state = State.CLOSED
        self.opened_at = None

    async def call(self, fn, *args):
        loop = asyncio.get_running_loop()
        if self.state is State.OPEN:
            if loop.time() - self.opened_at >= self.reset_after:
                self._move(State.HALF_OPEN)
            else:
                raise BreakerOpen(f"open for {self.reset_after - (loop.time() - self.opened_at):.1f}s more")
        try:
            result = await fn(*args)
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.max_failures:
                self.opened_at = loop.time()
                self._move(State.OPEN)
            raise
        self.failures = 0
        if self.state is State.HALF_OPEN:
            self._move(State.CLOSED)
        return result

    def _move(self, state):
        print(f"    breaker {self.state.value} -> {state.value}")
        self.state = state


healthy_after = 4.0


async def service(i):
    await asyncio.sleep(0.2)
    if asyncio.get_running_loop().time() < healthy_after:
        raise ConnectionError(f"request {i} refused")
    return f"response {i}"


async def main():
    breaker = CircuitBreaker(max_failures=2, reset_after=1.5)
    loop = asyncio.get_running_loop()
    for i in range(12):
        try:
            print(f"{loop.time():.1f} ok:", await breaker.call(service, i))
        except BreakerOpen as e:
            print(f"{loop.time():.1f} rejected: {e}")
        except ConnectionError as e:
            print(f"{loop.time():.1f} error: {e}")
        await asyncio.sleep(0.5)


asyncio.run(main())
