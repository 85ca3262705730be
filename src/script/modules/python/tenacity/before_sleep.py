"""Callbacks run just before sleeping between two attempts
(Retrying(before_sleep=...)); retry_state.next_action.sleep is the wait."""

from tenacity.before import _fn_name


def before_sleep_nothing(retry_state):
    """Do nothing (Retrying's default is before_sleep=None)."""


def before_sleep_log(logger, log_level, exc_info=False):
    """logger.log(log_level, ..., exc_info=...) before each sleep."""

    def log_it(retry_state):
        if retry_state.outcome is None:
            raise RuntimeError("log_it() called before outcome was set")
        if retry_state.next_action is None:
            raise RuntimeError("log_it() called before next_action was set")
        outcome = retry_state.outcome
        if outcome.failed:
            ex = outcome.exception()
            verb = "raised"
            value = "%s: %s" % (type(ex).__name__, ex)
            local_exc_info = ex if exc_info else False
        else:
            verb = "returned"
            value = outcome.result()
            local_exc_info = False
        logger.log(
            log_level,
            "Retrying %s in %s seconds as it %s %s."
            % (_fn_name(retry_state), retry_state.next_action.sleep, verb, value),
            exc_info=local_exc_info,
        )

    return log_it
