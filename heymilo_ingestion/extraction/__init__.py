"""Candidate extraction from PDF resumes, CSV lists and ZIP archives.

Plain Python: nothing here imports Odoo, so the engine runs in tests, in the
CLI (``python -m heymilo_ingestion.extraction``) and inside Odoo alike.
"""

from .engine import extract, extract_member, merge_archive
from .limits import DEFAULT_LIMITS, MAX_FILE_SIZE, MAX_FILES_PER_UPLOAD, Limits
from .result import COMPLETENESS_WEIGHTS, CSV, FAILED, PDF, SUCCESS, UNKNOWN, ZIP, Document, Profile
from .sniff import sniff

__all__ = [
    "COMPLETENESS_WEIGHTS",
    "CSV",
    "DEFAULT_LIMITS",
    "FAILED",
    "MAX_FILES_PER_UPLOAD",
    "MAX_FILE_SIZE",
    "PDF",
    "SUCCESS",
    "UNKNOWN",
    "ZIP",
    "Document",
    "Limits",
    "Profile",
    "extract",
    "extract_member",
    "merge_archive",
    "sniff",
]
