"""Office documents (.docx, .xlsx, .odt, .ods) are ZIP packages of XML parts.

Before any library sees one, its central directory must pass the caps that
stop zip bombs (nothing is decompressed to check them, and ``zipfile`` never
returns more than a member's declared size). XML is parsed without entity
expansion, DTDs or network access, so external entities (XXE) never resolve.
"""

import io
import time
import zipfile

from lxml import etree

from .names import safe_member_name
from .pdf import TextLine

MAX_MEMBERS = 5_000
MAX_UNPACKED = 100 * 2**20  # what a reader holds in memory at once, parts and images together
MAX_XML_PART = 20 * 2**20  # one XML part parsed into a tree (a resume's is under 1 MB)
MAX_RATIO = 100

SAFE_PARSE = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
XML_PARSER = etree.XMLParser(**SAFE_PARSE)


class OfficeError(Exception):
    """A document that must not or cannot be read; the message is for a person."""


def open_package(data, what, streamed=lambda name: False):
    """The ``zipfile.ZipFile`` of ``data`` once its directory passed the caps.

    ``what`` names the document in messages ("This Word document …");
    members for which ``streamed(name)`` is true are read incrementally by a
    row-capped, time-budgeted reader, so only the other members count against
    the memory caps."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise OfficeError("This %s is damaged and cannot be opened." % what) from exc
    if any(info.flag_bits & 0x1 for info in infos):
        raise OfficeError("This %s is password-protected; upload a copy without a password." % what)
    if len(infos) > MAX_MEMBERS:
        raise OfficeError("This %s holds %d parts, more than a resume can have." % (what, len(infos)))
    held = [info for info in infos if not streamed(info.filename)]
    total = sum(info.file_size for info in held)
    if total > MAX_UNPACKED:
        raise OfficeError(
            "This %s would unpack to %d MB, more than the %d MB allowed; it may be a zip bomb."
            % (what, total // 2**20, MAX_UNPACKED // 2**20)
        )
    for info in held:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise OfficeError(
                "This %s looks like a zip bomb: its part %s is compressed more than %d times."
                % (what, safe_member_name(info.filename), MAX_RATIO)
            )
        if info.filename.endswith(".xml") and info.file_size > MAX_XML_PART:
            raise OfficeError(
                "This %s is too complex: its part %s holds %d MB of XML, more than a resume can have."
                % (what, safe_member_name(info.filename), info.file_size // 2**20)
            )
    return package


def read_part(package, name, what):
    """The bytes of one member; raises ``OfficeError`` when it is damaged."""
    try:
        return package.read(name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise OfficeError("This %s is damaged (%s cannot be read)." % (what, safe_member_name(name))) from exc


_DC = "{http://purl.org/dc/elements/1.1/}"


def document_hints(package, name):
    """The creator and title of an office document's metadata part
    (``docProps/core.xml``, ``meta.xml``): hints of whose resume it is, like
    a PDF's Author and Title; none when the part is absent or damaged."""
    if name not in package.namelist():
        return []
    try:
        tree = parse_xml(read_part(package, name, "document"), "document")
    except OfficeError:  # damaged metadata: no hints, the text still counts
        return []
    return [e.text.strip() for tag in ("creator", "title") for e in tree.iter(_DC + tag) if e.text and e.text.strip()]


def parse_xml(data, what):
    """An lxml tree of ``data`` with the safe parser."""
    try:
        return etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise OfficeError("This %s is damaged (its XML cannot be read)." % what) from exc


class StoryReader:
    """What the Word and OpenDocument readers share: the lines read so far,
    the links met, and the PDF limits of text and time (a huge office file
    must not hold a worker longer than a PDF may)."""

    def __init__(self, limits):
        self.lines, self.links = [], []
        self.chars, self.max_chars = 0, limits.pdf_max_chars_per_page * limits.pdf_max_pages
        self.deadline = time.monotonic() + limits.pdf_time_budget

    def over_budget(self):
        return self.chars > self.max_chars or time.monotonic() > self.deadline

    def _add(self, runs):
        line = text_line(runs)
        if line:
            self.chars += len(line.text)
            self.lines.append(line)


def text_line(runs):
    """A ``TextLine`` of ``(text, size)`` runs, adjacent runs of one size
    merged (as a PDF line's glyph runs are); None when it is blank."""
    merged = []
    for text, size in runs:
        if merged and merged[-1][1] == size:
            merged[-1] = (merged[-1][0] + text, size)
        else:
            merged.append((text, size))
    text = "".join(piece for piece, _size in merged)
    return TextLine(text=text, page=1, runs=merged) if text.strip() else None
