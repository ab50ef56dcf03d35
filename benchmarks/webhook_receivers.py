"""What bad webhook receivers cost one attempt: time and Python memory.

    python benchmarks/webhook_receivers.py [--timeout 10]

Against real servers on 127.0.0.1 (``heymilo_ingestion/tests/receiver.py``):
a receiver that answers at once, one that trickles its status line a byte
every second, one that sends its headers then trickles the body, and one
that answers with an 80 MB body. Prints each attempt's duration, outcome
and peak Python memory (tracemalloc).
"""

import argparse
import pathlib
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion import webhooks  # noqa: E402
from heymilo_ingestion.tests.receiver import HUGE_BODY, Receiver  # noqa: E402

CASES = [
    ("answers at once", (200, {})),
    ("trickles its status line", (200, {}, "trickle")),
    ("trickles its body after 200", (200, {}, "trickle_body")),
    ("80 MB body", (500, {}, "huge")),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=webhooks.TIMEOUT, help="seconds per attempt")
    args = parser.parse_args()
    secret = webhooks.new_secret()
    print("one attempt each, deadline %.1f s" % args.timeout)
    for label, answer in CASES:
        receiver = Receiver([answer], trickle_interval=1.0)
        tracemalloc.start()
        start = time.monotonic()
        attempt = webhooks.post(receiver.url, secret, "msg_bench", b'{"type": "candidate.ingested"}', args.timeout)
        seconds = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        time.sleep(0.2)
        outcome = "HTTP %s" % attempt.status if attempt.status else attempt.error.split(":")[0]
        print(
            "  %-30s %6.2f s  %-8s peak %7.1f KiB  body sent by the receiver %5.1f MB of %d"
            % (label, seconds, outcome, peak / 1024, receiver.body_bytes_sent / 2**20, HUGE_BODY // 2**20)
        )
        receiver.close()


if __name__ == "__main__":
    main()
