"""The extraction engine: bytes and a name in, a ``Document`` out.

No exception escapes ``extract``: every failure becomes a failed document with
a message a recruiter can act on.
"""

import logging
from pathlib import PurePosixPath

from . import archive, confidence, ocr_review
from .csvfile import parse_csv
from .image import ImageError, read_image
from .limits import DEFAULT_LIMITS
from .logsafe import log_exception
from .names import safe_filename, safe_member_name
from .ods import read_ods
from .odt import read_odt
from .office import OfficeError
from .pdf import PdfError, read_pdf
from .result import (
    ACCEPTED_TEXT,
    CSV,
    DOC,
    DOCX,
    IMAGE,
    ODS,
    ODT,
    PDF,
    RESUME_TYPES,
    SUCCESS,
    TABLE_TYPES,
    UNKNOWN,
    XLSX,
    ZIP,
    Document,
)
from .resume import parse_resume
from .sniff import sniff
from .word import read_doc, read_docx
from .xlsx import read_xlsx

EMPTY_ARCHIVE = "This ZIP archive holds no resumes or candidate lists (PDF, Word, image, CSV or spreadsheet files)."
# Resume formats other than PDF: bytes -> ``PdfContent``, raising ``OfficeError``.
RESUME_READERS = {DOCX: read_docx, ODT: read_odt, DOC: read_doc}
# Candidate lists: (bytes, name, limits) -> ``Document``.
TABLE_READERS = {CSV: parse_csv, XLSX: read_xlsx, ODS: read_ods}

_logger = logging.getLogger(__name__)


def extract(data, filename, limits=DEFAULT_LIMITS, backend="auto"):
    """Extract the candidate profiles of one uploaded file."""
    return _extract(data, safe_filename(filename), limits, backend, depth=0)


def extract_member(data, member_name, limits=DEFAULT_LIMITS, backend="auto"):
    """Like ``extract`` for a file that came out of an archive (keeps its path)."""
    return _extract(data, safe_member_name(member_name), limits, backend, depth=1)


def _extract(data, name, limits, backend, depth):
    document = Document(file=name, size=len(data or b""))
    try:
        if document.size > limits.max_file_size:
            return document.fail(
                "This file is %.1f MB; files up to %d MB are accepted."
                % (document.size / 2**20, limits.max_file_size // 2**20)
            )
        document.type, description = sniff(data or b"")
        if document.type == PDF:
            return _extract_pdf(document, data, limits, backend)
        if document.type == IMAGE:
            return _extract_image(document, data, limits)
        if document.type in RESUME_READERS:
            return _extract_word(document, data, limits)
        if document.type in TABLE_READERS:
            document = TABLE_READERS[document.type](data, name, limits)
            for profile in document.profiles:
                profile.confidence = profile.confidence or confidence.of_columns(profile)
            return document
        if document.type == ZIP:
            return _extract_zip(document, data, limits, backend, depth)
        if ";" in description:  # it says what to do already
            return document.fail("This file is %s." % description)
        return document.fail("This file is %s; only %s are accepted." % (description, ACCEPTED_TEXT))
    except Exception as exc:  # the engine's contract: report, never raise
        log_exception(_logger, "Unexpected error while extracting a file of type %s", document.type)
        document.profiles, document.children = [], []
        return document.fail(
            "Unexpected error while reading this file (%s); it was not processed." % type(exc).__name__
        )


def _extract_pdf(document, data, limits, backend):
    return _extract_resume(document, lambda: read_pdf(data, limits, backend), limits)


def _extract_image(document, data, limits):
    return _extract_resume(document, lambda: read_image(data, limits), limits)


def _extract_resume(document, read, limits):
    """One candidate from the text ``read()`` returns (``PdfContent``)."""
    try:
        content = read()
    except (PdfError, ImageError) as exc:
        return document.fail(str(exc))
    profile = parse_resume(content.lines, content.links, limits.phone_region, _hints(document, content))
    document.pages, document.ocr_pages = content.pages, len(content.ocr_pages)
    document.warnings.extend(content.warnings)
    if content.ocr_pages and ocr_review.unreliable_name(profile.name, content.lines):
        profile.name = ""  # a wrong name is worse than none
        document.warnings.append(ocr_review.NAME_NOT_READ)
    if content.ocr_pages and (warning := ocr_review.review_emails(profile, content.lines)):
        document.warnings.append(warning)
    if content.ocr_pages:  # OCR misreads letters and digits: a person checks
        profile.confidence = confidence.read_by_ocr(profile)
    if content.pages > limits.pdf_max_pages:
        document.warnings.append("Only the first %d of %d pages were read." % (limits.pdf_max_pages, content.pages))
    return _resume_document(document, profile)


def _extract_word(document, data, limits):
    """A Word or OpenDocument resume, parsed like a PDF's text."""
    try:
        content = RESUME_READERS[document.type](data, limits)
    except OfficeError as exc:
        return document.fail(str(exc))
    if not content.lines:
        return document.fail("This document holds no text.")
    profile = parse_resume(content.lines, content.links, limits.phone_region, _hints(document, content))
    return _resume_document(document, profile)


def _hints(document, content):
    """Texts that may name the candidate: the file's name ("CV_Ana_Ruiz.pdf")
    and the document's Author and Title."""
    return [PurePosixPath(document.file).stem, *content.hints]


def _resume_document(document, profile):
    if not (profile.email or profile.phone or profile.linkedin_url):
        document.warnings.append("No e-mail, phone or LinkedIn profile was found in this resume.")
    profile.source_file = document.file
    document.profiles = [profile]
    document.status = SUCCESS
    return document


def _extract_zip(document, data, limits, backend, depth, allowance=None):
    if depth > 1:
        return document.fail("ZIP archives nested more than one level deep are not unpacked.")
    allowance = allowance or archive.Allowance(limits)  # shared with the archives inside
    try:
        members = archive.read_members(data, limits, allowance)
    except archive.ArchiveError as exc:
        return document.fail(str(exc))
    for member_name, member_data in members:
        if member_data is None:
            child = Document(file=member_name, type=UNKNOWN).fail(
                "This file is larger than %d MB." % (limits.max_file_size // 2**20)
            )
        elif sniff(member_data)[0] == ZIP:
            child = _extract_zip(
                Document(file=member_name, type=ZIP, size=len(member_data)),
                member_data,
                limits,
                backend,
                depth + 1,
                allowance,
            )
            for grandchild in child.children:
                grandchild.file = "%s/%s" % (member_name, grandchild.file)
            document.children.extend(child.children if child.status == SUCCESS else [child])
            continue
        else:
            child = extract_member(member_data, member_name, limits, backend)
        document.children.append(child)
    if not document.children:
        return document.fail(EMPTY_ARCHIVE)
    merge_archive(document.children)
    document.status = SUCCESS
    return document


def merge_archive(children):
    """Merge the CSV rows of an archive into the resumes they name (see
    ``archive.merge_rows_into_resumes``)."""
    resumes = {c.file: c.profiles[0] for c in children if c.type in RESUME_TYPES and c.status == SUCCESS}
    for child in children:
        if child.type not in TABLE_TYPES or child.status != SUCCESS or not resumes:
            continue
        merged = archive.merge_rows_into_resumes(child.profiles, resumes)
        for row in merged:
            child.profiles.remove(row)
            child.warnings.append("Row %d was merged with its resume." % row.source_row)
