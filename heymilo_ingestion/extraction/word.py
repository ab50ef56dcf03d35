"""Text of a Word resume (.docx, and .doc through ``legacy``), line by line
with font sizes, plus its link targets: the same ``PdfContent`` a PDF gives,
so one resume parser reads both.

python-docx opens the package (parts, relationships, styles) with its safe
lxml parser; the text is read from the XML in reading order: the headers of
the first page (many templates put the name and contact block there), the
body with its tables and text boxes, then the footers. A run's size is the
effective font size (direct formatting, then its styles, then the document
defaults); bold text counts as slightly larger, so a bold name in body-size
type is still the most prominent text of the first lines.
"""

import io
import re
import time

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from . import legacy
from .office import OfficeError, open_package
from .pdf import PdfContent, TextLine

DEFAULT_SIZE = 11.0  # Word's default when a document declares none
BOLD_WEIGHT = 1.1
WHAT = "Word document"

_P, _R, _T, _TAB, _BR, _CR = (qn(t) for t in ("w:p", "w:r", "w:t", "w:tab", "w:br", "w:cr"))
_HYPERLINK, _INSTR, _FALLBACK = (
    qn("w:hyperlink"),
    qn("w:instrText"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
)
_RID = qn("r:id")
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
_TRUE = {"1", "true", "on", None}


def read_docx(data, limits):
    """Return the ``PdfContent`` of a .docx or raise ``OfficeError``."""
    open_package(data, WHAT).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors … on damaged parts
        raise OfficeError("This Word document is damaged and cannot be opened.") from exc
    reader = _Reader(document, limits)
    for element, part in _stories(document):
        reader.read_story(element, part)
    return PdfContent(lines=reader.lines, links=list(dict.fromkeys(reader.links)), pages=0, backend="python-docx")


def read_doc(data, limits):
    """A Word 97-2003 file, converted to .docx by LibreOffice when present."""
    try:
        converted = legacy.doc_to_docx(data)
    except legacy.ConversionError as exc:
        raise OfficeError(str(exc)) from exc
    return read_docx(converted, limits)


def _stories(document):
    """``(element, part)`` of the headers, the body, then the footers, each
    part once; a header a section does not define is skipped (asking
    python-docx for its part would create one)."""
    headers, footers, seen = [], [], set()
    for section in document.sections:
        first = section.different_first_page_header_footer
        for found, candidates in (
            (headers, (section.first_page_header if first else None, section.header, section.even_page_header)),
            (footers, (section.first_page_footer if first else None, section.footer, section.even_page_footer)),
        ):
            for story in candidates:
                if story is not None and not story.is_linked_to_previous and id(story.part) not in seen:
                    seen.add(id(story.part))
                    found.append((story._element, story.part))  # pylint: disable=protected-access
    return [*headers, (document.element.body, document.part), *footers]


class _Reader:
    def __init__(self, document, limits):
        self.lines, self.links = [], []
        self.chars, self.max_chars = 0, limits.pdf_max_chars_per_page * limits.pdf_max_pages
        self.deadline = time.monotonic() + limits.pdf_time_budget
        self.styles = _StyleSizes(document)

    def read_story(self, element, part):
        hyperlinks = {
            rid: rel.target_ref
            for rid, rel in part.rels.items()
            if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK and rel.is_external
        }
        for node in element.iter(_P, _HYPERLINK, _INSTR, "{*}hlinkClick"):
            if self.chars > self.max_chars or time.monotonic() > self.deadline:
                raise OfficeError("This Word document is too long to be a resume (time budget or text limit).")
            if node.tag == _P:
                if not any(a.tag == _FALLBACK for a in node.iterancestors()):  # text boxes come twice
                    self._paragraph(node)
            elif node.tag == _INSTR:
                self.links += _HYPERLINK_FIELD.findall(node.text or "")
            elif node.get(_RID) in hyperlinks:  # links on text and on pictures (a LinkedIn icon)
                self.links.append(hyperlinks[node.get(_RID)])
        self.links += hyperlinks.values()  # relationships nothing points at, last

    def _paragraph(self, paragraph):
        base = self.styles.paragraph(paragraph)
        runs = []
        for run in paragraph.iter(_R):
            if next(run.iterancestors(_P)) is not paragraph:
                continue  # a text box's run belongs to its own paragraph
            size = self.styles.run(run, base)
            for child in run:
                if child.tag == _T and child.text:
                    runs.append((child.text, size))
                elif child.tag == _TAB:
                    runs.append(("   ", size))
                elif child.tag in (_BR, _CR):
                    self._add(runs)
                    runs = []
        self._add(runs)

    def _add(self, runs):
        runs = _merge(runs)
        text = "".join(piece for piece, _size in runs)
        if text.strip():
            self.chars += len(text)
            self.lines.append(TextLine(text=text, page=1, runs=runs))


def _merge(runs):
    """Adjacent runs of one size are one piece, as a PDF line's glyph runs are."""
    merged = []
    for text, size in runs:
        if merged and merged[-1][1] == size:
            merged[-1] = (merged[-1][0] + text, size)
        else:
            merged.append((text, size))
    return merged


class _StyleSizes:
    """Effective (size, bold) of paragraphs and runs through the style chain."""

    def __init__(self, document):
        styles = document.styles.element
        self._by_id = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style"))}
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find("%s/%s" % (qn("w:rPrDefault"), qn("w:rPr"))) if defaults is not None else None
        size, bold = _direct(rpr)
        self.default = (size or DEFAULT_SIZE, bool(bold))
        self._cache = {}

    def style(self, style_id, seen=()):
        """(size or None, bold or None) of a style, following ``basedOn``."""
        if style_id in self._cache:
            return self._cache[style_id]
        element = self._by_id.get(style_id)
        if element is None or style_id in seen:
            return None, None
        size, bold = _direct(element.find(qn("w:rPr")))
        based = element.find(qn("w:basedOn"))
        if based is not None and (size is None or bold is None):
            parent_size, parent_bold = self.style(based.get(qn("w:val")), (*seen, style_id))
            size = parent_size if size is None else size
            bold = parent_bold if bold is None else bold
        self._cache[style_id] = size, bold
        return size, bold

    def paragraph(self, paragraph):
        ppr = paragraph.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        size, bold = self.style(style.get(qn("w:val")) if style is not None else "Normal")
        return (size or self.default[0], self.default[1] if bold is None else bold)

    def run(self, run, base):
        rpr = run.find(qn("w:rPr"))
        size, bold = _direct(rpr)
        style = rpr.find(qn("w:rStyle")) if rpr is not None else None
        if style is not None:
            style_size, style_bold = self.style(style.get(qn("w:val")))
            size = style_size if size is None else size
            bold = style_bold if bold is None else bold
        size = base[0] if size is None else size
        bold = base[1] if bold is None else bold
        return round(size * (BOLD_WEIGHT if bold else 1.0), 2)


def _direct(rpr):
    """(points or None, bold or None) set directly in a ``w:rPr``."""
    if rpr is None:
        return None, None
    size = rpr.find(qn("w:sz"))
    bold = rpr.find(qn("w:b"))
    try:
        points = int(size.get(qn("w:val"))) / 2 if size is not None else None
    except (TypeError, ValueError):
        points = None
    return points, (bold.get(qn("w:val")) in _TRUE) if bold is not None else None
