from odoo import api, fields, models


class HeymiloIngestionProfileDelete(models.TransientModel):
    """The confirmation of a bulk "Delete Profiles": how many, and what
    happens to the applicants of the ingested ones (they stay)."""

    _name = "heymilo.ingestion.profile.delete"
    _description = "Delete Extracted Profiles"

    profile_ids = fields.Many2many("heymilo.ingestion.profile", string="Profiles", readonly=True)
    profile_count = fields.Integer(compute="_compute_summary")
    applicant_count = fields.Integer(compute="_compute_summary")
    summary = fields.Text(compute="_compute_summary")

    @api.depends("profile_ids")
    def _compute_summary(self):
        for wizard in self:
            count = len(wizard.profile_ids)
            applicants = wizard.profile_ids.filtered("applicant_id")
            wizard.profile_count = count
            wizard.applicant_count = len(applicants)
            lines = [self.env._("Delete %s extracted profile(s)? This cannot be undone.", count)]
            if applicants:
                lines.append(
                    self.env._(
                        "%s of them were ingested: their applicants and candidates stay in Recruitment "
                        "(with their resume and history); only the extracted profile is removed.",
                        len(applicants),
                    )
                )
            wizard.summary = "\n".join(lines)

    def action_delete(self):
        self.ensure_one()
        self.profile_ids.unlink()
        return {"type": "ir.actions.client", "tag": "soft_reload"}
