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
        # Each side indexed by contact once: a list of 100,000 rows is stored
        # in chunks of thousands, and comparing every pair was quadratic.
        first_candidate = _first_by_contact(
            (c, (), _contact(c.email_normalized, c.partner_phone_sanitized)) for c in candidates
        )
        first_profile = _first_by_contact(
            (p, (p.job_id,), _contact(p.email, p.phone)) for p in (others | self).sorted("id") if p.id
        )
        for profile in self:
            key = _contact(profile.email, profile.phone)
            candidate = _earliest(first_candidate, key)
            twin = _earliest(first_profile, key, profile.job_id, before=profile)
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


def _first_by_contact(records):
    """``{("email" | "phone", *scope, value): (position, record)}``: the
    first of ``records`` (``(record, scope, contact)``) with each value."""
    first = {}
    for position, (record, scope, contact) in enumerate(records):
        for kind, value in zip(("email", "phone"), contact):
            if value:
                first.setdefault((kind, *scope, value), (position, record))
    return first


def _earliest(first, contact, *scope, before=None):
    """The first record with the e-mail or the phone of ``contact``, coming
    before the record ``before`` (by id) when it is given."""
    found = [
        first[(kind, *scope, value)]
        for kind, value in zip(("email", "phone"), contact)
        if value and (kind, *scope, value) in first
    ]
    limit = before.id or float("inf") if before is not None else float("inf")
    found = [(position, record) for position, record in found if record.id < limit]
    return min(found, key=lambda item: item[0])[1] if found else None


def _contact(email, phone):
    return (email_normalize(email) if email else False, phone or False)


def _matches(one, other):
    """Same normalised e-mail or same phone (E.164), ignoring empty ones."""
    return any(mine and mine == theirs for mine, theirs in zip(one, other))
