import threading

from odoo import models
from odoo.tools import SQL


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

    def _queue_run(self, claim, work, remaining_domain):
        """Claim batches with ``claim()`` and call the method named ``work``
        on each until none is left; returns how many rows were worked."""
        done = 0
        while records := claim():
            getattr(records, work)()
            remaining = self.search_count(remaining_domain)
            if not done and remaining:
                self._queue_wake_lanes()
            done += len(records)
            self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
            self._queue_commit()
        return done

    def _queue_wake_lanes(self):
        """Wake the other scheduled actions that run the same code ("lanes"):
        Odoo runs one scheduled action on one cron thread at a time, so a
        second lane is what lets a second thread or server share the queue."""
        Cron = self.env["ir.cron"].sudo()
        cron = Cron.browse(self.env.context.get("cron_id")).exists()
        if cron:
            Cron.search([("code", "=", cron.code), ("id", "!=", cron.id)])._trigger()

    def _queue_commit(self):
        if not getattr(threading.current_thread(), "testing", False):
            self.env.cr.commit()  # pylint: disable=invalid-commit
