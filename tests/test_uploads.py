"""Uploaded files are hashed, recognised and copied in chunks, from the
temporary file an upload is spooled to, never read whole."""

import hashlib
import io
import os
import zipfile

from conftest import make_zip

from heymilo_ingestion.extraction import sniff
from heymilo_ingestion.tests.files import ChunksOnly
from heymilo_ingestion.uploads import CHUNK, UploadedFile


def word_package():
    """A .docx whose Word part comes after 200 KB of media: only its central
    directory, at the end of the file, tells it from a plain ZIP archive."""
    return make_zip(
        [("customXml/photo.bin", os.urandom(200_000)), ("word/document.xml", b"<w:document/>")],
        compression=zipfile.ZIP_STORED,
    )


def test_hashes_and_size_in_one_pass_without_reading_whole():
    data = os.urandom(3 * CHUNK + 17)
    upload = UploadedFile("big.pdf", ChunksOnly(data))
    assert (upload.size, upload.sha256, upload.sha1) == (
        len(data),
        hashlib.sha256(data).hexdigest(),
        hashlib.sha1(data).hexdigest(),
    )


def test_type_read_in_place_even_from_a_zips_central_directory():
    package = word_package()
    assert sniff(package[:65536])[0] == "zip", "its first bytes alone do not tell"
    assert UploadedFile("cv.docx", ChunksOnly(package)).sniff()[0] == "docx"
    for data in (
        b"%PDF-1.7\n" + os.urandom(CHUNK * 2),
        b"Name;Email\nAda;ada@example.org\n",
        make_zip([("a.pdf", b"%PDF-1.4")]),
    ):
        assert UploadedFile("f", ChunksOnly(data)).sniff() == sniff(data)


def test_copy_is_chunked_and_whole():
    data = os.urandom(2 * CHUNK + 5)
    target = io.BytesIO()
    UploadedFile("f", ChunksOnly(data)).copy_to(target)
    assert target.getvalue() == data
