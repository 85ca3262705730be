# pins: @dataclass(order=True) compares field tuples in order, repr lists fields, eq, sorting jobs by (priority, name); field(compare=False)
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str
    payload: dict = field(default_factory=dict, compare=False, repr=False)


jobs = [Job(2, "write"), Job(1, "read", {"k": 1}), Job(2, "delete"), Job(0, "boot")]
print(sorted(jobs))
print(Job(1, "a") < Job(1, "b"), Job(1, "a", {"x": 1}) == Job(1, "a"))
print(max(jobs))
print([f.name for f in dataclasses.fields(Job)])
try:
    Job(1, "a") < (1, "a")
except TypeError as e:
    print("TypeError:", e)
