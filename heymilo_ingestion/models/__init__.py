from . import hr_job
from . import heymilo_ingestion_document
from . import heymilo_ingestion_profile
