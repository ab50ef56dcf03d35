import uuid
from contextlib import contextmanager

from lxml import etree
from odoo import models

CONTEXT_KEY = "heymilo_qweb_compiled"
_COMPILED = {}  # {token: {(source, context): compiled template}}, while a batch renders


@contextmanager
def compiled_once(env):
    """An environment in which an inline QWeb template (a mail template's
    body) is compiled once, however many records it is rendered for. Odoo
    compiles an inline template again for every record: for a batch of
    invitations, compiling cost more than rendering."""
    token = uuid.uuid4().hex
    _COMPILED[token] = {}
    try:
        yield env(context=dict(env.context, **{CONTEXT_KEY: token}))
    finally:
        del _COMPILED[token]


class IrQweb(models.AbstractModel):
    _inherit = "ir.qweb"

    def _compile(self, template):
        compiled = _COMPILED.get(self.env.context.get(CONTEXT_KEY))
        if compiled is None or not isinstance(template, etree._Element):
            return super()._compile(template)
        # Whatever the context holds may change the code (language, restricted mode...).
        key = (
            etree.tostring(template),
            tuple(sorted((name, repr(value)) for name, value in self.env.context.items() if name != CONTEXT_KEY)),
        )
        if key not in compiled:
            compiled[key] = super()._compile(template)
        return compiled[key]
