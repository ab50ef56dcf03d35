"""Pure look-ups done once per ingestion batch instead of once per record.

Within ``once_per_batch()``, two things Odoo repeats for every record it
creates are memoised, keyed by all of their inputs, so every record still
gets exactly the value Odoo would have given it:

- HTML sanitising (``odoo.fields.Html``): a chatter note's or an e-mail's
  body is sanitised for its INSERT and again for the cache, and a mail's
  inherited message body a third time; a list's notes all have the same
  body. ``html_sanitize`` is a pure function of its text and options.
- the user's and company's ``ir.default`` values of a model, which
  ``default_get`` asks for per record through an ``ormcache`` whose
  argument binding alone costs more than the defaults (``ir_default.py``).

Outside a batch (or in another thread) nothing changes."""

import contextvars
from contextlib import contextmanager

from odoo import fields
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


def _html_sanitize(src, *args, **options):
    if not src:
        return mail.html_sanitize(src, *args, **options)
    # The type too: a Markup and a str of the same text are not sanitised alike.
    key = ("html_sanitize", type(src), src, args, tuple(sorted(options.items())))
    return memoized(key, lambda: mail.html_sanitize(src, *args, **options))


# What ``fields.Html`` calls (by its module-level name); the same function outside a batch.
fields.html_sanitize = _html_sanitize
