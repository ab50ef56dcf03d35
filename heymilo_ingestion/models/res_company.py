from odoo import fields, models

from .heymilo_ingestion_retention import DEFAULT_DAYS, DELIVERY, FAILED, INGESTED, UNUSED


class ResCompany(models.Model):
    _inherit = "res.company"

    heymilo_retention_unused_days = fields.Integer(
        string="Profiles Never Ingested (days)",
        default=DEFAULT_DAYS[UNUSED],
        help="Extracted profiles that were never ingested, and their source files, are deleted this many days "
        "after extraction (0: kept).",
    )
    heymilo_retention_ingested_days = fields.Integer(
        string="Ingested Profiles (days)",
        default=DEFAULT_DAYS[INGESTED],
        help="This many days after ingestion, a profile keeps only its link to the applicant: its contact data, "
        "extracted text and source file are removed (0: kept).",
    )
    heymilo_retention_failed_days = fields.Integer(
        string="Failed Documents (days)",
        default=DEFAULT_DAYS[FAILED],
        help="Documents that failed (unreadable, refused, duplicates) are deleted this many days after upload "
        "(0: kept).",
    )
    heymilo_retention_delivery_days = fields.Integer(
        string="Webhook Payloads (days)",
        default=DEFAULT_DAYS[DELIVERY],
        help="The data a webhook delivery carried is removed this many days after its last attempt (0: kept).",
    )
