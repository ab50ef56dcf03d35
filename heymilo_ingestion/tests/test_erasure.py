from lxml import etree
from odoo.tests import new_test_user, tagged

from .common import CSV_DATA, IngestionCase, make_resume, make_zip
from .receiver import Receiver

ADA_PHONE = "+44 20 7946 0001"  # Ada's row of CSV_DATA


@tagged("post_install", "-at_install")
class TestErasure(IngestionCase):
    """Ada Lovelace is in a resume, in a CSV next to Alan Turing, in a
    resume under another e-mail with her phone, and in another company."""

    def setUp(self):
        super().setUp()
        self.receiver = Receiver()
        self.addCleanup(self.receiver.close)
        self.job.heymilo_webhook_url = self.receiver.url
        self.resume = self.upload([("ada.pdf", make_resume("Ada Lovelace", "ada@example.org", ADA_PHONE))], True)
        self.csv = self.upload([("list.csv", CSV_DATA)])
        self.by_phone = self.upload([("al.pdf", make_resume("A. Lovelace", "countess@example.org", ADA_PHONE))])
        self.other_company = self.env["res.company"].create({"name": "Elsewhere"})
        job_b = self.env["hr.job"].create({"name": "B", "company_id": self.other_company.id})
        self.elsewhere = self.upload([("ada-b.pdf", make_resume("Ada Lovelace", "ada@example.org"))], job=job_b)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        self.env["heymilo.webhook.delivery"]._cron_send_webhooks()
        self.ada = self.resume.profile_ids
        self.ada_row, self.alan_row = self.csv.profile_ids.sorted("source_row")
        self.deliveries = self.ada.delivery_ids
        self.assertEqual((self.ada.state, self.deliveries.state), ("ingested", "sent"))

    def export(self, profiles):
        action = profiles.action_export_csv()
        return self.env["ir.attachment"].browse(int(action["url"].split("/web/content/")[1].split("?")[0]))

    def attachments_of(self, documents):
        return self.env["ir.attachment"].search([("res_model", "=", documents._name), ("res_id", "in", documents.ids)])

    def assert_ada_erased(self):
        self.assertFalse((self.ada | self.ada_row | self.by_phone.profile_ids).exists(), "every profile of Ada")
        self.assertFalse((self.resume | self.by_phone).exists(), "the resumes that held only her")
        self.assertFalse(self.attachments_of(self.resume | self.by_phone), "and their files")
        self.assertFalse(self.deliveries.exists(), "her webhook payloads")
        self.assertTrue(self.alan_row.exists(), "the CSV keeps the other rows")
        self.assertEqual(self.alan_row.email, "alan@example.org")
        self.assertTrue(self.csv.file_removed_at, "the CSV's stored file, which held her row, goes")
        self.assertFalse(self.attachments_of(self.csv))
        self.assertTrue(self.elsewhere.profile_ids.exists(), "another company's data is not hers to erase")

    def test_candidate_deletion_erases_the_person(self):
        with_ada, without_ada = self.export(self.ada | self.alan_row), self.export(self.alan_row)
        candidate = self.ada.candidate_id
        candidate.applicant_ids.unlink()
        candidate.unlink()
        self.assert_ada_erased()
        self.assertFalse(with_ada.exists(), "the export that named her")
        self.assertTrue(without_ada.exists())

    def test_candidate_anonymised(self):
        self.ada.candidate_id.write({"partner_name": "Anonymous", "email_from": False, "partner_phone": False})
        self.assert_ada_erased()
        self.assertTrue(self.alan_row.exists())

    def test_candidate_partner_deleted(self):
        partner = self.ada.candidate_id.partner_id
        self.assertTrue(partner)
        partner.unlink()
        self.assert_ada_erased()

    def test_unrelated_candidate_edit_erases_nothing(self):
        self.ada.candidate_id.write({"partner_name": "Ada King", "linkedin_profile": False})
        self.assertTrue((self.ada | self.ada_row | self.by_phone.profile_ids).exists())

    def test_erase_action_on_a_profile(self):
        officer = new_test_user(self.env, "hm_eraser", groups="hr_recruitment.group_hr_recruitment_user")
        applicant = self.ada.applicant_id
        self.ada_row.with_user(officer).action_erase_person_data()
        self.assert_ada_erased()
        self.assertTrue(applicant.exists(), "Recruitment's own records stay")
        form = etree.fromstring(self.env["heymilo.ingestion.profile"].get_view(view_type="form")["arch"])
        (button,) = form.xpath("//button[@name='action_erase_person_data']")
        self.assertTrue(button.get("confirm"), "asks for confirmation")

    def test_archive_members_of_other_people_keep_their_files(self):
        bob = make_resume("Bob Stone", "bob@example.com")
        archive = self.upload(
            [("batch.zip", make_zip([("ada2.pdf", make_resume("Ada L.", "ada@example.org")), ("bob.pdf", bob)]))]
        )
        self.run_queue()
        bob_member = archive.child_ids.filtered(lambda m: m.name == "bob.pdf")
        self.ada.action_erase_person_data()
        self.assertEqual(archive.child_ids, bob_member, "her member is gone")
        self.assertFalse(self.attachments_of(archive), "the archive that held her is not kept")
        self.assertEqual(bob_member.attachment_id.raw, bob, "the other member got a file of its own")
        self.assertTrue(bob_member.action_download())
        self.assertEqual(bob_member.profile_ids.email, "bob@example.com")

    def test_privacy_lookup_finds_and_removes(self):
        wizard = self.env["privacy.lookup.wizard"].create({"name": "Ada Lovelace", "email": "ada@example.org"})
        wizard.action_lookup()
        found = {(line.res_model, line.res_id) for line in wizard.line_ids}
        for records in (self.ada | self.ada_row, self.resume | self.csv, self.deliveries):
            for record in records:
                self.assertIn((record._name, record.id), found)
        self.assertIn(("heymilo.ingestion.document", self.elsewhere.id), found, "a request covers every company")
        ours = wizard.line_ids.filtered(lambda line: line.res_model.startswith("heymilo."))
        ours.action_unlink_all()
        self.assertTrue(all(ours.mapped("is_unlinked")))
        self.assertFalse((self.ada | self.ada_row).exists())
        self.assertFalse(self.resume.exists())
        self.assertFalse(self.deliveries.exists())
        self.assertTrue(self.alan_row.exists(), "removing the CSV's line removes her row, not Alan's")
        self.assertTrue(self.csv.file_removed_at)
