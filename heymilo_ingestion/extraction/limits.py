"""Limits shared by the engine, the Odoo upload wizard and the inbound gateway.

The upload limits come from the product we reproduce: at most 10 files per
upload and 50 MB per file. Everything else bounds the work a single hostile or
pathological document can cause.
"""

from dataclasses import dataclass, fields

MAX_FILES_PER_UPLOAD = 10
MAX_FILE_SIZE = 50 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-document processing caps; every field can be overridden."""

    max_file_size: int = MAX_FILE_SIZE
    pdf_max_pages: int = 20
    pdf_time_budget: float = 20.0  # seconds of PDF work per document
    pdf_max_chars_per_page: int = 50_000
    ocr_max_pages: int = 5  # scanned pages (PDF pages without text, image frames) read with OCR
    ocr_dpi: int = 200  # resolution a scanned PDF page is rendered at for OCR
    ocr_languages: str = "eng"  # Tesseract packs, "+"-joined ("eng+fra"); each one more is slower
    # Packs the largest lines at the top of a scan are read again with when ocr_languages read them
    # badly (a name in another script); only the line is read again, and only the packs installed.
    ocr_name_languages: str = "rus+ell+chi_sim+jpn+kor+ara+hin"
    image_max_pixels: int = 50_000_000  # a larger image (or rendered page) is a decompression bomb
    csv_max_rows: int = 10_000
    zip_max_members: int = 1_000
    zip_max_total_size: int = 1024 * 1024 * 1024
    zip_max_ratio: int = 100
    phone_region: str | None = None  # ISO 3166 alpha-2 used for numbers without +CC

    @classmethod
    def from_mapping(cls, values):
        """Build limits from a mapping (CLI flags, Odoo system parameters),
        ignoring keys that are unknown or empty (None, '' or False, which is
        what ``ir.config_parameter.get_param`` returns for an unset key)."""
        known = {f.name for f in fields(cls)}
        clean = {}
        for key, value in values.items():
            if key not in known or value is None or value is False or value == "":
                continue
            default = getattr(cls, key)
            clean[key] = value if default is None else type(default)(value)
        return cls(**clean)


DEFAULT_LIMITS = Limits()
