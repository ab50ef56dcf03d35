import secrets

from odoo import api, fields, models
from odoo.exceptions import AccessError

from .. import webhooks

MANAGER = "hr_recruitment.group_hr_recruitment_manager"


class HrJob(models.Model):
    _inherit = "hr.job"
    _sql_constraints = [("heymilo_url_key_uniq", "unique(heymilo_url_key)", "Gateway keys must be unique.")]

    heymilo_document_ids = fields.One2many("heymilo.ingestion.document", "job_id", string="Ingestion Documents")
    heymilo_profile_count = fields.Integer(compute="_compute_heymilo_profile_count", string="Extracted Profiles")
    heymilo_min_completeness = fields.Integer(
        string="Minimum Completeness",
        help="With 'Upload and Ingest', profiles below this completeness (0-100) wait for review instead.",
    )
    heymilo_invitation_template_id = fields.Many2one(
        "mail.template",
        string="Invitation E-mail",
        domain=[("model", "=", "hr.applicant")],
        help="Sent (queued) to every applicant created by ingestion.",
    )
    # Retention overrides of the company's settings (heymilo_ingestion_retention.py); 0: the company's.
    heymilo_retention_unused_days = fields.Integer(string="Profiles Never Ingested (days)", groups=MANAGER)
    heymilo_retention_ingested_days = fields.Integer(string="Ingested Profiles (days)", groups=MANAGER)
    heymilo_retention_failed_days = fields.Integer(string="Failed Documents (days)", groups=MANAGER)
    heymilo_retention_delivery_days = fields.Integer(string="Webhook Payloads (days)", groups=MANAGER)
    heymilo_webhook_url = fields.Char(string="Interview Agent Webhook URL", groups=MANAGER)
    heymilo_webhook_secret = fields.Char(string="Webhook Signing Secret", readonly=True, copy=False, groups=MANAGER)
    heymilo_webhook_disabled = fields.Boolean(
        string="Webhook Disabled", copy=False, groups=MANAGER, help="Set when the receiver answered 410 Gone."
    )
    heymilo_url_key = fields.Char(string="Gateway Key", readonly=True, copy=False, index=True, groups=MANAGER)
    heymilo_gateway_url = fields.Char(compute="_compute_heymilo_gateway", string="Gateway URL", groups=MANAGER)
    heymilo_curl_example = fields.Char(compute="_compute_heymilo_gateway", string="curl Example", groups=MANAGER)
    heymilo_api_key_ids = fields.One2many("heymilo.api.key", "job_id", string="API Keys", groups=MANAGER)
    # Statistics of the ingestion page, from grouped queries (_compute_heymilo_statistics).
    heymilo_stat_ingested = fields.Integer(compute="_compute_heymilo_statistics", string="Ingested Profiles")
    heymilo_stat_processing = fields.Integer(compute="_compute_heymilo_statistics", string="Processing Jobs")
    heymilo_stat_success_rate = fields.Float(compute="_compute_heymilo_statistics", string="Upload Success Rate (%)")
    heymilo_stat_avg_completeness = fields.Float(compute="_compute_heymilo_statistics", string="Average Completeness")
    heymilo_stat_email_rate = fields.Float(compute="_compute_heymilo_statistics", string="Profiles with E-mail (%)")
    heymilo_stat_phone_rate = fields.Float(compute="_compute_heymilo_statistics", string="Profiles with Phone (%)")
    heymilo_stat_median_hours = fields.Float(
        compute="_compute_heymilo_statistics",
        string="Median Upload to Ingested (h)",
        help="Ingestion efficiency: median time from a file's upload to its profile's ingestion.",
    )
    heymilo_stat_top_errors = fields.Text(compute="_compute_heymilo_statistics", string="Most Frequent Failures")

    def _compute_heymilo_profile_count(self):
        counts = dict(
            self.env["heymilo.ingestion.profile"]._read_group([("job_id", "in", self.ids)], ["job_id"], ["__count"])
        )
        for job in self:
            job.heymilo_profile_count = counts.get(job, 0)

    def _compute_heymilo_statistics(self):
        """Every statistic for all of ``self`` in a handful of grouped
        queries: nothing is loaded record by record."""
        Profile, Document = self.env["heymilo.ingestion.profile"], self.env["heymilo.ingestion.document"]
        domain = [("job_id", "in", self.ids)]
        by_state = Profile._read_group(domain, ["job_id", "state"], ["__count"])
        averages = dict(Profile._read_group(domain, ["job_id"], ["completeness:avg"]))
        with_email = dict(Profile._read_group(domain + [("email", "!=", False)], ["job_id"], ["__count"]))
        with_phone = dict(Profile._read_group(domain + [("phone", "!=", False)], ["job_id"], ["__count"]))
        documents = Document._read_group(domain, ["job_id", "state"], ["__count"])
        failures = Document._read_group(
            domain + [("state", "=", "failed")], ["job_id", "error_category"], ["__count"], order="__count desc"
        )
        medians = self._heymilo_median_hours()
        reasons = dict(Document._fields["error_category"]._description_selection(self.env))
        for job in self:
            profiles = {state: count for j, state, count in by_state if j == job}
            total = sum(profiles.values())
            docs = {state: count for j, state, count in documents if j == job}
            finished = docs.get("success", 0) + docs.get("failed", 0)
            job.heymilo_stat_ingested = profiles.get("ingested", 0)
            job.heymilo_stat_processing = docs.get("queued", 0) + docs.get("processing", 0)
            job.heymilo_stat_success_rate = 100.0 * docs.get("success", 0) / finished if finished else 0.0
            job.heymilo_stat_avg_completeness = averages.get(job) or 0.0
            job.heymilo_stat_email_rate = 100.0 * with_email.get(job, 0) / total if total else 0.0
            job.heymilo_stat_phone_rate = 100.0 * with_phone.get(job, 0) / total if total else 0.0
            job.heymilo_stat_median_hours = medians.get(job.id, 0.0)
            job.heymilo_stat_top_errors = (
                "\n".join(
                    "%s: %d" % (reasons.get(category, category), count)
                    for j, category, count in failures[:50]
                    if j == job
                )
                or False
            )

    def _heymilo_median_hours(self):
        """Median hours from upload to ingestion per posting (PostgreSQL's
        percentile_cont: the ORM has no median aggregate)."""
        self.env["heymilo.ingestion.profile"].check_access("read")
        self.env.flush_all()
        self.env.cr.execute(
            """
            SELECT p.job_id,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.ingested_at - d.create_date))
              FROM heymilo_ingestion_profile p
              JOIN heymilo_ingestion_document d ON d.id = p.document_id
             WHERE p.job_id = ANY(%s) AND p.ingested_at IS NOT NULL
             GROUP BY p.job_id
            """,
            [self.ids],
        )
        return {job_id: seconds / 3600.0 for job_id, seconds in self.env.cr.fetchall()}

    @api.depends("heymilo_url_key")
    def _compute_heymilo_gateway(self):
        base = self.env["ir.config_parameter"].sudo().get_param("web.base.url", "")
        for job in self:
            url = job.heymilo_url_key and "%s/heymilo/ingestion/%s/documents" % (base, job.heymilo_url_key)
            job.heymilo_gateway_url = url or False
            job.heymilo_curl_example = (
                url
                and "curl -X POST '%s' -H 'Authorization: Bearer <your API key>' -F mode=ingest -F files=@resume.pdf"
                % url
                or False
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("heymilo_webhook_secret", webhooks.new_secret())
        return super().create(vals_list)

    def _heymilo_url_key(self):
        """The posting's gateway key, made on first use."""
        self.ensure_one()
        if not self.heymilo_url_key:
            self.heymilo_url_key = secrets.token_urlsafe(16)
        return self.heymilo_url_key

    def action_heymilo_new_webhook_secret(self):
        """A new signing secret (and deliveries enabled again): for
        Recruitment Administrators only, as the secret field itself."""
        if not (self.env.su or self.env.user.has_group("hr_recruitment.group_hr_recruitment_manager")):
            raise AccessError(self.env._("Only Recruitment Administrators can change the webhook signing secret."))
        self.check_access("write")
        self.sudo().write({"heymilo_webhook_secret": webhooks.new_secret(), "heymilo_webhook_disabled": False})
        return True

    def action_open_heymilo_ingestion(self):
        """The posting's ingestion page: its documents, with upload at hand.
        For administrators, a gateway API key is made when the posting has no
        valid one, and shown once."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_document_action")
        action.update(
            name=self.env._("Candidate Ingestion: %s", self.name),
            domain=[("job_id", "=", self.id), ("parent_id", "=", False)],
            context={"default_job_id": self.id, "heymilo_job_id": self.id},
        )
        generated = self._heymilo_ensure_api_key()
        if not generated:
            return action
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "warning",
                "sticky": True,
                "title": self.env._("Gateway API key created"),
                "message": self.env._(
                    "Copy it now, it is not shown again: %(key)s\nGateway: %(url)s",
                    key=generated["key"],
                    url=generated["url"],
                ),
                "next": action,
            },
        }

    def _heymilo_ensure_api_key(self):
        """Generate a key when an administrator opens a posting without a
        valid one; reuse a valid one otherwise. Returns ``generate``'s dict
        or None."""
        if not self.env.user.has_group(MANAGER):
            return None
        if self.sudo().heymilo_api_key_ids.filtered("is_valid"):
            return None
        return self.env["heymilo.api.key"].generate(self.id)

    def action_open_heymilo_profiles(self):
        """The posting's extracted profiles, grouped by source document so
        that each document expands into its profiles."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_profile_action")
        action.update(
            name=self.env._("Extracted Profiles: %s", self.name),
            domain=[("job_id", "=", self.id)],
            context={"heymilo_job_id": self.id, "search_default_group_document": 1},
        )
        return action
