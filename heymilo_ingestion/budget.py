"""Time and count budgets for scheduled work (plain Python, no Odoo).

Odoo kills a cron worker that passes ``limit_time_cpu`` or ``limit_time_real``
(one worker runs every due cron in a row, within the same limits). So a run
of a queue takes a share of the smaller limit, sizes each batch to fit in
what is left, stops when its time or count is spent and leaves the rest to
another run it asks for.
"""

import time

SHARE = 0.25  # of the smaller of Odoo's time limits, for one run
DEFAULT_SECONDS = 30.0  # when Odoo runs without time limits
MARGIN = 1.5  # a batch is sized as if each record took this much longer than measured


def run_seconds(limit_time_cpu, limit_time_real):
    """Seconds one run may take under Odoo's limits (0 or less: no limit)."""
    limits = [limit for limit in (limit_time_cpu, limit_time_real) if limit and limit > 0]
    return min(limits) * SHARE if limits else DEFAULT_SECONDS


class Budget:
    """What one run may still do: ``seconds`` from its start and at most
    ``max_records`` records (None: no count limit). The first batch always
    runs, so every run makes progress."""

    def __init__(self, seconds, max_records=None, clock=time.monotonic):
        self.seconds, self.max_records, self.clock = seconds, max_records, clock
        self.start = clock()
        self.done = 0
        self.busy = 0.0  # seconds spent in batches
        self.stopped = False  # a batch was refused: work is left for another run

    def left(self):
        return self.seconds - (self.clock() - self.start)

    def next_batch(self, largest, per_record, learn=True):
        """How many records the next batch may take (0: the run stops):
        at most ``largest``, as many as fit in the time left when each takes
        ``per_record`` seconds, or with ``learn`` the measured average (with
        a margin) once there is one. Without ``learn``, ``per_record`` is a
        worst case (a deadline) and the run never passes its budget."""
        allowed = largest if self.max_records is None else min(largest, self.max_records - self.done)
        if learn and self.done:
            per_record = MARGIN * self.busy / self.done
        fitting = int(self.left() / per_record) if per_record > 0 else allowed
        size = max(0, min(allowed, fitting if self.done else max(fitting, 1)))
        self.stopped = size == 0
        return size

    def record(self, count, seconds):
        """``count`` records were worked in ``seconds``."""
        self.done += count
        self.busy += seconds
