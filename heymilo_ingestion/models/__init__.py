from . import hr_job
from . import ir_attachment
from . import heymilo_ingestion_document
from . import heymilo_ingestion_profile
