"""Text of an OpenDocument resume (.odt), line by line with font sizes, plus
its link targets: the same ``PdfContent`` a PDF gives.

Read with lxml's safe parser (``office.XML_PARSER``) rather than odfpy: the
format is two XML parts (``styles.xml`` holds the page headers and footers,
``content.xml`` the body with its tables and text boxes), and odfpy, last
released in 2020, builds a full object tree of every element and gives no
effective font sizes.
"""

import re

from .office import OfficeError, StoryReader, document_hints, open_package, parse_xml, read_part
from .pdf import PdfContent

DEFAULT_SIZE = 12.0  # LibreOffice's default
BOLD_WEIGHT = 1.1
WHAT = "OpenDocument text"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


_PARAGRAPHS = (q("text:p"), q("text:h"))
_SPAN, _LINK, _SPACE, _TAB, _BREAK = q("text:span"), q("text:a"), q("text:s"), q("text:tab"), q("text:line-break")
_STYLE_NAME, _HREF, _DRAW_LINK = q("text:style-name"), q("xlink:href"), q("draw:a")
_SKIPPED = {q("text:note"), q("office:annotation"), q("text:tracked-changes")}


def read_odt(data, limits):
    """Return the ``PdfContent`` of an .odt or raise ``OfficeError``."""
    package = open_package(data, WHAT)
    content = parse_xml(read_part(package, "content.xml", WHAT), WHAT)
    styles = parse_xml(read_part(package, "styles.xml", WHAT), WHAT) if "styles.xml" in package.namelist() else None
    sizes = _StyleSizes([tree for tree in (styles, content) if tree is not None])
    reader = _Reader(sizes, limits)
    masters = styles.find(q("office:master-styles")) if styles is not None else None
    page_parts = list(masters.iter(q("style:header"), q("style:header-first"))) if masters is not None else []
    body = content.find(q("office:body"))
    if body is None:
        raise OfficeError("This OpenDocument text is damaged (it has no body).")
    footers = list(masters.iter(q("style:footer"), q("style:footer-first"))) if masters is not None else []
    for part in [*page_parts, body, *footers]:
        reader.read_story(part)
    hints = document_hints(package, "meta.xml")
    return PdfContent(reader.lines, list(dict.fromkeys(reader.links)), 0, "lxml", hints=hints)


class _Reader(StoryReader):
    def __init__(self, sizes, limits):
        super().__init__(limits)
        self.sizes = sizes

    def read_story(self, part):
        for node in part.iter(*_PARAGRAPHS, _LINK, _DRAW_LINK):  # draw:a: a link on a picture (an icon)
            if node.tag in (_LINK, _DRAW_LINK):
                if node.get(_HREF):
                    self.links.append(node.get(_HREF))
                continue
            if self.over_budget():
                raise OfficeError("This OpenDocument text is too long to be a resume (time budget or text limit).")
            self._paragraph(node)

    def _paragraph(self, paragraph):
        runs = []
        for piece in self._runs(paragraph, self.sizes.apply(paragraph.get(_STYLE_NAME), self.sizes.default)):
            if piece is None:
                self._add(runs)
                runs = []
            else:
                runs.append(piece)
        self._add(runs)

    def _runs(self, element, state):
        """``(text, size)`` pieces of ``element`` in style ``state`` (size,
        bold); None at a line break. Nested paragraphs (inside a text box)
        are read on their own."""
        size = _weighted(state)
        if element.text:
            yield element.text, size
        for child in element:
            if child.tag in _PARAGRAPHS or child.tag in _SKIPPED:
                pass
            elif child.tag == _SPACE:
                yield " " * min(count(child.get(q("text:c"))), 10), size
            elif child.tag == _TAB:
                yield "   ", size
            elif child.tag == _BREAK:
                yield None
            elif child.tag in (_SPAN, _LINK):
                yield from self._runs(child, self.sizes.apply(child.get(_STYLE_NAME), state))
            if child.tail:
                yield child.tail, size


def count(raw):
    """An ODF repeat count (``text:c``, ``number-rows-repeated``…): 1 unless a positive integer."""
    try:
        return max(int(raw or 1), 1)
    except ValueError:
        return 1


_POINTS = re.compile(r"^([\d.]+)(pt|%)$")


class _StyleSizes:
    """Effective size of named and automatic styles (``fo:font-size`` in
    points or percent, ``fo:font-weight`` bold, through ``style:parent-style-name``)."""

    def __init__(self, trees):
        self._styles = {}
        self.default = (DEFAULT_SIZE, False)
        for tree in trees:
            for style in tree.iter(q("style:default-style")):
                if style.get(q("style:family")) == "paragraph":
                    self.default = self._props(style, self.default)
            for style in tree.iter(q("style:style")):
                self._styles[style.get(q("style:name"))] = style
        self._cache = {}

    def _props(self, style, inherited):
        props = style.find(q("style:text-properties"))
        size, bold = inherited
        if props is not None:
            match = _POINTS.match(props.get(q("fo:font-size"), ""))
            if match:
                value = float(match.group(1))
                size = value if match.group(2) == "pt" else size * value / 100
            weight = props.get(q("fo:font-weight"))
            if weight:
                bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
        return size, bold

    def resolved(self, name, seen=()):
        if name in self._cache:
            return self._cache[name]
        style = self._styles.get(name)
        if style is None or name in seen:
            return self.default
        parent = style.get(q("style:parent-style-name"))
        result = self._props(style, self.resolved(parent, (*seen, name)) if parent else self.default)
        self._cache[name] = result
        return result

    def apply(self, name, state):
        """(size, bold) of text in style ``name`` inside text in ``state``."""
        style = self._styles.get(name)
        if style is None:
            return state
        parent = style.get(q("style:parent-style-name"))
        return self._props(style, self.resolved(parent) if parent else state)


def _weighted(state):
    size, bold = state
    return round(min(size, 200.0) * (BOLD_WEIGHT if bold else 1.0), 2)
