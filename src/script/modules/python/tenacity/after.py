"""Callbacks run after each failed attempt that will be retried (or given up
on): Retrying(after=...)."""

from tenacity import _utils
from tenacity.before import _fn_name


def after_nothing(retry_state):
    """The default: do nothing."""


def after_log(logger, log_level, sec_format="%0.3f"):
    """logger.log(log_level, ...) after each failed attempt."""

    def log_it(retry_state):
        logger.log(
            log_level,
            "Finished call to '%s' after %s(s), this was the %s time calling it."
            % (
                _fn_name(retry_state),
                sec_format % retry_state.seconds_since_start,
                _utils.to_ordinal(retry_state.attempt_number),
            ),
        )

    return log_it
