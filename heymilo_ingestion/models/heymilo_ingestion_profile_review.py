from odoo import api, fields, models

from ..extraction.confidence import HIGH, LOW, MEDIUM, band

LEVELS = [(HIGH, "High"), (MEDIUM, "Medium"), (LOW, "Low")]
# Engine field -> profile field holding its confidence.
CONFIDENCE_FIELDS = {
    "name": "name_confidence",
    "email": "email_confidence",
    "phone": "phone_confidence",
    "linkedin_url": "linkedin_confidence",
}
# "Upload and Ingest" queues a profile only when its name is confident (a
# candidate is created under it) and, under the posting's "Needs an E-mail or
# a Phone" rule, when one of these contacts is confident too.
CONTACT_FIELDS = ("email", "phone")


class HeymiloIngestionProfile(models.Model):
    """Confidence of the extracted fields, and the review it calls for."""

    _inherit = "heymilo.ingestion.profile"

    name_confidence = fields.Float(digits=(3, 2), readonly=True, help="How sure extraction is of the name (0-1).")
    email_confidence = fields.Float(digits=(3, 2), readonly=True, help="How sure extraction is of the e-mail (0-1).")
    phone_confidence = fields.Float(digits=(3, 2), readonly=True, help="How sure extraction is of the phone (0-1).")
    linkedin_confidence = fields.Float(
        digits=(3, 2), readonly=True, help="How sure extraction is of the LinkedIn profile (0-1)."
    )
    name_confidence_level = fields.Selection(LEVELS, compute="_compute_confidence_levels", store=True)
    email_confidence_level = fields.Selection(LEVELS, compute="_compute_confidence_levels", store=True)
    phone_confidence_level = fields.Selection(LEVELS, compute="_compute_confidence_levels", store=True)
    linkedin_confidence_level = fields.Selection(LEVELS, compute="_compute_confidence_levels", store=True)
    review_reason = fields.Char(
        readonly=True, help="Why 'Upload and Ingest' left this profile for review instead of ingesting it."
    )

    @api.depends(*CONFIDENCE_FIELDS.values())
    def _compute_confidence_levels(self):
        for profile in self:
            for score_field in CONFIDENCE_FIELDS.values():
                profile[score_field + "_level"] = band(profile[score_field]) or False

    @api.model
    def _profile_fields(self, profile):
        values = super()._profile_fields(profile)
        for key, score_field in CONFIDENCE_FIELDS.items():
            values[score_field] = profile.confidence.get(key, 0.0) if getattr(profile, key) else 0.0
        return values

    def write(self, vals):
        """A value a person types is sure: its confidence becomes 1 (unless
        the write sets the confidence too, as extraction does)."""
        vals = dict(vals)
        for key, score_field in CONFIDENCE_FIELDS.items():
            if key in vals and score_field not in vals:
                vals[score_field] = 1.0 if vals[key] else 0.0
        return super().write(vals)

    def _to_engine_profile(self):
        profile = super()._to_engine_profile()
        profile.confidence = {key: self[score_field] for key, score_field in CONFIDENCE_FIELDS.items()}
        return profile

    def _review_reasons(self):
        """Why this profile may not be ingested without a person's look."""
        self.ensure_one()
        reasons = self._uncertain(["name"])
        contacts = [key for key in CONTACT_FIELDS if self[key]]
        if self.job_id.heymilo_require_contact and not any(self._is_sure(key) for key in contacts):
            reasons += self._uncertain(contacts) or [self.env._("no e-mail or phone was found")]
        minimum = self.job_id.heymilo_min_completeness
        if self.completeness < minimum:
            reasons.append(
                self.env._("completeness %(value)s%% is below the posting's %(minimum)s%%",
                           value=self.completeness, minimum=minimum)
            )  # fmt: skip
        return reasons

    def _is_sure(self, key):
        return self[CONFIDENCE_FIELDS[key] + "_level"] == HIGH

    def _uncertain(self, keys):
        """Why each of ``keys`` is not good enough to act on unseen."""
        reasons = []
        for key in keys:
            label = self._fields[key].string.lower() if key != "name" else self.env._("name")
            level = self[CONFIDENCE_FIELDS[key] + "_level"]
            if not self[key]:
                reasons.append(self.env._("no %s was found", label))
            elif level != HIGH:
                reasons.append(
                    self.env._("the %(field)s is uncertain (%(level)s confidence)", field=label, level=level)
                )
        return reasons

    def _queue_auto_ingestion(self):
        """Queue the profiles of 'Upload and Ingest' documents whose name (and
        contact, see ``CONTACT_FIELDS``) are confident and that reach the
        posting's minimum completeness;
        the others wait for review, with the reason on the profile."""
        todo = self.filtered(lambda p: p.document_id.auto_ingest and p.state == "extracted")
        waiting = self.browse()
        for profile in todo:
            reasons = profile._review_reasons()
            if reasons:
                profile.review_reason = self.env._("Waiting for review: %s.", "; ".join(reasons))
                waiting |= profile
        (todo - waiting).write({"review_reason": False})
        (todo - waiting)._queue_ingestion()
