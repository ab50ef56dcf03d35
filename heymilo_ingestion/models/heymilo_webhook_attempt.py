from odoo import fields, models


class HeymiloWebhookAttempt(models.Model):
    _name = "heymilo.webhook.attempt"
    _description = "Webhook Delivery Attempt"
    _order = "delivery_id, number"

    delivery_id = fields.Many2one("heymilo.webhook.delivery", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="delivery_id.company_id", store=True, index=True)
    number = fields.Integer(string="Attempt", readonly=True)
    status_code = fields.Integer(readonly=True, help="Empty when the receiver did not answer.")
    response_excerpt = fields.Text(readonly=True)
    duration_ms = fields.Integer(string="Duration (ms)", readonly=True)
