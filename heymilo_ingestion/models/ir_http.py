from odoo import models
from odoo.http import request

from ..controllers import gateway


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _handle_error(cls, exception):
        """Gateway requests get JSON errors, also for what fails before the
        route runs (a body over the limit, too many form parts)."""
        if request and gateway.is_gateway_request():
            return gateway.error_response(exception)
        return super()._handle_error(exception)
