from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CSV_DATA, IngestionCase, make_resume, make_zip


@tagged("post_install", "-at_install")
class TestSecurity(IngestionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_b = cls.env["res.company"].create({"name": "Company B"})
        cls.officer = new_test_user(cls.env, "hm_officer", groups="hr_recruitment.group_hr_recruitment_user")
        cls.officer_b = new_test_user(
            cls.env,
            "hm_officer_b",
            groups="hr_recruitment.group_hr_recruitment_user",
            company_id=cls.company_b.id,
            company_ids=[(6, 0, cls.company_b.ids)],
        )
        cls.employee = new_test_user(cls.env, "hm_employee", groups="base.group_user")
        cls.interviewer = new_test_user(
            cls.env, "hm_interviewer", groups="hr_recruitment.group_hr_recruitment_interviewer"
        )
        cls.portal = new_test_user(cls.env, "hm_portal", groups="base.group_portal")

    def test_officer_uploads_reviews_and_deletes(self):
        Document = self.Document.with_user(self.officer)
        document = Document._create_from_upload(self.job.with_user(self.officer), [("a.csv", CSV_DATA)])
        self.run_queue()
        self.assertEqual(document.user_id, self.officer)
        profiles = document.profile_ids
        self.assertEqual(len(profiles), 2)
        profiles[0].unlink()
        action = (
            self.env["ir.actions.server"]
            .browse(self.env.ref("heymilo_ingestion.heymilo_ingestion_profile_action_delete").id)
            .with_user(self.officer)
            .with_context(active_model="heymilo.ingestion.profile", active_ids=profiles[1].ids)
            .run()
        )
        self.assertTrue(profiles[1].exists(), "the bulk delete asks first")
        self.env[action["res_model"]].with_user(self.officer).browse(action["res_id"]).action_delete()
        self.assertFalse(profiles.exists())
        document.unlink()

    def test_other_users_have_no_access(self):
        document = self.upload([("a.csv", CSV_DATA)])
        for user in (self.employee, self.interviewer, self.portal):
            with self.assertRaises(AccessError, msg=user.login):
                document.with_user(user).read(["name"])
            with self.assertRaises(AccessError, msg=user.login):
                self.Document.with_user(user).create({"name": "x.csv", "job_id": self.job.id})

    def test_multi_company_isolation(self):
        document = self.upload([("a.csv", CSV_DATA)])
        self.run_queue()
        self.assertEqual(document.company_id, self.env.company)
        self.assertFalse(self.Document.with_user(self.officer_b).search([("id", "=", document.id)]))
        self.assertFalse(self.Profile.with_user(self.officer_b).search([("document_id", "=", document.id)]))
        with self.assertRaises(AccessError):
            document.with_user(self.officer_b).read(["name"])
        job_b = self.env["hr.job"].create({"name": "B job", "company_id": self.company_b.id})
        doc_b = self.Document.with_user(self.officer_b)._create_from_upload(
            job_b.with_user(self.officer_b), [("b.csv", CSV_DATA)]
        )
        self.assertEqual(doc_b.company_id, self.company_b)
        self.assertFalse(self.Document.with_user(self.officer).search([("id", "=", doc_b.id)]))

    def test_officer_downloads_an_archive_member_other_company_cannot(self):
        pdf = make_resume("Maria Gonzalez", "maria@example.com")
        archive = self.upload([("batch.zip", make_zip([("cv/maria.pdf", pdf)]))])
        self.run_queue()
        member = archive.child_ids
        action = member.with_user(self.officer).action_download()
        attachment = member.attachment_id.with_user(self.officer)
        self.assertIn("/web/content/%d" % attachment.id, action["url"])
        self.assertEqual(attachment.raw, pdf, "the officer can read what they download")
        with self.assertRaises(AccessError):
            member.with_user(self.officer_b).action_download()

    def test_only_administrators_change_the_webhook_secret(self):
        self.job.heymilo_webhook_url = "https://agent.example/hook"
        secret = self.job.heymilo_webhook_secret
        with self.assertRaises(AccessError):
            self.job.with_user(self.officer).action_heymilo_new_webhook_secret()
        manager = new_test_user(self.env, "hm_manager", groups="hr_recruitment.group_hr_recruitment_manager")
        self.job.with_user(manager).action_heymilo_new_webhook_secret()
        self.assertNotEqual(self.job.heymilo_webhook_secret, secret)
