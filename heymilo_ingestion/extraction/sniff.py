"""Recognise a file by its content; the extension is only a tie-breaker."""

from .result import CSV, IMAGE, PDF, UNKNOWN, ZIP

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
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
    b"\xd0\xcf\x11\xe0": "a legacy Microsoft Office file (.doc/.xls)",
    b"{\\rtf": "an RTF document",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x1f\x8b": "a gzip file",
}


def sniff(data):
    """Return (type, description) for ``data``: the engine's type and, for
    unsupported content, what it looks like to a person."""
    if not data:
        return UNKNOWN, "an empty file"
    head = data[:1024]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if b"%PDF-" in head:
        return PDF, "a PDF document"
    for magic, description in _IMAGES.items():
        if head.startswith(magic):
            return IMAGE, description
    for magic, description in _KNOWN_BINARY.items():
        if head.startswith(magic):
            return UNKNOWN, description
    if _looks_like_text(head):
        return CSV, "a text file"
    return UNKNOWN, "a binary file of an unknown kind"


def _sniff_zip(data):
    """Office documents are ZIP containers; tell them apart from archives."""
    head = data[:4096]
    if b"word/" in head:
        return UNKNOWN, "a Word document (.docx)"
    if b"xl/" in head:
        return UNKNOWN, "an Excel workbook (.xlsx)"
    if b"mimetypeapplication/vnd.oasis" in head:
        return UNKNOWN, "an OpenDocument file"
    return ZIP, "a ZIP archive"


def _looks_like_text(head):
    if head.startswith(_TEXT_BOMS):
        return True
    if b"\x00" in head:
        # UTF-16 without BOM: every other byte is NUL for ASCII text.
        return head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 100
