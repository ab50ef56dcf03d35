"""File names from uploads and archives, made harmless for storage and display."""

import os
import re
import unicodedata

MAX_NAME_LENGTH = 200
# Control characters, and the invisible ones that reorder or hide text:
# "cv\u202efdp.exe" shows as "cvexe.pdf" in a list.
_CONTROL = re.compile("[\x00-\x1f\x7f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _clean_part(part):
    part = _CONTROL.sub("", unicodedata.normalize("NFC", part)).strip()
    return "" if part in (".", "..") else part


def safe_member_name(path):
    """A relative path without ``..``, drive letters or absolute roots:
    ``../../etc/passwd`` becomes ``etc/passwd``."""
    parts = [_clean_part(p) for p in path.replace("\\", "/").split("/")]
    parts = [p for p in parts if p and not re.fullmatch(r"[A-Za-z]:", p)]
    return _shorten("/".join(parts)) or "unnamed"


def safe_filename(name):
    """The last path component of an uploaded file name, cleaned."""
    base = os.path.basename((name or "").replace("\\", "/"))
    return _shorten(_clean_part(base)) or "unnamed"


def _shorten(name):
    if len(name) <= MAX_NAME_LENGTH:
        return name
    stem, ext = os.path.splitext(name)
    return stem[: MAX_NAME_LENGTH - len(ext[:16])] + ext[:16]
