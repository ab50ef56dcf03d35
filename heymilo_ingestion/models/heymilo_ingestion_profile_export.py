from datetime import timedelta

from odoo import api, fields, models

from ..export import EXPORT_DESCRIPTION, to_csv

EXPORT_LIFETIME = timedelta(days=1)


class HeymiloIngestionProfileExport(models.Model):
    """CSV exports (profiles here, the documents' status report too): a
    private attachment of the requester's, removed a day later."""

    _inherit = "heymilo.ingestion.profile"

    def action_export_csv(self):
        """The selected profiles as CSV, safe to open in a spreadsheet."""
        header = [
            "Name",
            "Email",
            "Phone",
            "LinkedIn",
            "Location",
            "Headline",
            "State",
            "Webhook",
            "Posting",
            "Source Document",
            "Completeness",
            "Extracted On",
            "Ingested On",
        ]
        rows = [
            [
                p.name,
                p.email,
                p.phone,
                p.linkedin_url,
                p.location,
                p.headline,
                p.state,
                p.webhook_state,
                p.job_id.name,
                p.document_id.name,
                p.completeness,
                p.create_date,
                p.ingested_at,
            ]
            for p in self
        ]
        return self._download_csv("candidate-profiles.csv", header, rows)

    @api.model
    def _download_csv(self, filename, header, rows):
        """An attachment of no record, made by the requester: Odoo lets
        only its creator (and Settings administrators) find or read it,
        unlike one on their user, which every internal user can read."""
        attachment = self.env["ir.attachment"].create(
            {
                "name": filename,
                "raw": to_csv(header, rows),
                "mimetype": "text/csv",
                "description": EXPORT_DESCRIPTION,
                "res_model": False,
                "res_id": False,
                "public": False,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/%d?download=true" % attachment.id,
            "target": "download",
        }

    @api.autovacuum
    def _gc_exports(self):
        """Exports are downloaded as soon as they are made; a day later
        their attachments are removed."""
        self.env["ir.attachment"].sudo().search(
            [
                ("description", "=", EXPORT_DESCRIPTION),
                ("create_date", "<", fields.Datetime.now() - EXPORT_LIFETIME),
            ]
        ).unlink()
