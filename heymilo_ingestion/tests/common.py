from odoo.tests import TransactionCase

from .files import make_resume, make_zip

__all__ = ["make_resume", "make_zip"]


def tamper(key):
    """The key with its last character changed: always a different key, never a flaky one."""
    return key[:-1] + ("A" if key[-1] != "A" else "B")


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
