from odoo import api, models

from .batch_memo import memoized


class IrDefault(models.Model):
    _inherit = "ir.default"

    @api.model
    def _get_model_defaults(self, model_name, condition=False):
        """The ormcached defaults, looked up once per ingestion batch (see
        ``batch_memo``) under the same key as Odoo's cache."""
        key = ("ir.default", self.env.uid, self.env.company.id, model_name, condition)
        return memoized(key, lambda: super(IrDefault, self)._get_model_defaults(model_name, condition))
