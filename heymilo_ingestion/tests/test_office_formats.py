"""Word resumes and spreadsheet lists through the page's and the gateway's
upload rules into profiles, candidates and applicants."""

import base64

from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged

from .common import IngestionCase, make_zip
from .office_files import make_docm, make_docx, make_encrypted_xlsx, make_ods, make_odt, make_xlsx

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def word_resume(name="Maria Gonzalez", email="maria@example.com"):
    return make_docx(
        [(name, 22, True), "Data Engineer", "%s | +44 20 7946 0321 | Leeds, UK" % email],
        hyperlinks=[("LinkedIn", "https://www.linkedin.com/in/maria-gonzalez-data")],
    )


def workbook():
    return make_xlsx(
        [
            (
                "Candidatos",
                [
                    ["Nombre completo", "Correo", "Teléfono", "Ciudad"],
                    ["Lucía Pérez", "lucia@example.es", 34612345678, "Madrid"],
                ],
            )
        ]
    )


@tagged("post_install", "-at_install")
class TestOfficeUploads(IngestionCase):
    def upload_from_page(self, files):
        """What the ingestion page sends: base64 files through ``action_upload_files``."""
        ids = self.Document.action_upload_files(
            self.job.id, [{"name": name, "data": base64.b64encode(data).decode()} for name, data in files]
        )
        return self.Document.browse(ids)

    def test_docx_and_xlsx_uploads_become_profiles_and_an_applicant(self):
        documents = self.upload_from_page([("maria.docx", word_resume()), ("candidatos.xlsx", workbook())])
        self.assertEqual(documents.mapped("file_type"), ["docx", "xlsx"])
        self.assertEqual(documents.attachment_id.mapped("mimetype")[0], DOCX_MIMETYPE)
        self.run_queue()
        self.assertEqual(documents.mapped("state"), ["success", "success"], documents.mapped("error_message"))
        word, sheet = documents
        self.assertRecordValues(
            word.profile_ids,
            [
                {
                    "name": "Maria Gonzalez",
                    "email": "maria@example.com",
                    "phone": "+442079460321",
                    "linkedin_url": "https://www.linkedin.com/in/maria-gonzalez-data",
                    "location": "Leeds, UK",
                    "headline": "Data Engineer",
                }
            ],
        )
        self.assertRecordValues(
            sheet.profile_ids,
            [{"name": "Lucía Pérez", "email": "lucia@example.es", "phone": "+34612345678", "location": "Madrid"}],
        )
        word.profile_ids.action_ingest()
        self.Profile._cron_ingest_profiles()
        applicant = word.profile_ids.applicant_id
        self.assertTrue(applicant)
        resume = self.env["ir.attachment"].search([("res_model", "=", "hr.applicant"), ("res_id", "=", applicant.id)])
        self.assertEqual(resume.mimetype, DOCX_MIMETYPE)
        self.assertEqual(resume.raw, word.attachment_id.raw)

    def test_macro_enabled_and_password_protected_files_are_refused_at_upload(self):
        with self.assertRaisesRegex(UserError, r"resume\.docx is a macro-enabled Word document \(\.docm\)"):
            self.upload_from_page([("resume.docx", make_docm())])
        with self.assertRaisesRegex(UserError, "list.xlsx is a password-protected Office document"):
            self.upload_from_page([("list.xlsx", make_encrypted_xlsx())])
        self.assertFalse(self.Document.search([("job_id", "=", self.job.id)]))

    def test_zip_of_word_opendocument_and_spreadsheet_members(self):
        sheet = make_xlsx(
            [("S", [["Name", "Email", "Resume"], ["Maria Gonzalez", "maria.g@example.org", "cvs/maria.docx"]])]
        )
        archive = make_zip(
            [
                ("cvs/maria.docx", word_resume()),
                ("cvs/jean.odt", make_odt([("Jean Dupont", 20, True), "jean@example.fr"])),
                ("list.xlsx", sheet),
                ("more.ods", make_ods([("S", [["E-mail", "Nom complet"], ["ana@example.pt", "Ana Silva"]])])),
                ("macro.docx", make_docm()),
            ]
        )
        document = self.upload([("cvs.zip", archive)])
        self.run_queue()
        self.run_queue()
        members = document.child_ids.sorted("archive_index")
        self.assertEqual(members.mapped("file_type"), ["docx", "odt", "xlsx", "ods", False])
        self.assertEqual(members.mapped("state"), ["success", "success", "success", "success", "failed"])
        self.assertIn("macro-enabled", members[4].error_message)
        # The list's row was merged into the resume it names; its e-mail wins.
        self.assertEqual(members[0].profile_ids.email, "maria.g@example.org")
        self.assertFalse(members[2].profile_ids)
        self.assertEqual(members[3].profile_ids.name, "Ana Silva")


@tagged("post_install", "-at_install")
class TestOfficeGateway(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        manager = new_test_user(cls.env, "hm_office_gw", groups="hr_recruitment.group_hr_recruitment_manager")
        cls.job = cls.env["hr.job"].create({"name": "Office gateway posting"})
        cls.key = cls.env["heymilo.api.key"].with_user(manager).generate(cls.job.id)

    def post(self, name, data):
        return self.opener.post(
            "%s/heymilo/ingestion/%s/documents" % (self.base_url(), self.key["url_key"]),
            files=[("files", (name, data))],
            data={"mode": "upload"},
            headers={"Authorization": "Bearer %s" % self.key["key"]},
            timeout=30,
        )

    def test_docx_and_xlsx_through_the_gateway(self):
        for name, data, expected in (
            ("cv.docx", word_resume("Gia Way", "gia@example.com"), "gia@example.com"),
            ("list.xlsx", workbook(), "lucia@example.es"),
        ):
            response = self.post(name, data)
            self.assertEqual(response.status_code, 201, response.text)
            document = self.env["heymilo.ingestion.document"].browse(response.json()["documents"][0]["id"])
            document._cron_extract_documents()
            self.assertEqual(document.state, "success", document.error_message)
            self.assertEqual(document.profile_ids.email, expected)

    def test_415_names_the_accepted_types(self):
        response = self.post("resume.docx", make_docm())
        self.assertEqual(response.status_code, 415, response.text)
        message = response.json()["error"]["message"]
        self.assertIn("macro-enabled Word document", message)
        self.assertIn("Word (.docx, .odt)", message)
        self.assertIn("spreadsheet (.xlsx, .ods)", message)
