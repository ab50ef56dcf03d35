import functools

from odoo import models

IDENTIFYING_FIELDS = ("email_from", "partner_phone")


class HrCandidate(models.Model):
    """Erasure follows the person: deleting a candidate, or anonymising it
    (emptying its e-mail or phone), erases the ingestion data that carried
    them (``heymilo.ingestion.erasure``)."""

    _inherit = "hr.candidate"

    def unlink(self):
        reason = "candidates %s deleted" % self.ids
        return self.env["heymilo.ingestion.erasure"]._erase_around(self, reason, super().unlink)

    def write(self, vals):
        cleared = [key for key in IDENTIFYING_FIELDS if key in vals and not vals[key]]
        anonymised = self.filtered(lambda c: any(c[key] for key in cleared)) if cleared else self.browse()
        reason = "candidates %s anonymised" % anonymised.ids
        return self.env["heymilo.ingestion.erasure"]._erase_around(
            anonymised, reason, functools.partial(super().write, vals)
        )
