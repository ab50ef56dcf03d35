from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from .common import CSV_DATA, make_resume, tamper


@tagged("post_install", "-at_install")
class TestGateway(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(cls.env, "hm_gw_manager", groups="hr_recruitment.group_hr_recruitment_manager")
        ApiKey = cls.env["heymilo.api.key"].with_user(cls.manager)
        cls.job = cls.env["hr.job"].create({"name": "Gateway posting"})
        cls.other_job = cls.env["hr.job"].create({"name": "Other posting"})
        cls.key = ApiKey.generate(cls.job.id)
        cls.other_key = ApiKey.generate(cls.other_job.id)
        company_b = cls.env["res.company"].create({"name": "Gateway B"})
        cls.manager.company_ids |= company_b
        cls.job_b = cls.env["hr.job"].create({"name": "B posting", "company_id": company_b.id})
        cls.key_b = ApiKey.with_company(company_b).generate(cls.job_b.id)

    def post(self, files=(("files", ("list.csv", CSV_DATA)),), key=None, url_key=None, mode="upload"):
        headers = {"Authorization": "Bearer %s" % (key or self.key["key"])} if key != "" else {}
        return self.opener.post(
            "%s/heymilo/ingestion/%s/documents" % (self.base_url(), url_key or self.key["url_key"]),
            files=list(files),
            data={"mode": mode},
            headers=headers,
            timeout=30,
        )

    def get(self, document_id, key=None, url_key=None):
        return self.opener.get(
            "%s/heymilo/ingestion/%s/documents/%d" % (self.base_url(), url_key or self.key["url_key"], document_id),
            headers={"Authorization": "Bearer %s" % (key or self.key["key"])},
            timeout=30,
        )

    def assertError(self, response, status, code):
        self.assertEqual(response.status_code, status, response.text)
        self.assertEqual(response.json()["error"]["code"], code)
        self.assertTrue(response.json()["error"]["message"])

    def test_201_upload_and_get_document(self):
        response = self.post(
            files=[("files", ("list.csv", CSV_DATA)), ("files", ("cv.pdf", make_resume("Gia Way", "gia@example.com")))],
            mode="ingest",
        )
        self.assertEqual(response.status_code, 201, response.text)
        documents = response.json()["documents"]
        self.assertEqual([(d["name"], d["state"]) for d in documents], [("list.csv", "queued"), ("cv.pdf", "queued")])
        records = self.env["heymilo.ingestion.document"].browse([d["id"] for d in documents])
        self.assertEqual(records.job_id, self.job)
        self.assertTrue(all(records.mapped("auto_ingest")))
        self.assertEqual(records.user_id, self.manager)
        records._cron_extract_documents()
        body = self.get(documents[0]["id"]).json()
        self.assertEqual(body["state"], "success")
        self.assertEqual([p["email"] for p in body["profiles"]], ["ada@example.org", "alan@example.org"])
        key = self.env["heymilo.api.key"].browse(self.key["id"])
        self.assertTrue(key.last_used_at)

    def test_401_missing_invalid_expired_revoked(self):
        self.assertError(self.post(key=""), 401, "missing_key")
        self.assertError(self.post(key="hmk_0000000000000000"), 401, "invalid_key")
        self.assertError(self.post(key=tamper(self.key["key"])), 401, "invalid_key")
        key = self.env["heymilo.api.key"].browse(self.key["id"])
        key.expires_at = fields.Datetime.now() - timedelta(minutes=1)
        self.assertError(self.post(), 401, "expired_key")
        key.expires_at = False
        key.action_revoke()
        self.assertError(self.post(), 401, "revoked_key")

    def test_403_key_of_another_posting_or_company(self):
        self.assertError(self.post(key=self.other_key["key"]), 403, "wrong_posting")
        self.assertError(self.post(key=self.key_b["key"]), 403, "wrong_posting")
        self.assertError(self.post(key=self.key["key"], url_key=self.key_b["url_key"]), 403, "wrong_posting")

    def test_404_unknown_posting_and_document_of_another_posting(self):
        self.assertError(self.post(url_key="no-such-posting"), 404, "unknown_posting")
        other = self.env["heymilo.ingestion.document"]._create_from_upload(self.other_job, [("o.csv", CSV_DATA)])
        self.assertError(self.get(other.id), 404, "unknown_document")
        self.assertError(self.get(999999999), 404, "unknown_document")

    def test_409_archived_posting(self):
        self.job.active = False
        self.assertError(self.post(), 409, "posting_inactive")

    def test_413_file_too_large(self):
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.max_file_size", 1000)
        big = b"Name,Email\n" + b"Someone,someone@example.com\n" * 100
        self.assertError(self.post(files=[("files", ("big.csv", big))]), 413, "file_too_large")

    def test_415_unsupported_type(self):
        gif = b"GIF89a" + b"\x00" * 50
        self.assertError(self.post(files=[("files", ("cv.pdf", gif))]), 415, "unsupported_type")

    def test_422_no_file_too_many_files_bad_mode(self):
        self.assertError(self.post(files=[]), 422, "no_file")
        eleven = [("files", ("l%d.csv" % i, CSV_DATA + b"x;x%d@example.com;\n" % i)) for i in range(11)]
        self.assertError(self.post(files=eleven), 422, "too_many_files")
        self.assertError(self.post(mode="later"), 422, "invalid_mode")
        self.assertFalse(self.env["heymilo.ingestion.document"].search([("job_id", "=", self.job.id)]))

    def test_a_key_has_its_creators_rights_on_every_call(self):
        response = self.post()
        self.assertEqual(response.status_code, 201, response.text)
        document_id = response.json()["documents"][0]["id"]
        self.env["heymilo.ingestion.document"]._cron_extract_documents()
        self.assertEqual(len(self.get(document_id).json()["profiles"]), 2)
        recruitment = self.env.ref("hr_recruitment.group_hr_recruitment_manager") | self.env.ref(
            "hr_recruitment.group_hr_recruitment_user"
        )
        self.manager.groups_id = [(3, group.id) for group in recruitment]
        self.assertFalse(self.manager.has_group("hr_recruitment.group_hr_recruitment_user"))
        self.assertError(self.post(), 403, "missing_rights")
        self.assertError(self.get(document_id), 403, "missing_rights")
        self.manager.groups_id = [(4, group.id) for group in recruitment]
        self.assertEqual(self.get(document_id).status_code, 200)
        self.manager.active = False
        self.assertError(self.post(), 401, "owner_inactive")
        self.assertError(self.get(document_id), 401, "owner_inactive")

    def test_get_reads_only_what_the_creator_may_read(self):
        response = self.post()
        document_id = response.json()["documents"][0]["id"]
        self.manager.company_ids -= self.job_b.company_id
        document = self.env["heymilo.ingestion.document"].browse(document_id)
        company_b = self.job_b.company_id
        document.job_id.company_id = company_b  # the posting moved to a company the creator left
        self.assertError(self.get(document_id), 403, "missing_rights")
