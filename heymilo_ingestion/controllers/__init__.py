from . import gateway
from . import page_upload
