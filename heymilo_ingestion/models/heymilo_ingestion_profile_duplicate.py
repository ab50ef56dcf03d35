from odoo import api, fields, models
from odoo.tools import email_normalize


class HeymiloIngestionProfileDuplicate(models.Model):
    """Possible duplicates flagged when a profile is extracted, before any
    applicant exists: a candidate of the company with the same e-mail or
    phone, or another profile of the posting with the same e-mail or phone.
    Ingesting merges into the existing candidate; Skip leaves it out."""

    _inherit = "heymilo.ingestion.profile"

    duplicate_hint = fields.Char(
        compute="_compute_duplicate_hint",
        store=True,
        string="Possible Duplicate",
        help="Set at extraction when a candidate or another profile has the same e-mail or phone.",
    )

    @api.depends("email", "phone", "job_id")
    def _compute_duplicate_hint(self):
        """Two queries for the whole batch: candidates, then profiles."""
        emails = {email_normalize(p.email) for p in self if p.email} - {False}
        phones = {p.phone for p in self if p.phone}
        if not (emails or phones):
            self.duplicate_hint = False
            return
        companies = self.job_id.company_id | self.env.company
        candidates = (
            self.env["hr.candidate"]
            .with_context(active_test=False)
            .search(
                [
                    ("company_id", "in", companies.ids),
                    "|",
                    ("email_normalized", "in", list(emails)),
                    ("partner_phone_sanitized", "in", list(phones)),
                ]
            )
        )
        others = self.search(
            [("job_id", "in", self.job_id.ids), "|", ("email", "in", list(emails)), ("phone", "in", list(phones))]
        )
        for profile in self:
            key = _contact(profile.email, profile.phone)
            candidate = next(
                (c for c in candidates if _matches(key, _contact(c.email_normalized, c.partner_phone_sanitized))), None
            )
            twin = next(
                (
                    other
                    for other in (others | self).sorted("id")
                    if other != profile
                    and other.job_id == profile.job_id
                    and other.id < (profile.id or float("inf"))
                    and _matches(key, _contact(other.email, other.phone))
                ),
                None,
            )
            if candidate:
                profile.duplicate_hint = self.env._("Same contact as candidate %s", candidate.partner_name)
            elif twin:
                profile.duplicate_hint = self.env._(
                    "Same contact as %(name)s (%(file)s)", name=twin.name, file=twin.document_id.name
                )
            else:
                profile.duplicate_hint = False

    def action_skip_duplicate(self):
        """Leave possible duplicates out of ingestion, saying why."""
        todo = self.filtered(lambda p: p.duplicate_hint and p.state in ("extracted", "failed"))
        for profile in todo:
            profile.write({"state": "duplicate", "error_message": self.env._("Skipped: %s.", profile.duplicate_hint)})


def _contact(email, phone):
    return (email_normalize(email) if email else False, phone or False)


def _matches(one, other):
    """Same normalised e-mail or same phone (E.164), ignoring empty ones."""
    return any(mine and mine == theirs for mine, theirs in zip(one, other))
