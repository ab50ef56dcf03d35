from odoo import SUPERUSER_ID, api
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CSV_DATA, IngestionCase, committed_upload, make_resume, make_zip, two_workers

DAMAGED = b"%PDF-1.4\nthis is not a PDF body\n"


@tagged("post_install", "-at_install")
class TestQueueConflicts(IngestionCase):
    """Two workers in two real transactions (PostgreSQL's REPEATABLE READ, as
    Odoo runs them): a row one commits after the other's snapshot was taken
    is a serialization failure for the other, never a failed document."""

    def documents(self, ids):
        with self.registry.cursor() as cr:
            documents = api.Environment(cr, SUPERUSER_ID, {})["heymilo.ingestion.document"].browse(ids)
            return {d.id: (d.state, d.error_message or "") for d in documents}, documents.parent_id.member_failed_count

    def test_two_workers_finishing_members_of_one_archive(self):
        """Both update the archive's member counts: the second worker runs
        its batch again instead of failing its documents."""
        members = [("cv/bad1.pdf", DAMAGED + b"1"), ("cv/bad2.pdf", DAMAGED + b"2")]
        members.append(("cv/good.pdf", make_resume("Good Member", "good@example.com")))
        with committed_upload(self.registry, "Conflicting members", [("cvs.zip", make_zip(members))]) as ids:
            with self.registry.cursor() as cr:
                Document = api.Environment(cr, SUPERUSER_ID, {})["heymilo.ingestion.document"]
                Document.browse(ids)._process_batch()  # unpacked
                bad1, bad2, good = Document.search([("parent_id", "in", ids)], order="name").ids
                Document.browse([bad1, bad2, good]).state = "processing"  # claimed, as a claim commits it
            with two_workers(self.registry, "heymilo.ingestion.document") as (first, second):
                second.env.cr.execute("SELECT 1")  # the second worker's transaction begins
                first.browse(bad1)._extract_batch()
                first.env.cr.commit()
                with mute_logger("odoo.sql_db"):  # the conflict, logged as a bad query
                    second._queue_work(second.browse([bad2, good]), "_extract_batch")
                second.env.cr.commit()
            states, failed_count = self.documents([bad1, bad2, good])
        self.assertEqual([states[i][0] for i in (bad1, bad2, good)], ["failed", "failed", "success"])
        self.assertNotIn("Unexpected error", states[bad2][1], "failed for what the file is, not for the other worker")
        self.assertEqual(failed_count, 2, "both workers' failures counted on the archive")

    def test_a_claim_meeting_a_row_another_worker_just_committed(self):
        files = [("c%d.csv" % i, CSV_DATA + b"Row,r%d@example.com,\n" % i) for i in range(4)]
        with committed_upload(self.registry, "Conflicting claims", files) as ids:
            with two_workers(self.registry, "heymilo.ingestion.document") as (first, second):
                second.env.cr.execute("SELECT 1")
                first.browse(ids[0]).state = "processing"
                first.env.flush_all()
                first.env.cr.commit()
                with mute_logger("odoo.sql_db"):
                    claimed = second._queue_retrying(lambda _attempt: second._claim_batch(4))
                self.assertEqual(sorted(claimed.ids), ids[1:], "the rows still queued, claimed on a fresh snapshot")
