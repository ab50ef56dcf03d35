"""Text of a PDF, line by line with glyph sizes, plus its link targets.

Two backends give the same ``PdfContent``: pypdfium2 (PDFium, fast, the
default) and pdfminer.six (pure Python, used when PDFium is not installed or
cannot open a file). Both honour a page cap and a time budget so that one
pathological document cannot hold a worker. A page without text (a scan)
is rendered with PDFium and read with OCR (``ocr.Scanner``), within the same
time budget.
"""

import ctypes
import logging
import re
import struct
import time
from dataclasses import dataclass, field
from io import BytesIO

from . import ocr
from .textline import TextLine

_logger = logging.getLogger(__name__)

try:
    import pypdfium2
    import pypdfium2.raw as pdfium_c
except ImportError:  # pragma: no cover - exercised where PDFium is absent
    pypdfium2 = None
else:
    # FPDFText_GetLooseCharBox without ctypes' check of each argument against
    # its declared type, which costs twice the call itself and would run once
    # or twice per word; the arguments are always a text page, an int and a
    # byref(FS_RECTF).
    _loose_char_box = ctypes.CFUNCTYPE(ctypes.c_int)(
        ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    )

MIN_TEXT_CHARS = 20
HINT_KEYS = ("Author", "Title")


class PdfError(Exception):
    """A PDF that cannot be read; the message is meant for a person."""


@dataclass
class PdfContent:
    lines: list
    links: list
    pages: int
    backend: str
    ocr_pages: list = field(default_factory=list)  # page numbers whose text came from OCR
    warnings: list = field(default_factory=list)
    # The document's own Author and Title (metadata): hints of whose resume it is.
    hints: list = field(default_factory=list)


def read_pdf(data, limits, backend="auto"):
    """Return the ``PdfContent`` of ``data`` or raise ``PdfError``."""
    deadline = time.monotonic() + limits.pdf_time_budget
    if backend in ("auto", "pdfium") and pypdfium2 is not None:
        scanner = ocr.Scanner(limits, deadline)
        try:
            content = _read_pdfium(data, limits, deadline, scanner)
        except _PdfiumCannotOpen as exc:
            if backend == "pdfium":
                raise PdfError(str(exc)) from exc
            _logger.info("PDFium could not open the file (%s); trying pdfminer", exc)
        else:
            return _checked(content, scanner)
    return _checked(_read_pdfminer(data, limits, deadline))


def _checked(content, scanner=None):
    if _text_chars(content.lines) < MIN_TEXT_CHARS:
        reason = scanner.unread_reason() if scanner else ""
        raise PdfError(
            "This PDF has no text layer: it looks like a scanned image. "
            + (reason or "Upload a text-based PDF (export it from the word processor) or run OCR on it first.")
        )
    if scanner:
        content.ocr_pages, content.warnings = scanner.read_pages, scanner.warnings()
    return content


def _text_chars(lines):
    return sum(len(line.text.strip()) for line in lines)


def _check_deadline(deadline, pages_done):
    if time.monotonic() > deadline:
        raise PdfError(
            "Reading this PDF took longer than the time budget; it stopped after %d page(s). "
            "The file is unusually complex; try exporting it again as a simple PDF." % pages_done
        )


# -- PDFium ------------------------------------------------------------------


class _PdfiumCannotOpen(Exception):
    pass


_PDFIUM_PASSWORD_ERROR = 4


def _read_pdfium(data, limits, deadline, scanner):
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            raise PdfError(_ENCRYPTED) from exc
        raise _PdfiumCannotOpen("This file is damaged or is not a valid PDF.") from exc
    try:
        lines, links = [], []
        page_count = len(pdf)
        for index in range(min(page_count, limits.pdf_max_pages)):
            if (scanner.read_pages or scanner.late) and time.monotonic() > deadline:  # OCR used the budget up
                scanner.late.extend(range(index + 1, min(page_count, limits.pdf_max_pages) + 1))
                break
            _check_deadline(deadline, index)
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    page_lines = _pdfium_lines(textpage, index + 1, limits)
                finally:
                    textpage.close()
                if _text_chars(page_lines) < MIN_TEXT_CHARS and _has_image(page):  # a scan: text in a picture
                    page_lines = scanner.read_page(index + 1, lambda page=page: _render(page, limits)) or page_lines
                lines.extend(page_lines)
                links.extend(_pdfium_links(pdf, page))
            finally:
                page.close()
        return PdfContent(lines, links, page_count, "pdfium", hints=_pdfium_hints(pdf))
    finally:
        pdf.close()


def _pdfium_hints(pdf):
    try:  # the two keys only, not the whole information dictionary
        values = [pdf.get_metadata_value(key) for key in HINT_KEYS]
    except pypdfium2.PdfiumError:  # a damaged information dictionary: no hints, the text still counts
        return []
    return [value for value in values if value]


def _has_image(page):
    return next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None) is not None


def _render(page, limits):
    """The page as a grayscale PIL image for OCR, and its resolution: at
    ``ocr_dpi``, lower for a page so large that it would exceed the pixel cap."""
    width, height = page.get_size()
    scale = min(limits.ocr_dpi / 72.0, (limits.image_max_pixels / max(width * height, 1.0)) ** 0.5)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return bitmap.to_pil().convert("L"), scale * 72.0
    finally:
        bitmap.close()


_WORD = re.compile(r"\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _pdfium_lines(textpage, page_number, limits):
    """Lines in PDFium's (content stream) order. PDFium breaks a line at every
    positioned text fragment; fragments that continue the same baseline are
    joined again, with the spacing their gap suggests.

    Glyph boxes are read per word, not per glyph: the first and last glyph
    of a word give its position and size; only a word whose ends differ in
    size (small caps, an initial), or that may be glued words, is read glyph
    by glyph. The loop runs for every word of every page, so the line being
    built lives in local variables rather than in an object."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count > limits.pdf_max_chars_per_page:
        raise PdfError(
            "Page %d of this PDF holds %d characters, more than a resume can have (limit %d)."
            % (page_number, count, limits.pdf_max_chars_per_page)
        )
    text = _pdfium_text(raw, count)
    get_box = _loose_char_box
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    lines, runs, chars, size = [], [], [], None  # finished lines, the line's runs, the run's pieces and size
    last_right = last_bottom = last_height = None  # where the previous word ended: right edge, baseline, height
    previous_end = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        # The loose box spans the font's ascent to descent: the size a reader
        # sees, whatever mix of font size and text matrix produced it.
        get_box(raw, start, box_ref)
        bottom = box.bottom
        first = box.top - bottom
        if start > previous_end:  # whitespace before the word: a new line unless it continues the baseline
            between = text[previous_end:start]
            gap = _continuation_gap(last_right, last_bottom, last_height, box.left, bottom, first)
            if gap is None and ("\r" in between or "\n" in between):
                _flush_run(runs, chars, size)
                lines.append(_make_line(runs, page_number))
                runs, chars, size = [], [], None
            else:
                chars.append(" " * (gap or (1 if between.strip("\r\n") else 0)))
        previous_end = end
        word = text[start:end]
        glued = not (word.islower() or word.isupper() or word.istitle()) and _GLUED.search(word)
        cuts = _word_gaps(raw, start, end, box_ref, get_box) if glued else ()
        if end > start + 1:
            get_box(raw, end - 1, box_ref)
            last = box.top - box.bottom
        else:
            last = first
        peak = last if last > first else first
        if not cuts and abs(last - first) <= 0.05 * peak:
            pieces = ((word, peak),)
        else:  # glyph by glyph; the space of a cut (never at the word's start) ends the glyph before it
            pieces = []
            for index in range(start, end):
                get_box(raw, index, box_ref)
                pieces.append((text[index] + " " if index + 1 in cuts else text[index], box.top - box.bottom))
        for piece, height in pieces:  # a new run where the glyph size changes by more than 5 %
            if size is None:
                size = height
            elif abs(height - size) > 0.05 * size:
                _flush_run(runs, chars, size)
                chars, size = [], height
            elif height > size:
                size = height
            chars.append(piece)
        last_right, last_bottom, last_height = box.right, box.bottom, last
    _flush_run(runs, chars, size)
    lines.append(_make_line(runs, page_number))
    lines = [line for line in lines if line.text.strip()]
    return _join_surrogates(lines) if _SURROGATE.search(text) else lines


# A word with a capital after a small letter may be words the text layer
# glued together ("KumarIsrani"): its glyph boxes show where a space was
# drawn as a gap instead of a character (such a word is read glyph by glyph).
_GLUED = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
GAP_SPACE = 0.12  # a gap this much wider than the word's usual one (share of the glyph height) is a space


def _word_gaps(raw, start, end, box_ref, get_box):
    """Indexes in ``start:end`` where a new word starts after a gap clearly
    wider than the others (spaced-out lettering has even gaps: no cut)."""
    box = box_ref._obj
    edges = []
    for index in range(start, end):
        get_box(raw, index, box_ref)
        edges.append((box.left, box.right, box.top - box.bottom))
    gaps = [(edges[i][0] - edges[i - 1][1], max(edges[i][2], edges[i - 1][2]), start + i) for i in range(1, len(edges))]
    usual = sorted(g for g, _h, _i in gaps)[len(gaps) // 2] if gaps else 0.0
    return tuple(i for g, h, i in gaps if h > 0 and g >= 0.05 * h and g - usual >= GAP_SPACE * h)


def _pdfium_text(raw, count):
    """The page's characters, exactly one per PDFium character index, from a
    single call. PDFium gives a character outside the BMP (an emoji, a
    mathematical letter) two indices, one per UTF-16 surrogate, so such a
    page is decoded unit by unit; ``_join_surrogates`` mends the lines."""
    buffer = ctypes.create_string_buffer(count * 2 + 2)
    written = pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = buffer.raw[: max(written - 1, 0) * 2]
    text = units.decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:
        text = "".join(map(chr, struct.unpack("<%dH" % (len(units) // 2), units)))
    if len(text) != count:
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    return text.replace("\x00", " ")


def _join_surrogates(lines):
    """Pair the surrogates ``_pdfium_text`` kept apart into real characters
    (a lone one becomes U+FFFD): the text must be valid Unicode to be stored."""
    for line in lines:
        if _SURROGATE.search(line.text):
            line.text = _mend(line.text)
            line.runs = [(_mend(text), size) for text, size in line.runs]
    return lines


def _mend(text):
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _continuation_gap(last_right, last_bottom, last_height, left, bottom, height):
    """Spaces to put between two fragments on one baseline, or None when the
    second fragment starts a new line (or no fragment came before it)."""
    if last_right is None:
        return None
    height = height if height > last_height else last_height  # max(last_height, height, 1.0) without the call
    if 1.0 > height:
        height = 1.0
    gap = left - last_right
    if abs(bottom - last_bottom) > 0.25 * height or not -0.2 * height <= gap <= 1.5 * height:
        return None
    return 0 if gap < 0.1 * height else 1 if gap < 0.8 * height else 3


def _flush_run(runs, chars, size):
    if chars:
        runs.append(("".join(chars), round(size or 0.0, 1)))


def _make_line(runs, page_number):
    return TextLine("".join([t for t, _s in runs]), page_number, list(runs))  # a list joins faster than a generator


def _pdfium_links(pdf, page):
    links = []
    link = pdfium_c.FPDF_LINK()
    start = ctypes.c_int(0)
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(start), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        if size <= 1:
            continue
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
        links.append(buffer.value.decode("latin-1", "replace"))
    return links


# -- pdfminer.six ------------------------------------------------------------

_ENCRYPTED = (
    "This PDF is password-protected, so its text cannot be read. "
    "Remove the password (print or export it again) and upload it again."
)


def _read_pdfminer(data, limits, deadline):
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    class BudgetedAggregator(PDFPageAggregator):
        """Stops a page that draws more text than a resume can have, or that
        runs past the time budget; checked per text operator, not per glyph,
        to stay cheap."""

        chars = 0

        def render_string(self, textstate, seq, *args, **kwargs):
            self.chars += sum(len(item) for item in seq if isinstance(item, bytes))
            if self.chars > limits.pdf_max_chars_per_page:
                raise PdfError(
                    "A page of this PDF holds more than %d characters, more than a resume can have."
                    % limits.pdf_max_chars_per_page
                )
            _check_deadline(deadline, 0)
            return super().render_string(textstate, seq, *args, **kwargs)

    try:
        document = PDFDocument(PDFParser(BytesIO(data)))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise PdfError(_ENCRYPTED) from exc
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise PdfError("This file is damaged or is not a valid PDF.") from exc
    manager = PDFResourceManager()
    lines, links, page_count = [], [], 0
    try:
        for page_count, page in enumerate(PDFPage.create_pages(document), 1):
            if page_count > limits.pdf_max_pages:
                continue
            _check_deadline(deadline, page_count - 1)
            device = BudgetedAggregator(manager, laparams=LAParams())
            PDFPageInterpreter(manager, device).process_page(page)
            for box in device.get_result():
                if isinstance(box, LTTextContainer):
                    for item in box:
                        if isinstance(item, LTTextLine):
                            lines.append(_pdfminer_line(item, page_count, LTChar))
            links.extend(_pdfminer_links(page, resolve1))
    except PdfError:
        raise
    except Exception as exc:
        if not lines:
            raise PdfError("This file is damaged or is not a valid PDF.") from exc
        _logger.info("PDF damaged after page %d; keeping the text read so far", page_count)
    lines = [line for line in lines if line.text.strip()]
    return PdfContent(lines, links, page_count, "pdfminer", hints=_pdfminer_hints(document, resolve1))


def _pdfminer_hints(document, resolve1):
    from pdfminer.utils import decode_text

    hints = []
    for info in document.info[:1]:
        for key in HINT_KEYS:
            value = resolve1(info.get(key))
            value = decode_text(value) if isinstance(value, bytes) else value
            if isinstance(value, str) and value.strip():
                hints.append(value.strip())
    return hints


def _pdfminer_line(item, page_number, char_type):
    runs, chars, size = [], [], None
    for obj in item:
        text = obj.get_text()
        if isinstance(obj, char_type) and text.strip():
            glyph = round(obj.size, 1)
            if size is not None and glyph != size:
                _flush_run(runs, chars, size)
                chars = []
            size = glyph
        chars.append(text)
    _flush_run(runs, chars, size)
    line = _make_line(runs, page_number)
    line.text = line.text.rstrip("\n")
    return line


def _pdfminer_links(page, resolve1):
    links = []
    for annot in resolve1(page.annots) or []:
        annot = resolve1(annot)
        if not isinstance(annot, dict):
            continue
        action = resolve1(annot.get("A"))
        uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
        if isinstance(uri, bytes):
            links.append(uri.decode("latin-1", "replace"))
        elif isinstance(uri, str):
            links.append(uri)
    return links
