from heymilo_ingestion.budget import DEFAULT_SECONDS, Budget, run_seconds


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_run_takes_a_share_of_the_smaller_odoo_limit():
    assert run_seconds(60, 120) == 15
    assert run_seconds(0, 40) == 10
    assert run_seconds(0, -1) == DEFAULT_SECONDS


def test_batches_fit_the_time_left_and_the_run_stops_when_spent():
    clock = Clock()
    budget = Budget(10, clock=clock)
    assert budget.next_batch(50, per_record=1.0) == 10
    clock.now += 4  # 10 records in 4 s: 0.4 s each, 0.6 s with the margin
    budget.record(10, 4)
    assert budget.next_batch(50, per_record=1.0) == 10  # 6 s left / 0.6 s
    clock.now += 6
    budget.record(10, 6)
    assert budget.next_batch(50, per_record=1.0) == 0 and budget.stopped


def test_the_first_batch_always_runs_and_counts_are_capped():
    clock = Clock()
    budget = Budget(1, max_records=3, clock=clock)
    assert budget.next_batch(50, per_record=5.0) == 1, "progress even when one record may not fit"
    budget.record(1, 5)
    clock.now += 5
    assert budget.next_batch(50, per_record=5.0) == 0
    counted = Budget(100, max_records=3, clock=clock)
    assert counted.next_batch(50, per_record=0.1) == 3
    counted.record(3, 0.3)
    assert counted.next_batch(50, per_record=0.1) == 0 and counted.stopped


def test_a_worst_case_per_record_is_never_replaced_by_the_average():
    clock = Clock()
    budget = Budget(15, clock=clock)
    assert budget.next_batch(1, per_record=10, learn=False) == 1
    clock.now += 0.1
    budget.record(1, 0.1)  # a fast receiver says nothing about the next one
    assert budget.next_batch(1, per_record=10, learn=False) == 1  # 14.9 s left
    clock.now += 5
    budget.record(1, 5)
    assert budget.next_batch(1, per_record=10, learn=False) == 0  # 9.9 s left < 10 s
