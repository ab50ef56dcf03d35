import zipfile
from unittest.mock import patch

from odoo.tests import tagged
from odoo.tools import config

from .common import IngestionCase, make_resume, make_zip


@tagged("post_install", "-at_install")
class TestExtractionBudget(IngestionCase):
    def setUp(self):
        super().setUp()
        self.params = self.env["ir.config_parameter"].sudo()
        self.documents = self.upload(
            [("cv%d.pdf" % i, make_resume("Person Number%d" % i, "p%d@example.org" % i)) for i in range(5)]
        )

    def last_trigger(self):
        return self.env["ir.cron.trigger"].search([], order="id desc", limit=1).id or 0

    def assertStoppedAndTriggered(self, before, extracted):
        self.assertEqual(self.documents.mapped("state").count("success"), extracted)
        self.assertEqual(self.documents.mapped("state").count("queued"), 5 - extracted, "the rest stays queued")
        triggers = self.env["ir.cron.trigger"].search([("cron_id", "=", self.cron.id), ("id", ">", before)])
        self.assertTrue(triggers, "another run is asked for the rest")

    def test_a_run_stops_at_its_document_count(self):
        self.params.set_param("heymilo_ingestion.cron_max_documents", "2")
        # Time is no limit here: on a busy machine the first document may use what would fit a second.
        self.params.set_param("heymilo_ingestion.cron_run_seconds", "3600")
        before = self.last_trigger()
        self.assertEqual(self.run_queue(), 2)
        self.assertStoppedAndTriggered(before, 2)
        self.run_queue()
        self.run_queue()
        self.assertEqual(set(self.documents.mapped("state")), {"success"}, "the next runs take the rest")

    def test_a_run_stops_at_its_time_budget(self):
        self.params.set_param("heymilo_ingestion.cron_run_seconds", "0.001")
        before = self.last_trigger()
        self.assertEqual(self.run_queue(), 1, "one document, then the budget is spent")
        self.assertStoppedAndTriggered(before, 1)

    def test_runs_are_sized_from_odoos_time_limits(self):
        limits = {"limit_time_cpu": 60, "limit_time_real": 120, "limit_time_real_cron": -1}
        with patch.dict(config.options, limits):
            self.assertEqual(self.Document._queue_budget().seconds, 15, "a quarter of limit_time_cpu")
        with patch.dict(config.options, dict(limits, limit_time_real_cron=20)):
            self.assertEqual(self.Document._queue_budget().seconds, 5, "cron workers' own real-time limit")
        with patch.dict(config.options, dict(limits, limit_time_cpu=0, limit_time_real=0, limit_time_real_cron=0)):
            self.assertEqual(self.Document._queue_budget().seconds, 30, "no limits: 30 s")


@tagged("post_install", "-at_install")
class TestNestedArchiveCaps(IngestionCase):
    def test_caps_count_across_the_archives_of_one_upload(self):
        self.env["ir.config_parameter"].sudo().set_param("heymilo_ingestion.zip_max_members", "11")
        resume = make_resume("Nina Nested", "nina@example.org")
        inner = make_zip([("r%d.pdf" % i, resume + b"%d" % i) for i in range(4)], zipfile.ZIP_STORED)
        upload = self.upload([("outer.zip", make_zip([("batch%d.zip" % n, inner) for n in range(3)]))])
        self.run_queue()
        members = upload.child_ids.sorted("name")
        self.assertEqual(members.mapped("state"), ["success", "success", "failed"])
        self.assertIn("already unpacked", members[2].error_message)
        self.assertFalse(members[2].child_ids, "nothing of the refused archive is unpacked")
        unpacked = self.Document.search([("parent_id", "in", (upload | members).ids)])
        self.assertEqual(len(unpacked), 11, "3 inner archives and 8 resumes: the cap of the whole upload")
