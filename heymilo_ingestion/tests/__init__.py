# Test modules need Odoo; ``receiver`` stays importable without it.
if __name__.startswith("odoo.addons."):
    from . import test_upload_and_extraction
    from . import test_queue
    from . import test_security
    from . import test_ingestion
    from . import test_confidence
    from . import test_api_keys
    from . import test_gateway
    from . import test_page_upload
    from . import test_large_lists
    from . import test_webhook_delivery
    from . import test_webhook_budgets
    from . import test_rpc
    from . import test_export_privacy
    from . import test_budgets
    from . import test_statistics_and_export
    from . import test_tour
    from . import test_scans
    from . import test_retention
    from . import test_erasure
    from . import test_private_logs
    from . import test_office_formats
    from . import test_page
    from . import test_analysis
    from . import test_live_ingestion
    from . import test_page_views
