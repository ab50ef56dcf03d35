from odoo import models

IDENTIFYING_FIELDS = ("email", "phone")


class ResPartner(models.Model):
    """A candidate's contact deleted or anonymised (e-mail or phone emptied)
    erases the candidates' ingestion data, like the candidate itself would.
    A contact merged into another has no candidate left when it is deleted,
    so a merge erases nothing."""

    _inherit = "res.partner"

    def _heymilo_candidates(self):
        return self.env["hr.candidate"].sudo().with_context(active_test=False).search([("partner_id", "in", self.ids)])

    def unlink(self):
        Erasure = self.env["heymilo.ingestion.erasure"]
        profiles = Erasure._profiles_of_candidates(self._heymilo_candidates())
        reason = "contacts %s deleted" % self.ids
        result = super().unlink()
        Erasure._erase_profiles(profiles, reason)
        return result

    def write(self, vals):
        cleared = [key for key in IDENTIFYING_FIELDS if key in vals and not vals[key]]
        anonymised = self.filtered(lambda p: any(p[key] for key in cleared)) if cleared else self.browse()
        Erasure = self.env["heymilo.ingestion.erasure"]
        profiles = Erasure._profiles_of_candidates(anonymised._heymilo_candidates()) if anonymised else None
        result = super().write(vals)
        if profiles:
            Erasure._erase_profiles(profiles, "contacts %s anonymised" % anonymised.ids)
        return result
