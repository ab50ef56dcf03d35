import os
import tempfile
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from ..controllers import gateway
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

    def test_401_for_authorization_values_that_are_no_key(self):
        real = self.key["key"]
        self.assertError(self.post(key=real + "0" * 5000), 401, "invalid_key")  # same index, too long to hash
        self.assertError(self.post(key=real[:-1] + "\x00"), 401, "invalid_key")  # NUL: no query may see it
        self.assertError(self.post(key=real.upper()), 401, "invalid_key")

    def test_413_request_over_the_routes_limit_is_json(self):
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.max_file_size", 1000)
        limit = gateway.request_limit_for(1000)
        body = b"Name,Email\n" + b"x" * (limit + 1)
        response = self.post(files=[("files", ("huge.csv", body))])
        self.assertError(response, 413, "request_too_large")
        self.assertEqual(response.headers["Content-Type"], "application/json; charset=utf-8")

    def test_413_too_many_form_parts_is_json(self):
        parts = [("files", ("p%d.csv" % i, b"a")) for i in range(1001)]  # werkzeug reads at most 1,000 parts
        self.assertError(self.post(files=parts), 413, "too_many_parts")

    def test_refusals_name_the_file_as_it_would_be_stored(self):
        png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 50
        response = self.post(files=[("files", ("cv\u202egpj.pdf", png))])
        self.assertError(response, 415, "unsupported_type")
        message = response.json()["error"]["message"]
        self.assertNotIn("\u202e", message)
        self.assertIn("cvgpj.pdf", message)

    def test_201_for_ten_files_of_45_mb_streamed(self):
        """The product's promise (10 files up to 50 MB) over Odoo's 128 MB
        request cap: the multipart body is written to a temporary file and
        streamed from it, as an integrator's client would."""
        boundary = "heymilo-boundary"
        with tempfile.TemporaryDirectory() as tmp:
            body_path = os.path.join(tmp, "body")
            with open(body_path, "wb") as body:
                body.write(b'--%s\r\nContent-Disposition: form-data; name="mode"\r\n\r\nupload\r\n' % boundary.encode())
                for i in range(10):
                    resume = make_resume("Large Person%d" % i, "large%d@example.com" % i)
                    body.write(
                        b'--%s\r\nContent-Disposition: form-data; name="files"; filename="big%d.pdf"\r\n'
                        b"Content-Type: application/pdf\r\n\r\n" % (boundary.encode(), i)
                    )
                    body.write(resume)
                    padding = 45 * 2**20 - len(resume)
                    for _chunk in range(padding // 2**20):
                        body.write(b"%" + b"0" * (2**20 - 2) + b"\n")  # PDF comment lines after %%EOF
                    body.write(b"%" * (padding % 2**20) + b"\r\n")
                body.write(b"--%s--\r\n" % boundary.encode())
            self.assertGreater(os.path.getsize(body_path), 450 * 2**20)
            with open(body_path, "rb") as stream:
                response = self.opener.post(
                    "%s/heymilo/ingestion/%s/documents" % (self.base_url(), self.key["url_key"]),
                    data=stream,
                    headers={
                        "Authorization": "Bearer %s" % self.key["key"],
                        "Content-Type": "multipart/form-data; boundary=%s" % boundary,
                    },
                    timeout=600,
                )
        self.assertEqual(response.status_code, 201, response.text[:500])
        documents = self.env["heymilo.ingestion.document"].browse([d["id"] for d in response.json()["documents"]])
        self.assertEqual(len(documents), 10)
        self.assertEqual(set(documents.mapped("file_size")), {45 * 2**20})
        self.assertEqual(set(documents.mapped("state")), {"queued"})

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
