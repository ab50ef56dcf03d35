from odoo import api, models


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model
    def _index(self, bin_data, mimetype, checksum=None):
        """Ingestion files are parsed by the extraction engine, which keeps
        their text on the profiles; indexing them here too (attachment_indexation
        runs pdfminer on every PDF) would read each resume twice."""
        if self.env.context.get("heymilo_skip_index"):
            return False
        return super()._index(bin_data, mimetype, checksum=checksum)
