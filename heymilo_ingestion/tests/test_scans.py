from unittest import skipUnless

from odoo.tests import tagged

from ..extraction import ocr
from .common import IngestionCase, make_resume
from .files import rasterise


@tagged("post_install", "-at_install")
@skipUnless(ocr.available(), "Tesseract/pytesseract not installed")
class TestScans(IngestionCase):
    def test_scanned_pdf_becomes_a_profile_flagged_as_ocr(self):
        scan = rasterise(make_resume("Maria Gonzalez", "maria@example.com"), "PDF")
        document = self.upload([("scan.pdf", scan)])
        self.run_queue()
        self.assertEqual(document.state, "success", document.error_message)
        self.assertTrue(document.ocr_used)
        self.assertIn("read from a scanned image with OCR", document.warning_message)
        profile = document.profile_ids
        self.assertRecordValues(
            profile,
            [{"name": "Maria Gonzalez", "email": "maria@example.com", "phone": "+442079460321", "ocr_used": True}],
        )
        # What the profile form shows: its OCR warning, visible for this profile only.
        arch = self.Profile.get_view(view_type="form")["arch"]
        self.assertIn('name="ocr_warning" invisible="not ocr_used"', arch)
        self.assertEqual(profile.web_read({"ocr_used": {}})[0]["ocr_used"], True)
        self.assertEqual(self.Profile.search([("ocr_used", "=", True), ("job_id", "=", self.job.id)]), profile)
        text = self.upload([("cv.pdf", make_resume("Bob Stone", "bob@example.com"))])
        self.run_queue()
        self.assertFalse(text.ocr_used or text.profile_ids.ocr_used)

    def test_image_upload_is_read_and_ingested_with_its_picture(self):
        png = rasterise(make_resume("Maria Gonzalez", "maria@example.com"), "PNG")
        document = self.upload([("maria.png", png)])
        self.assertEqual(document.file_type, "image")
        self.assertEqual(document.attachment_id.mimetype, "image/png")
        self.run_queue()
        profile = document.profile_ids
        self.assertEqual((profile.email, profile.ocr_used), ("maria@example.com", True))
        profile.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.assertEqual(profile.state, "ingested")
        resume = self.env["ir.attachment"].search(
            [("res_model", "=", "hr.applicant"), ("res_id", "=", profile.applicant_id.id)]
        )
        self.assertEqual((resume.name, resume.mimetype), ("maria.png", "image/png"))
