"""The SDK's exception tree (openai-python v1, src/openai/_exceptions.py).

    OpenAIError
      APIError(message, request, body)          .message .request .body .code .param .type
        APIStatusError(message, response, body) .response .status_code .request_id
          BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
          NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
          RateLimitError 429, InternalServerError >= 500
        APIConnectionError                      "Connection error."
          APITimeoutError                       "Request timed out."

str(e) is the message: for a status error "Error code: 429 - {'error': {...}}"
(the whole JSON body), while e.body is the body's inner "error" object, as
the SDK's _make_status_error unwraps it.
"""


class OpenAIError(Exception):
    pass


class APIError(OpenAIError):
    def __init__(self, message, request, *, body):
        OpenAIError.__init__(self, message)
        self.request = request
        self.message = message
        self.body = body
        if isinstance(body, dict):
            self.code = body.get("code")
            self.param = body.get("param")
            self.type = body.get("type")
        else:
            self.code = None
            self.param = None
            self.type = None


class APIStatusError(APIError):
    """Raised when an API response has a status code of 4xx or 5xx."""

    def __init__(self, message, *, response, body):
        APIError.__init__(self, message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message="Connection error.", request):
        APIError.__init__(self, message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request):
        APIConnectionError.__init__(self, message="Request timed out.", request=request)


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response):
    """The exception for a 4xx/5xx response, as the SDK builds it
    (_base_client._make_status_error_from_response, then the client's
    _make_status_error): the message shows the whole body, e.body is its
    "error" member."""
    body = response.json()
    if body is None:
        message = "Error code: %d" % response.status_code
    else:
        message = "Error code: %d - %s" % (response.status_code, body)
    data = body.get("error", body) if isinstance(body, dict) else body
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=response, body=data)
