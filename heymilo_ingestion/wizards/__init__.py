from . import heymilo_ingestion_profile_delete
