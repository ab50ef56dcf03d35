"""Scanned resumes read with the real Tesseract: PDFs without a text layer and
PNG/JPEG/TIFF files, made here from reportlab PDFs rasterised with PDFium."""

import io
import json
import os
import re

import pytest
from conftest import RESUME_LINES, ROOT, make_pdf, make_zip
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from heymilo_ingestion.extraction import FAILED, SUCCESS, Limits, extract, icons, ocr_review
from heymilo_ingestion.extraction import ocr as ocr_module
from heymilo_ingestion.extraction.errors import classify
from heymilo_ingestion.extraction.result import Profile
from heymilo_ingestion.extraction.textline import TextLine
from heymilo_ingestion.tests.files import make_png_bomb, rasterise

pytestmark = pytest.mark.skipif(not ocr_module.available(), reason="Tesseract/pytesseract not installed")


@pytest.fixture(scope="module")
def resume_pdf():
    return make_pdf(RESUME_LINES)


@pytest.fixture
def no_tesseract(monkeypatch, tmp_path):
    """A PATH on which no tesseract binary can be found, as on a server without OCR."""
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not ocr_module.available()


def assert_maria(document):
    assert document.status == SUCCESS, document.error
    profile = document.profiles[0]
    assert (profile.name, profile.email, profile.phone) == (
        "Maria Gonzalez",
        "maria.gonzalez@example.com",
        "+442079460321",
    )


@pytest.mark.parametrize("fmt, kind", [("PDF", "pdf"), ("PNG", "image"), ("JPEG", "image"), ("TIFF", "image")])
def test_scan_is_read_with_ocr_and_flagged_for_review(resume_pdf, fmt, kind):
    document = extract(rasterise(resume_pdf, fmt), "scan")
    assert document.type == kind
    assert_maria(document)
    assert document.ocr_pages == 1
    assert any("read from a scanned image with OCR" in w for w in document.warnings)
    assert document.to_dict()["ocr_pages"] == 1


def test_text_pdf_is_not_ocred(resume_pdf):
    document = extract(resume_pdf, "cv.pdf")
    assert document.ocr_pages == 0 and not document.warnings


def test_name_comes_from_the_largest_text_of_the_scan():
    """Two name-like lines: the large one, second, is the name; without the
    sizes OCR reads, the first would be taken (the address spells neither)."""
    lines = ["Ada Byron", "Maria Gonzalez", "mg.1985@example.com  |  +44 20 7946 0321", "EXPERIENCE"]
    data = rasterise(make_pdf(lines, font_sizes={0: 10, 1: 26}), "PNG")
    document = extract(data, "scan.png")
    assert document.profiles[0].name == "Maria Gonzalez"
    text_only = extract(make_pdf(lines, font_sizes={0: 10, 1: 10}), "cv.pdf")
    assert text_only.profiles[0].name == "Ada Byron"  # the same lines without a size signal


@pytest.fixture(scope="module")
def mixed_pdf():
    """Page 1 has a text layer, page 2 is a picture holding the phone number."""
    # (not under "References": a referee's number is not the candidate's)
    picture = rasterise(make_pdf(["Availability", "Call me on +34 612 345 678 after six."]), "PNG")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(50, 800, "Maria Gonzalez")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 780, "maria.gonzalez@example.com")
    pdf.showPage()
    pdf.drawImage(ImageReader(io.BytesIO(picture)), 0, 0, *A4)
    pdf.save()
    return buffer.getvalue()


def test_only_pages_without_text_are_ocred(mixed_pdf):
    document = extract(mixed_pdf, "mixed.pdf")
    assert document.status == SUCCESS and document.pages == 2
    assert document.ocr_pages == 1
    assert "The text of page 2 was read" in document.warnings[0]
    assert document.profiles[0].email == "maria.gonzalez@example.com"
    assert document.profiles[0].phone == "+34612345678"


def test_without_tesseract_text_pages_are_still_read(mixed_pdf, no_tesseract):
    document = extract(mixed_pdf, "mixed.pdf")
    assert document.status == SUCCESS and document.ocr_pages == 0
    assert document.profiles[0].email == "maria.gonzalez@example.com" and not document.profiles[0].phone
    assert "Not read, because OCR is not installed: scanned page 2." in document.warnings


def test_multi_page_tiff_stops_at_the_ocr_page_cap():
    data = rasterise(make_pdf(RESUME_LINES, pages=4, page_lines=["Projects and more experience"]), "TIFF")
    document = extract(data, "scan.tiff", Limits(ocr_max_pages=2))
    assert_maria(document)
    assert document.pages == 4 and document.ocr_pages == 2
    assert "at most 2 scanned page(s) are read with OCR: pages 3, 4" in " ".join(document.warnings)


def test_ocr_counts_against_the_time_budget(resume_pdf):
    """Starting Tesseract alone takes longer than this budget: the page is
    stopped and the document fails with the budget in its message."""
    document = extract(rasterise(resume_pdf, "PDF"), "scan.pdf", Limits(pdf_time_budget=0.05))
    assert document.status == FAILED
    assert "time budget of 0.05 seconds" in document.error


@pytest.mark.parametrize("width, height", [(20_000, 20_000), (8_000, 8_000)])
def test_decompression_bomb_is_refused_before_decoding(width, height):
    """20,000 × 20,000 is over Pillow's own guard; 8,000 × 8,000 (64 MP)
    passes it but not the engine's ``image_max_pixels`` (50 MP)."""
    data = make_png_bomb(width, height)
    assert len(data) < 200_000
    document = extract(data, "bomb.png")
    assert document.status == FAILED
    assert "too large to read" in document.error and "up to 50 megapixels" in document.error


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda png: png[: len(png) // 2], "damaged or truncated"),
        (lambda png: png[:16] + b"\x00" * 200, "damaged or is not a valid image"),
    ],
)
def test_truncated_or_corrupt_image_fails_clearly(resume_pdf, damage, message):
    document = extract(damage(rasterise(resume_pdf, "PNG")), "scan.png")
    assert document.status == FAILED and message in document.error
    assert classify(document.error) == "damaged"


def test_scan_in_a_zip_is_read_and_merged_with_its_csv_row(resume_pdf):
    listing = b"Name,Email,Resume\nMaria G.,maria.gonzalez@example.com,scans/maria.png\n"
    document = extract(make_zip([("scans/maria.png", rasterise(resume_pdf, "PNG")), ("list.csv", listing)]), "b.zip")
    scan, csv_child = document.children
    assert scan.type == "image" and scan.status == SUCCESS and scan.ocr_pages == 1
    assert scan.profiles[0].name == "Maria G." and scan.profiles[0].source_row == 2
    assert not csv_child.profiles  # the row went into the scan's profile


def test_without_tesseract_scans_say_ocr_is_not_installed(resume_pdf, no_tesseract):
    pdf = extract(rasterise(resume_pdf, "PDF"), "scan.pdf")
    assert pdf.status == FAILED
    assert "no text layer" in pdf.error and "OCR (reading text from images) is not installed" in pdf.error
    assert "apt-get install tesseract-ocr" in pdf.error and "pip install pytesseract" in pdf.error
    image = extract(rasterise(resume_pdf, "PNG"), "scan.png")
    assert image.status == FAILED and "is not installed" in image.error
    assert classify(pdf.error) == classify(image.error) == "scanned_pdf"
    assert extract(resume_pdf, "cv.pdf").status == SUCCESS  # text PDFs need no OCR


def test_parse_hocr_sizes_lines_in_points():
    hocr = (
        '<html><body><div class="ocr_page"><span class="ocr_line" title="bbox 0 0 400 60; x_size 50">'
        '<span class="ocrx_word" title="bbox 0 0 90 60">Jos&eacute;</span> '
        '<span class="ocrx_word" title="bbox 100 0 300 60">&Aacute;lvarez</span></span>'
        '<span class="ocr_line" title="bbox 0 80 400 100"><span class="ocrx_word">a&amp;b</span></span>'
        "</div></body></html>"
    )
    lines = ocr_module.parse_hocr(hocr, 72.0 / 200, 1)
    assert [(line.text, line.runs) for line in lines] == [
        ("José Álvarez", [("José Álvarez", 18.0)]),
        ("a&b", [("a&b", 7.2)]),  # no x_size: the line box height
    ]


CYRILLIC_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_dejavu = pytest.mark.skipif(not os.path.exists(CYRILLIC_FONT), reason="DejaVu Sans not installed")


def _installed(pack):
    return pack in ocr_module._installed_languages(ocr_module._tesseract_path())


def _scan_with_name(name, email):
    """A scanned resume whose name, in DejaVu Sans (Cyrillic, Greek, Latin
    letters beyond ASCII), tops the page above an English contact line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", CYRILLIC_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("DejaVuSans", 26)
    pdf.drawString(50, 790, name)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 760, "Email: %s   Mobile: +7 912 345-67-89" % email)
    pdf.drawString(50, 740, "EXPERIENCE: built data pipelines for nightly loads.")
    pdf.save()
    return rasterise(buffer.getvalue(), "PNG")


@needs_dejavu
def test_name_ocr_cannot_read_is_left_empty_not_guessed():
    """A Cyrillic name read with the English pack (and no pack for its script)
    comes out as confident-looking Latin garbage of low confidence: the name
    stays empty, with a warning, and the contact details still come through."""
    scan = _scan_with_name("Иван Петров", "ivan.petrov@yandex.ru")
    document = extract(scan, "scan.png", Limits(ocr_languages="eng", ocr_name_languages=""))
    assert document.status == SUCCESS
    profile = document.profiles[0]
    assert (profile.name, profile.email, profile.phone) == ("", "ivan.petrov@yandex.ru", "+79123456789")
    assert "name could not be read reliably with OCR" in " ".join(document.warnings)


@needs_dejavu
@pytest.mark.parametrize(
    "name, pack",
    [("Иван Петров", "rus"), ("Δημήτρης Παπαδόπουλος", "ell"), ("Łukasz Wójcik", "Latin"), ("Elif Yılmaz", "Latin")],
)
def test_the_name_line_is_read_again_with_the_packs_of_other_scripts(name, pack):
    """The page is read with English only; the name's line alone is read again:
    with the installed script packs when English read it badly, with the Latin
    script model for letters English lacks (it reads Łukasz as "tukasz")."""
    if not _installed(pack) or not _installed("Latin"):
        pytest.skip("Tesseract pack %s not installed" % pack)
    document = extract(_scan_with_name(name, "cv@example.com"), "scan.png", Limits(ocr_languages="eng"))
    assert document.profiles[0].name == name
    assert not any("name could not be read" in warning for warning in document.warnings)


def _pictogram_scan(grey, address="gonzalez.m@example.com", font="Helvetica"):
    """A scan whose address follows a filled envelope pictogram (black or
    grey, with a white flap) set 1 pt before the text, as templates print it."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(50, 790, "Maria Gonzalez")
    pdf.setFillGray(grey)
    pdf.rect(50, 759, 13, 9, stroke=0, fill=1)
    pdf.setStrokeGray(1)
    pdf.lines([(50, 768, 56.5, 762.5), (56.5, 762.5, 63, 768)])
    pdf.setFillGray(0)
    pdf.setFont(font, 10)
    pdf.drawString(64, 760, address)
    pdf.drawString(50, 740, "Phone: +44 20 7946 0321")
    pdf.drawString(50, 720, "EXPERIENCE: built data pipelines for nightly loads.")
    pdf.save()
    return rasterise(buffer.getvalue(), "PNG")


@pytest.mark.parametrize("grey", [0.0, 0.5])
def test_pictogram_before_the_address_is_not_read_as_letters(grey):
    """Read with the page, the envelope becomes letters glued to the address
    ("w4gonzalez.m@…"); the word is read again from where the text starts."""
    document = extract(_pictogram_scan(grey), "scan.png")
    assert document.profiles[0].email == "gonzalez.m@example.com"
    assert document.profiles[0].emails == ["gonzalez.m@example.com"]


@pytest.mark.parametrize("address", ["mwangi.w@example.com", "wu.ming@example.com", "amara@example.com"])
def test_a_wide_or_bold_first_letter_is_not_taken_for_a_pictogram(address):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(50, 760, address)
    pdf.save()
    image = Image.open(io.BytesIO(rasterise(buffer.getvalue(), "PNG"))).convert("L")
    word = next(w for _size, words, _box in ocr_module._parse(_hocr(image)) for w in words if "@" in w[0])
    assert icons.leading_icon(image, word[2]) is None


def _hocr(image):
    return ocr_module.pytesseract.image_to_pdf_or_hocr(image, extension="hocr").decode()


def _profile(emails, name=""):
    return Profile(name=name, email=emails[0], emails=list(emails))


def _line(text, confidence=90.0, doubtful=()):
    return TextLine(text, 1, [(text, 10.0)], confidence, doubtful)


def test_an_address_also_read_without_its_first_letters_is_dropped():
    """ "Ojohn@x.com" beside "john@x.com": the O was the pictogram."""
    profile = _profile(["ojohn.doe@x.com", "john.doe@x.com"])
    lines = [_line("Ojohn.doe@x.com | +1 555 0100"), _line("Contact: john.doe@x.com")]
    assert ocr_review.review_emails(profile, lines) == ""
    assert (profile.email, profile.emails) == ("john.doe@x.com", ["john.doe@x.com"])


def test_a_doubtful_address_nothing_confirms_is_left_empty_with_a_warning():
    profile = _profile(["sizhangsan@example.com"], name="")
    lines = [_line("Sizhangsan@example.com", 40.0, doubtful=("Sizhangsan@example.com",))]
    warning = ocr_review.review_emails(profile, lines)
    assert (profile.email, profile.emails) == ("", [])
    assert "could not be read reliably with OCR (it was read as sizhangsan@example.com" in warning


@pytest.mark.parametrize(
    "name, lines",
    [
        ("Khalid Othman", [_line("khalidothman88@gmail.com", 40.0, ("khalidothman88@gmail.com",))]),
        (
            "",
            [_line("khalidothman88@gmail.com", 40.0, ("khalidothman88@gmail.com",)), _line("khalidothman88@gmail.com")],
        ),
    ],
)
def test_a_doubtful_address_the_name_or_a_clear_reading_confirms_is_kept(name, lines):
    profile = _profile(["khalidothman88@gmail.com"], name=name)
    assert ocr_review.review_emails(profile, lines) == ""
    assert profile.email == "khalidothman88@gmail.com"


def _dev_corpus():
    """The shared development corpus (real resumes, never copied into the repo), when present."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus" / "dev" / "labels.jsonl").exists():
            return base / "shared" / "corpus" / "dev"
    return None


def _real_scans():
    corpus = _dev_corpus()
    if not corpus:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="the shared dev corpus is not here"))]
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines() if line.strip()]
    return [
        pytest.param(corpus / lab["file"], lab, id=lab["file"]) for lab in labels if not lab.get("text_based", True)
    ]


@pytest.mark.parametrize("path, label", _real_scans())
def test_real_scans_of_the_dev_corpus_give_their_labelled_email_and_phone(path, label):
    """The flatbed scan (2 pages) and the photographed print of the shared dev
    set, read in place. A generous budget: this measures reading, not load."""
    document = extract(path.read_bytes(), path.name, Limits(pdf_time_budget=120))
    assert document.status == SUCCESS and document.ocr_pages == label["pages"], document.error
    profile = document.profiles[0]
    assert profile.email == label["email"]
    assert re.sub(r"\D", "", profile.phone)[-10:] == re.sub(r"\D", "", label["phone"])[-10:]


def test_an_address_ocr_split_after_a_dot_is_joined_when_the_name_spells_it():
    """ "olivia.t@…" read as two words: "t@…" alone would be a wrong e-mail."""
    lines = [_line("olivia. t@btinternet.com | +44 20 7946 0958")]
    profile = _profile(["t@btinternet.com"], name="Olivia Thompson")
    assert ocr_review.review_emails(profile, lines) == ""
    assert profile.email == "olivia.t@btinternet.com"
    other = _profile(["t@btinternet.com"], name="Maria Gonzalez")
    ocr_review.review_emails(other, lines)
    assert other.email == "t@btinternet.com"  # nothing says the piece belongs to it


def _dark_sidebar_scan():
    """Contact details in grey type on a near-black sidebar (a common template)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFillGray(0.1)
    pdf.rect(0, 0, 200, 842, stroke=0, fill=1)
    pdf.setFillGray(0.45)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(20, 600, "john.doe@email.com")
    pdf.drawString(20, 580, "0123 456789")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 22)
    pdf.drawString(230, 790, "John Doe")
    pdf.setFont("Helvetica", 10)
    for row, text in enumerate(["EXPERIENCE", "Developer at Company A, programming and testing.", "EDUCATION"]):
        pdf.drawString(230, 750 - 20 * row, text)
    pdf.save()
    return rasterise(buffer.getvalue(), "PNG")


def test_grey_contact_details_on_a_dark_sidebar_are_read():
    """The global threshold loses them; page one without an address is read
    again with adaptive thresholding."""
    profile = extract(_dark_sidebar_scan(), "scan.png", Limits(pdf_time_budget=120)).profiles[0]
    assert (profile.email, profile.phone) == ("john.doe@email.com", "0123 456789")
