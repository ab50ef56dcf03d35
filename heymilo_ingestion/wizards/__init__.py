from . import privacy_lookup_wizard
from . import privacy_lookup_wizard_line
from . import heymilo_ingestion_profile_delete
from . import heymilo_api_key_show
