import json
import time

import pytest

from heymilo_ingestion import webhooks
from heymilo_ingestion.tests.receiver import HUGE_BODY, Receiver, elapsed


@pytest.fixture
def receiver():
    servers = []

    def make(*statuses):
        servers.append(Receiver(statuses))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def test_signature_round_trip_and_tampering(receiver):
    secret = webhooks.new_secret()
    server = receiver((200, {}))
    body = json.dumps({"type": "candidate.ingested"}).encode()
    attempt = webhooks.post(server.url, secret, "msg_1", body)
    assert attempt.ok and attempt.status == 200 and '"received"' in attempt.excerpt
    headers, received = server.requests[0]
    assert received == body and headers["webhook-id"] == "msg_1"
    assert webhooks.verify(secret, headers, received)
    assert not webhooks.verify(secret, headers, received + b" ")
    assert not webhooks.verify(webhooks.new_secret(), headers, received)
    assert not webhooks.verify(secret, headers, received, now=int(headers["webhook-timestamp"]) + 3600)


def test_known_signature_vector():
    # Standard Webhooks reference vector (secret, id, timestamp, payload).
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    assert webhooks.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body) == (
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_non_2xx_and_unreachable_are_failures(receiver):
    server = receiver((500, {}), (429, {"Retry-After": "120"}), (410, {}))
    secret = webhooks.new_secret()
    first = webhooks.post(server.url, secret, "m", b"{}")
    second = webhooks.post(server.url, secret, "m", b"{}")
    third = webhooks.post(server.url, secret, "m", b"{}")
    assert (first.ok, first.status) == (False, 500)
    assert (second.status, second.retry_after) == (429, 120)
    assert third.gone
    server.close()
    down = webhooks.post(server.url, secret, "m", b"{}", timeout=2)
    assert not down.ok and down.status is None and "ConnectionError" in down.error


def test_backoff_schedule_and_retry_after():
    assert [webhooks.next_attempt_delay(n) for n in range(1, 8)] == [5, 300, 1800, 7200, 18000, 36000, None]
    assert webhooks.next_attempt_delay(1, retry_after=600) == 600
    assert webhooks.next_attempt_delay(2, retry_after=10) == 300


def test_parse_retry_after_date():
    from datetime import datetime, timezone

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert webhooks.parse_retry_after("Thu, 01 Jan 2026 12:01:30 GMT", now=now) == 90
    assert webhooks.parse_retry_after("soon") is None
    assert webhooks.parse_retry_after("30") == 30


def test_a_receiver_trickling_its_status_line_is_cut_at_the_deadline(receiver):
    """A byte every 0.5 s: each socket read succeeds, the attempt as a whole
    must still end at its deadline (2 s), not when the answer is complete."""
    server = receiver((200, {}, "trickle"))
    attempt, seconds = elapsed(webhooks.post, server.url, webhooks.new_secret(), "m", b"{}", timeout=2)
    assert not attempt.ok and attempt.status is None
    assert attempt.error.startswith("Timeout")
    assert seconds < 4, seconds


def test_a_late_body_after_a_2xx_still_counts_within_the_deadline(receiver):
    server = receiver((202, {}, "trickle_body"))
    attempt, seconds = elapsed(webhooks.post, server.url, webhooks.new_secret(), "m", b"{}", timeout=2)
    assert attempt.ok and attempt.status == 202
    assert "did not arrive" in attempt.excerpt
    assert seconds < 4, seconds


def test_only_the_first_bytes_of_a_huge_answer_are_read(receiver):
    server = receiver((500, {"Content-Type": "text/html; charset=unknown"}, "huge"))
    attempt = webhooks.post(server.url, webhooks.new_secret(), "m", b"{}", timeout=5)
    assert attempt.status == 500 and not attempt.ok
    assert attempt.excerpt == "z" * webhooks.EXCERPT
    time.sleep(0.2)  # the receiver notices the closed connection
    assert server.body_bytes_sent < HUGE_BODY / 4, "the rest of the 80 MB body is never downloaded"


def test_errors_never_repeat_the_url(receiver):
    server = receiver()
    url = server.url + "?token=s3cr3t"
    server.close()
    attempt = webhooks.post(url, webhooks.new_secret(), "m", b"{}", timeout=2)
    assert attempt.error.startswith("ConnectionError") and "s3cr3t" not in attempt.error
    assert webhooks.post("ftp://example.org/x", "whsec_AAAA", "m", b"{}").error.startswith("ConnectionError")
