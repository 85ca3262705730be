# pins: generator.send(): the first send must be None, each send resumes at the yield with the sent value; a running average coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(avg.send(None))
for v in [10, 20, 60, 5]:
    print("sent", v, "avg", avg.send(v))
g = averager()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
