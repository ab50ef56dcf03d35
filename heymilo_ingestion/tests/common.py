from contextlib import contextmanager
from unittest.mock import patch

from odoo import SUPERUSER_ID, api
from odoo.tests import HttpCase, TransactionCase
from odoo.tests import common as odoo_test_common

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

    def use_invitation(self, name="Invitation", subject="Your interview", **values):
        """The posting's invitation e-mail: a template on applicants."""
        template = self.env["mail.template"].create(
            {
                "name": name,
                "model_id": self.env.ref("hr_recruitment.model_hr_applicant").id,
                "subject": subject,
                "body_html": "<p>Hello</p>",
                "email_to": "{{ object.email_from }}",
                **values,
            }
        )
        self.job.heymilo_invitation_template_id = template
        return template


@contextmanager
def committed_upload(registry, job_name, files):
    """A posting and its uploaded documents, committed for real so that two
    transactions can see them, and removed afterwards. Yields the document ids."""
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        job = env["hr.job"].create({"name": job_name})
        job_id, ids = job.id, env["heymilo.ingestion.document"]._create_from_upload(job, files).ids
    try:
        yield ids
    finally:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["heymilo.ingestion.document"].search([("job_id", "=", job_id)]).unlink()
            env["hr.job"].browse(job_id).unlink()


@contextmanager
def two_workers(registry, model):
    """``model`` in two open transactions, as two workers see it; rolled back after."""
    with registry.cursor() as cr1, registry.cursor() as cr2:
        try:
            yield api.Environment(cr1, SUPERUSER_ID, {})[model], api.Environment(cr2, SUPERUSER_ID, {})[model]
        finally:
            cr1.rollback()
            cr2.rollback()


class TourCase(HttpCase):
    """A browser test that waits up to a minute for Chrome to start: Odoo's
    10 s are too short on a busy machine, where it would skip the tour."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.startClassPatcher(patch.object(odoo_test_common, "CHECK_BROWSER_ITERATIONS", 600))
