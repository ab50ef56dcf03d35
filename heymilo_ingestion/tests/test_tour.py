from unittest.mock import patch

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestIngestionTour(HttpCase):
    """The ingestion page in a real browser: drop files, watch them reach
    Success and Failed, ingest the profiles, export them, then select all
    profiles matching the search (beyond the page) and delete them."""

    def test_ingestion_page_tour(self):
        job = self.env["hr.job"].create({"name": "Tour Engineer"})
        Document = type(self.env["heymilo.ingestion.document"])
        Profile = type(self.env["heymilo.ingestion.profile"])
        upload, queue = Document._create_from_upload, Profile._queue_ingestion

        # No cron worker runs during tests: do the queued work right away.
        def upload_and_extract(model, *args, **kwargs):
            documents = upload(model, *args, **kwargs)
            model._cron_extract_documents()
            return documents

        def queue_and_ingest(profiles):
            queue(profiles)
            profiles._cron_ingest_profiles()

        with (
            patch.object(Document, "_create_from_upload", upload_and_extract),
            patch.object(Profile, "_queue_ingestion", queue_and_ingest),
        ):
            self.start_tour("/odoo/action-hr.action_hr_job/%d" % job.id, "heymilo_ingestion_tour", login="admin")
        applicants = self.env["hr.applicant"].search([("job_id", "=", job.id)])
        self.assertEqual(sorted(applicants.mapped("partner_name")), ["Tess Tour", "Tim Tour"], "ingested")
        profiles = self.env["heymilo.ingestion.profile"].search([("job_id", "=", job.id)])
        self.assertFalse(profiles, "'Select all' beyond the page reached both profiles for the bulk delete")
        self.assertEqual(
            sorted(self.env["heymilo.ingestion.document"].search([("job_id", "=", job.id)]).mapped("state")),
            ["failed", "success"],
        )
