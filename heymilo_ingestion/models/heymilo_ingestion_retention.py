import logging

from odoo import api, fields, models
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500
# Retention settings: the hr.job override (0 = the company's) and the
# res.company value (0 = keep forever) have the same name.
UNUSED, INGESTED, FAILED, DELIVERY = (
    "heymilo_retention_unused_days",
    "heymilo_retention_ingested_days",
    "heymilo_retention_failed_days",
    "heymilo_retention_delivery_days",
)
DEFAULT_DAYS = {UNUSED: 90, INGESTED: 30, FAILED: 30, DELIVERY: 7}


class HeymiloIngestionRetention(models.AbstractModel):
    """The daily retention job: each rule claims a bounded batch of expired
    rows (``FOR NO KEY UPDATE SKIP LOCKED``), applies itself, logs the ids,
    reports progress and commits, until nothing is left."""

    _name = "heymilo.ingestion.retention"
    _inherit = ["heymilo.queue.mixin"]
    _description = "Ingestion Data Retention"

    @api.model
    def _cron_apply_retention(self, batch_size=DEFAULT_BATCH_SIZE):
        """Apply every retention rule; returns ``{rule: rows handled}``."""
        Profile = self.env["heymilo.ingestion.profile"]
        Document = self.env["heymilo.ingestion.document"]
        rules = [
            # Profiles never ingested, from their extraction, with their files.
            (
                "profiles never ingested",
                Profile,
                UNUSED,
                "create_date",
                SQL("t.state IN ('extracted', 'failed', 'duplicate')"),
                self._erase,
            ),
            # Documents left without any profile (all rows skipped, rows merged).
            ("documents without profiles", Document, UNUSED, "create_date", self._empty_documents_sql(), self._remove),
            # Ingested profiles keep only their link to the applicant.
            (
                "ingested profiles",
                Profile,
                INGESTED,
                "ingested_at",
                SQL("t.state = 'ingested' AND t.personal_data_removed_at IS NULL"),
                self._purge,
            ),
            (
                "failed documents",
                Document,
                FAILED,
                "create_date",
                SQL("t.state = 'failed' AND t.parent_id IS NULL"),
                self._remove,
            ),
            # Settled webhook deliveries (write_date: their last attempt).
            (
                "webhook payloads",
                self.env["heymilo.webhook.delivery"],
                DELIVERY,
                "write_date",
                SQL("t.state IN ('sent', 'failed') AND t.payload IS NOT NULL"),
                self._drop_payloads,
            ),
        ]
        done = {}
        for label, model, setting, date_column, condition, apply in rules:
            where = self._expired_sql(model, setting, date_column, condition)
            done[label] = 0
            while records := model.sudo()._queue_claim(where, batch_size):
                _logger.info("Retention (%s): %s %s", label, model._name, records.ids)
                apply(records)
                done[label] += len(records)
                remaining = self.env.execute_query(
                    SQL("SELECT count(*) FROM %s t WHERE %s", SQL.identifier(model._table), where)
                )[0][0]
                self.env["ir.cron"]._notify_progress(done=done[label], remaining=remaining)
                self._queue_commit()
        return done

    @api.model
    def _expired_sql(self, model, setting, date_column, condition):
        """``id IN (…)`` of ``model``'s rows matching ``condition`` whose
        ``date_column`` is older than the retention of their posting: its
        override, else its company's (the main company's for a posting
        without company), never when that is 0."""
        table = SQL.identifier(model._table)
        days = SQL(
            "COALESCE(NULLIF(j.%s, 0), c.%s)",
            SQL.identifier(setting),
            SQL.identifier(setting),
        )
        return SQL(
            """id IN (SELECT t.id FROM %(table)s t
                        JOIN hr_job j ON j.id = t.job_id
                        JOIN res_company c ON c.id = COALESCE(j.company_id, %(main)s)
                       WHERE %(condition)s
                         AND %(days)s > 0
                         AND t.%(date)s < %(now)s - make_interval(days => %(days)s))""",
            table=table,
            main=self.env.ref("base.main_company").id,
            condition=condition,
            days=days,
            date=SQL.identifier(date_column),
            now=fields.Datetime.now(),
        )

    @api.model
    def _empty_documents_sql(self):
        return SQL(
            """t.state = 'success' AND t.parent_id IS NULL
               AND NOT EXISTS (SELECT 1 FROM heymilo_ingestion_profile p
                                 JOIN heymilo_ingestion_document m ON m.id = p.document_id
                                WHERE m.id = t.id OR m.parent_id = t.id)
               AND NOT EXISTS (SELECT 1 FROM heymilo_ingestion_document m
                                WHERE m.parent_id = t.id AND m.state IN ('queued', 'processing'))"""
        )

    # -- rules ------------------------------------------------------------------------

    def _erase(self, profiles):
        self.env["heymilo.ingestion.erasure"]._erase_profiles(profiles, "retention")

    def _remove(self, documents):
        self.env["heymilo.ingestion.erasure"]._remove_documents(documents)

    def _purge(self, profiles):
        """Contact data and text dropped; a file goes once every profile it
        held is purged or gone (an archive once all its members' are)."""
        Erasure = self.env["heymilo.ingestion.erasure"]
        Erasure._purge_profiles(profiles)
        documents = profiles.document_id
        done = documents.filtered(lambda d: all(d.profile_ids.mapped("personal_data_removed_at")))
        Erasure._drop_files(done)
        archives = done.parent_id.filtered(lambda a: all(m.file_removed_at or not m.profile_ids for m in a.child_ids))
        Erasure._drop_files(archives)

    def _drop_payloads(self, deliveries):
        deliveries._drop_payloads()
