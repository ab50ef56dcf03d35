from odoo import api, models


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
