# pins: re in real asyncio shapes: a Retry-After header, log lines parsed into dicts, JSON pulled from an LLM answer with a lazy \{.*?\} and DOTALL, tokenizing, validating inputs inside tasks
import asyncio
import json
import re

RETRY = re.compile(r"^Retry-After:\s*(\d+)\s*$", re.I | re.M)
LOG = re.compile(r"(?P<time>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<name>[\w.]+): (?P<msg>.*)")
ANSWER = '''Sure! Here is the result you asked for:
```json
{"city": "Paris",
 "temp": 21.5, "tags": ["sunny", "warm"]}
```
and a second one {"ok": true} at the end.'''

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    headers = "HTTP/1.1 429 Too Many Requests\nretry-after: %d\nX-Id: %d" % (20 * i, i)
    m = RETRY.search(headers)
    return int(m.group(1)) if m else None

async def parse_logs(lines, q):
    for line in lines:
        m = LOG.match(line)
        await q.put(m.groupdict() if m else {"unparsed": line})
    await q.put(None)

async def main():
    print(await asyncio.gather(*(fetch(i) for i in range(1, 4))))
    q = asyncio.Queue()
    lines = [
        "12:00:01 [INFO] app.server: listening on :8080",
        "12:00:02 [WARNING] app.db: slow query (1.2 s)",
        "garbage line",
        "12:00:03 [ERROR] app: failed: timeout=30s",
    ]
    asyncio.create_task(parse_logs(lines, q))
    while True:
        item = await q.get()
        if item is None:
            break
        print(item)
    blobs = re.findall(r"\{.*?\}", ANSWER, re.DOTALL)
    print(len(blobs), [json.loads(b) for b in blobs])
    m = re.search(r"```json\s*(\{.*\})\s*```", ANSWER, re.S)
    print(json.loads(m.group(1))["tags"])
    tokens = re.findall(r"\d+\.\d+|\d+|[A-Za-z_]\w*|[-+*/()=]", "x = 3.5 * (y + 42)")
    print(tokens)
    for s in ["2024-01-31", "2024-1-31", "31/01/2024"]:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        print(s, m.groups() if m else "invalid")
    print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
    words = re.split(r"[\s,;]+", "alpha, beta;gamma  delta")
    print(words, [w for w in words if re.match(r"[a-g]", w)])
    print(re.sub(r"\s+", " ", "  too   many\n spaces ").strip())
    kv = dict(re.findall(r"(\w+)=(\"[^\"]*\"|\S+)", 'a=1 b="two words" c=x'))
    print(kv)

asyncio.run(main())
