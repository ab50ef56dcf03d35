import psycopg2
from odoo import SUPERUSER_ID, api
from odoo.tests import tagged
from odoo.tools import SQL, mute_logger

from .common import CSV_DATA, IngestionCase, committed_upload, make_resume, two_workers


@tagged("post_install", "-at_install")
class TestIngestion(IngestionCase):
    def extracted(self, files, **upload):
        documents = self.upload(files, **upload)
        self.run_queue()
        return documents.profile_ids

    def ingest(self, profiles):
        profiles.action_ingest()
        return self.Profile._cron_ingest_profiles()

    def test_ingest_creates_candidate_and_applicant(self):
        self.use_invitation()
        profile = self.extracted([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))])
        self.assertEqual(profile.state, "extracted")
        self.assertEqual(self.ingest(profile), 1)
        self.assertEqual(profile.state, "ingested")
        candidate, applicant = profile.candidate_id, profile.applicant_id
        self.assertRecordValues(
            candidate,
            [
                {
                    "partner_name": "Maria Gonzalez",
                    "email_from": "maria@example.com",
                    "partner_phone": "+442079460321",
                    "company_id": self.env.company.id,
                }
            ],
        )
        self.assertEqual(applicant.job_id, self.job)
        self.assertEqual(applicant.candidate_id, candidate)
        self.assertEqual(applicant.source_id, self.env.ref("heymilo_ingestion.utm_source_heymilo_ingestion"))
        self.assertEqual(applicant.heymilo_profile_id, profile)
        resume = self.env["ir.attachment"].search([("res_model", "=", "hr.applicant"), ("res_id", "=", applicant.id)])
        self.assertEqual(resume.name, "maria.pdf")
        self.assertEqual(resume.raw, profile.document_id.attachment_id.raw)
        self.assertIn("data pipelines", resume.sudo().index_content, "the resume is searchable by its text")
        note = applicant.message_ids.filtered(
            lambda m: 'data-oe-model="heymilo.ingestion.document"' in m.body and "maria.pdf" in m.body
        )
        self.assertEqual(note.attachment_ids, resume, "the chatter note links the document and shows the resume")
        mail = self.env["mail.mail"].search([("model", "=", "hr.applicant"), ("res_id", "=", applicant.id)])
        self.assertEqual((mail.subject, mail.state), ("Your interview", "outgoing"))
        self.assertTrue(profile.ingested_at)

    def test_invitation_body_rendered_for_each_applicant(self):
        """The body (QWeb) is compiled once per batch, rendered per applicant."""
        self.use_invitation(body_html='<p>Dear <t t-out="object.partner_name"/> (<t t-out="object.job_id.name"/>)</p>')
        profiles = self.extracted([("list.csv", CSV_DATA)])
        self.ingest(profiles)
        for profile in profiles:
            mail = self.env["mail.mail"].search([("res_id", "=", profile.applicant_id.id)])
            self.assertIn("Dear %s (Data Engineer)" % profile.name, mail.body_html)

    def test_existing_candidate_reused_only_empty_fields_filled(self):
        existing = self.env["hr.candidate"].create({"partner_name": "Ada L.", "email_from": "ADA@example.org"})
        profiles = self.extracted([("list.csv", CSV_DATA)])
        self.ingest(profiles)
        ada = profiles.filtered(lambda p: p.name == "Ada Lovelace")
        self.assertEqual(ada.candidate_id, existing)
        self.assertEqual(existing.partner_name, "Ada L.", "a recruiter's value is never overwritten")
        self.assertEqual(existing.partner_phone, "+442079460001", "an empty field is filled")

    def test_candidate_matched_by_phone_and_by_company(self):
        by_phone = self.env["hr.candidate"].create({"partner_name": "Old Ada", "partner_phone": "+44 20 7946 0001"})
        other_company = self.env["res.company"].create({"name": "Elsewhere"})
        self.env["hr.candidate"].create(
            {"partner_name": "Alan", "email_from": "alan@example.org", "company_id": other_company.id}
        )
        profiles = self.extracted([("list.csv", CSV_DATA)])
        self.ingest(profiles)
        ada, alan = profiles.sorted("source_row")
        self.assertEqual(ada.candidate_id, by_phone)
        self.assertEqual(alan.candidate_id.company_id, self.env.company, "no match across companies")

    def test_candidate_who_already_applied_is_a_duplicate(self):
        candidate = self.env["hr.candidate"].create({"partner_name": "Ada", "email_from": "ada@example.org"})
        applicant = self.env["hr.applicant"].create({"candidate_id": candidate.id, "job_id": self.job.id})
        profiles = self.extracted([("list.csv", CSV_DATA)])
        self.ingest(profiles)
        ada = profiles.filtered(lambda p: p.email == "ada@example.org")
        self.assertEqual(ada.state, "duplicate")
        self.assertEqual(ada.applicant_id, applicant)
        self.assertEqual(self.env["hr.applicant"].search_count([("candidate_id", "=", candidate.id)]), 1)

    def test_two_profiles_of_one_person_in_a_batch(self):
        profiles = self.extracted(
            [("list.csv", CSV_DATA), ("ada.pdf", make_resume("Ada King", "ADA@example.org"))]
        )  # one CSV repeats no e-mail, but a list and a resume can
        self.ingest(profiles)
        ada_rows = profiles.filtered(lambda p: p.email == "ada@example.org")
        self.assertEqual(sorted(ada_rows.mapped("state")), ["duplicate", "ingested"])
        self.assertEqual(len(ada_rows.candidate_id), 1)

    def test_upload_and_ingest_with_minimum_completeness(self):
        self.job.heymilo_min_completeness = 60
        documents = self.upload([("list.csv", CSV_DATA)], auto_ingest=True)
        self.run_queue()
        ada, alan = documents.profile_ids.sorted("source_row")  # Ada has a phone (70), Alan not (50)
        self.assertEqual((ada.state, alan.state), ("queued", "extracted"))
        self.Profile._cron_ingest_profiles()
        self.assertEqual((ada.state, alan.state), ("ingested", "extracted"))

    def test_upload_only_does_not_ingest(self):
        profiles = self.extracted([("list.csv", CSV_DATA)])
        self.assertEqual(set(profiles.mapped("state")), {"extracted"})
        self.assertEqual(self.Profile._cron_ingest_profiles(), 0)

    def test_idempotent_double_click_retry_and_database_guard(self):
        profile = self.extracted([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))])
        profile.action_ingest()
        with self.assertRaisesRegex(Exception, "already queued or ingested"):
            profile.action_ingest()  # double click
        self.Profile._cron_ingest_profiles()
        applicant = profile.applicant_id
        profile.state = "queued"  # a retry after a crash that happened after the commit
        self.Profile._cron_ingest_profiles()
        self.assertEqual(profile.applicant_id, applicant)
        self.assertEqual(self.env["hr.applicant"].search_count([("heymilo_profile_id", "=", profile.id)]), 1)
        with self.assertRaises(psycopg2.IntegrityError), mute_logger("odoo.sql_db"), self.cr.savepoint():
            self.env["hr.applicant"].create(
                {"candidate_id": applicant.candidate_id.id, "job_id": self.job.id, "heymilo_profile_id": profile.id}
            )
            self.env.flush_all()

    def test_two_workers_never_claim_the_same_profile(self):
        """Two real transactions claim queued profiles at once."""
        with committed_upload(self.registry, "Concurrent ingestion", [("c.csv", CSV_DATA)]) as document_ids:
            with self.registry.cursor() as cr:
                Profile = api.Environment(cr, SUPERUSER_ID, {})["heymilo.ingestion.profile"]
                profiles = Profile.create(
                    [{"document_id": document_ids[0], "name": "P%d" % i, "state": "queued"} for i in range(6)]
                )
                ids = set(profiles.ids)
            with two_workers(self.registry, "heymilo.ingestion.profile") as (first, second):
                taken = set(first._queue_claim(SQL("state = 'queued'"), 4).ids) & ids
                rest = set(second._queue_claim(SQL("state = 'queued'"), 4).ids) & ids
                self.assertEqual(len(taken), 4)
                self.assertEqual(rest, ids - taken)

    def test_failure_recorded_and_retried(self):
        template = self.use_invitation("Broken", "{{ object.no_such_field }}")
        profiles = self.extracted([("list.csv", CSV_DATA)])
        with mute_logger(
            "odoo.addons.heymilo_ingestion.models.heymilo_ingestion_profile",
            "odoo.addons.mail.models.mail_render_mixin",
        ):
            self.ingest(profiles)
        self.assertEqual(set(profiles.mapped("state")), {"failed"})
        self.assertIn("Ingestion failed", profiles[0].error_message)
        self.assertFalse(profiles.applicant_id)
        self.assertFalse(self.env["hr.applicant"].search([("job_id", "=", self.job.id)]), "rolled back")
        template.subject = "Welcome"
        self.ingest(profiles)
        self.assertEqual(set(profiles.mapped("state")), {"ingested"})

    def test_one_failing_profile_does_not_fail_its_batch(self):
        self.use_invitation("Fails for one applicant", "{{ 1 / (object.partner_name != 'Bad Apple') }}")
        rows = "".join("Good Person%d;good%d@example.com;\n" % (i, i) for i in range(9))
        profiles = self.extracted([("list.csv", ("Name;Email;Phone\nBad Apple;bad@example.com;\n" + rows).encode())])
        with mute_logger(
            "odoo.addons.heymilo_ingestion.models.heymilo_ingestion_profile",
            "odoo.addons.mail.models.mail_render_mixin",
        ):
            self.assertEqual(self.ingest(profiles), 10)
        bad = profiles.filtered(lambda p: p.name == "Bad Apple")
        self.assertEqual((bad.state, bad.applicant_id), ("failed", self.env["hr.applicant"]))
        self.assertIn("Ingestion failed", bad.error_message)
        self.assertEqual(set((profiles - bad).mapped("state")), {"ingested"})
        applicants = self.env["hr.applicant"].search([("job_id", "=", self.job.id)])
        self.assertEqual(len(applicants), 9)
        self.assertEqual(self.env["mail.mail"].search_count([("res_id", "in", applicants.ids)]), 9)

    def test_batch_resumes_notes_followers_and_duplicates_against_database(self):
        follower = self.env["res.partner"].create({"name": "Recruiter following the posting"})
        self.job.message_subscribe(follower.ids)
        earlier = self.extracted([("old.pdf", make_resume("Old Timer", "old@example.com", "+44 20 7946 0400"))])
        self.ingest(earlier)
        files = [
            ("cv%d.pdf" % i, make_resume("Person Number%d" % i, "p%d@example.com" % i, "+44 20 7946 041%d" % i))
            for i in range(3)
        ]
        profiles = self.extracted(
            files + [("again.pdf", make_resume("Old Timer", "OLD@example.com", "+44 20 7946 0400"))]
        )
        self.ingest(profiles)
        again = profiles.filtered(lambda p: p.email == "old@example.com")
        self.assertEqual((again.state, again.applicant_id), ("duplicate", earlier.applicant_id))
        for profile in profiles - again:
            applicant = profile.applicant_id
            self.assertEqual(profile.state, "ingested")
            self.assertEqual(applicant.partner_id.email, profile.email, "the candidate's contact has the e-mail")
            self.assertEqual(applicant.candidate_id.email_from, profile.email)
            resume = self.env["ir.attachment"].search(
                [("res_model", "=", "hr.applicant"), ("res_id", "=", applicant.id)]
            )
            self.assertEqual(resume.raw, profile.document_id.attachment_id.raw, "the stored file, linked")
            self.assertEqual(resume.store_fname, profile.document_id.attachment_id.store_fname, "not copied")
            note = applicant.message_ids.filtered(lambda m: "Ingested by HeyMilo Ingestion" in m.body)
            self.assertEqual(note.attachment_ids, resume)
            self.assertIn(follower, applicant.message_partner_ids, "followers of the posting follow its applicants")
        self.assertEqual(len((profiles - again).candidate_id.partner_id), 3)

    def test_ingestion_queries_do_not_grow_with_the_batch(self):
        def cost(count, tag):
            rows = "".join(
                "P%s%d Q;p%s%d@example.com;+44 20 79%s %04d\n" % (tag, i, tag, i, tag, i) for i in range(count)
            )
            profiles = self.extracted([("%s.csv" % tag, ("Name;Email;Phone\n" + rows).encode())])
            profiles.action_ingest()
            self.env.flush_all()
            before = self.cr.sql_log_count
            self.Profile._cron_ingest_profiles(batch_size=count)  # the whole list is one batch
            self.env.flush_all()
            self.assertEqual(set(profiles.mapped("state")), {"ingested"})
            return self.cr.sql_log_count - before

        cost(2, "10")  # warm caches
        small, large = cost(10, "11"), cost(60, "12")
        self.assertEqual(small, large, "a batch costs the same number of queries whatever its size")
        self.assertLessEqual(large / 60, 5, "queries per ingested profile")
