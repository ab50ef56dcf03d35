from odoo.tests import tagged

from ..models.heymilo_ingestion_document import STORE_CHUNK
from .common import IngestionCase


def rows(count):
    return ("Name;Email\n" + "".join("Row Person%d;row%d@example.com\n" % (i, i) for i in range(count))).encode()


@tagged("post_install", "-at_install")
class TestLargeLists(IngestionCase):
    def test_row_cap_is_a_setting(self):
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.csv_max_rows", 5)
        document = self.upload([("eight.csv", rows(8))])
        self.run_queue()
        self.assertEqual((document.state, document.profile_count), ("success", 5))
        self.assertIn("Only the first 5 rows were read", document.warning_message)

    def test_a_list_longer_than_a_chunk_is_stored_and_queued_whole(self):
        count = STORE_CHUNK + 150
        self.env["ir.config_parameter"].set_param("heymilo_ingestion.csv_max_rows", count)
        document = self.upload([("long.csv", rows(count))], auto_ingest=True)
        self.run_queue()
        self.assertEqual((document.state, document.profile_count), ("success", count))
        profiles = document.profile_ids
        self.assertEqual(set(profiles.mapped("state")), {"queued"}, "Upload and Ingest queues every chunk")
        self.assertEqual(sorted(profiles.mapped("source_row")), list(range(2, count + 2)))
