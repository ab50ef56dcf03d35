from odoo.tests import HttpCase, new_test_user, tagged

from ..export import EXPORT_DESCRIPTION
from .common import CSV_DATA


@tagged("post_install", "-at_install")
class TestExportPrivacy(HttpCase):
    """An export holds candidates' names, e-mails and phones: only the
    recruiter who asked for it can find or download it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        recruiter = "hr_recruitment.group_hr_recruitment_user"
        company_b = cls.env["res.company"].create({"name": "Export B"})
        cls.requester = new_test_user(cls.env, "hm_exporter", groups=recruiter)
        cls.colleague = new_test_user(cls.env, "hm_colleague", groups=recruiter)
        cls.employee = new_test_user(cls.env, "hm_employee_x", groups="base.group_user")
        cls.officer_b = new_test_user(
            cls.env, "hm_officer_bx", groups=recruiter, company_id=company_b.id, company_ids=[(6, 0, company_b.ids)]
        )
        job = cls.env["hr.job"].create({"name": "Exported posting"})
        cls.documents = cls.env["heymilo.ingestion.document"]._create_from_upload(job, [("list.csv", CSV_DATA)])
        cls.documents._cron_extract_documents()

    def exports(self):
        documents = self.documents.with_user(self.requester)
        actions = [documents.profile_ids.action_export_csv(), documents.action_export_status_report()]
        return [int(action["url"].split("/web/content/")[1].split("?")[0]) for action in actions]

    def download(self, user, attachment_id):
        self.authenticate(user.login, user.login)
        return self.url_open("/web/content/%d?download=true" % attachment_id)

    def test_only_the_requester_finds_and_downloads_an_export(self):
        ids = self.exports()
        Attachment = self.env["ir.attachment"]
        for attachment_id in ids:
            response = self.download(self.requester, attachment_id)
            self.assertEqual(response.status_code, 200)
            self.assertIn(b"Ada Lovelace" if attachment_id == ids[0] else b"list.csv", response.content)
        mine = Attachment.with_user(self.requester).search([("description", "=", EXPORT_DESCRIPTION)])
        self.assertEqual(sorted(mine.ids), sorted(ids))
        for user in (self.employee, self.officer_b, self.colleague):
            found = Attachment.with_user(user).search(
                ["|", ("description", "=", EXPORT_DESCRIPTION), ("id", "in", ids)]
            )
            self.assertFalse(found, user.login)
            for attachment_id in ids:
                response = self.download(user, attachment_id)
                self.assertNotEqual(response.status_code, 200, user.login)
                self.assertNotIn(b"ada@example.org", response.content, user.login)
