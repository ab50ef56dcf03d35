from . import heymilo_ingestion_upload
