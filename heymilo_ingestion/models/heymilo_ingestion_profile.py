from odoo import api, fields, models

from ..extraction.result import COMPLETENESS_WEIGHTS, Profile

ENGINE_FIELDS = ("name", "email", "phone", "linkedin_url", "location", "headline")


class HeymiloIngestionProfile(models.Model):
    _name = "heymilo.ingestion.profile"
    _description = "Extracted Candidate Profile"
    _order = "document_id desc, source_row, id"

    document_id = fields.Many2one("heymilo.ingestion.document", required=True, index=True, ondelete="cascade")
    job_id = fields.Many2one(related="document_id.job_id", store=True, index=True, string="Job Position")
    company_id = fields.Many2one(related="document_id.company_id", store=True, index=True)
    file_type = fields.Selection(related="document_id.file_type", store=True)
    attachment_id = fields.Many2one(related="document_id.attachment_id", string="Source File")
    name = fields.Char(string="Candidate Name")
    email = fields.Char(index=True)
    phone = fields.Char()
    linkedin_url = fields.Char(string="LinkedIn")
    location = fields.Char()
    headline = fields.Char(help="Current title or headline.")
    other_links = fields.Text(help="GitHub, portfolio and other links, one per line.")
    other_emails = fields.Char(help="Further e-mail addresses found.")
    other_phones = fields.Char(help="Further phone numbers found.")
    extra_data = fields.Json(string="Extra Columns", help="CSV columns that map to no profile field.")
    extra_data_text = fields.Text(compute="_compute_extra_data_text", string="Extra Data")
    extracted_text = fields.Text(readonly=True)
    source_row = fields.Integer(help="Row of the CSV file this profile comes from.")
    completeness = fields.Integer(compute="_compute_completeness", store=True, aggregator="avg")
    state = fields.Selection(
        [
            ("extracted", "Extracted"),
            ("queued", "Queued"),
            ("ingested", "Ingested"),
            ("duplicate", "Duplicate"),
            ("failed", "Failed"),
        ],
        default="extracted",
        required=True,
        index=True,
    )
    error_message = fields.Text(readonly=True)

    @api.depends(*COMPLETENESS_WEIGHTS)
    def _compute_completeness(self):
        for profile in self:
            profile.completeness = sum(w for key, w in COMPLETENESS_WEIGHTS.items() if profile[key])

    @api.depends("extra_data")
    def _compute_extra_data_text(self):
        for profile in self:
            profile.extra_data_text = "\n".join("%s: %s" % item for item in (profile.extra_data or {}).items())

    def action_view_details(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "current",
        }

    @api.model
    def _profile_fields(self, profile):
        """Field values of an engine ``Profile`` (shared by create and merge)."""
        return {
            **{key: getattr(profile, key) or False for key in ENGINE_FIELDS},
            "other_links": "\n".join(profile.links) or False,
            "other_emails": ", ".join(e for e in profile.emails if e != profile.email) or False,
            "other_phones": ", ".join(p for p in profile.phones if p != profile.phone) or False,
            "extra_data": profile.extra or False,
            "source_row": profile.source_row or False,
        }

    @api.model
    def _prepare_vals(self, document, profile):
        return dict(self._profile_fields(profile), document_id=document.id, extracted_text=profile.text or False)

    def _to_engine_profile(self):
        self.ensure_one()
        return Profile(
            **{key: self[key] or "" for key in ENGINE_FIELDS},
            emails=[e for e in [self.email] + (self.other_emails or "").split(", ") if e],
            phones=[p for p in [self.phone] + (self.other_phones or "").split(", ") if p],
            links=(self.other_links or "").splitlines(),
            extra=dict(self.extra_data or {}),
            source_row=self.source_row or None,
        )
