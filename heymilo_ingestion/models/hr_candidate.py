from odoo import models

IDENTIFYING_FIELDS = ("email_from", "partner_phone")


class HrCandidate(models.Model):
    """Erasure follows the person: deleting a candidate, or anonymising it
    (emptying its e-mail or phone), erases the ingestion data that carried
    them (``heymilo.ingestion.erasure``)."""

    _inherit = "hr.candidate"

    def unlink(self):
        Erasure = self.env["heymilo.ingestion.erasure"]
        profiles = Erasure._profiles_of_candidates(self)
        reason = "candidates %s deleted" % self.ids
        result = super().unlink()
        Erasure._erase_profiles(profiles, reason)
        return result

    def write(self, vals):
        Erasure = self.env["heymilo.ingestion.erasure"]
        cleared = [key for key in IDENTIFYING_FIELDS if key in vals and not vals[key]]
        anonymised = self.filtered(lambda c: any(c[key] for key in cleared)) if cleared else self.browse()
        profiles = Erasure._profiles_of_candidates(anonymised)
        result = super().write(vals)
        Erasure._erase_profiles(profiles, "candidates %s anonymised" % anonymised.ids)
        return result
