"""The HTTP-ish objects simulated services answer with (shaped like httpx's,
which is what the openai SDK hands around: e.response, e.request)."""

import json

REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class Request:
    def __init__(self, method, url, body=None):
        self.method = method
        self.url = url
        self.body = body

    def __repr__(self):
        return "<Request(%r, %r)>" % (self.method, self.url)


class Response:
    """status_code, headers (a dict with lower-case names), json(), text."""

    def __init__(self, status_code, headers=None, body=None, request=None):
        self.status_code = status_code
        self.headers = {} if headers is None else headers
        self.body = body
        self.request = request

    @property
    def reason_phrase(self):
        return REASONS.get(self.status_code, "")

    @property
    def is_success(self):
        return 200 <= self.status_code < 300

    def json(self):
        return self.body

    @property
    def text(self):
        if self.body is None:
            return ""
        return json.dumps(self.body)

    def __repr__(self):
        return "<Response [%d %s]>" % (self.status_code, self.reason_phrase)
