# The sync client streams with a plain for loop; every wait is time.sleep.
import time

from openai import OpenAI
from turnstile import Provider

client = OpenAI(provider=Provider(latency=0.8, answer_tokens=(4, 4), seed=5))
stream = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}],
                                        stream=True)
for chunk in stream:
    print("%.1f" % time.monotonic(), repr(chunk.choices[0].delta.content), chunk.choices[0].finish_reason)
r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], max_tokens=3)
print(r.choices[0].message.content, r.choices[0].finish_reason)
