from . import heymilo_ingestion_profile_delete
from . import heymilo_api_key_show
