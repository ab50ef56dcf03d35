import base64
import json
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common import CSV_DATA, IngestionCase, make_resume, make_zip
from .files import make_pdf_with_tounicode


@tagged("post_install", "-at_install")
class TestUploadAndExtraction(IngestionCase):
    def test_pdf_upload_queued_then_extracted(self):
        document = self.upload([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))])
        self.assertEqual(document.state, "queued")
        self.assertEqual(document.file_type, "pdf")
        self.assertEqual(document.attachment_id.res_model, "heymilo.ingestion.document")
        self.assertTrue(document.attachment_id.store_fname, "the file lives in the filestore")
        self.assertEqual(len(document.checksum), 64)
        self.assertEqual(self.run_queue(), 1)
        self.assertEqual(document.state, "success")
        self.assertEqual(document.attempt_count, 1)
        self.assertTrue(document.processed_at)
        profile = document.profile_ids
        self.assertRecordValues(
            profile,
            [
                {
                    "name": "Maria Gonzalez",
                    "email": "maria@example.com",
                    "phone": "+442079460321",
                    "location": "Leeds, UK",
                    "headline": "Data Engineer",
                    "state": "extracted",
                    "job_id": self.job.id,
                }
            ],
        )
        self.assertEqual(profile.completeness, 90)
        self.assertIn("data pipelines", profile.extracted_text)
        self.assertEqual(document.profile_count, 1)

    def test_resume_with_emoji_is_stored(self):
        """An emoji is two PDFium characters; the stored text must be valid."""
        data = make_pdf_with_tounicode(
            [b"Ada Lovelace", b"Data Engineer", b"\x01 +44 20 7946 0321 | ada@example.org", b"Experience: pipelines"],
            {1: "\U0001f4f1"},
        )
        document = self.upload([("ada.pdf", data)])
        self.run_queue()
        self.assertEqual(document.state, "success", document.error_message)
        self.assertIn("\U0001f4f1 +44 20 7946 0321", document.profile_ids.extracted_text)

    def test_browser_told_of_progress_and_finished_upload(self):
        self.env["bus.bus"].search([]).unlink()
        self.upload([("list.csv", CSV_DATA), ("bad.csv", b"foo,bar\n1,2\n")])
        self.run_queue()
        self.env.cr.precommit.run()  # what the cron's commit does: the bus rows are written
        messages = [json.loads(m) for m in self.env["bus.bus"].search([]).mapped("message")]
        by_type = {m["type"]: m["payload"] for m in messages}
        self.assertEqual(by_type["heymilo_ingestion/progress"], {"job_ids": [self.job.id]})
        self.assertEqual(
            by_type["heymilo_ingestion/upload_done"], {"job_id": self.job.id, "success": 1, "failed": 1, "profiles": 2}
        )

    def test_long_upload_also_notifies_the_inbox(self):
        self.upload([("list.csv", CSV_DATA)])  # quick: the browser's notification is enough
        self.run_queue()
        slow = self.upload([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))])
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE heymilo_ingestion_document SET create_date = create_date - interval '10 minutes' WHERE id = %s",
            [slow.id],
        )
        slow.invalidate_recordset(["create_date"])
        self.run_queue()
        notes = self.env["mail.message"].search(
            [("model", "=", "hr.job"), ("res_id", "=", self.job.id), ("message_type", "=", "user_notification")]
        )
        self.assertEqual(len(notes), 1, "only the long upload, %s, is announced in the inbox" % slow.name)
        self.assertIn(self.env.user.partner_id, notes.partner_ids)
        self.assertIn("1 succeeded, 0 failed, 1 candidate profile(s)", notes.body)

    def test_web_client_upload_and_limits(self):
        limits = self.Document.get_upload_limits()
        self.assertEqual(limits, {"max_files": 10, "max_file_size": 50 * 1024 * 1024})
        ids = self.Document.action_upload_files(self.job.id, [{"name": "l.csv", "data": base64.b64encode(CSV_DATA)}])
        self.assertEqual(self.Document.browse(ids).mapped("name"), ["l.csv"])

    def test_upload_triggers_the_cron(self):
        before = self.env["ir.cron.trigger"].search_count([("cron_id", "=", self.cron.id)])
        self.upload([("list.csv", CSV_DATA)])
        after = self.env["ir.cron.trigger"].search_count([("cron_id", "=", self.cron.id)])
        self.assertEqual(after, before + 1)

    def test_csv_rows_become_profiles(self):
        document = self.upload([("list.csv", CSV_DATA)])
        self.run_queue()
        self.assertEqual(document.file_type, "csv")
        self.assertEqual(document.profile_ids.mapped("name"), ["Ada Lovelace", "Alan Turing"])
        self.assertEqual(document.profile_ids.mapped("source_row"), [2, 3])

    def test_zip_members_become_documents_and_rows_merge_with_resumes(self):
        listing = b"Name,Email,Phone,Resume\nMaria G.,maria@example.com,,cvs/maria.pdf\nSam Row,sam@example.com,,\n"
        maria_pdf = make_resume("Maria Gonzalez", "maria@example.com")
        data = make_zip(
            [
                ("cvs/maria.pdf", maria_pdf),
                ("cvs/bob.pdf", make_resume("Bob Stone", "bob@example.com")),
                ("list.csv", listing),
                ("notes.gif", b"GIF89a" + b"\x00" * 20),
            ]
        )
        archive = self.upload([("batch.zip", data)], auto_ingest=True)
        self.run_queue()
        self.assertEqual(archive.state, "success")
        members = archive.child_ids.sorted("name")
        self.assertEqual(members.mapped("name"), ["cvs/bob.pdf", "cvs/maria.pdf", "list.csv", "notes.gif"])
        self.assertEqual(members.mapped("state"), ["success", "success", "success", "failed"])
        self.assertIn("GIF image", members[3].error_message)
        self.assertTrue(all(members.mapped("auto_ingest")))
        maria = members[1].profile_ids
        self.assertEqual((maria.name, maria.source_row), ("Maria G.", 2))
        self.assertEqual(members[2].profile_ids.mapped("name"), ["Sam Row"])
        self.assertIn("Row 2 was merged", members[2].warning_message)
        self.assertEqual(archive.total_profile_count, 3, "an archive counts its members' profiles")
        # Members are read from the archive, never stored twice; a download
        # gives one its own attachment, and an ingested resume goes to the applicant.
        self.assertFalse(members.attachment_id)
        self.assertEqual(members[1].file_size, len(maria_pdf))
        members[1].action_download()
        self.assertEqual(members[1].attachment_id.raw, maria_pdf)
        self.Profile._cron_ingest_profiles()
        applicant = maria.applicant_id
        self.assertTrue(applicant)
        resume = self.env["ir.attachment"].search([("res_model", "=", "hr.applicant"), ("res_id", "=", applicant.id)])
        self.assertEqual((resume.name, resume.raw), ("maria.pdf", maria_pdf))

    def test_zip_inside_a_zip_is_read_through_both(self):
        inner = make_zip([("cv/ada.pdf", make_resume("Ada Lovelace", "ada@example.com"))])
        deeper = make_zip([("inner.zip", make_zip([("bob.pdf", make_resume("Bob Stone", "bob@example.com"))]))])
        archive = self.upload([("outer.zip", make_zip([("inner.zip", inner), ("deeper.zip", deeper)]))])
        self.run_queue()
        members = archive.child_ids.sorted("name")
        self.assertEqual(members.mapped("state"), ["success", "success"])
        ada = members.filtered(lambda m: m.name == "inner.zip").child_ids
        self.assertEqual((ada.name, ada.state, ada.profile_ids.email), ("cv/ada.pdf", "success", "ada@example.com"))
        too_deep = members.filtered(lambda m: m.name == "deeper.zip").child_ids
        self.assertEqual(too_deep.state, "failed")
        self.assertIn("nested more than one level", too_deep.error_message)

    def test_upload_modes(self):
        pdf = make_resume("Ann Auto", "ann@example.com")
        wizard = self.env["heymilo.ingestion.upload"].create(
            {
                "job_id": self.job.id,
                "attachment_ids": [(0, 0, {"name": "ann.pdf", "raw": pdf})],
            }
        )
        wizard.action_upload_and_ingest()
        manual = self.env["heymilo.ingestion.upload"].create(
            {
                "job_id": self.job.id,
                "attachment_ids": [(0, 0, {"name": "list.csv", "raw": CSV_DATA})],
            }
        )
        manual.action_upload_only()
        documents = self.Document.search([("job_id", "=", self.job.id)])
        self.assertEqual({d.name: d.auto_ingest for d in documents}, {"ann.pdf": True, "list.csv": False})

    def test_limits_refuse_the_whole_upload(self):
        pdf = make_resume("Too Many", "many@example.com")
        with self.assertRaisesRegex(UserError, "at most 10 files"):
            self.upload([("cv%d.pdf" % i, pdf) for i in range(11)])
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.max_file_size", 1000)
        with self.assertRaisesRegex(UserError, r"files up to 0 MB"):
            self.upload([("big.pdf", pdf)])
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.max_file_size", "")
        self.assertEqual(self.Document._limits().max_file_size, 50 * 1024 * 1024)
        with self.assertRaisesRegex(UserError, "GIF image; only PDF, Word"):
            self.upload([("photo.pdf", b"GIF89a" + b"\x00" * 20), ("ok.csv", CSV_DATA)])
        with self.assertRaisesRegex(UserError, "at least one file"):
            self.upload([])
        self.assertFalse(self.Document.search([("job_id", "=", self.job.id)]))

    def test_duplicate_file_is_flagged_not_processed(self):
        first = self.upload([("a.csv", CSV_DATA)])
        second = self.upload([("copy-of-a.csv", CSV_DATA)])
        self.assertEqual(second.state, "failed")
        self.assertEqual(second.duplicate_of_id, first)
        self.assertIn("Duplicate", second.error_message)
        other_job = self.env["hr.job"].create({"name": "Other"})
        self.assertEqual(self.upload([("a.csv", CSV_DATA)], job=other_job).state, "queued")
        self.run_queue()
        self.assertFalse(second.profile_ids)
        with self.assertRaises(UserError):
            second.action_retry()

    def test_failed_document_has_reason_and_retry(self):
        document = self.upload([("broken.csv", b"foo,bar\n1,2\n")])
        self.run_queue()
        self.assertEqual(document.state, "failed")
        self.assertIn("No recognisable header", document.error_message)
        document.attachment_id.raw = CSV_DATA  # the recruiter fixed the file
        document.action_retry()
        self.assertEqual(document.state, "queued")
        self.run_queue()
        self.assertEqual(document.state, "success")
        self.assertEqual(len(document.profile_ids), 2)

    def test_bad_document_does_not_stop_the_batch(self):
        documents = self.upload(
            [
                ("scan.pdf", b"%PDF-1.4\n%broken"),
                ("good.csv", CSV_DATA),
            ]
        )
        self.run_queue()
        self.assertEqual(documents.mapped("state"), ["failed", "success"])
        self.assertIn("damaged", documents[0].error_message)

    def test_storage_failure_fails_only_that_document(self):
        """When storing a batch fails, each document is stored on its own."""
        documents = self.upload([("a.csv", CSV_DATA), ("b.pdf", make_resume("Bea Bad", "bea@example.com"))])
        Profile = type(self.Profile)
        original = Profile._prepare_vals

        def prepare_vals(profile_model, document, profile):
            if document.name == "b.pdf":
                raise ValueError("cannot store this one")
            return original(profile_model, document, profile)

        with (
            patch.object(Profile, "_prepare_vals", prepare_vals),
            mute_logger("odoo.addons.heymilo_ingestion.models.heymilo_ingestion_document"),
        ):
            self.run_queue()
        self.assertEqual(documents.mapped("state"), ["success", "failed"])
        self.assertIn("Unexpected error while processing this file (ValueError)", documents[1].error_message)
        self.assertEqual(len(documents[0].profile_ids), 2)
        self.assertFalse(documents[1].profile_ids)

    def test_job_opens_its_ingestion_page(self):
        officer = new_test_user(self.env, "hm_page_officer", groups="hr_recruitment.group_hr_recruitment_user")
        action = self.job.with_user(officer).action_open_heymilo_ingestion()
        self.assertEqual(action["res_model"], "heymilo.ingestion.document")
        self.assertIn(("job_id", "=", self.job.id), action["domain"])
        self.assertEqual(action["context"]["default_job_id"], self.job.id)
        self.assertFalse(self.env["heymilo.api.key"].search([("job_id", "=", self.job.id)]))
        profiles = self.job.action_open_heymilo_profiles()
        self.assertEqual(profiles["res_model"], "heymilo.ingestion.profile")
        self.assertEqual(profiles["domain"], [("job_id", "=", self.job.id)])
        self.assertEqual(profiles["context"]["search_default_group_document"], 1)
