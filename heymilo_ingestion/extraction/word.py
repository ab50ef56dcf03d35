"""Text of a Word resume (.docx, and .doc through ``legacy``), line by line
with font sizes, plus its link targets: the same ``PdfContent`` a PDF gives,
so one resume parser reads both.

The package's parts are read with lxml's safe parser (``office.XML_PARSER``:
no entities, DTDs or network) rather than through python-docx or
docx2python (compared in README): only the parts a resume needs are parsed
(the main document, its styles, headers, footers and relationships), in
reading order: the headers of the first page (many templates put the name
and contact block there), the body with its tables and text boxes, then the
footers. A run's size is the effective font size (direct formatting, then
its styles, then the document defaults); bold text counts as slightly
larger, so a bold name in body-size type is still the most prominent text
of the first lines.
"""

import functools
import io
import posixpath
import re

from lxml import etree

from . import legacy
from .office import SAFE_PARSE, OfficeError, StoryReader, document_hints, open_package, parse_xml, read_part
from .pdf import PdfContent

DEFAULT_SIZE = 11.0  # Word's default when a document declares none
BOLD_WEIGHT = 1.1
WHAT = "Word document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HLINK_CLICK = "{http://schemas.openxmlformats.org/drawingml/2006/main}hlinkClick"
_P, _R, _T, _TAB, _BR, _CR = W + "p", W + "r", W + "t", W + "tab", W + "br", W + "cr"
_HYPERLINK, _INSTR, _VAL, _RID = W + "hyperlink", W + "instrText", W + "val", R + "id"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
_TRUE = {"1", "true", "on", None}
_HEADER_ORDER = {"first": 0, "default": 1, "even": 2}


def read_docx(data, limits):
    """Return the ``PdfContent`` of a .docx or raise ``OfficeError``."""
    package = _Package(open_package(data, WHAT))
    main = package.main_part()
    document = package.xml(main)
    body = document.find(W + "body")
    if body is None:
        raise OfficeError("This Word document is damaged (it has no body).")
    relations = package.relations(main)
    styles = next((target for kind, target, _mode in relations.values() if kind.endswith("/styles")), None)
    reader = _Reader(_StyleSizes(*_style_table(package.raw(styles) if styles else b"")), limits)
    headers, footers = _page_parts(body, relations)
    for part in headers:
        reader.read_story(package.xml(part), _hyperlinks(package.relations(part)))
    reader.read_story(body, _hyperlinks(relations))
    for part in footers:
        reader.read_story(package.xml(part), _hyperlinks(package.relations(part)))
    hints = document_hints(package.zip, "docProps/core.xml")
    return PdfContent(reader.lines, list(dict.fromkeys(reader.links)), 0, "lxml", hints=hints)


def read_doc(data, limits):
    """A Word 97-2003 file, converted to .docx by LibreOffice when present."""
    try:
        converted = legacy.doc_to_docx(data)
    except legacy.ConversionError as exc:
        raise OfficeError(str(exc)) from exc
    return read_docx(converted, limits)


class _Package:
    """The parts of an OOXML package and their relationships."""

    def __init__(self, package):
        self.zip, self.names = package, set(package.namelist())

    def xml(self, name):
        return parse_xml(self.raw(name), WHAT)

    def raw(self, name):
        if name not in self.names:
            raise OfficeError("This Word document is damaged (a part is missing).")
        return read_part(self.zip, name, WHAT)

    def main_part(self):
        for kind, target, _mode in self.relations("").values():
            if kind.endswith("/officeDocument"):
                return target
        return "word/document.xml"

    def relations(self, part):
        """``{id: (type, target part or URL, mode)}`` of ``part`` ("" for the package)."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self.names:
            return {}
        found = {}
        for rel in parse_xml(read_part(self.zip, rels, WHAT), WHAT).iter(_PACKAGE_RELS):
            target, mode = rel.get("Target", ""), rel.get("TargetMode", "")
            if mode != "External":
                target = posixpath.normpath(
                    target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                )
            found[rel.get("Id")] = (rel.get("Type", ""), target, mode)
        return found


def _page_parts(body, relations):
    """The header and footer parts: the first page's (first-page, default,
    even), then those other sections add, each once."""
    headers, footers = [], []
    for section in body.iter(W + "sectPr"):
        title_page = section.find(W + "titlePg") is not None and section.find(W + "titlePg").get(_VAL) in _TRUE
        for tag, found in ((W + "headerReference", headers), (W + "footerReference", footers)):
            refs = [ref for ref in section.iter(tag) if title_page or ref.get(W + "type") != "first"]
            for ref in sorted(refs, key=lambda ref: _HEADER_ORDER.get(ref.get(W + "type"), 3)):
                target = relations.get(ref.get(_RID), ("", None, ""))[1]
                if target and target not in found:
                    found.append(target)
    return headers, footers


def _hyperlinks(relations):
    return {
        rid: target
        for rid, (kind, target, mode) in relations.items()
        if kind.endswith("/hyperlink") and mode == "External"
    }


class _Reader(StoryReader):
    def __init__(self, styles, limits):
        super().__init__(limits)
        self.styles = styles

    def read_story(self, element, hyperlinks):
        for node in element.iter(_P, _HYPERLINK, _INSTR, _HLINK_CLICK):
            if self.over_budget():
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


def _style_table(data):
    """``({style id: (size, bold, based on)}, (default size, default bold))``
    of a styles part."""
    return _parse_styles(data) if data else ({}, (DEFAULT_SIZE, False))


@functools.lru_cache(maxsize=16)  # keyed by the part's bytes: at most 16 parts of a few 100 KB kept
def _parse_styles(data):
    """The style table of ``data``: only ``w:style`` and ``w:docDefaults`` are
    kept (a template's latent styles and paragraph settings are skipped).
    Documents made from one template share the part, and parsing a template's
    styles costs more than reading a resume's text: a batch from one source
    parses it once."""
    table, default = {}, (DEFAULT_SIZE, False)
    try:
        for _event, element in etree.iterparse(io.BytesIO(data), tag=(W + "style", W + "docDefaults"), **SAFE_PARSE):
            if element.tag == W + "docDefaults":
                size, bold = _direct(element.find("%srPrDefault/%srPr" % (W, W)))
                default = (size or DEFAULT_SIZE, bool(bold))
            else:
                size, bold = _direct(element.find(W + "rPr"))
                based = element.find(W + "basedOn")
                table[element.get(W + "styleId")] = (size, bold, based.get(W + "val") if based is not None else None)
            element.clear()
    except etree.XMLSyntaxError as exc:
        raise OfficeError("This %s is damaged (its XML cannot be read)." % WHAT) from exc
    return table, default


class _StyleSizes:
    """Effective (size, bold) of paragraphs and runs through the style chain."""

    def __init__(self, table, default):
        self._table, self.default, self._cache = table, default, {}

    def style(self, style_id, seen=()):
        """(size or None, bold or None) of a style, following ``basedOn``."""
        if style_id in self._cache:
            return self._cache[style_id]
        if style_id not in self._table or style_id in seen:
            return None, None
        size, bold, based = self._table[style_id]
        if based is not None and (size is None or bold is None):
            parent_size, parent_bold = self.style(based, (*seen, style_id))
            size = parent_size if size is None else size
            bold = parent_bold if bold is None else bold
        self._cache[style_id] = size, bold
        return size, bold

    def paragraph(self, paragraph):
        ppr = paragraph.find(W + "pPr")
        style = ppr.find(W + "pStyle") if ppr is not None else None
        size, bold = self.style(style.get(W + "val") if style is not None else "Normal")
        return (size or self.default[0], self.default[1] if bold is None else bold)

    def run(self, run, base):
        rpr = run.find(W + "rPr")
        size, bold = _direct(rpr)
        style = rpr.find(W + "rStyle") if rpr is not None else None
        if style is not None:
            style_size, style_bold = self.style(style.get(W + "val"))
            size = style_size if size is None else size
            bold = style_bold if bold is None else bold
        size = base[0] if size is None else size
        bold = base[1] if bold is None else bold
        return round(size * (BOLD_WEIGHT if bold else 1.0), 2)


def _direct(rpr):
    """(points or None, bold or None) set directly in a ``w:rPr``."""
    if rpr is None:
        return None, None
    size = rpr.find(W + "sz")
    bold = rpr.find(W + "b")
    try:
        points = int(size.get(W + "val")) / 2 if size is not None else None
    except (TypeError, ValueError):
        points = None
    return points, (bold.get(W + "val") in _TRUE) if bold is not None else None
