import os
import tempfile

from odoo import api, models
from odoo.tools import SQL


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model
    def _index(self, bin_data, mimetype, checksum=None):
        """Ingestion files are parsed by the extraction engine, which keeps
        their text; indexing them again (attachment_indexation runs pdfminer
        on every PDF) would read each resume twice. The context key
        ``heymilo_index_content`` gives the text to index instead."""
        if "heymilo_index_content" in self.env.context:
            return self.env.context["heymilo_index_content"]
        return super()._index(bin_data, mimetype, checksum=checksum)

    def _heymilo_store_files(self, files):
        """Give these empty attachments the content of ``files``
        (``UploadedFile``, one each): copied in chunks into the filestore
        under its usual name (the SHA-1), then recorded in one UPDATE, as
        ``_file_write`` would for bytes that are in memory."""
        rows = []
        for attachment, file in zip(self, files):
            fname = "%s/%s" % (file.sha1[:2], file.sha1)
            full_path = self._full_path(fname)
            if not os.path.exists(full_path):  # the same content is stored once
                os.makedirs(os.path.dirname(full_path), exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=os.path.dirname(full_path), delete=False) as target:
                    file.copy_to(target)
                os.replace(target.name, full_path)
                self._mark_for_gc(fname)  # removed again if the transaction is rolled back
            rows.append(SQL("(%s, %s, %s, %s)", attachment.id, fname, file.sha1, file.size))
        if not rows:
            return
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """UPDATE ir_attachment a SET store_fname = v.fname, checksum = v.checksum, file_size = v.size
                     FROM (VALUES %s) AS v(id, fname, checksum, size) WHERE a.id = v.id""",
                SQL(", ").join(rows),
            )
        )
        self.invalidate_recordset(["store_fname", "checksum", "file_size", "db_datas", "raw", "datas"])
