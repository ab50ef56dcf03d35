from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    heymilo_retention_unused_days = fields.Integer(related="company_id.heymilo_retention_unused_days", readonly=False)
    heymilo_retention_ingested_days = fields.Integer(
        related="company_id.heymilo_retention_ingested_days", readonly=False
    )
    heymilo_retention_failed_days = fields.Integer(related="company_id.heymilo_retention_failed_days", readonly=False)
    heymilo_retention_delivery_days = fields.Integer(
        related="company_id.heymilo_retention_delivery_days", readonly=False
    )
