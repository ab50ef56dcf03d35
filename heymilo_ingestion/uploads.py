"""Uploaded files read in chunks, never whole: a file of a gateway or page
request stays in the temporary file werkzeug spooled it to, and is hashed,
recognised and copied into the filestore from there."""

import hashlib
import io
import shutil

from .extraction.result import CSV, IMAGE, PDF, ZIP
from .extraction.sniff import sniff

CHUNK = 2**20
# The MIME type a document's attachment is stored with, by file type.
MIMETYPES = {
    PDF: "application/pdf",
    CSV: "text/csv",
    ZIP: "application/zip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "doc": "application/msword",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    IMAGE: None,  # PNG, JPEG or TIFF: guessed from the bytes
}


class UploadedFile:
    """One uploaded file: its name, size, SHA-256 (duplicate detection) and
    SHA-1 (the filestore's name for it), from one pass over ``stream`` (a
    seekable binary file)."""

    def __init__(self, name, stream):
        self.name, self.stream = name, stream
        sha256, sha1, size = hashlib.sha256(), hashlib.sha1(), 0
        stream.seek(0)
        while chunk := stream.read(CHUNK):
            sha256.update(chunk)
            sha1.update(chunk)
            size += len(chunk)
        self.size, self.sha256, self.sha1 = size, sha256.hexdigest(), sha1.hexdigest()
        self._type = None

    @classmethod
    def of(cls, name, data):
        """From ``bytes`` or a seekable binary file."""
        return cls(name, io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data)

    def sniff(self):
        """``(type, description)`` (see ``extraction.sniff``), read from the file in place."""
        if self._type is None:
            self._type = sniff(self.stream)
        return self._type

    def head(self, size=65536):
        self.stream.seek(0)
        return self.stream.read(size)

    def content(self):
        """The whole content: only where it must be in memory (database storage)."""
        self.stream.seek(0)
        return self.stream.read()

    def copy_to(self, target):
        self.stream.seek(0)
        shutil.copyfileobj(self.stream, target, CHUNK)
