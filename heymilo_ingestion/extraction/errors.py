"""Failure reasons, grouped into a few categories people can count
("error patterns"): the engine's messages are matched by their wording."""

import re

CATEGORIES = [
    ("scanned_pdf", "Scanned file not readable (no text, OCR)", r"no text layer|No text could be read|OCR \(reading"),
    ("encrypted", "Password-protected file", r"password-protected"),
    ("damaged", "Damaged file", r"damaged"),
    ("too_complex", "Too complex or too long", r"time budget|more than a resume can have"),
    ("duplicate", "Duplicate file", r"^Duplicate"),
    ("csv_header", "CSV without a recognisable header", r"No recognisable header"),
    ("csv_empty", "CSV without usable rows", r"no usable candidate rows|CSV file is empty|not text in any encoding"),
    (
        "archive_refused",
        "Archive refused (bomb, size, nesting)",
        r"zip bomb|would unpack|files; at most|nested more than|holds no (?:PDF or CSV|resumes)",
    ),
    ("unsupported", "Unsupported file type", r"only PDF|only resumes|macro-enabled|Word 97-2003|\(\.xls/\.ppt\)"),
    ("too_large", "File too large", r"larger than|files up to"),
    ("interrupted", "Processing interrupted", r"interrupted"),
]
OTHER = ("other", "Other error")
SELECTION = [(code, label) for code, label, _pattern in CATEGORIES] + [OTHER]
_COMPILED = [(code, re.compile(pattern, re.I)) for code, _label, pattern in CATEGORIES]


def classify(message):
    """The category code of an error message, or None for no error."""
    if not message:
        return None
    return next((code for code, pattern in _COMPILED if pattern.search(message)), OTHER[0])
