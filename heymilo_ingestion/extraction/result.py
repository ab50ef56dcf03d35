"""Plain data returned by the engine, independent of any storage."""

from dataclasses import asdict, dataclass, field

PDF, CSV, ZIP, UNKNOWN = "pdf", "csv", "zip", "unknown"
DOCX, ODT, DOC, XLSX, ODS = "docx", "odt", "doc", "xlsx", "ods"
IMAGE = "image"  # PNG, JPEG or TIFF: a scanned resume, read with OCR
RESUME_TYPES = (PDF, IMAGE, DOCX, ODT, DOC)  # one resume, one profile
TABLE_TYPES = (CSV, XLSX, ODS)  # candidate lists, one profile per row
ACCEPTED_TYPES = (*RESUME_TYPES, *TABLE_TYPES, ZIP)
# What each type is called in messages and selections.
TYPE_LABELS = {
    PDF: "PDF",
    IMAGE: "Image (scan)",
    DOCX: "Word (.docx)",
    ODT: "OpenDocument text (.odt)",
    DOC: "Word 97-2003 (.doc)",
    CSV: "CSV",
    XLSX: "Excel (.xlsx)",
    ODS: "OpenDocument spreadsheet (.ods)",
    ZIP: "ZIP",
}
ACCEPTED_TEXT = (
    "PDF, Word (.docx, .odt) or scanned (PNG, JPEG, TIFF) resumes, CSV or spreadsheet (.xlsx, .ods) "
    "candidate lists and ZIP archives"
)
SUCCESS, FAILED = "success", "failed"

# Weights of the completeness score; they add up to 100 (documented in README).
COMPLETENESS_WEIGHTS = {
    "name": 25,
    "email": 25,
    "phone": 20,
    "linkedin_url": 10,
    "location": 10,
    "headline": 10,
}


@dataclass
class Profile:
    name: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    location: str = ""
    headline: str = ""
    links: list = field(default_factory=list)
    emails: list = field(default_factory=list)
    phones: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    text: str = ""
    source_row: int | None = None
    source_file: str = ""

    @property
    def completeness(self):
        return sum(w for key, w in COMPLETENESS_WEIGHTS.items() if getattr(self, key))

    def is_empty(self):
        return not (self.name or self.email or self.phone or self.linkedin_url)

    def to_dict(self, with_text=False):
        data = asdict(self)
        data["completeness"] = self.completeness
        if not with_text:
            data.pop("text")
        return data


@dataclass
class Document:
    file: str
    type: str = UNKNOWN
    status: str = FAILED
    error: str = ""
    size: int = 0
    profiles: list = field(default_factory=list)
    children: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    pages: int = 0
    ocr_pages: int = 0  # pages whose text was read with OCR: to be reviewed

    def fail(self, message):
        self.status, self.error = FAILED, message
        return self

    def to_dict(self, with_text=False):
        return {
            "file": self.file,
            "type": self.type,
            "status": self.status,
            "error": self.error or None,
            "size": self.size,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "warnings": self.warnings,
            "profiles": [p.to_dict(with_text) for p in self.profiles],
            "children": [c.to_dict(with_text) for c in self.children],
        }
