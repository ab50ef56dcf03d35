from unittest.mock import patch

from odoo.tests import tagged

from .common import TourCase, make_resume
from .files import MACRO_WORD, make_zip

# A macro-enabled Word file (refused whatever its name) and an archive with a broken scan.
WORD = MACRO_WORD
BATCH = make_zip([("list.csv", b"Full Name,E-mail\nZed Zip,zed.zip@example.com\n"), ("scan.png", b"\x89PNG\r\n\x1a\n")])


class IngestionTourCase(TourCase):
    """The queued work is done right away (no cron worker runs during tests)."""

    def run_tour(self, url, tour, **kwargs):
        Document = type(self.env["heymilo.ingestion.document"])
        Profile = type(self.env["heymilo.ingestion.profile"])
        upload, queue = Document._create_from_upload, Profile._queue_ingestion

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
            self.start_tour(url, tour, login="admin", **kwargs)


@tagged("post_install", "-at_install")
class TestIngestionTour(IngestionTourCase):
    """The ingestion page in a real browser, as a recruiter meets it: from the
    posting's kanban card, the new key shown once in the page, files checked
    by content before sending, the upload's outcome announced, an archive's
    partial failure, search inside archives, ingest, export, a confirmed
    bulk delete. Any client error fails the tour (Odoo's ChromeBrowser fails
    on console errors and uncaught exceptions)."""

    def test_ingestion_page_tour(self):
        job = self.env["hr.job"].create({"name": "Tour Engineer"})
        self.env["ir.attachment"].create(
            [{"name": "tour-word.docx", "raw": WORD}, {"name": "tour-batch.zip", "raw": BATCH}]
        )
        self.run_tour("/odoo/action-hr_recruitment.action_hr_job", "heymilo_ingestion_tour")
        applicants = self.env["hr.applicant"].search([("job_id", "=", job.id)])
        self.assertEqual(sorted(applicants.mapped("partner_name")), ["Tess Tour", "Tim Tour", "Zed Zip"], "ingested")
        self.assertFalse(self.env["heymilo.ingestion.profile"].search([("job_id", "=", job.id)]), "all deleted")
        self.assertEqual(job.heymilo_stat_ingested, 3, "the applicants stay counted after their profiles' deletion")
        documents = self.env["heymilo.ingestion.document"].search([("job_id", "=", job.id), ("parent_id", "=", False)])
        self.assertEqual(sorted(documents.mapped("outcome")), ["failed", "partial", "success"])


@tagged("post_install", "-at_install")
class TestIngestionMobileTour(IngestionTourCase):
    """The page on a phone (390×844): a drop zone that says tap, statistics
    in one row, nothing wider than the screen; the recruiter's path: upload
    from the file picker, review a resume beside its fields, ingest, export."""

    browser_size = "390x844"
    touch_enabled = True

    def test_ingestion_page_on_a_phone(self):
        job = self.env["hr.job"].create({"name": "Phone Engineer"})
        self.env["heymilo.ingestion.document"]._create_from_upload(
            job,
            [
                ("list.csv", b"Full Name,E-mail\nPia Phone,pia@example.com\n"),
                ("maria.pdf", make_resume("Maria Moreno", "maria.moreno@example.com")),
            ],
        )
        self.env["heymilo.ingestion.document"]._cron_extract_documents()
        resume = self.env["heymilo.ingestion.profile"].search([("job_id", "=", job.id), ("file_type", "=", "pdf")])
        self.assertEqual(resume.name, "Maria Moreno", "the resume read as the tour expects")
        self.run_tour("/odoo/action-hr_recruitment.action_hr_job", "heymilo_ingestion_mobile_tour")
        applicants = self.env["hr.applicant"].search([("job_id", "=", job.id)])
        self.assertEqual(applicants.mapped("partner_name"), ["Maria Moreno"], "ingested from the review screen")
        uploaded = self.env["heymilo.ingestion.profile"].search([("job_id", "=", job.id), ("name", "=", "Pete Phone")])
        self.assertEqual(uploaded.state, "extracted", "uploaded from the phone, waiting for review")


@tagged("post_install", "-at_install")
class TestKeysTour(TourCase):
    """Keys and secret on the posting: the secret masked with Reveal, New
    Signing Secret and Revoke confirmed, Generate API Key in a dialog."""

    def test_keys_tour(self):
        job = self.env["hr.job"].create({"name": "Key Engineer"})
        secret = job.heymilo_webhook_secret
        self.start_tour("/odoo/action-hr.action_hr_job/%d" % job.id, "heymilo_ingestion_keys_tour", login="admin")
        job.invalidate_recordset()
        self.assertEqual(job.heymilo_webhook_secret, secret, "cancelled: the secret is unchanged")
        keys = self.env["heymilo.api.key"].with_context(active_test=False).search([("job_id", "=", job.id)])
        self.assertEqual(len(keys), 1)
        self.assertFalse(keys.active, "revoked after confirmation")
        self.assertFalse(self.env["heymilo.api.key.show"].search([]), "the shown key is gone")
