import logging
from datetime import timedelta

from freezegun import freeze_time
from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import CSV_DATA, IngestionCase, make_resume, make_zip
from .receiver import Receiver

RETENTION_LOGGER = "odoo.addons.heymilo_ingestion.models.heymilo_ingestion_retention"


@tagged("post_install", "-at_install")
class TestRetention(IngestionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Retention = cls.env["heymilo.ingestion.retention"]
        cls.env.company.write(
            {
                "heymilo_retention_unused_days": 90,
                "heymilo_retention_ingested_days": 30,
                "heymilo_retention_failed_days": 20,
                "heymilo_retention_delivery_days": 7,
            }
        )

    def extracted(self, files, job=None):
        documents = self.upload(files, job=job)
        self.run_queue()
        return documents

    def retention_after(self, days, **kwargs):
        """Run the retention job as if ``days`` had passed."""
        with freeze_time(fields.Datetime.now() + timedelta(days=days)):
            return self.Retention._cron_apply_retention(**kwargs)

    def attachments_of(self, documents):
        return self.env["ir.attachment"].search([("res_model", "=", documents._name), ("res_id", "in", documents.ids)])

    def test_profiles_never_ingested_deleted_with_their_files_after_n_days(self):
        documents = self.extracted(
            [("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com")), ("list.csv", CSV_DATA)]
        )
        profiles = documents.profile_ids
        self.assertEqual(len(profiles), 3)
        self.assertEqual(len(self.attachments_of(documents)), 2)
        self.retention_after(89)
        self.assertEqual(len(profiles.exists()), 3, "kept until their 90th day")
        with self.assertLogs(RETENTION_LOGGER, logging.INFO) as logs:
            done = self.retention_after(91)
        self.assertEqual(done["profiles never ingested"], 3)
        self.assertFalse(profiles.exists())
        self.assertFalse(documents.exists(), "a document that held only them goes with them")
        self.assertFalse(self.attachments_of(documents), "and so do their files")
        self.assertIn(str(profiles.ids), "\n".join(logs.output), "logged by id")
        self.assertNotIn("Maria", "\n".join(logs.output))

    def test_posting_override_and_company_setting(self):
        short = self.env["hr.job"].create({"name": "Short", "heymilo_retention_unused_days": 10})
        kept_long = self.extracted([("a.pdf", make_resume("Ann Long", "ann@example.com"))]).profile_ids
        short_lived = self.extracted([("b.pdf", make_resume("Bob Short", "bob@example.com"))], job=short).profile_ids
        self.retention_after(11)
        self.assertFalse(short_lived.exists(), "the posting's 10 days")
        self.assertTrue(kept_long.exists(), "the company's 90 days")
        self.env.company.heymilo_retention_unused_days = 0
        self.retention_after(1000)
        self.assertTrue(kept_long.exists(), "0 in the company: kept")
        officer = new_test_user(self.env, "hm_retention_officer", groups="hr_recruitment.group_hr_recruitment_user")
        with self.assertRaises(AccessError, msg="the override is a Recruitment Administrator's decision"):
            short.with_user(officer).write({"heymilo_retention_unused_days": 5000})

    def test_ingested_profiles_keep_only_the_link_after_m_days(self):
        document = self.extracted([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))])
        profile = document.profile_ids
        profile.action_ingest()
        self.Profile._cron_ingest_profiles()
        applicant, completeness = profile.applicant_id, profile.completeness
        resume = self.attachments_of(applicant)
        self.retention_after(29)
        self.assertEqual(profile.email, "maria@example.com")
        done = self.retention_after(31)
        self.assertEqual(done["ingested profiles"], 1)
        self.assertRecordValues(
            profile,
            [
                {
                    "name": False,
                    "email": False,
                    "phone": False,
                    "extracted_text": False,
                    "state": "ingested",
                    "applicant_id": applicant.id,
                    "completeness": completeness,
                }
            ],
        )
        self.assertTrue(profile.personal_data_removed_at)
        self.assertFalse(self.attachments_of(document), "the source file goes")
        self.assertTrue(document.file_removed_at)
        self.assertNotIn("maria", document.name.lower(), "the file name, often the person's, goes too")
        with self.assertRaises(UserError):
            document.action_download()
        self.assertEqual(applicant.partner_name, "Maria Gonzalez", "the applicant keeps what the company keeps")
        self.assertTrue(resume.exists(), "with its copy of the resume")
        self.assertEqual(self.retention_after(400)["profiles never ingested"], 0, "a purged profile stays a link")
        self.assertTrue(profile.exists())

    def test_archive_file_removed_once_all_members_are_purged(self):
        archive = self.extracted(
            [
                (
                    "batch.zip",
                    make_zip(
                        [
                            ("a.pdf", make_resume("Ann Archive", "ann@example.com", "+44 20 7946 0101")),
                            ("b.pdf", make_resume("Bob Archive", "bob@example.com", "+44 20 7946 0202")),
                        ]
                    ),
                )
            ]
        )
        self.run_queue()
        first, second = archive.child_ids.profile_ids.sorted("id")
        first.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.retention_after(31)
        self.assertFalse(first.email)
        self.assertTrue(self.attachments_of(archive), "the other member's profile still needs the archive")
        second.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.assertEqual(second.state, "ingested", second.error_message)
        self.retention_after(31)
        self.assertFalse(second.email)
        self.assertFalse(self.attachments_of(archive), "all members purged: the archive's file goes")

    def test_failed_documents_deleted_after_k_days(self):
        data = make_resume("Maria Gonzalez", "maria@example.com")
        failed = self.extracted([("broken.pdf", b"%PDF-1.4 broken")])
        original = self.extracted([("maria.pdf", data)])
        duplicate = self.upload([("maria-again.pdf", data)])
        self.assertEqual((failed.state, duplicate.state), ("failed", "failed"))
        self.retention_after(19)
        self.assertTrue((failed | duplicate).exists())
        self.assertEqual(self.retention_after(21)["failed documents"], 2)
        self.assertFalse((failed | duplicate).exists())
        self.assertFalse(self.attachments_of(failed | duplicate))
        self.assertTrue(original.exists(), "a successful document follows its profiles' rules")

    def test_webhook_payloads_removed_after_the_last_attempt(self):
        receiver = Receiver()
        self.addCleanup(receiver.close)
        self.job.heymilo_webhook_url = receiver.url
        profile = self.upload([("m.pdf", make_resume("Maria Gonzalez", "maria@example.com"))], auto_ingest=True)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        profile = profile.profile_ids
        Delivery = self.env["heymilo.webhook.delivery"]
        Delivery._cron_send_webhooks()
        delivery = profile.delivery_ids
        self.assertEqual(delivery.state, "sent")
        self.retention_after(6)
        self.assertIn("maria@example.com", delivery.payload)
        self.assertEqual(self.retention_after(8)["webhook payloads"], 1)
        self.assertFalse(delivery.payload)
        self.assertEqual(delivery.attempt_ids.mapped("status_code"), [200], "the record of the attempt stays")
        self.assertFalse(delivery.attempt_ids.response_excerpt)
        with self.assertRaises(UserError):
            delivery.action_resend()

    def test_pending_deliveries_keep_their_payload(self):
        self.job.heymilo_webhook_url = "http://127.0.0.1:9/never"
        document = self.upload([("m.pdf", make_resume("Maria Gonzalez", "maria@example.com"))], auto_ingest=True)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        self.retention_after(8)
        self.assertEqual(document.profile_ids.delivery_ids.state, "pending")
        self.assertTrue(document.profile_ids.delivery_ids.payload, "still to be sent")

    def test_bounded_batches(self):
        documents = self.extracted([("list.csv", CSV_DATA), ("c.pdf", make_resume("Cy Batch", "cy@example.com"))])
        with self.assertLogs(RETENTION_LOGGER, logging.INFO) as logs:
            done = self.retention_after(91, batch_size=2)
        self.assertEqual(done["profiles never ingested"], 3)
        self.assertEqual(len([line for line in logs.output if "profiles never ingested" in line]), 2, "two batches")
        self.assertFalse(documents.exists())

    def test_documents_left_without_profiles_deleted_after_n_days(self):
        archive = self.extracted([("broken.zip", make_zip([("broken.pdf", b"%PDF-1.4 broken")]))])
        self.assertEqual((archive.state, archive.child_ids.state), ("success", "failed"))
        self.retention_after(89)
        self.assertTrue(archive.exists())
        self.assertEqual(self.retention_after(91)["documents without profiles"], 1)
        self.assertFalse((archive | archive.child_ids).exists())
        self.assertFalse(self.attachments_of(archive))

    def test_settings_in_the_recruitment_settings_page(self):
        settings = self.env["res.config.settings"].create({"heymilo_retention_unused_days": 45})
        settings.execute()
        self.assertEqual(self.env.company.heymilo_retention_unused_days, 45)
        arch = self.env["res.config.settings"].get_view(view_type="form")["arch"]
        for name in ("unused", "ingested", "failed", "delivery"):
            self.assertIn('name="heymilo_retention_%s_days"' % name, arch)
