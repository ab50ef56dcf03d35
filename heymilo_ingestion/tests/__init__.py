from . import test_upload_and_extraction
from . import test_queue
from . import test_security
