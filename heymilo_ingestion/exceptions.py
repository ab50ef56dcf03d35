import logging

from odoo.exceptions import UserError


class PrivateUserError(UserError):
    """A user error whose message names a person's file or data: shown to
    the user as usual, but kept out of the server log (Odoo's HTTP layer logs
    every ``UserError`` at WARNING, unless it carries a ``loglevel``)."""

    loglevel = logging.DEBUG
