import json

import pytest

from heymilo_ingestion import webhooks
from heymilo_ingestion.tests.receiver import Receiver


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
