from odoo import api, fields, models


class HeymiloApiKeyShow(models.TransientModel):
    """A newly generated gateway key, shown once: in the "Generate API Key"
    dialog, or in a banner of the ingestion page when opening it made one.
    The key itself is stored only here, for the moment it is shown (like
    Odoo's ``res.users.apikeys.show``); ``pop`` deletes it as it reads it."""

    _name = "heymilo.api.key.show"
    _description = "New Ingestion API Key"

    key = fields.Char(readonly=True)
    job_id = fields.Many2one("hr.job", readonly=True)
    gateway_url = fields.Char(readonly=True)
    curl_example = fields.Char(compute="_compute_curl_example")

    @api.depends("key", "gateway_url")
    def _compute_curl_example(self):
        for shown in self:
            shown.curl_example = (
                "curl -X POST '%s' -H 'Authorization: Bearer %s' -F mode=ingest -F files=@resume.pdf"
                % (shown.gateway_url, shown.key)
            )

    @api.model
    def _show(self, generated, job):
        """A record to show ``generated`` (``heymilo.api.key.generate``'s dict)."""
        return self.create({"key": generated["key"], "job_id": job.id, "gateway_url": generated["url"]})

    @api.model
    def pop(self, show_id):
        """The key and gateway URL of ``show_id`` for its creator, once."""
        shown = self.search([("id", "=", show_id), ("create_uid", "=", self.env.uid)])
        values = shown.read(["key", "gateway_url"])
        shown.unlink()
        return values[0] if values else False

    def action_done(self):
        self.unlink()
        return {"type": "ir.actions.act_window_close"}
