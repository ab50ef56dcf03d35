from datetime import timedelta

from odoo import fields, models

LONG_UPLOAD = timedelta(minutes=2)  # after this, the uploader is told in their inbox too


class HeymiloIngestionDocumentProgress(models.Model):
    """Where uploaded documents stand, said to the uploader who is waiting:
    their open ingestion pages reload as documents move on, an upload's
    counts when it is done, and an inbox message when it took long."""

    _inherit = "heymilo.ingestion.document"

    def _notify_progress_bus(self):
        """Ask the uploaders' open ingestion pages to reload."""
        self._queue_notify_users("user_id", "heymilo_ingestion/progress", lambda mine: {"job_ids": mine.job_id.ids})

    def _notify_uploaders(self):
        """Tell each uploader's browser that their documents moved on (the
        ingestion page reloads), and that an upload finished, with its counts."""
        self._notify_progress_bus()
        Bus = self.env["bus.bus"].sudo()
        uploads = set(self.filtered("upload_id").mapped("upload_id"))
        if not uploads:
            return
        for counts in self._upload_summary(uploads).values():
            batch = self.search([("upload_id", "=", counts["upload_id"])])
            Bus._sendone(batch.user_id[:1].partner_id, "heymilo_ingestion/upload_done", counts)
            if fields.Datetime.now() - min(batch.mapped("create_date")) > LONG_UPLOAD:
                batch._notify_long_upload_done(counts)

    def _notify_long_upload_done(self, counts):
        """An upload that took long was probably left to run: its uploader
        also finds the outcome in their Odoo inbox, with a link to the page."""
        job, user = self.job_id[:1], self.user_id[:1]
        job.sudo().message_notify(
            partner_ids=user.partner_id.ids,
            subject=self.env._("Candidate files processed for %s", job.name),
            body=self.env._(
                "Your upload of %(files)s file(s) for %(job)s is processed: %(success)s succeeded, "
                "%(failed)s failed, %(profiles)s candidate profile(s) extracted.",
                files=len(self.filtered(lambda d: not d.parent_id)),
                job=job.name,
                **counts,
            ),
        )
