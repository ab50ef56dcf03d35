import base64

from odoo.tests import new_test_user, tagged

from .common import CSV_DATA, IngestionCase, make_resume, make_zip
from .files import MACRO_WORD

BATCH = [
    ("list.csv", b"Full Name,E-mail,Location,Shirt Size\nZed Zip,zed@example.com,Porto,XL\n"),
    ("scan.png", b"\x89PNG\r\n\x1a\n"),
    ("notes.gif", b"GIF89a"),
    ("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com")),
]


@tagged("post_install", "-at_install")
class TestIngestionPage(IngestionCase):
    """What the ingestion page shows and does, server side."""

    def extracted(self, files, **upload):
        documents = self.upload(files, **upload)
        self.run_queue()
        return documents

    def test_archive_rolls_up_its_members(self):
        archive = self.extracted([("batch.zip", make_zip(BATCH))])
        self.assertEqual(archive.state, "success", "the archive itself was unpacked")
        self.assertEqual(archive.outcome, "partial", "a ZIP whose members failed is not a plain Success")
        self.assertEqual(archive.status_note, "2 of 4 members failed")
        self.assertEqual((archive.member_count, archive.member_failed_count), (4, 2))
        self.assertEqual(sorted(archive.all_profile_ids.mapped("name")), ["Maria Gonzalez", "Zed Zip"])
        self.assertEqual(archive.all_profile_ids.archive_id, archive, "each member profile is traced to its archive")
        failed = self.extracted([("bad.zip", make_zip(BATCH[1:3]))])
        self.assertEqual(failed.outcome, "failed", "all members failed")
        self.assertEqual(self.Document.search([("outcome", "=", "partial")]), archive)

    def test_search_finds_a_candidate_inside_an_archive(self):
        archive = self.extracted([("batch.zip", make_zip(BATCH))])
        plain = self.extracted([("list.csv", CSV_DATA)])
        view = self.env.ref("heymilo_ingestion.heymilo_ingestion_document_view_search")
        self.assertIn("child_ids.profile_ids.name", view.arch, "the Candidate search looks inside archives")
        domain = [("parent_id", "=", False)]
        for term, found in (("Zed Zip", archive), ("maria@example", archive), ("Ada", plain)):
            matched = self.Document.search(
                domain
                + [
                    "|",
                    "|",
                    "|",
                    ("profile_ids.name", "ilike", term),
                    ("profile_ids.email", "ilike", term),
                    ("child_ids.profile_ids.name", "ilike", term),
                    ("child_ids.profile_ids.email", "ilike", term),
                ]
            )
            self.assertEqual(matched, found, term)

    def test_upload_summary_counts_files_as_the_page(self):
        self.extracted([("batch.zip", make_zip(BATCH)), ("list.csv", CSV_DATA)])
        again = self.extracted([("copy.csv", CSV_DATA)])
        (summary,) = self.Document.get_upload_summaries([again.upload_id])
        self.assertEqual((summary["failed"], summary["duplicates"]), (0, 1), "a re-upload is not a failure")
        first = self.Document.search([("name", "=", "batch.zip")]).upload_id
        (summary,) = self.Document.get_upload_summaries([first])
        self.assertEqual(
            {k: summary[k] for k in ("success", "failed", "profiles")},
            {"success": 3, "failed": 2, "profiles": 4},
            "the archive counts as its four members",
        )
        self.job.invalidate_recordset()
        self.assertAlmostEqual(self.job.heymilo_stat_success_rate, 60.0, msg="3 of 5 files, the duplicate left out")

    def test_files_checked_before_sending_by_the_server_rules(self):
        word = MACRO_WORD
        heads = [
            {"name": name, "head": base64.b64encode(data[:4096]).decode()}
            for name, data in (("letter.pdf", word), ("list.txt", CSV_DATA), ("a.zip", make_zip(BATCH)))
        ]
        checked = self.Document.check_upload_files(heads)
        self.assertIn("macro-enabled Word document", checked[0]["reason"])
        self.assertEqual([c["file_type"] for c in checked[1:]], ["csv", "zip"])
        self.assertEqual([c["reason"] for c in checked[1:]], ["", ""])

    def test_bulk_delete_confirms_and_statistics_stay_consistent(self):
        documents = self.extracted([("list.csv", CSV_DATA)])
        profiles = documents.profile_ids
        profiles[0].action_ingest()
        self.Profile._cron_ingest_profiles()
        applicant = profiles[0].applicant_id
        action = profiles.action_confirm_delete()
        wizard = self.env[action["res_model"]].browse(action["res_id"])
        self.assertTrue(profiles.exists(), "nothing is deleted before the confirmation")
        self.assertIn("Delete 2 extracted profile(s)", wizard.summary)
        self.assertIn("1 of them were ingested: their applicants and candidates stay", wizard.summary)
        wizard.action_delete()
        self.assertFalse(profiles.exists())
        self.assertTrue(applicant.exists())
        self.job.invalidate_recordset()
        applications = self.env["hr.applicant"].search_count([("job_id", "=", self.job.id)])
        self.assertEqual((self.job.heymilo_stat_ingested, applications), (1, 1))

    def test_auto_ingest_needs_an_email_or_a_phone_by_default(self):
        self.assertTrue(self.env["hr.job"].create({"name": "New"}).heymilo_require_contact)
        listing = b"Full Name,E-mail,Mobile\nAda Lovelace,ada@example.org,\nNo Contact,,\n"
        profiles = self.extracted([("l.csv", listing)], auto_ingest=True).profile_ids
        self.assertEqual({p.name: p.state for p in profiles}, {"Ada Lovelace": "queued", "No Contact": "extracted"})
        preview = self.job.get_heymilo_ingest_preview()
        self.assertTrue(preview["require_contact"])
        self.assertFalse(preview["webhook"])
        self.assertTrue(preview["stage"])

    def test_applicant_gets_what_has_no_field_and_the_recruiter_authors(self):
        recruiter = new_test_user(self.env, "hm_page_recruiter", groups="hr_recruitment.group_hr_recruitment_user")
        self.use_invitation()
        archive = self.extracted([("batch.zip", make_zip(BATCH))])
        zed = archive.all_profile_ids.filtered(lambda p: p.name == "Zed Zip")
        zed.with_user(recruiter).action_ingest()
        self.Profile._cron_ingest_profiles()
        applicant = zed.applicant_id
        self.assertIn("Porto", applicant.applicant_notes)
        self.assertIn("Shirt Size", applicant.applicant_notes)
        note = applicant.message_ids.filtered(lambda m: "Ingested" in (m.body or ""))
        self.assertEqual(note.author_id, recruiter.partner_id, "not OdooBot")
        mail = self.env["mail.mail"].search([("model", "=", "hr.applicant"), ("res_id", "=", applicant.id)])
        self.assertEqual(mail.author_id, recruiter.partner_id)

    def test_invitation_opt_out_for_a_batch(self):
        self.use_invitation()
        self.Document.action_upload_files(
            self.job.id, [{"name": "l.csv", "data": base64.b64encode(CSV_DATA)}], True, False
        )
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        applicants = self.env["hr.applicant"].search([("job_id", "=", self.job.id)])
        self.assertTrue(applicants)
        self.assertFalse(
            self.env["mail.mail"].search([("model", "=", "hr.applicant"), ("res_id", "in", applicants.ids)])
        )

    def test_send_to_interview_agent_after_the_url_is_set(self):
        profile = self.extracted([("list.csv", CSV_DATA)]).profile_ids[0]
        profile.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.assertEqual(profile.webhook_state, "none", "no URL at ingestion time")
        self.job.heymilo_webhook_url = "https://agent.example.com/hook"
        profile.action_send_webhook()
        self.assertEqual(profile.webhook_state, "pending")
        self.assertEqual(len(profile.delivery_ids), 1)

    def test_status_report_reads_as_a_person_does(self):
        self.extracted([("batch.zip", make_zip(BATCH))])
        action = self.Document.search(
            [("job_id", "=", self.job.id), ("parent_id", "=", False)]
        ).action_export_status_report()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/web/content/")[1].split("?")[0]))
        self.assertRegex(attachment.name, r"^ingestion-status-Data-Engineer-\d{4}-\d{2}-\d{2}\.csv$")
        rows = attachment.raw.decode("utf-8-sig").splitlines()
        archive_row = rows[1].split(",")
        self.assertIn("ZIP", archive_row)
        self.assertIn("Partly Failed", archive_row)
        self.assertIn("2 of 4 members failed", archive_row)
        self.assertRegex(rows[1], r",\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},", "no microseconds")
        self.assertNotIn("success", rows[1])

    def test_review_screen_walks_the_batch(self):
        documents = self.extracted([("list.csv", CSV_DATA), ("maria.pdf", make_resume("Maria Gonzalez", "m@x.org"))])
        maria = documents.profile_ids.filtered(lambda p: p.name == "Maria Gonzalez")
        action = maria.action_view_details()
        self.assertEqual(action["tag"], "heymilo_ingestion.review")
        self.assertEqual(set(action["params"]["profile_ids"]), set(documents.profile_ids.ids), "the whole upload")
        self.assertEqual(action["params"]["active_id"], maria.id)
        source = maria.get_review_source()
        self.assertRegex(source["url"], r"^/web/content/\d+$", "the resume, inline")
        self.assertEqual(self.env["ir.attachment"].browse(int(source["url"].split("/")[-1])).raw[:5], b"%PDF-")
        row = documents.profile_ids.filtered(lambda p: p.name == "Ada Lovelace").get_review_source()
        self.assertIn("Ada", row["text"])

    def test_possible_duplicates_flagged_at_extraction(self):
        first = self.extracted([("list.csv", CSV_DATA)]).profile_ids
        ada = first.filtered(lambda p: p.name == "Ada Lovelace")
        ada.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.assertFalse(any(first.mapped("duplicate_hint")), "nothing to compare with at first")
        again = self.extracted(
            [("more.csv", b"Full Name;E-mail;Mobile\nAda L.;ADA@example.org;\nAlan T.;;\nNew Person;new@x.org;\n")]
        ).profile_ids
        hints = {p.name: p.duplicate_hint for p in again}
        self.assertEqual(hints["Ada L."], "Same contact as candidate Ada Lovelace", "an existing candidate")
        self.assertFalse(hints["New Person"])
        twins = self.extracted(
            [("one.csv", b"Full Name;E-mail\nBo One;bo@x.org\n"), ("two.csv", b"Full Name;E-mail\nBo Two;bo@x.org\n")]
        ).profile_ids.sorted("id")
        self.assertEqual(twins.mapped("duplicate_hint"), [False, "Same contact as Bo One (one.csv)"], "same batch")
        twins[1].action_skip_duplicate()
        self.assertEqual(twins[1].state, "duplicate")
        self.assertIn("Skipped", twins[1].error_message)

    def test_group_headers_do_not_sum_file_sizes(self):
        self.extracted([("list.csv", CSV_DATA), ("maria.pdf", make_resume("Maria Gonzalez", "m@x.org"))])
        groups = self.Document.read_group([("job_id", "=", self.job.id)], ["file_size"], ["file_type"])
        self.assertTrue(groups)
        self.assertTrue(all("file_size" not in group or not group["file_size"] for group in groups))
