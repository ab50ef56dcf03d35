import json
import logging
import uuid

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from .. import webhooks

_logger = logging.getLogger(__name__)

PARAM_TIMEOUT = "heymilo_ingestion.webhook_timeout"


class HeymiloWebhookDelivery(models.Model):
    """One event for the posting's interview agent, retried until a 2xx."""

    _name = "heymilo.webhook.delivery"
    _inherit = ["heymilo.queue.mixin"]
    _description = "Webhook Delivery"
    _order = "id desc"

    profile_id = fields.Many2one("heymilo.ingestion.profile", required=True, index=True, ondelete="cascade")
    job_id = fields.Many2one(related="profile_id.job_id", store=True, index=True)
    company_id = fields.Many2one(related="profile_id.company_id", store=True, index=True)
    event_type = fields.Char(required=True, default="candidate.ingested")
    message_id = fields.Char(
        required=True,
        readonly=True,
        index=True,
        copy=False,
        default=lambda self: "msg_%s" % uuid.uuid4().hex,
        help="The webhook-id header, the same on every retry.",
    )
    payload = fields.Text(readonly=True, help="Removed some days after the last attempt (retention).")
    url = fields.Char(readonly=True, groups="hr_recruitment.group_hr_recruitment_manager")
    state = fields.Selection(
        [("pending", "Pending"), ("sent", "Sent"), ("failed", "Failed")], default="pending", required=True, index=True
    )
    attempt_count = fields.Integer(readonly=True)
    next_attempt_at = fields.Datetime(index=True, readonly=True)
    last_status_code = fields.Integer(readonly=True)
    error_message = fields.Text(readonly=True)
    attempt_ids = fields.One2many("heymilo.webhook.attempt", "delivery_id", string="Attempts")

    # -- queue -----------------------------------------------------------------------

    @api.model
    def _cron_send_webhooks(self, max_deliveries=200):
        """Send the deliveries due when the run starts, one at a time, each
        committed on its own: a crash never re-sends what already got
        through, and no row lock is given up while others still wait.

        A run is bounded: an attempt has one deadline (``_timeout``), the
        next starts only when a whole attempt fits in the run's budget, and
        at most ``max_deliveries`` are sent; a new run is triggered for the
        rest. A posting whose receiver did not answer, or answered slowly,
        in this run has its other deliveries left to the next run, so that
        one bad receiver never holds the others up."""
        now = fields.Datetime.now()
        budget = self._queue_budget(max_deliveries)
        timeout = self._timeout()
        due = SQL("state = 'pending' AND next_attempt_at <= %s", now)
        first_attempt = self.env["heymilo.webhook.attempt"].sudo().search([], order="id desc", limit=1).id or 0
        not_slow = SQL(
            """job_id NOT IN (SELECT d.job_id FROM heymilo_webhook_attempt a
                                JOIN heymilo_webhook_delivery d ON d.id = a.delivery_id
                               WHERE a.id > %s AND d.job_id IS NOT NULL
                                 AND (COALESCE(a.status_code, 0) = 0 OR a.duration_ms >= %s))""",
            first_attempt,
            int(webhooks.SLOW * 1000),
        )
        cron = self.env.ref("heymilo_ingestion.ir_cron_send_webhooks")
        done = self._queue_run(
            lambda: self._queue_claim(
                SQL("%s AND %s", due, not_slow), budget.next_batch(1, timeout, learn=False), "next_attempt_at, id"
            ),
            "_send",
            [("state", "=", "pending"), ("next_attempt_at", "<=", now)],
            budget,
            cron,
        )
        if not budget.stopped and self._queue_claim(due, 1):
            cron._trigger()  # left behind a slow receiver
        return done

    @api.model
    def _timeout(self):
        """Seconds for one attempt, never more than a run's budget: the
        system parameter ``heymilo_ingestion.webhook_timeout`` or
        ``webhooks.TIMEOUT``."""
        configured = self.env["ir.config_parameter"].sudo().get_param(PARAM_TIMEOUT)
        return min(float(configured) if configured else webhooks.TIMEOUT, self._queue_budget().seconds)

    def _send(self):
        """One attempt: POST, log it, then schedule a retry or settle."""
        self.ensure_one()
        job = self.job_id.sudo()
        if job.heymilo_webhook_disabled or not job.heymilo_webhook_url:
            self._set_failed(
                self.env._("Deliveries are disabled for this posting (no URL, or the receiver answered 410 Gone).")
            )
            return
        if not job.heymilo_webhook_secret:  # postings created before the addon
            job.action_heymilo_new_webhook_secret()
        attempt = webhooks.post(
            job.heymilo_webhook_url,
            job.heymilo_webhook_secret,
            self.message_id,
            self.payload.encode(),
            timeout=self._timeout(),
        )
        number = self.attempt_count + 1
        self.env["heymilo.webhook.attempt"].create(
            {
                "delivery_id": self.id,
                "number": number,
                "status_code": attempt.status or False,
                "response_excerpt": attempt.excerpt or attempt.error,
                "duration_ms": attempt.duration_ms,
            }
        )
        self.write(
            {"attempt_count": number, "last_status_code": attempt.status or False, "url": job.heymilo_webhook_url}
        )
        if attempt.ok:
            self._set_sent()
        elif attempt.gone:
            job.heymilo_webhook_disabled = True
            self._set_failed(self.env._("The receiver answered 410 Gone: deliveries for this posting are disabled."))
        else:
            reason = attempt.error or self.env._("HTTP %s", attempt.status)
            retry_at = webhooks.next_attempt_at(number, attempt.retry_after)
            if retry_at is None:
                self._set_failed(
                    self.env._("Gave up after %(count)s attempts; last: %(reason)s", count=number, reason=reason)
                )
            else:
                self.write({"next_attempt_at": retry_at, "error_message": reason})
                self.env.ref("heymilo_ingestion.ir_cron_send_webhooks")._trigger(at=retry_at)

    def action_resend(self):
        """Send again, with the same webhook-id (receivers drop duplicates).
        Officers may resend what they can read, but never edit a delivery:
        its payload is signed and sent as the system wrote it."""
        self.check_access("read")
        if not all(self.mapped("payload")):
            raise UserError(self.env._("This event's data was removed under the retention rules; it cannot be resent."))
        deliveries = self.sudo()
        deliveries.write({"state": "pending", "next_attempt_at": fields.Datetime.now(), "attempt_count": 0})
        deliveries.profile_id.webhook_state = "pending"
        self.env.ref("heymilo_ingestion.ir_cron_send_webhooks")._trigger()
        return True

    def _drop_payloads(self):
        """Retention and erasure: the event's data (and what the receiver
        answered) goes; the record of the attempts stays."""
        self.sudo().write({"payload": False})
        self.sudo().attempt_ids.write({"response_excerpt": False})

    def _set_sent(self):
        self.write({"state": "sent", "next_attempt_at": False, "error_message": False})
        self.profile_id.webhook_state = "sent"

    def _set_failed(self, reason):
        self.write({"state": "failed", "next_attempt_at": False, "error_message": reason})
        self.profile_id.webhook_state = "failed"

    @api.model
    def _payload(self, profile):
        return json.dumps(
            {
                "type": "candidate.ingested",
                "timestamp": fields.Datetime.to_string(fields.Datetime.now()),
                "data": {
                    "profile": {
                        key: profile[key] or None
                        for key in ("name", "email", "phone", "linkedin_url", "location", "headline")
                    },
                    "profile_id": profile.id,
                    "candidate_id": profile.candidate_id.id,
                    "applicant_id": profile.applicant_id.id,
                    "job": {"id": profile.job_id.id, "name": profile.job_id.name},
                    "document": {"id": profile.document_id.id, "name": profile.document_id.name},
                },
            },
            sort_keys=True,
        )
