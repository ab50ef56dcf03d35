from odoo import models, tools
from odoo.tools import SQL


class PrivacyLookupWizard(models.TransientModel):
    """Privacy lookup finds ingestion profiles by their ``email`` and
    ``name`` fields on its own; it also lists the documents that hold them
    (and re-uploaded copies of those files) and their webhook deliveries."""

    _inherit = "privacy.lookup.wizard"

    def _get_query(self):
        query = super()._get_query()
        email = self.email.strip()
        profiles = SQL(
            """SELECT id, document_id FROM heymilo_ingestion_profile
                WHERE lower(email) = %s OR email ILIKE %s OR name ILIKE %s""",
            (tools.email_normalize(email) or email).lower(),
            "%%%s%%" % email,
            self.name.strip(),
        )
        model_id = self.env["ir.model"]._get_id
        return SQL(
            """%(query)s
            UNION ALL
            SELECT %(document_model)s, id, TRUE FROM heymilo_ingestion_document
             WHERE id IN (SELECT document_id FROM (%(profiles)s) p)
                OR duplicate_of_id IN (SELECT document_id FROM (%(profiles)s) p)
            UNION ALL
            SELECT %(delivery_model)s, id, TRUE FROM heymilo_webhook_delivery
             WHERE profile_id IN (SELECT id FROM (%(profiles)s) p)""",
            query=query,
            profiles=profiles,
            document_model=model_id("heymilo.ingestion.document"),
            delivery_model=model_id("heymilo.webhook.delivery"),
        )
