import hashlib
import os

from odoo.tests import tagged

from ..uploads import UploadedFile
from .common import IngestionCase, make_resume, make_zip
from .files import ChunksOnly


@tagged("post_install", "-at_install")
class TestStreamedUploads(IngestionCase):
    """What the gateway and the page hand over: the temporary file an upload
    was spooled to, stored without being read whole (``ChunksOnly`` fails
    any read of more than 1 MB at once)."""

    def test_spooled_file_stored_in_chunks_and_extracted(self):
        resumes = [("cv%d.pdf" % i, make_resume("Spooled Person%d" % i, "spooled%d@example.com" % i)) for i in range(3)]
        archive = make_zip(resumes + [("cv-scan-notes.pdf", b"%PDF-1.4\n%" + os.urandom(3 * 2**20))])
        document = self.upload([UploadedFile("cvs.zip", ChunksOnly(archive))])
        self.assertRecordValues(
            document, [{"file_type": "zip", "file_size": len(archive), "checksum": hashlib.sha256(archive).hexdigest()}]
        )
        attachment = document.attachment_id
        self.assertRecordValues(
            attachment,
            [{"checksum": hashlib.sha1(archive).hexdigest(), "file_size": len(archive), "mimetype": "application/zip"}],
        )
        self.assertEqual(attachment.raw, archive, "the filestore holds the file as uploaded")
        self.run_queue()
        members = document.child_ids.filtered(lambda m: m.name.startswith("cv") and m.name != "cv-scan-notes.pdf")
        self.assertEqual(set(members.mapped("state")), {"success"})
        self.assertEqual(sorted(members.profile_ids.mapped("email")), ["spooled%d@example.com" % i for i in range(3)])

    def test_the_same_content_is_stored_once_and_a_duplicate_is_told(self):
        data = make_resume("Twice Sent", "twice@example.com")
        first = self.upload([UploadedFile("a.pdf", ChunksOnly(data))])
        second = self.upload([UploadedFile("b.pdf", ChunksOnly(data))])
        self.assertEqual(first.attachment_id.store_fname, second.attachment_id.store_fname)
        self.assertEqual(second.duplicate_of_id, first)
        self.assertEqual(second.attachment_id.raw, data)

    def test_an_image_gets_its_mimetype_from_its_first_bytes(self):
        png = b"\x89PNG\r\n\x1a\n" + os.urandom(4096)
        document = self.upload([UploadedFile("scan.png", ChunksOnly(png))])
        self.assertEqual((document.file_type, document.attachment_id.mimetype), ("image", "image/png"))

    def test_database_storage_stores_each_file_whole(self):
        self.env["ir.config_parameter"].set_param("ir_attachment.location", "db")
        data = make_resume("Database Stored", "db@example.com")
        attachment = self.upload([UploadedFile("db.pdf", ChunksOnly(data))]).attachment_id
        self.assertEqual((attachment.raw, attachment.store_fname), (data, False))
