"""Logging filters named in settings.LOGGING."""

import logging


class OneLineWarning(logging.Filter):
    """Turns a record into a WARNING without its traceback: for refusals a client causes
    on purpose (a wrong Host header), which must not flood the log with tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


class RefusalWithoutTraceback(logging.Filter):
    """Drops the traceback of a refusal Django logs for a 4xx (a Viewer's 403 on a page
    that needs more rights): the one line says what happened, the stack says nothing more.
    Errors (5xx) keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR and record.exc_info:
            record.exc_info, record.exc_text = None, None
        return True
