"""The SDK's constants (openai-python v1, src/openai/_constants.py)."""

DEFAULT_TIMEOUT = 600.0  # the SDK's httpx.Timeout(timeout=600, connect=5.0), as one number
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
