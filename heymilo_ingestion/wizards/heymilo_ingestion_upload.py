from odoo import fields, models


class HeymiloIngestionUpload(models.TransientModel):
    _name = "heymilo.ingestion.upload"
    _description = "Upload Candidate Files"

    job_id = fields.Many2one("hr.job", string="Job Position", required=True)
    attachment_ids = fields.Many2many("ir.attachment", string="Files")
    gateway_url = fields.Char(related="job_id.heymilo_gateway_url")
    curl_example = fields.Char(related="job_id.heymilo_curl_example")

    def action_upload_and_ingest(self):
        return self._upload(auto_ingest=True)

    def action_upload_only(self):
        return self._upload(auto_ingest=False)

    def _upload(self, auto_ingest):
        self.ensure_one()
        files = [(attachment.name, attachment.raw or b"") for attachment in self.attachment_ids]
        documents = self.env["heymilo.ingestion.document"]._create_from_upload(self.job_id, files, auto_ingest)
        self.attachment_ids.unlink()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%(count)s file(s) queued for extraction.", count=len(documents)),
                "next": self.job_id.action_open_heymilo_ingestion(),
            },
        }
