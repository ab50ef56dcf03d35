import io
import zipfile

from odoo.tests import TransactionCase
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(name, email, phone="+44 20 7946 0321", title="Data Engineer"):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(50, 800, name)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 775, title)
    pdf.drawString(50, 760, "%s  |  %s  |  Leeds, UK" % (email, phone))
    pdf.drawString(50, 740, "EXPERIENCE: built data pipelines for nightly loads.")
    pdf.save()
    return buffer.getvalue()


def make_zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


CSV_DATA = b"Full Name;E-mail;Mobile\nAda Lovelace;ada@example.org;+44 20 7946 0001\nAlan Turing;alan@example.org;\n"


class IngestionCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Document = cls.env["heymilo.ingestion.document"]
        cls.Profile = cls.env["heymilo.ingestion.profile"]
        cls.job = cls.env["hr.job"].create({"name": "Data Engineer"})
        cls.cron = cls.env.ref("heymilo_ingestion.ir_cron_extract_documents")

    def upload(self, files, auto_ingest=False, job=None):
        return self.Document._create_from_upload(job or self.job, files, auto_ingest)

    def run_queue(self):
        return self.Document._cron_extract_documents()
