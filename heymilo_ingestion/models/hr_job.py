import secrets

from odoo import api, fields, models

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
    heymilo_webhook_url = fields.Char(string="Interview Agent Webhook URL", groups=MANAGER)
    heymilo_webhook_secret = fields.Char(string="Webhook Signing Secret", readonly=True, copy=False, groups=MANAGER)
    heymilo_webhook_disabled = fields.Boolean(
        string="Webhook Disabled", copy=False, groups=MANAGER, help="Set when the receiver answered 410 Gone."
    )
    heymilo_url_key = fields.Char(string="Gateway Key", readonly=True, copy=False, index=True, groups=MANAGER)
    heymilo_gateway_url = fields.Char(compute="_compute_heymilo_gateway", string="Gateway URL", groups=MANAGER)
    heymilo_curl_example = fields.Text(compute="_compute_heymilo_gateway", string="curl Example", groups=MANAGER)
    heymilo_api_key_ids = fields.One2many("heymilo.api.key", "job_id", string="API Keys", groups=MANAGER)

    def _compute_heymilo_profile_count(self):
        counts = dict(
            self.env["heymilo.ingestion.profile"]._read_group([("job_id", "in", self.ids)], ["job_id"], ["__count"])
        )
        for job in self:
            job.heymilo_profile_count = counts.get(job, 0)

    @api.depends("heymilo_url_key")
    def _compute_heymilo_gateway(self):
        base = self.env["ir.config_parameter"].sudo().get_param("web.base.url", "")
        for job in self:
            url = job.heymilo_url_key and "%s/heymilo/ingestion/%s/documents" % (base, job.heymilo_url_key)
            job.heymilo_gateway_url = url or False
            job.heymilo_curl_example = (
                url
                and (
                    "curl -X POST '%s' \\\n  -H 'Authorization: Bearer <your API key>' \\\n"
                    "  -F mode=ingest -F files=@resume.pdf -F files=@candidates.csv" % url
                )
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
        self.sudo().write({"heymilo_webhook_secret": webhooks.new_secret(), "heymilo_webhook_disabled": False})

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
