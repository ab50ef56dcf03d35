from odoo import models


class HeymiloIngestionProfile(models.Model):
    """Where queued profiles stand, said to the recruiter who is waiting:
    a bus message when the cron is done with them, and the summary their
    form or list shows ("9 queued → 8 ingested, 1 duplicate")."""

    _inherit = "heymilo.ingestion.profile"

    def _ingest_summary(self):
        """ "3 ingested, 1 duplicate, 5 queued": where these profiles stand."""
        labels = dict(self._fields["state"]._description_selection(self.env))
        counts = {state: len(self.filtered(lambda p, s=state: p.state == s)) for state in labels}
        return ", ".join("%d %s" % (n, labels[state].lower()) for state, n in counts.items() if n)

    def get_ingest_summary(self):
        """ "9 queued → 8 ingested, 1 duplicate": what became of profiles that
        were queued together (the page's summary once they are done)."""
        return self.env._("%(queued)s queued → %(outcome)s", queued=len(self), outcome=self._ingest_summary())

    def _notify_ingested(self):
        """Tell who asked for these ingestions (or uploaded the files) that
        the profiles are done: their open forms and lists reload and sum up."""
        self._queue_notify_users(
            lambda p: p.ingest_user_id or p.document_id.user_id,
            "heymilo_ingestion/ingested",
            lambda mine: {"profile_ids": mine.ids},
        )
