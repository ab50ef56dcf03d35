{
    "name": "HeyMilo Candidate Ingestion",
    "summary": "Bulk ingest candidates from PDF resumes, CSV lists and ZIP archives",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Recruitment",
    "author": "heymilo_ingestion developers",
    "website": "https://github.com/heymilo-ingestion/heymilo_ingestion",
    "license": "LGPL-3",
    "depends": ["hr_recruitment", "utm", "bus", "privacy_lookup"],
    "external_dependencies": {
        # pytesseract and the tesseract binary (OCR of scans) are optional: without them scans fail
        # with a message saying how to add OCR.
        "python": [
            "pdfminer.six",
            "pypdfium2",
            "phonenumbers",
            "pycountry",
            "charset-normalizer",
            "requests",
            "Pillow",
            "openpyxl",
            "lxml",
        ],
    },
    "data": [
        "security/heymilo_ingestion_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "data/utm_source_data.xml",
        "data/ir_actions_server_data.xml",
        "data/ir_cron_retention_data.xml",
        "views/heymilo_ingestion_document_views.xml",
        "views/heymilo_ingestion_profile_views.xml",
        "views/heymilo_api_key_views.xml",
        "views/heymilo_webhook_delivery_views.xml",
        "views/hr_job_views.xml",
        "views/heymilo_ingestion_analysis_views.xml",
        "views/menus.xml",
        "views/res_config_settings_views.xml",
        "views/heymilo_privacy_views.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "heymilo_ingestion/static/src/ingestion_list/*",
            "heymilo_ingestion/static/src/review/*",
        ],
        # Graph and pivot views are loaded on demand, and so are their variants.
        "web.assets_backend_lazy": [
            "heymilo_ingestion/static/src/analysis/*",
        ],
        "web.assets_tests": [
            "heymilo_ingestion/static/tests/tours/*",
        ],
    },
}
