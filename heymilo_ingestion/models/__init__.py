from . import hr_job
from . import hr_applicant
from . import ir_attachment
from . import heymilo_api_key
from . import heymilo_ingestion_document
from . import heymilo_ingestion_profile
from . import heymilo_webhook_delivery
from . import heymilo_webhook_attempt
