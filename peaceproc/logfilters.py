"""Logging filters named in settings.LOGGING."""

import logging


class OneLineWarning(logging.Filter):
    """Turns a record into a WARNING without its traceback: for refusals a client causes
    on purpose (a wrong Host header), which must not flood the log with tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True
