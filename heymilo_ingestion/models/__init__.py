from . import heymilo_ingestion_document, heymilo_ingestion_profile, hr_job, ir_attachment
