# A flaky API: the first two calls fail with ConnectionError, the third
# succeeds. @retry(stop=stop_after_attempt(5)) keeps calling until it works
# (no wait between attempts here: the default is wait_none()).
from tenacity import retry, stop_after_attempt

calls = 0


@retry(stop=stop_after_attempt(5))
def get_user(user_id):
    """Fetch a user record from a service that is still warming up."""
    global calls
    calls += 1
    print("attempt", calls, "for user", user_id)
    if calls < 3:
        raise ConnectionError("service unavailable")
    return {"id": user_id, "name": "ada"}


print(get_user(7))
print("calls:", calls)
print("name and doc kept by the decorator:", get_user.__name__, "-", get_user.__doc__)
print("statistics:", get_user.retry.statistics)
