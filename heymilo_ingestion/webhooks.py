"""Outbound webhooks, signed the Standard Webhooks way (plain Python, no Odoo).

A delivery is signed with ``HMAC-SHA256(secret, "<id>.<timestamp>.<body>")``,
sent in ``webhook-signature: v1,<base64>``; the id stays the same across
retries so that receivers can drop duplicates. Only a 2xx answer counts.
"""

import base64
import email.utils
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

TIMEOUT = 15  # seconds
# Delay before each retry after the first attempt; after the last, give up.
RETRY_DELAYS = (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
EXCERPT = 500
SECRET_PREFIX = "whsec_"


def new_secret():
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _secret_bytes(secret):
    return base64.b64decode(secret[len(SECRET_PREFIX) :] if secret.startswith(SECRET_PREFIX) else secret)


def sign(secret, message_id, timestamp, body):
    """The ``webhook-signature`` header value for ``body`` (bytes)."""
    signed = b"%s.%d.%s" % (message_id.encode(), int(timestamp), body)
    digest = hmac.new(_secret_bytes(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify(secret, headers, body, tolerance=300, now=None):
    """True when ``headers`` carry a valid, fresh signature of ``body``
    (what a receiver does; used by the tests and the README example)."""
    try:
        timestamp = int(headers["webhook-timestamp"])
        expected = sign(secret, headers["webhook-id"], timestamp, body).split(",", 1)[1]
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    candidates = [part.split(",", 1)[1] for part in headers.get("webhook-signature", "").split() if "," in part]
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)


@dataclass
class Attempt:
    """What one POST gave: ``ok`` for a 2xx, ``status`` None when no answer."""

    ok: bool
    status: int | None
    excerpt: str
    duration_ms: int
    retry_after: int | None = None
    error: str = ""

    @property
    def gone(self):
        return self.status == 410


def post(url, secret, message_id, body, timeout=TIMEOUT, now=None):
    """POST ``body`` (bytes, JSON) to ``url``, signed; never raises."""
    timestamp = int(now or time.time())
    headers = {
        "content-type": "application/json",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
        "user-agent": "heymilo-ingestion-webhooks/1",
    }
    start = time.monotonic()
    try:
        response = requests.post(url, data=body, headers=headers, timeout=timeout, allow_redirects=False)
    except requests.RequestException as exc:
        return Attempt(False, None, "", _elapsed(start), error="%s: %s" % (type(exc).__name__, exc))
    return Attempt(
        ok=200 <= response.status_code < 300,
        status=response.status_code,
        excerpt=response.text[:EXCERPT],
        duration_ms=_elapsed(start),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


def _elapsed(start):
    return int((time.monotonic() - start) * 1000)


def parse_retry_after(value, now=None):
    """Seconds to wait from a ``Retry-After`` header (seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0, int((when - (now or datetime.now(timezone.utc))).total_seconds()))


def next_attempt_delay(attempts_done, retry_after=None):
    """Seconds before the next attempt after ``attempts_done`` failed
    attempts, or None when the delivery should be given up."""
    if attempts_done >= MAX_ATTEMPTS:
        return None
    delay = RETRY_DELAYS[attempts_done - 1]
    return max(delay, retry_after or 0)


def next_attempt_at(attempts_done, retry_after=None, now=None):
    delay = next_attempt_delay(attempts_done, retry_after)
    if delay is None:
        return None
    return (now or datetime.now(timezone.utc).replace(tzinfo=None)) + timedelta(seconds=delay)
