from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged

from .common import CSV_DATA, make_resume

UPLOAD_ID = "0123456789abcdef0123456789abcdef"


@tagged("post_install", "-at_install")
class TestPageUpload(HttpCase):
    """The route the ingestion page sends each file to, one request per file."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.officer = new_test_user(cls.env, "hm_page_officer", groups="hr_recruitment.group_hr_recruitment_user")
        cls.job = cls.env["hr.job"].create({"name": "Page posting"})

    def send(self, name, data, upload_id=UPLOAD_ID, job_id=None):
        return self.url_open(
            "/heymilo/ingestion/upload",
            data={
                "csrf_token": http.Request.csrf_token(self),
                "job_id": str(job_id or self.job.id),
                "upload_id": upload_id,
                "auto_ingest": "1",
            },
            files={"file": (name, data)},
        )

    def test_files_sent_one_by_one_form_one_upload(self):
        self.authenticate("hm_page_officer", "hm_page_officer")
        first = self.send("list.csv", CSV_DATA)
        second = self.send("cv.pdf", make_resume("Page Person", "page@example.com"))
        self.assertEqual((first.status_code, second.status_code), (201, 201), second.text)
        ids = first.json()["document_ids"] + second.json()["document_ids"]
        documents = self.env["heymilo.ingestion.document"].browse(ids)
        self.assertEqual(documents.mapped("upload_id"), [UPLOAD_ID, UPLOAD_ID], "one upload: one 'done' notice")
        self.assertEqual(documents.user_id, self.officer)
        self.assertTrue(all(documents.mapped("auto_ingest")))
        for i in range(8):
            self.assertEqual(self.send("l%d.csv" % i, CSV_DATA + b"x;x%d@example.com;\n" % i).status_code, 201)
        eleventh = self.send("l11.csv", CSV_DATA + b"y;y@example.com;\n")
        self.assertEqual(eleventh.status_code, 422)
        self.assertIn("At most 10 files", eleventh.json()["error"]["message"])

    def test_refusals_are_json_with_the_stored_name(self):
        self.authenticate("hm_page_officer", "hm_page_officer")
        refused = self.send("scan\u202egpj.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
        self.assertEqual(refused.status_code, 422)
        self.assertIn("scangpj.pdf", refused.json()["error"]["message"])
        self.assertEqual(self.send("l.csv", CSV_DATA, upload_id="../../etc").status_code, 422)
        self.assertEqual(self.send("l.csv", CSV_DATA, job_id=999999).status_code, 422)
        self.assertFalse(self.env["heymilo.ingestion.document"].search([("job_id", "=", self.job.id)]))

    def test_anonymous_visitors_cannot_upload(self):
        self.authenticate(None, None)
        response = self.send("list.csv", CSV_DATA)
        self.assertNotEqual(response.status_code, 201)
        self.assertFalse(self.env["heymilo.ingestion.document"].search([("job_id", "=", self.job.id)]))
