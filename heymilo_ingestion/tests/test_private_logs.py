import base64
import json
import logging
from contextlib import contextmanager

from odoo.tests import HttpCase, tagged

from .files import make_resume
from .receiver import Receiver

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+44 20 7946 0321"
FILE_NAME = "Maria_Gonzalez_CV.pdf"
# What must never reach the log: her name in any form, her e-mail and phone.
FORBIDDEN = ("maria", "gonzalez", EMAIL, "7946 0321", "79460321")


@contextmanager
def server_log():
    """Every record a server at the default level (INFO) writes, plus every
    record of this addon at any level; yields the list of their texts."""
    texts = []

    class Capture(logging.Handler):
        def emit(self, record):
            texts.append(
                record.getMessage() + (self.formatter.formatException(record.exc_info) if record.exc_info else "")
            )

    handler = Capture(logging.NOTSET)
    handler.setFormatter(logging.Formatter())
    root, addon = logging.getLogger(), logging.getLogger("odoo.addons.heymilo_ingestion")
    levels = root.level, addon.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    addon.setLevel(logging.DEBUG)
    try:
        yield texts
    finally:
        root.removeHandler(handler)
        root.setLevel(levels[0])
        addon.setLevel(levels[1])


@tagged("post_install", "-at_install")
class TestNoPersonalDataInLogs(HttpCase):
    def upload(self, job, data):
        """Upload as the ingestion page does; returns the JSON-RPC answer."""
        params = {
            "model": "heymilo.ingestion.document",
            "method": "action_upload_files",
            "args": [job.id, [{"name": FILE_NAME, "data": base64.b64encode(data).decode()}], True],
            "kwargs": {},
        }
        response = self.url_open(
            "/web/dataset/call_kw/heymilo.ingestion.document/action_upload_files",
            json.dumps({"jsonrpc": "2.0", "method": "call", "id": 1, "params": params}),
            headers={"Content-Type": "application/json"},
        )
        return response.json()

    def test_resume_named_after_its_person_leaves_no_trace_in_the_log(self):
        receiver = Receiver([(500, {}), (200, {})])
        self.addCleanup(receiver.close)
        job = self.env["hr.job"].create({"name": "Data Engineer", "heymilo_webhook_url": receiver.url})
        data = make_resume(NAME, EMAIL, PHONE)
        Document = self.env["heymilo.ingestion.document"]
        Delivery = self.env["heymilo.webhook.delivery"]
        params = self.env["ir.config_parameter"].sudo()
        self.authenticate("admin", "admin")
        with server_log() as texts:
            params.set_param("heymilo_ingestion.max_file_size", 1000)
            refused = self.upload(job, data)["error"]["data"]  # too large
            params.set_param("heymilo_ingestion.max_file_size", False)
            document = Document.browse(self.upload(job, data)["result"])
            Document._cron_extract_documents()
            self.env["heymilo.ingestion.profile"]._cron_ingest_profiles()
            for _attempt in range(2):  # a failed attempt, then delivered
                Delivery.search([("state", "=", "pending")]).next_attempt_at = "2000-01-01"
                Delivery._cron_send_webhooks()
        self.assertEqual(refused["name"], "odoo.exceptions.UserError", "shown as any user error")
        self.assertIn(FILE_NAME, refused["message"], "the user is told which file was refused")
        profile = document.profile_ids
        self.assertEqual((profile.name, profile.state, profile.webhook_state), (NAME, "ingested", "sent"))
        self.assertEqual(len(receiver.requests), 2)
        self.assertTrue(texts, "the capture sees the server's log")
        leaks = [text for text in texts if any(word in text.lower() for word in FORBIDDEN)]
        self.assertEqual(leaks, [], "names, e-mails and phones are never logged")
