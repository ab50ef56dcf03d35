import logging

from markupsafe import Markup
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from ..extraction.logsafe import log_exception
from ..extraction.result import COMPLETENESS_WEIGHTS
from ..profile_fields import ENGINE_FIELDS, engine_profile, field_values
from .heymilo_queue_mixin import is_conflict
from .ingestion_batch import IngestionBatch

_logger = logging.getLogger(__name__)

# Statistics are refreshed after storing this many profiles at once, when
# they are more than this share of the rows the statistics knew of.
ANALYZE_MIN_ROWS = 500
ANALYZE_SHARE = 0.2
# Profiles ingested per batch (one transaction): a batch costs the same
# number of queries whatever its size (about 60 with invitations and
# webhooks); 200 spread them (0.3 per profile, 0.75 at 50) and still
# commit within a second or two.
INGEST_BATCH = 200


class HeymiloIngestionProfile(models.Model):
    _name = "heymilo.ingestion.profile"
    _inherit = ["heymilo.queue.mixin"]
    _description = "Extracted Candidate Profile"
    _order = "document_id desc, source_row, id"

    document_id = fields.Many2one("heymilo.ingestion.document", required=True, index=True, ondelete="cascade")
    job_id = fields.Many2one(related="document_id.job_id", store=True, index=True, string="Job Position")
    archive_id = fields.Many2one(
        related="document_id.parent_id", store=True, string="From Archive", help="The ZIP archive the file was in."
    )
    company_id = fields.Many2one(related="document_id.company_id", store=True, index=True)
    file_type = fields.Selection(related="document_id.file_type", store=True)
    ocr_used = fields.Boolean(related="document_id.ocr_used", help="Read from a scan with OCR: review the fields.")
    name = fields.Char(string="Candidate Name")
    email = fields.Char(index=True)
    phone = fields.Char()
    linkedin_url = fields.Char(string="LinkedIn")
    location = fields.Char()
    headline = fields.Char(help="Current title or headline.")
    other_links = fields.Text(help="GitHub, portfolio and other links, one per line.")
    other_emails = fields.Char(help="Further e-mail addresses found.")
    other_phones = fields.Char(help="Further phone numbers found.")
    extra_data = fields.Json(string="Extra Columns", help="CSV columns that map to no profile field.")
    extra_data_text = fields.Text(compute="_compute_extra_data_text", string="Extra Data")
    extracted_text = fields.Text(readonly=True)
    source_row = fields.Integer(help="Row of the CSV file this profile comes from.")
    completeness = fields.Integer(compute="_compute_completeness", store=True, aggregator="avg")
    ingest_user_id = fields.Many2one(
        "res.users", readonly=True, help="Who asked for the ingestion: the author of the applicant's note and e-mail."
    )
    state = fields.Selection(
        [
            ("extracted", "Extracted"),
            ("queued", "Queued"),
            ("ingested", "Ingested"),
            ("duplicate", "Duplicate"),
            ("failed", "Failed"),
        ],
        default="extracted",
        required=True,
        index=True,
    )
    error_message = fields.Text(readonly=True)
    candidate_id = fields.Many2one("hr.candidate", readonly=True, index="btree_not_null", ondelete="set null")
    applicant_id = fields.Many2one("hr.applicant", readonly=True, index="btree_not_null", ondelete="set null")
    ingested_at = fields.Datetime(readonly=True)
    webhook_state = fields.Selection(
        [("none", "None"), ("pending", "Pending"), ("sent", "Sent"), ("failed", "Failed")],
        default="none",
        required=True,
        index=True,
        string="Webhook",
    )
    delivery_ids = fields.One2many("heymilo.webhook.delivery", "profile_id", string="Webhook Deliveries")
    personal_data_removed_at = fields.Datetime(
        readonly=True, help="When the retention rule dropped this profile's contact data and text (see the applicant)."
    )

    @api.depends(*COMPLETENESS_WEIGHTS)
    def _compute_completeness(self):
        for profile in self:
            profile.completeness = sum(w for key, w in COMPLETENESS_WEIGHTS.items() if profile[key])

    @api.depends("extra_data")
    def _compute_extra_data_text(self):
        for profile in self:
            profile.extra_data_text = "\n".join("%s: %s" % item for item in (profile.extra_data or {}).items())

    def action_ingest(self):
        """Queue these profiles for ingestion (button, and 'Ingest Selected')."""
        todo = self.filtered(lambda p: p.state in ("extracted", "failed"))
        if not todo:
            raise UserError(self.env._("These profiles are already queued or ingested."))
        todo._queue_ingestion()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "info",
                "title": self.env._("Ingestion"),
                "message": todo._ingest_summary(),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_send_webhook(self):
        """ "Send to interview agent": ingested profiles that never had a
        delivery (ingested before the posting had a webhook URL)."""
        todo = self.filtered(lambda p: p.state == "ingested" and not p.delivery_ids)
        if not todo:
            raise UserError(self.env._("These profiles were already sent, or are not ingested yet."))
        if not todo.job_id.sudo().filtered(lambda j: j.heymilo_webhook_url and not j.heymilo_webhook_disabled):
            raise UserError(self.env._("Set the posting's Interview Agent Webhook URL first (Integrations tab)."))
        todo._queue_webhooks()

    def action_confirm_delete(self):
        """Bulk delete asks first, with the count and what happens to applicants."""
        wizard = self.env["heymilo.ingestion.profile.delete"].create({"profile_ids": [(6, 0, self.ids)]})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Delete Profiles"),
            "res_model": wizard._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_resend_webhook(self):
        self.ensure_one()
        if not self.delivery_ids:
            raise UserError(self.env._("No webhook was sent for this profile."))
        return self.delivery_ids[:1].action_resend()

    def action_erase_person_data(self):
        """Erase the ingestion data of the people of these profiles (the
        button asks for confirmation): every profile of the company with the
        same e-mail or phone, their files, webhook payloads and exports."""
        self.check_access("unlink")
        Erasure = self.env["heymilo.ingestion.erasure"]
        people = self.sudo()
        for profile in people:
            people |= Erasure._profiles_of_person([profile.email], [profile.phone], profile.company_id)
        Erasure._erase_profiles(people, "requested by user %s" % self.env.uid)
        return self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_profile_action")

    def action_download_source(self):
        self.ensure_one()
        return self.document_id.action_download()

    def action_view_details(self):
        """The review screen, at this profile, with Previous / Next through
        the profiles uploaded with it."""
        self.ensure_one()
        batch = (
            self.search([("document_id.upload_id", "=", self.document_id.upload_id)])
            if self.document_id.upload_id
            else self
        )
        return {
            "type": "ir.actions.client",
            "tag": "heymilo_ingestion.review",
            "name": self.env._("Review Profiles"),
            "params": {"profile_ids": batch.ids, "active_id": self.id},
        }

    def get_review_source(self):
        """What the review screen shows beside the fields: the resume
        (inline) or, for a CSV row, its text."""
        self.ensure_one()
        if self.file_type == "pdf":
            url = self.document_id.action_download()["url"].replace("?download=true", "")
            return {"url": url, "name": self.document_id.name}
        lines = ["%s: %s" % (self._fields[key].string, self[key]) for key in ENGINE_FIELDS if self[key]]
        if self.source_row:
            lines.insert(0, self.env._("Row %(row)s of %(file)s", row=self.source_row, file=self.document_id.name))
        return {"text": "\n".join(lines + [self.extra_data_text or ""]).strip(), "name": self.document_id.name}

    @api.model
    def _profile_fields(self, profile):
        """Field values of an engine ``Profile`` (shared by create and merge)."""
        return field_values(profile)

    @api.model
    def _prepare_vals(self, document, profile):
        return dict(self._profile_fields(profile), document_id=document.id, extracted_text=profile.text or False)

    @api.model
    def _refresh_statistics(self, added):
        """After ``added`` profiles were stored at once, refresh PostgreSQL's
        statistics of the table when they are a large share of it. Until
        autovacuum analyses it (a minute or more later), the planner sees
        the table as it was, nearly empty, and joins each ingestion batch's
        UPDATE against a sequential scan of every row: quadratic in a list."""
        if added < ANALYZE_MIN_ROWS:
            return
        self.env.cr.execute(SQL("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", self._table))
        known = max(self.env.cr.fetchone()[0], 0)
        if added > ANALYZE_SHARE * known:
            self.env.flush_all()
            self.env.cr.execute(SQL("ANALYZE %s", SQL.identifier(self._table)))

    def _to_engine_profile(self):
        self.ensure_one()
        return engine_profile(self)

    # -- ingestion -------------------------------------------------------------------

    def _queue_ingestion(self):
        user = self.env.user
        self.write(
            {
                "state": "queued",
                "error_message": False,
                "review_reason": False,
                "ingest_user_id": not user._is_superuser() and user.id,
            }
        )
        self.env.ref("heymilo_ingestion.ir_cron_ingest_profiles")._trigger()

    @api.model
    def _cron_ingest_profiles(self, batch_size=INGEST_BATCH):
        """Ingest queued profiles; a claimed batch stays locked until its
        commit, so no other worker ingests the same profile."""
        return self._queue_run(
            lambda: self._queue_claim(SQL("state = 'queued'"), batch_size),
            "_ingest_batch",
            [("state", "=", "queued")],
        )

    def _ingest_batch(self):
        """Ingest claimed profiles with set-based work (``IngestionBatch``,
        webhook events included) in a savepoint. If that fails, the batch is
        split in halves, each retried on its own, until the failing profiles
        are alone: they are marked failed with the error, the others are
        ingested."""
        self._ingest_isolating_failures()
        self.document_id._notify_progress_bus()
        self._notify_ingested()

    def _ingest_isolating_failures(self):
        try:
            with self.env.cr.savepoint():
                IngestionBatch(self).run()
        except Exception as exc:  # recorded on the profile, which can be retried
            if is_conflict(exc):
                raise
            if len(self) == 1:
                log_exception(_logger, "Ingestion of profile %s failed", self.id)
                self._set_failed(self.env._("Ingestion failed: %s", exc))
                return
            half = len(self) // 2
            self[:half]._ingest_isolating_failures()
            self[half:]._ingest_isolating_failures()

    def _applicant_notes(self):
        """What has no field of its own on the applicant: headline, location,
        other links and contacts, extra CSV columns, as a list in its notes."""
        items = [
            (self._fields[key].string, self[key])
            for key in ("headline", "location", "other_emails", "other_phones")
            if self[key]
        ]
        items += [(self.env._("Link"), link) for link in (self.other_links or "").splitlines() if link]
        items += list((self.extra_data or {}).items())
        if not items:
            return False
        return Markup("<ul>%s</ul>") % Markup("").join(
            Markup("<li><b>%s</b>: %s</li>") % (label, value) for label, value in items
        )

    def _candidate_vals(self):
        return {
            "partner_name": self.name or self.email or self.phone,
            "email_from": self.email or False,
            "partner_phone": self.phone or False,
            "linkedin_profile": self.linkedin_url or False,
        }

    def _candidate_gaps(self, candidate):
        """Values for the candidate's empty fields only: ingestion never
        overwrites what a recruiter typed."""
        return {key: value for key, value in self._candidate_vals().items() if value and not candidate[key]}

    def _queue_webhooks(self):
        Delivery = self.env["heymilo.webhook.delivery"].sudo()
        todo = self.filtered(
            lambda p: p.job_id.sudo().heymilo_webhook_url and not p.job_id.sudo().heymilo_webhook_disabled
        )
        if not todo:
            return
        Delivery.create(
            [
                {
                    "profile_id": profile.id,
                    # Its stored related fields, in the INSERT rather than a second UPDATE.
                    "job_id": profile.job_id.id,
                    "company_id": profile.company_id.id,
                    "payload": Delivery._payload(profile),
                    "next_attempt_at": fields.Datetime.now(),
                }
                for profile in todo
            ]
        )
        todo.webhook_state = "pending"
        self.env.ref("heymilo_ingestion.ir_cron_send_webhooks")._trigger()

    # -- state transitions ---------------------------------------------------------------

    def _set_ingested(self, candidate, applicant):
        self.write(
            {
                "state": "ingested",
                "candidate_id": candidate.id,
                "applicant_id": applicant.id,
                "ingested_at": fields.Datetime.now(),
                "error_message": False,
            }
        )

    def _set_duplicate(self, candidate, applicant):
        self.write(
            {
                "state": "duplicate",
                "candidate_id": candidate.id,
                "applicant_id": applicant.id,
                "error_message": self.env._("This candidate already applied to this position."),
            }
        )

    def _set_failed(self, reason):
        self.write({"state": "failed", "error_message": reason})
