# @retry without parentheses: retry on any Exception, forever, with no wait.
# Handy for tests, dangerous in production (nothing ever gives up).
from tenacity import retry

state = {"n": 0}


@retry
def roll_until_six():
    state["n"] += 1
    face = [2, 5, 1, 6][state["n"] - 1]
    print("rolled", face)
    if face != 6:
        raise ValueError("not a six")
    return face


print("got", roll_until_six(), "after", state["n"], "rolls")
print("attempts recorded:", roll_until_six.retry.statistics["attempt_number"])
