import functools

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
        reason = "contacts %s deleted" % self.ids
        return self.env["heymilo.ingestion.erasure"]._erase_around(self._heymilo_candidates(), reason, super().unlink)

    def write(self, vals):
        cleared = [key for key in IDENTIFYING_FIELDS if key in vals and not vals[key]]
        anonymised = self.filtered(lambda p: any(p[key] for key in cleared)) if cleared else self.browse()
        if not anonymised:  # most writes: no candidate lookup
            return super().write(vals)
        reason = "contacts %s anonymised" % anonymised.ids
        candidates = anonymised._heymilo_candidates()
        return self.env["heymilo.ingestion.erasure"]._erase_around(
            candidates, reason, functools.partial(super().write, vals)
        )
