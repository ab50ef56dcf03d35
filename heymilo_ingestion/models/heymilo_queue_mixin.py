import logging
import random
import threading
import time

import psycopg2
from odoo import models
from odoo.service.model import PG_CONCURRENCY_ERRORS_TO_RETRY
from odoo.tools import SQL, config

from .. import budget as run_budget

_logger = logging.getLogger(__name__)

PARAM_RUN_SECONDS = "heymilo_ingestion.cron_run_seconds"
CONFLICT_TRIES = 5  # runs of one batch that another worker's commits keep in conflict


def is_conflict(exc):
    """A PostgreSQL concurrency error (serialization failure, deadlock, lock
    timeout): another worker's transaction changed a row this one needs
    (two workers finishing members of one archive both update it). The
    batch is run again on a fresh snapshot; it is never the record's fault."""
    return isinstance(exc, psycopg2.OperationalError) and exc.pgcode in PG_CONCURRENCY_ERRORS_TO_RETRY


class HeymiloQueueMixin(models.AbstractModel):
    """Rows worked in batches by a scheduled action, by any number of workers.

    A batch is claimed with ``FOR NO KEY UPDATE SKIP LOCKED`` (no two workers
    take the same row), worked, reported with ``_notify_progress`` and
    committed, except under tests."""

    _name = "heymilo.queue.mixin"
    _description = "Ingestion Queue"

    def _queue_claim(self, where, batch_size, order="id"):
        """Lock up to ``batch_size`` rows matching ``where`` (an ``SQL``)."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT id FROM %s WHERE %s ORDER BY %s LIMIT %s FOR NO KEY UPDATE SKIP LOCKED",
                SQL.identifier(self._table),
                where,
                SQL(order),
                batch_size,
            )
        )
        return self.browse(row[0] for row in self.env.cr.fetchall())

    def _queue_run(self, claim, work, remaining_domain, budget=None, cron=None):
        """Claim batches with ``claim()`` and call the method named ``work``
        on each until none is left; returns how many rows were worked.

        With a ``budget`` (``budget.Budget``, which ``claim`` asks for its
        batch size), each batch's time is recorded and, once the budget
        stops the run, ``cron`` is triggered for the rest. The run then
        reports nothing remaining: Odoo would otherwise call it again at
        once in the same worker, within the same time limits."""
        done = 0
        while True:
            started = time.monotonic()
            records = self._queue_retrying(lambda _attempt: claim())
            if not records:
                break
            records = self._queue_work(records, work)
            remaining = self.search_count(remaining_domain)
            if not done and remaining:
                self._queue_wake_lanes()
            done += len(records)
            if budget is not None:
                budget.record(len(records), time.monotonic() - started)
            self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
            self._queue_commit()
        if budget is not None and budget.stopped and cron:
            cron._trigger()
            self.env["ir.cron"]._notify_progress(done=done, remaining=0)
            self._queue_commit()
        return done

    def _queue_retrying(self, step):
        """Return ``step(attempt)``; on a concurrency error (``is_conflict``)
        roll the transaction back and call it again on a fresh snapshot, as
        Odoo retries an RPC call, up to ``CONFLICT_TRIES`` times."""
        attempt = 1
        while True:
            try:
                return step(attempt)
            except psycopg2.OperationalError as exc:
                if not is_conflict(exc) or attempt == CONFLICT_TRIES:
                    raise
                _logger.info("%s: %s; running again (attempt %d)", self._name, exc.pgerror, attempt + 1)
            self.env.cr.rollback()
            self.env.transaction.reset()
            time.sleep(random.uniform(0.05, 0.25) * attempt)  # let the other worker commit
            attempt += 1

    def _queue_work(self, records, work):
        """Call the method named ``work`` on ``records``, again on what is
        still this worker's after a conflict; returns the records worked."""

        def batch(attempt):
            mine = records if attempt == 1 else records._queue_reclaim()
            if mine:
                getattr(mine, work)()
            return mine

        return self._queue_retrying(batch)

    def _queue_reclaim(self):
        """After a rollback, what of this batch is still this worker's: the
        rows locked again (a claim that is a row lock ends with its transaction)."""
        return self._queue_claim(SQL("state = 'queued' AND id = ANY(%s)", self.ids), len(self))

    def _queue_wake_lanes(self):
        """Wake the other scheduled actions that run the same code ("lanes"):
        Odoo runs one scheduled action on one cron thread at a time, so a
        second lane is what lets a second thread or server share the queue."""
        Cron = self.env["ir.cron"].sudo()
        cron = Cron.browse(self.env.context.get("cron_id")).exists()
        if cron:
            Cron.search([("code", "=", cron.code), ("id", "!=", cron.id)])._trigger()

    def _queue_budget(self, max_records=None):
        """The budget of one run: a share of Odoo's time limits (cron
        workers may have their own real-time limit), or the system
        parameter ``heymilo_ingestion.cron_run_seconds``."""
        real = config.get("limit_time_real_cron", -1)
        if real is None or real < 0:
            real = config.get("limit_time_real")
        seconds = self.env["ir.config_parameter"].sudo().get_param(PARAM_RUN_SECONDS)
        seconds = float(seconds) if seconds else run_budget.run_seconds(config.get("limit_time_cpu"), real)
        return run_budget.Budget(seconds, max_records)

    def _queue_notify_users(self, user_of, channel, payload_of):
        """Send each user whom ``user_of`` (a field name or a function of a
        record) names one bus message on ``channel`` about their records,
        ``payload_of(records)``: their open pages follow the queue."""
        Bus = self.env["bus.bus"].sudo()
        for user, mine in self.grouped(user_of).items():
            if user:
                Bus._sendone(user.partner_id, channel, payload_of(mine))

    def _queue_commit(self):
        if not getattr(threading.current_thread(), "testing", False):
            self.env.cr.commit()  # pylint: disable=invalid-commit
