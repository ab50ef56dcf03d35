"""A line of text read from a page: the unit the resume parser works on."""

from dataclasses import dataclass, field


@dataclass
class TextLine:
    """One line of text; ``runs`` splits it into (text, size in points) pieces.
    ``confidence`` (0-100) is OCR's mean word confidence; None for a text layer.
    ``doubtful``: e-mail addresses of the line OCR read with low confidence."""

    text: str
    page: int
    runs: list = field(default_factory=list)
    confidence: float | None = None
    doubtful: tuple = ()
