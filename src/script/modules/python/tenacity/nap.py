"""How Retrying sleeps between attempts."""

import time


def sleep(seconds):
    """The default sleep of Retrying: time.sleep, looked up at each call (so
    on the virtual clock it advances virtual time)."""
    time.sleep(seconds)


class sleep_using_event:
    """Sleep by waiting on an event (returns early if the event is set)."""

    def __init__(self, event):
        self.event = event

    def __call__(self, timeout):
        self.event.wait(timeout=timeout)
