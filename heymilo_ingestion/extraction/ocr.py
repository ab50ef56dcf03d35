"""Text of scanned pages through Tesseract OCR, an optional dependency.

pytesseract runs the ``tesseract`` binary in a subprocess rather than binding
libtesseract in-process (tesserocr): a page that runs past the document's time
budget is killed, a crash in Tesseract cannot take the worker down, and no
extension module has to be compiled against the system's Tesseract version.

Tesseract's hOCR output gives each line the text size it estimated
(``x_size``, in pixels); converted to points it is the size signal the resume
parser reads from a PDF's glyphs, so names still come from the largest text.
"""

import collections
import functools
import html.parser
import os
import re
import shutil
import subprocess
import tempfile
import time

from . import icons
from .fields import EMAIL_RE
from .ocr_review import MIN_NAME_CONFIDENCE
from .textline import TextLine

try:
    import pytesseract
    from PIL import ImageOps  # pytesseract's own dependency
except ImportError:  # pragma: no cover - exercised where pytesseract is absent
    pytesseract = None

# Tesseract's OpenMP threads make it several times slower on a busy machine
# (measured: ~3 s per 150-dpi page single-threaded, ~18 s with its default
# threads); a worker process runs one page at a time anyway. An administrator's
# own setting wins.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

NOT_INSTALLED = (
    "OCR (reading text from images) is not installed on this server, so this scan cannot be read. "
    "An administrator can add it: install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-eng) and the Python package pytesseract (pip install pytesseract)."
)
REVIEW_WARNING = (
    "The text of %s was read from a scanned image with OCR; OCR can misread letters and digits, "
    "so check the extracted fields."
)
# An address OCR read with less word confidence is not given as the e-mail
# unless something confirms it: a pictogram glued to it scores 0, clean
# print 60-92 (measured on the corpus scans).
MIN_EMAIL_CONFIDENCE = 50
REREAD_MARGIN = 10  # white pixels around a word read again on its own
# The name's lines: in the top half of page one (of an A4 page, 0.7 of its
# width down), at least this share of the largest size there, at most two.
NAME_ZONE, PROMINENT, MAX_NAME_LINES = 0.7, 0.9, 2
CLEAR = 80  # mean word confidence of a name line OCR read clearly (clean print: 85-96)
MAX_INITIALS = 3  # a capitals-only word of the name's line this short may be initials OCR glued
# A gap between two words of a line this share of its text size is a column
# gap, not a space (a word space is 0.25-0.35 of it; the PDF reader's rule).
COLUMN_GAP = 0.8
# Shares of the text size a word's box spans: cap/ascender height, x-height,
# descender (of common Latin fonts).
ASCENT, X_HEIGHT, DESCENT = 0.68, 0.48, 0.21
_DESCENDERS = set("gjpqyQJ,;()[]{}|")
_SPACED_ADDRESS = re.compile(r"[\w.+-]+ ?@ ?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_NAME_LIKE = re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+){0,4}")
_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_X_SIZE = re.compile(r"\bx_size ([\d.]+)")
_WCONF = re.compile(r"\bx_wconf (\d+)")
_BBOX = re.compile(r"\bbbox (\d+) (\d+) (\d+) (\d+)")


class OcrError(Exception):
    """OCR could not read a page; the message is meant for a person."""


class OcrTimeout(OcrError):
    """The document's time budget ran out during OCR."""


class Scanner:
    """OCR of the scanned pages of one document under its limits: at most
    ``ocr_max_pages`` pages, all within the document's time budget (the same
    ``deadline`` as its other pages). Pages it could not read are remembered
    for the document's warnings rather than failing the document."""

    def __init__(self, limits, deadline):
        self.limits, self.deadline = limits, deadline
        self.read_pages, self.not_installed, self.over_cap, self.late, self.failed = [], [], [], [], []
        self.lang = None

    def read_page(self, page_number, render):
        """Lines of page ``page_number``; ``render()`` gives its (PIL image,
        dpi) and is only called when the page will be read."""
        if not available():
            self.not_installed.append(page_number)
            return []
        if self.late or len(self.read_pages) >= self.limits.ocr_max_pages:
            (self.late if self.late else self.over_cap).append(page_number)
            return []
        if self.lang is None:
            self.lang = languages(self.limits.ocr_languages)
        image, dpi = render()
        try:
            lines = read_lines(image, dpi, page_number, self.deadline, self.lang, self.limits.ocr_name_languages)
        except OcrTimeout:
            self.late.append(page_number)
            return []
        except OcrError as exc:
            self.failed.append((page_number, str(exc)))
            return []
        self.read_pages.append(page_number)
        return lines

    def unread_reason(self):
        """Why no page could be read, for a document that has no text at all."""
        if self.not_installed:
            return NOT_INSTALLED
        if self.late and not self.read_pages:
            return (
                "Reading it with OCR took longer than the time budget of %g seconds; "
                "upload a text-based PDF or a smaller, clearer scan." % self.limits.pdf_time_budget
            )
        if self.failed:
            return self.failed[0][1]
        if self.read_pages:
            return "OCR found no text in it (a blank page or an unreadable scan)."
        return ""

    def warnings(self):
        """Notes for a document that was read: pages read with OCR (to be
        reviewed) and scanned pages left unread."""
        notes = []
        if self.read_pages:
            notes.append(REVIEW_WARNING % _pages(self.read_pages))
        if self.not_installed:
            notes.append("Not read, because OCR is not installed: scanned %s." % _pages(self.not_installed))
        if self.over_cap:
            notes.append(
                "Not read, because at most %d scanned page(s) are read with OCR: %s."
                % (self.limits.ocr_max_pages, _pages(self.over_cap))
            )
        if self.late:
            notes.append("Not read, because the time budget ran out during OCR: %s." % _pages(self.late))
        notes.extend("Page %d could not be read with OCR: %s" % failure for failure in self.failed)
        return notes


def _pages(numbers):
    return ("page %d" if len(numbers) == 1 else "pages %s") % (
        numbers[0] if len(numbers) == 1 else ", ".join(map(str, numbers))
    )


def available():
    """Whether OCR can run here: pytesseract importable and a tesseract binary found."""
    return pytesseract is not None and _tesseract_path() is not None


def _tesseract_path():
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) if pytesseract else None


def languages(wanted):
    """The languages of ``wanted`` ("eng+fra") that are installed, as
    Tesseract's ``-l`` argument; English when none of them is."""
    installed = _installed_languages(_tesseract_path())
    chosen = [lang for lang in wanted.split("+") if lang in installed]
    return "+".join(chosen) or ("eng" if "eng" in installed else next(iter(sorted(installed - {"osd"})), "eng"))


@functools.lru_cache(maxsize=4)
def _installed_languages(binary):
    """Language packs of the tesseract at ``binary`` (cached per binary), the
    script models (``Latin``…) included, which pytesseract's list leaves out."""
    try:
        listing = subprocess.run(  # noqa: S603 - the tesseract binary found on the PATH
            [binary, "--list-langs"], capture_output=True, timeout=30, check=True
        ).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in listing.splitlines()[1:] if line.strip())


def read_lines(image, dpi, page_number, deadline, lang="eng", name_languages=""):
    """``TextLine`` objects of a PIL ``image`` scanned at ``dpi``, sized in
    points. Raises ``OcrTimeout`` past ``deadline`` (``time.monotonic``),
    ``OcrError`` when Tesseract fails. On page one the largest lines at the
    top (where the name is) may be read again (``_reread_name_lines``).

    Page one without any e-mail address is read a second time with
    Tesseract's adaptive (tiled Otsu) thresholding, which reads grey text on a
    dark sidebar that the global threshold loses (about 2.4 times the CPU of
    a reading, so only then); that reading is kept if it finds an address.

    When a name line English could not read is read well by the pack of
    another script (Chinese, Cyrillic…), the page is in that script: it is
    read again with that pack added, so that its text is not English-shaped
    garbage (北京 read as "AGH", a wrong name). Only such pages pay for it."""
    parsed, config = _read_page(image, deadline, lang), ""
    if page_number == 1 and not _addresses(parsed):
        try:
            again = _read_page(image, deadline, lang, config="-c thresholding_method=1")
        except OcrError:  # out of time or failed: the first reading stands
            again = []
        if _addresses(again):
            parsed, config = again, "-c thresholding_method=1"
    if page_number == 1:
        script = _reread_name_lines(image, parsed, deadline, name_languages)
        if script and script not in lang.split("+"):
            try:  # the page is in a script ``lang`` lacks: read it again with the pack that reads it
                again = _read_page(image, deadline, lang + "+" + script, config=config)
            except OcrError:  # out of time or failed: the first reading stands
                again = None
            if again:
                parsed = again
                _reread_name_lines(image, parsed, deadline, name_languages)
    for _size, words, _box in parsed:
        for word in words:
            if "@" in word[0]:
                _reread_address(image, word, deadline, lang)
    return _lines(parsed, 72.0 / dpi, page_number)


def _read_page(image, deadline, lang, config=""):
    hocr = _tesseract(pytesseract.image_to_pdf_or_hocr, image, deadline, lang=lang, extension="hocr", config=config)
    return _parse(hocr.decode("utf-8", "replace"))


def _addresses(parsed):
    """Whether a line holds an e-mail address, OCR's stray space at the @ allowed."""
    return any(_SPACED_ADDRESS.search(" ".join(word[0] for word in words)) for _size, words, _box in parsed)


def _reread_name_lines(image, parsed, deadline, name_languages):
    """The largest lines at the top of page one, read again on their own.

    A line read with low confidence (a name in a script ``lang`` lacks) is
    read with the Latin script model and each installed pack of
    ``name_languages``, and the most confident reading kept. A confident
    name-like line is read with Tesseract's Latin script model (every
    Latin-script language) and takes its letters when the two readings differ
    only where the Latin one has a letter English lacks (``Łukasz`` read as
    ``tukasz``, ``Ørjan`` as ``Orjan``). The lines are read in one Tesseract
    call per pack (loading a model is most of the cost of a line: the Latin
    one's is ~0.6 s of CPU). A page with no such line, or without these packs
    installed, costs nothing more. Returns the pack other than Latin whose
    reading of a doubtful line was taken (the page's script), else ""."""
    installed = _installed_languages(_tesseract_path())
    scripts = [pack for pack in ["Latin", *name_languages.split("+")] if pack in installed]
    top = [line for line in parsed if line[2] and line[2][1] < NAME_ZONE * image.width and _has_letters(line[1])]
    largest = max((size for size, _words, _box in top), default=0.0)
    lines = [line for line in top if line[0] >= PROMINENT * largest][:MAX_NAME_LINES]
    doubtful = [line for line in lines if _mean_confidence(line[1]) < MIN_NAME_CONFIDENCE]
    if not scripts:
        doubtful = []
    plain = [line for line in lines if line not in doubtful and _NAME_LIKE.fullmatch(_joined(line[1]))]
    plain = plain if "Latin" in scripts else []
    readings = collections.defaultdict(list)  # id(line): [(pack, [(word, confidence)])]
    try:
        for pack in scripts:
            reread = doubtful + plain if pack == "Latin" else doubtful
            for line, words in zip(reread, _read_words(image, [box for _s, _w, box in reread], deadline, pack)):
                readings[id(line)].append((pack, words))
    except OcrError:  # out of time or Tesseract failed: the first readings stand
        readings.clear()
    script = ""
    for line in lines:
        words = line[1]
        if line in doubtful and readings[id(line)]:
            pack, best = max(readings[id(line)], key=lambda reading: _mean_confidence(reading[1]))
            if _mean_confidence(best) >= MIN_NAME_CONFIDENCE and _mean_confidence(best) > _mean_confidence(words):
                words[:] = [[word, score, None] for word, score in best]
                script = script or pack
        elif line in plain and readings[id(line)]:
            latin = readings[id(line)][0][1]
            if _mean_confidence(latin) >= MIN_NAME_CONFIDENCE and _accents_only(_joined(words), _joined(latin)):
                for word, (letters, _score) in zip(words, latin):
                    word[0] = letters
        _respace_initials(image, words)
        _drop_edge_junk(words, line[0])
    return "" if script == "Latin" else script


def _drop_edge_junk(words, size):
    """A photo, logo or pictogram beside the name is read as a word of low
    confidence ("Aes   Rahul Kumar"): such a word at either end of a name line
    whose other words OCR read clearly is dropped when it stands apart (a
    column gap away, or of another height than the letters). A name word OCR
    doubted ("Łukasz" read as "tukasz") stands with the others: it stays."""
    while len(words) > 1 and (junk := _junk_end(words, size)) is not None:
        del words[junk]


def _junk_end(words, size):
    for end, rest, neighbour in ((0, words[1:], words[1]), (-1, words[:-1], words[-2])):
        word = words[end]
        if word[1] >= MIN_NAME_CONFIDENCE or _mean_confidence(rest) < CLEAR or not word[2] or not neighbour[2]:
            continue
        gap = neighbour[2][0] - word[2][2] if end == 0 else word[2][0] - neighbour[2][2]
        heights = sorted(w[2][3] - w[2][1] for w in rest if w[2])
        other_height = heights and not 0.67 <= (word[2][3] - word[2][1]) / max(heights[len(heights) // 2], 1) <= 1.5
        if gap >= COLUMN_GAP * size or other_height:
            return end
    return None


def _has_letters(words):
    """Whether a line holds a letter: one of digits or signs alone (a logo,
    a pictogram read as "9") is no name line."""
    return any(c.isalpha() for word in words for c in word[0])


def _respace_initials(image, words):
    """Initials OCR read as one word ("GS" for "G S") split where the ink
    shows a gap as wide as the line's spaces between words."""
    gaps = sorted(b[2][0] - a[2][2] for a, b in zip(words, words[1:]) if a[2] and b[2])
    if not gaps:
        return
    space = gaps[len(gaps) // 2]
    for word in words:
        text = word[0]
        if word[2] and text.isalpha() and text.isupper() and len(text) <= MAX_INITIALS:
            cuts = icons.lost_spaces(image, word[2], len(text), space)
            word[0] = "".join(" " + c if i in cuts else c for i, c in enumerate(text))


def _read_words(image, boxes, deadline, lang):
    """``[(word, confidence)]`` of each one-line part of ``image`` in ``boxes``,
    read in one Tesseract call: several parts are given to it as a list of
    image files, each read as a page of one line (``--psm 7``)."""
    if not boxes:
        return []
    if len(boxes) == 1:
        source, folder = _line_image(image, boxes[0]), None
    else:
        folder = tempfile.TemporaryDirectory(prefix="heymilo_ocr_")
        paths = []
        for index, box in enumerate(boxes):
            paths.append(os.path.join(folder.name, "line%d.png" % index))
            _line_image(image, box).save(paths[-1])
        source = os.path.join(folder.name, "lines.txt")
        with open(source, "w", encoding="utf-8") as listing:
            listing.write("\n".join(paths) + "\n")
    try:
        data = _tesseract(
            pytesseract.image_to_data,
            source,
            deadline,
            lang=lang,
            config="--psm 7",
            output_type=pytesseract.Output.DICT,
        )
    finally:
        if folder:
            folder.cleanup()
    found = [[] for _box in boxes]
    for page, word, score in zip(data["page_num"], data["text"], data["conf"]):
        if word.strip() and 1 <= int(page) <= len(boxes):
            found[int(page) - 1].append((word.strip(), float(score)))
    return found


def _mean_confidence(words):
    return sum(word[1] for word in words) / len(words) if words else 0.0


def _joined(words):
    return " ".join(word[0] for word in words)


def _accents_only(plain, other):
    """Whether ``other`` is ``plain`` with some letters replaced by letters
    outside ASCII (and nothing else changed)."""
    return (
        plain != other
        and len(plain) == len(other)
        and all(a == b or (a.isalpha() and b.isalpha() and not b.isascii()) for a, b in zip(plain, other))
    )


def _tesseract(read, image, deadline, **options):
    """``read(image, **options)``: one of pytesseract's functions, under the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0.05:
        raise OcrTimeout("no time left")
    try:
        return read(image, timeout=remaining, **options)
    except pytesseract.TesseractError as exc:
        raise OcrError("Tesseract could not read this image (%s)." % str(exc).strip()[:200]) from exc
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout" (the process is killed)
        if "timeout" in str(exc).lower():
            raise OcrTimeout(str(exc)) from exc
        raise OcrError("Tesseract could not read this image (%s)." % exc) from exc
    except OSError as exc:
        raise OcrError("Tesseract could not be run (%s)." % exc) from exc


def _reread_address(image, word, deadline, lang):
    """An e-mail word read after a pictogram is read again without it: the
    new reading replaces the word when it is the end of the first one (the
    letters the pictogram made dropped). A low-confidence address that is
    not corrected this way is marked doubtful."""
    text, confidence, box = word
    found = EMAIL_RE.search(text)
    if not found or not box:
        return
    cut = icons.leading_icon(image, box)
    if cut is not None:
        try:
            again = _reread(image, (cut, *box[1:]), deadline, lang)
        except OcrError:  # no time left or Tesseract failed: keep the first reading, doubtful
            again = ""
        address = EMAIL_RE.fullmatch(again)
        if address and found.group(0).endswith(again) and again != found.group(0):
            word[0], word[1] = text.replace(found.group(0), again), max(confidence, MIN_EMAIL_CONFIDENCE)
            return
    if confidence < MIN_EMAIL_CONFIDENCE:
        word.append(found.group(0))


def _reread(image, box, deadline, lang):
    """The text of one line of ``image`` in ``box``."""
    crop = _line_image(image, box)
    return _tesseract(pytesseract.image_to_string, crop, deadline, lang=lang, config="--psm 7").strip()


def _line_image(image, box):
    """The part of ``image`` in ``box``, dark on light, on a white margin."""
    x0, y0, x1, y1 = box
    crop = image.convert("L").crop((x0, y0, x1 + 1, y1 + 1))
    if icons.is_dark(crop):
        crop = ImageOps.invert(crop)
    return ImageOps.expand(crop, border=REREAD_MARGIN, fill=255)


def parse_hocr(hocr, points_per_pixel, page_number):
    """Lines of Tesseract's hOCR, each one run sized by the line's ``x_size``
    (the text height Tesseract estimated) in points."""
    return _lines(_parse(hocr), points_per_pixel, page_number)


def _parse(hocr):
    parser = _HocrParser()
    parser.feed(hocr)
    parser.close()
    return parser.lines


def _lines(parsed, points_per_pixel, page_number):
    lines = []
    for size, words, _box in parsed:
        words = [word for word in words if word[0]]
        if words:
            runs = _runs(size, words, points_per_pixel)
            confidence = sum(word[1] for word in words) / len(words)
            doubtful = tuple(word[3] for word in words if len(word) > 3)
            lines.append(TextLine("".join(text for text, _size in runs), page_number, runs, confidence, doubtful))
    return lines


def _runs(size, words, points_per_pixel):
    """``(text, points)`` runs of one OCR'd line, as a text layer gives them.

    Tesseract joins text across a column gutter into one line with one size
    (a Europass label column beside the name: "PERSONAL INFORMATION   Khalid
    Othman"). A gap between words of at least ``COLUMN_GAP`` of the line's
    size is kept as three spaces, as the PDF reader writes one, and starts a
    run; each run is sized by its words' own heights (relative to the line's),
    and neighbouring runs of one size are one run again, as glyph runs are."""
    pieces = [[words[0]]]
    for before, word in zip(words, words[1:]):
        wide = before[2] and word[2] and word[2][0] - before[2][2] >= COLUMN_GAP * size
        if wide:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    line_em = _em(words)
    runs = []
    for piece in pieces:
        em = _em(piece)
        points = round(size * (em / line_em if em and line_em and len(pieces) > 1 else 1.0) * points_per_pixel, 1)
        text = " ".join(word[0] for word in piece)
        if runs and abs(points - runs[-1][1]) <= 0.05 * runs[-1][1]:
            runs[-1] = (runs[-1][0] + "   " + text, max(points, runs[-1][1]))
        elif runs:
            runs[-1] = (runs[-1][0] + "   ", runs[-1][1])
            runs.append((text, points))
        else:
            runs.append((text, points))
    return runs


def _em(words):
    """The text size (pixels) the words' boxes suggest: a box spans the cap
    or ascender height, or only the x-height, plus the descender when a
    letter has one (the median over ``words``; 0.0 without boxes). Words
    OCR hardly recognised (a logo, a pictogram read as letters) say nothing."""
    sizes = []
    for text, confidence, box, *_doubtful in words:
        letters = [c for c in text if c.isalnum()]
        if not box or not letters or confidence < MIN_NAME_CONFIDENCE:
            continue
        if not all(c.isascii() for c in letters):  # other scripts: the whole body
            share = ASCENT + DESCENT
        else:
            tall = any(c.isupper() or c.isdigit() or c in "bdfhiklt" for c in letters)
            share = (ASCENT if tall else X_HEIGHT) + (DESCENT if any(c in _DESCENDERS for c in text) else 0.0)
        sizes.append((box[3] - box[1] + 1) / share)
    sizes.sort()
    return (sizes[(len(sizes) - 1) // 2] + sizes[len(sizes) // 2]) / 2 if sizes else 0.0


class _HocrParser(html.parser.HTMLParser):
    """Collects ``(x_size, [[word, confidence, bbox]], bbox)`` per hOCR line. The standard
    library's HTML parser resolves no entities from outside and fetches nothing."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self._depth, self._word_depth = [], [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        title = attributes.get("title") or ""
        if classes & _LINE_CLASSES:
            box = _BBOX.search(title)
            self.lines.append((_line_size(title), [], tuple(map(int, box.groups())) if box else None))
        elif "ocrx_word" in classes and self.lines:
            confidence, box = _WCONF.search(title), _BBOX.search(title)
            self.lines[-1][1].append(
                ["", float(confidence.group(1)) if confidence else 0.0, tuple(map(int, box.groups())) if box else None]
            )
            self._word_depth = len(self._depth)
        self._depth.append(tag)

    def handle_endtag(self, tag):
        if tag in self._depth:
            while self._depth and self._depth.pop() != tag:
                pass
        if self._word_depth is not None and len(self._depth) <= self._word_depth:
            self._word_depth = None

    def handle_data(self, data):
        if self._word_depth is not None and self.lines:
            self.lines[-1][1][-1][0] += data.strip()


def _line_size(title):
    """The line's text size in pixels: ``x_size``, else its box height."""
    match = _X_SIZE.search(title)
    if match:
        return float(match.group(1))
    box = _BBOX.search(title)
    return float(int(box.group(4)) - int(box.group(2))) if box else 0.0
