# Odoo loads the addon as ``odoo.addons.heymilo_ingestion``; imported under
# its own name (CLI, plain pytest) only the Odoo-free engine is used.
if __name__.startswith("odoo.addons."):
    from . import controllers
    from . import models
    from . import wizards
