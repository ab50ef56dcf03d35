from odoo import fields, models


class HrApplicant(models.Model):
    _inherit = "hr.applicant"

    heymilo_profile_id = fields.Many2one(
        "heymilo.ingestion.profile", string="Ingested From", readonly=True, index="btree_not_null", copy=False
    )

    _sql_constraints = [
        # One profile never makes two applicants, whatever retries or workers do.
        ("heymilo_profile_uniq", "unique(heymilo_profile_id)", "This profile was already ingested."),
    ]
