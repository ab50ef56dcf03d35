"""Logging without personal data (plain Python, no Odoo).

Server logs are kept longer and read by more people than candidate records:
they must not hold names, e-mails or file names (a resume's file name is often
its person's name). Records are logged by id, and an unexpected error by its
type and stack only: an exception's message may quote the data it choked on
(``invalid literal for int(): 'Maria'``, a database error's ``DETAIL``)."""

import logging
import sys
import traceback


def describe_exception(exc):
    """``exc``'s type and where it was raised, with the types of the errors
    that led to it: never its message."""
    lines = []
    while exc is not None:
        frames = "".join(traceback.format_tb(exc.__traceback__))
        lines.append("%s.%s (message withheld)\n%s" % (type(exc).__module__, type(exc).__qualname__, frames))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\nCaused by: ".join(lines)


def log_exception(logger, message, *args, level=logging.ERROR):
    """Like ``logger.exception(message, *args)`` inside an ``except`` block,
    with the exception described by ``describe_exception``."""
    logger.log(level, message + ": %s", *args, describe_exception(sys.exc_info()[1]))
