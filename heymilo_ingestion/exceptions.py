import logging

from odoo.exceptions import UserError


def private_user_error(message):
    """A ``UserError`` for a message that names a person's file or data:
    shown to the user as any other, but kept out of the server log (Odoo's
    HTTP layer logs every ``UserError`` at WARNING, unless it carries a
    ``loglevel``)."""
    error = UserError(message)
    error.loglevel = logging.DEBUG
    return error
