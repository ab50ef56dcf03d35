"""Recognise a file by its content, never by its extension."""

import io
import zipfile

from . import legacy
from .result import CSV, DOC, DOCX, IMAGE, ODS, ODT, PDF, UNKNOWN, XLSX, ZIP

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft compound file (.doc, .xls, encrypted OOXML)
# Scans and photos of resumes, read with OCR.
_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
# Magic bytes of formats people drop by mistake, for a precise message.
_KNOWN_BINARY = {
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x1f\x8b": "a gzip file",
}
_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": (ODT, "an OpenDocument text (.odt)"),
    b"application/vnd.oasis.opendocument.spreadsheet": (ODS, "an OpenDocument spreadsheet (.ods)"),
}
MACRO_WORD = "a macro-enabled Word document (.docm); save it as .docx or PDF, without macros"
MACRO_EXCEL = "a macro-enabled Excel workbook (.xlsm); save it as .xlsx or CSV, without macros"
ENCRYPTED_OFFICE = "a password-protected Office document; remove the password (or save a copy without one)"


def sniff(data):
    """Return (type, description) for ``data`` (a whole file, only its first
    bytes, or a seekable binary file): the engine's type and, for unsupported
    content, what it looks like to a person."""
    if hasattr(data, "read"):
        return _sniff_file(data)
    if not data:
        return UNKNOWN, "an empty file"
    head = data[:1024]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if b"%PDF-" in head:
        return PDF, "a PDF document"
    if head.startswith(_OLE):
        return _sniff_ole(data)
    for magic, description in _IMAGES.items():
        if head.startswith(magic):
            return IMAGE, description
    for magic, description in _KNOWN_BINARY.items():
        if head.startswith(magic):
            return UNKNOWN, description
    if _looks_like_text(head):
        return CSV, "a text file"
    return UNKNOWN, "a binary file of an unknown kind"


def _sniff_file(stream):
    """A file that may be large, read in place: its first bytes, the central
    directory of a ZIP, and a compound file whole (a legacy Office file, no
    larger than the upload limit)."""
    stream.seek(0)
    head = stream.read(65536)
    if head.startswith(_OLE):
        stream.seek(0)
        return sniff(stream.read())
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(head, stream)
    return sniff(head)


def _sniff_zip(data, stream=None):
    """Office documents are ZIP containers; tell them apart from archives by
    their members (from the central directory when ``data`` is whole or its
    file ``stream`` is given, else from the local headers in its first bytes)."""
    try:
        with zipfile.ZipFile(stream or io.BytesIO(data)) as package:
            names = set(package.namelist())
            odf = package.read("mimetype")[:100] if "mimetype" in names else None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, NotImplementedError):
        names = None
        # ODF stores its type first, uncompressed: "mimetype" + the type + the next header.
        odf = data[38:].split(b"PK\x03\x04", 1)[0][:100] if data[30:38] == b"mimetype" else None
    if odf is not None and odf.startswith(b"application/vnd.oasis.opendocument"):
        return _ODF_TYPES.get(
            odf.strip(), (UNKNOWN, "an OpenDocument file that is neither a text (.odt) nor a spreadsheet (.ods)")
        )
    head = data[:8192]

    def has(path):
        return path in names if names is not None else path.encode() in head

    if has("word/document.xml") or (names is None and b"word/" in head):
        return (UNKNOWN, MACRO_WORD) if has("word/vbaProject.bin") else (DOCX, "a Word document (.docx)")
    if has("xl/workbook.xml") or (names is None and b"xl/" in head):
        return (UNKNOWN, MACRO_EXCEL) if has("xl/vbaProject.bin") else (XLSX, "an Excel workbook (.xlsx)")
    if has("ppt/presentation.xml"):
        return UNKNOWN, "a PowerPoint presentation (.pptx)"
    return ZIP, "a ZIP archive"


def _sniff_ole(data):
    """Compound files: a password-protected .docx/.xlsx (its ``EncryptedPackage``
    stream), a Word 97-2003 document, or another legacy Office file."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return UNKNOWN, ENCRYPTED_OFFICE
    if "WordDocument".encode("utf-16-le") in data:
        if legacy.converter():
            return DOC, "a Word 97-2003 document (.doc)"
        return UNKNOWN, "a Word 97-2003 document (.doc); save it as .docx or PDF"
    return UNKNOWN, "a legacy Microsoft Office file (.xls/.ppt); save it as .xlsx, CSV or PDF"


def _looks_like_text(head):
    if head.startswith(_TEXT_BOMS):
        return True
    if b"\x00" in head:
        # UTF-16 without BOM: every other byte is NUL for ASCII text.
        return head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 100
