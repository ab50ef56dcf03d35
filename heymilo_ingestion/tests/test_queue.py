from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from .common import CSV_DATA, IngestionCase, committed_upload, make_resume, two_workers


@tagged("post_install", "-at_install")
class TestQueue(IngestionCase):
    def test_stuck_processing_document_is_requeued_then_failed(self):
        document = self.upload([("a.csv", CSV_DATA)])
        old = fields.Datetime.now() - timedelta(hours=1)
        document.write({"state": "processing", "processing_started_at": old, "attempt_count": 1})
        self.run_queue()
        self.assertEqual(document.state, "success")
        self.assertEqual(document.attempt_count, 2)

        stuck = self.upload([("b.csv", CSV_DATA.replace(b"Ada", b"Eve"))])
        stuck.write({"state": "processing", "processing_started_at": old, "attempt_count": 3})
        self.run_queue()
        self.assertEqual(stuck.state, "failed")
        self.assertIn("interrupted 3 times", stuck.error_message)

    def test_fresh_processing_document_is_left_alone(self):
        document = self.upload([("a.csv", CSV_DATA)])
        document.write({"state": "processing", "processing_started_at": fields.Datetime.now()})
        self.run_queue()
        self.assertEqual(document.state, "processing")

    def test_extraction_costs_constant_queries_per_document(self):
        def cost(count, tag):
            files = [
                ("%s%d.pdf" % (tag, i), make_resume("Person %s%d" % (tag, i), "p%s%d@example.com" % (tag, i)))
                for i in range(count)
            ]
            self.upload(files)
            self.env.flush_all()
            before = self.cr.sql_log_count
            self.run_queue()
            self.env.flush_all()
            return self.cr.sql_log_count - before

        cost(1, "warm")  # fill the caches (system parameters, views) first
        small, large = cost(2, "a"), cost(10, "b")
        # Results of a claimed batch are stored in batched writes: an extra
        # document adds at most a couple of queries, never a per-document loop.
        self.assertLessEqual(large - small, 2 * 8, "queries added by 8 more documents")


@tagged("post_install", "-at_install")
class TestConcurrentClaim(IngestionCase):
    """Two workers claim from the queue at once, in real separate transactions."""

    def test_two_claimers_never_take_the_same_document(self):
        files = [("c%d.csv" % i, CSV_DATA + b"Row,r%d@example.com,\n" % i) for i in range(6)]
        with committed_upload(self.registry, "Concurrency test", files) as document_ids:
            ids = set(document_ids)
            with two_workers(self.registry, "heymilo.ingestion.document") as (model1, model2):
                # Under test, claims do not commit: the first claimer's row locks are held.
                first = set(model1._claim_batch(4).ids) & ids
                second = set(model2._claim_batch(4).ids) & ids
                self.assertEqual(len(first), 4)
                self.assertEqual(second, ids - first)

    def test_a_run_with_work_left_wakes_the_other_lane(self):
        """Odoo runs a scheduled action on one thread at a time: the second
        lane is what a second cron thread or server picks up."""
        lane_1, lane_2 = self.cron, self.env.ref("heymilo_ingestion.ir_cron_extract_documents_lane_2")
        self.assertEqual(lane_2.code, lane_1.code)
        Trigger = self.env["ir.cron.trigger"]
        self.upload([("a.csv", CSV_DATA), ("b.csv", CSV_DATA.replace(b"Ada", b"Eve"))])
        before = Trigger.search_count([("cron_id", "=", lane_2.id)])
        self.assertEqual(self.Document.with_context(cron_id=lane_1.id)._cron_extract_documents(batch_size=1), 2)
        self.assertEqual(Trigger.search_count([("cron_id", "=", lane_2.id)]), before + 1, "woken once per run")
        ingest_2 = self.env.ref("heymilo_ingestion.ir_cron_ingest_profiles_lane_2")
        self.assertEqual(ingest_2.code, self.env.ref("heymilo_ingestion.ir_cron_ingest_profiles").code)
