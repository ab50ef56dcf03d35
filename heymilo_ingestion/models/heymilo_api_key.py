import binascii
import os
import re
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.base.models.res_users import KEY_CRYPT_CONTEXT  # pylint: disable=import-error
from odoo.exceptions import AccessError, UserError

KEY_PREFIX = "hmk_"
INDEX_SIZE = 8  # hex digits stored in clear to find the row, like res.users.apikeys
DEFAULT_VALIDITY_DAYS = 365
KEY_SHAPE = re.compile(KEY_PREFIX + "[0-9a-f]{48}")  # what ``generate`` makes; anything else is not a key
# What makes a key act for someone: set by ``generate`` only.
PROTECTED_FIELDS = {"key_index", "key_hash", "key_prefix", "user_id", "job_id"}


class HeymiloApiKey(models.Model):
    """A key that lets an outside system push files to one posting's gateway.

    Stored like Odoo's own ``res.users.apikeys``: a short index in clear and a
    pbkdf2 hash; the key itself is returned once, by ``generate``."""

    _name = "heymilo.api.key"
    _description = "Ingestion API Key"
    _order = "create_date desc, id desc"

    name = fields.Char(required=True, default="Ingestion gateway")
    job_id = fields.Many2one("hr.job", string="Job Position", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="job_id.company_id", store=True, index=True)
    key_index = fields.Char(required=True, index=True, readonly=True, groups="base.group_system")
    key_hash = fields.Char(required=True, readonly=True, groups="base.group_system")
    key_prefix = fields.Char(string="Key Starts With", readonly=True, help="The start of the key, to recognise it.")
    expires_at = fields.Datetime(string="Expires On")
    active = fields.Boolean(default=True, help="Archive the key to revoke it.")
    last_used_at = fields.Datetime(readonly=True)
    user_id = fields.Many2one("res.users", string="Created By", default=lambda self: self.env.user, readonly=True)
    is_valid = fields.Boolean(compute="_compute_is_valid")

    @api.depends("active", "expires_at")
    def _compute_is_valid(self):
        now = fields.Datetime.now()
        for key in self:
            key.is_valid = key.active and (not key.expires_at or key.expires_at > now)

    @api.model_create_multi
    def create(self, vals_list):
        """Keys are made by ``generate`` only (which creates them as
        superuser): a key created with a chosen hash or creator would let
        its author upload as someone else. No RPC call runs as superuser."""
        if not self.env.su:
            raise AccessError(self.env._("Ingestion API keys are made with the Generate button only."))
        return super().create(vals_list)

    def write(self, vals):
        if PROTECTED_FIELDS.intersection(vals) and not self.env.su:
            raise AccessError(self.env._("The key, its posting and its creator cannot be changed; revoke it instead."))
        return super().write(vals)

    @api.model
    def generate(self, job_id, name=None):
        """Create a key for the posting ``job_id``; the only time the key
        itself is returned: ``{"id", "key", "url_key", "url"}``."""
        if not self.env.user.has_group("hr_recruitment.group_hr_recruitment_manager"):
            raise AccessError(self.env._("Only Recruitment Administrators can create ingestion API keys."))
        job = self.env["hr.job"].browse(job_id).exists()
        if not job:
            raise UserError(self.env._("This job position does not exist."))
        job.check_access("read")
        secret = binascii.hexlify(os.urandom(24)).decode()
        key = KEY_PREFIX + secret
        record = self.sudo().create(
            {
                "name": name or self.env._("Ingestion gateway"),
                "job_id": job.id,
                "key_index": secret[:INDEX_SIZE],
                "key_hash": KEY_CRYPT_CONTEXT.hash(key),
                "key_prefix": key[: len(KEY_PREFIX) + INDEX_SIZE],
                "expires_at": fields.Datetime.now() + timedelta(days=DEFAULT_VALIDITY_DAYS),
                "user_id": self.env.uid,
            }
        )
        url_key = job.sudo()._heymilo_url_key()
        return {"id": record.id, "key": key, "url_key": url_key, "url": job.sudo().heymilo_gateway_url}

    @api.model
    def _find(self, key):
        """The key record matching ``key`` (any state, so that callers can
        say why it is refused), or an empty recordset. Hash comparison is
        passlib's, in constant time."""
        if not key or not KEY_SHAPE.fullmatch(key):  # before any hashing or query (NUL bytes, huge values)
            return self.browse()
        index = key[len(KEY_PREFIX) : len(KEY_PREFIX) + INDEX_SIZE]
        candidates = self.sudo().with_context(active_test=False).search([("key_index", "=", index)])
        for candidate in candidates:
            if KEY_CRYPT_CONTEXT.verify(key, candidate.key_hash):
                return candidate
        return self.browse()

    def action_revoke(self):
        self.write({"active": False})
        return True
