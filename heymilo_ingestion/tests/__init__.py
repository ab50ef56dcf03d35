from . import test_queue, test_security, test_upload_and_extraction
