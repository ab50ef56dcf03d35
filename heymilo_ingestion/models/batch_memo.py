"""Pure functions computed once per ingestion batch instead of once per record.

Within ``once_per_batch()``, what Odoo repeats for every record it creates
is memoised, keyed by all of its inputs, so every record still gets exactly
the value Odoo would have given it:

- HTML sanitising (``odoo.fields.Html``): a chatter note's or an e-mail's
  body is sanitised for its INSERT and again for the cache, and a mail's
  inherited message body a third time; a list's notes all have the same
  body. ``html_sanitize`` is a pure function of its text and options.
- phone formatting (``phone_validation``): a contact's and its candidate's
  sanitised phone are the same number formatted twice.
- the user's and company's ``ir.default`` values of a model, which
  ``default_get`` asks for per record through an ``ormcache`` whose
  argument binding alone costs more than the defaults (``ir_default.py``).

Outside a batch (or in another thread) the functions are called as before.
A call that raises is not memoised."""

import contextvars
import functools
from contextlib import contextmanager

from odoo import fields
from odoo.addons.phone_validation.tools import phone_validation
from odoo.tools import mail

_MEMO = contextvars.ContextVar("heymilo_batch_memo", default=None)


@contextmanager
def once_per_batch():
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def memoized(key, compute):
    """``compute()``, or its result for ``key`` earlier in this batch."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _memoizing(function):
    @functools.wraps(function)
    def once(*args, **kwargs):
        if _MEMO.get() is None:  # outside a batch: as it was, without building a key
            return function(*args, **kwargs)
        # Types too: a Markup and a str of the same text are not the same input.
        key = (function, tuple((type(arg), arg) for arg in args), tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:  # an input that cannot be a key (a list...): not memoised
            return function(*args, **kwargs)
        return memoized(key, lambda: function(*args, **kwargs))

    return once


# The names ``fields.Html`` and ``_phone_format_number`` call them by.
fields.html_sanitize = _memoizing(mail.html_sanitize)
phone_validation.phone_format = _memoizing(phone_validation.phone_format)
