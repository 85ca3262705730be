"""Callbacks run before each attempt (Retrying(before=...))."""

from tenacity import _utils


def before_nothing(retry_state):
    """The default: do nothing."""


def before_log(logger, log_level):
    """logger.log(log_level, ...) before each attempt."""

    def log_it(retry_state):
        logger.log(
            log_level,
            "Starting call to '%s', this is the %s time calling it."
            % (_fn_name(retry_state), _utils.to_ordinal(retry_state.attempt_number)),
        )

    return log_it


def _fn_name(retry_state):
    if retry_state.fn is None:
        return "<unknown>"
    return _utils.get_callback_name(retry_state.fn)
