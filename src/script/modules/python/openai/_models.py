"""The response objects: plain classes shaped like the SDK's pydantic models
(attribute access, a pydantic-style repr, model_dump()). Fields not simulated
(audio, tool calls, service tiers, token details) are left out."""


class BaseModel:
    _fields = ()
    _name = None  # the SDK's class name, when two of them share one

    def __init__(self, **data):
        for name in self._fields:
            setattr(self, name, data.get(name))

    def __repr__(self):
        fields = ", ".join("%s=%r" % (n, getattr(self, n)) for n in self._fields)
        return "%s(%s)" % (self._name or type(self).__name__, fields)

    def __eq__(self, other):
        return type(self) is type(other) and self.model_dump() == other.model_dump()

    def model_dump(self):
        return {n: _dump(getattr(self, n)) for n in self._fields}

    def to_dict(self):
        return self.model_dump()


def _dump(v):
    if isinstance(v, BaseModel):
        return v.model_dump()
    if isinstance(v, list):
        return [_dump(x) for x in v]
    return v


class CompletionUsage(BaseModel):
    _fields = ("completion_tokens", "prompt_tokens", "total_tokens")


class ChatCompletionMessage(BaseModel):
    _fields = ("content", "refusal", "role")


class Choice(BaseModel):
    _fields = ("finish_reason", "index", "logprobs", "message")


class ChatCompletion(BaseModel):
    _fields = ("id", "choices", "created", "model", "object", "usage")

    @classmethod
    def from_body(cls, body):
        choices = []
        for c in body["choices"]:
            m = c["message"]
            choices.append(Choice(finish_reason=c["finish_reason"], index=c["index"], logprobs=c["logprobs"],
                                  message=ChatCompletionMessage(content=m["content"], refusal=m["refusal"],
                                                                role=m["role"])))
        u = body["usage"]
        return cls(id=body["id"], choices=choices, created=body["created"], model=body["model"],
                   object=body["object"],
                   usage=CompletionUsage(completion_tokens=u["completion_tokens"], prompt_tokens=u["prompt_tokens"],
                                         total_tokens=u["total_tokens"]))


class ChoiceDelta(BaseModel):
    _fields = ("content", "refusal", "role")


class ChunkChoice(BaseModel):
    _fields = ("delta", "finish_reason", "index", "logprobs")
    _name = "Choice"  # openai.types.chat.chat_completion_chunk.Choice


class ChatCompletionChunk(BaseModel):
    _fields = ("id", "choices", "created", "model", "object")

    @classmethod
    def from_body(cls, body):
        choices = []
        for c in body["choices"]:
            d = c["delta"]
            choices.append(ChunkChoice(delta=ChoiceDelta(content=d.get("content"), refusal=d.get("refusal"),
                                                         role=d.get("role")),
                                       finish_reason=c["finish_reason"], index=c["index"], logprobs=c["logprobs"]))
        return cls(id=body["id"], choices=choices, created=body["created"], model=body["model"],
                   object=body["object"])
