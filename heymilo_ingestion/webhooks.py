"""Outbound webhooks, signed the Standard Webhooks way (plain Python, no Odoo).

A delivery is signed with ``HMAC-SHA256(secret, "<id>.<timestamp>.<body>")``,
sent in ``webhook-signature: v1,<base64>``; the id stays the same across
retries so that receivers can drop duplicates. Only a 2xx answer counts.

An attempt has one deadline for everything (connect, send, status line,
headers, excerpt): every socket operation gets only the time left, so a
receiver that trickles bytes cannot hold it longer. Only the first
``EXCERPT_BYTES`` of the answer are read, as bytes; the rest is never read.
"""

import base64
import email.utils
import hashlib
import hmac
import http.client
import io
import secrets
import time
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TIMEOUT = 10  # seconds for the whole attempt
SLOW = 2  # seconds: a receiver this slow waits behind the others until the next run
# Delay before each retry after the first attempt; after the last, give up.
RETRY_DELAYS = (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
EXCERPT = 500  # characters kept of the answer
EXCERPT_BYTES = 2048  # bytes read of the answer, at most
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
    """POST ``body`` (bytes, JSON) to ``url``, signed, within ``timeout``
    seconds in all; never raises. Redirects are not followed."""
    timestamp = int(now or time.time())
    headers = {
        "content-type": "application/json",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
        "user-agent": "heymilo-ingestion-webhooks/1",
    }
    start = time.monotonic()
    deadline = start + timeout
    connection = response = None
    try:
        connection, path = _connection(url, deadline)
        connection.request("POST", path, body, headers)
        response = connection.getresponse()
        head = _excerpt(response)
    except TimeoutError:
        return Attempt(False, None, "", _elapsed(start), error="Timeout: no complete answer within %s s" % timeout)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        return Attempt(False, None, "", _elapsed(start), error="ConnectionError: %s" % _reason(exc))
    finally:  # the rest of the answer is never read
        if response is not None:
            response.close()
        if connection is not None:
            connection.close()
    return Attempt(
        ok=200 <= response.status < 300,
        status=response.status,
        excerpt=head.decode("utf-8", "replace")[:EXCERPT],
        duration_ms=_elapsed(start),
        retry_after=parse_retry_after(response.getheader("Retry-After")),
    )


def _excerpt(response):
    """The first bytes of the answer; the status already counts when the
    body is late (it is only kept for people to read)."""
    try:
        return response.read(EXCERPT_BYTES)
    except (OSError, http.client.HTTPException):
        return b"(the answer's body did not arrive in time)"


def _connection(url, deadline):
    """An ``http.client`` connection to ``url`` whose socket honours
    ``deadline``, and the path (with query) to POST to."""
    target = urllib.parse.urlsplit(url)
    if target.scheme not in ("http", "https") or not target.hostname:
        raise ValueError("the webhook URL must start with http:// or https://")
    base = http.client.HTTPSConnection if target.scheme == "https" else http.client.HTTPConnection

    class DeadlineConnection(base):
        def connect(self):  # pylint: disable=missing-return  # http.client's connect returns nothing
            self.timeout = _left(deadline)
            super().connect()
            self.sock = _DeadlineSocket(self.sock, deadline)

    path = urllib.parse.urlunsplit(("", "", target.path or "/", target.query, ""))
    return DeadlineConnection(target.hostname, target.port), path


def _left(deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


class _DeadlineSocket:
    """The few socket methods ``http.client`` uses, each given only the
    time left before ``deadline``. Like a socket, it stays open while the
    response's file is open."""

    def __init__(self, sock, deadline):
        self._sock, self._deadline = sock, deadline
        self._files, self._closing = 0, False

    def sendall(self, data):
        self._sock.settimeout(_left(self._deadline))
        self._sock.sendall(data)

    def recv_into(self, buffer, nbytes=0):
        self._sock.settimeout(_left(self._deadline))
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode="rb", buffering=None):
        self._files += 1
        return io.BufferedReader(_Reader(self))

    def file_closed(self):
        self._files -= 1
        if self._closing and not self._files:
            self._sock.close()

    def close(self):
        self._closing = True
        if not self._files:
            self._sock.close()


class _Reader(io.RawIOBase):
    def __init__(self, sock):
        self._sock = sock

    def readable(self):
        return True

    def readinto(self, buffer):
        return self._sock.recv_into(buffer)

    def close(self):
        if not self.closed:
            self._sock.file_closed()
        return super().close()


def _reason(exc):
    """A short reason without the URL (it may carry a token)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


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
