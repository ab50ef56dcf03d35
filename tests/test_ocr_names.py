"""Names on scans, read with the real Tesseract from pages drawn here with
reportlab and rasterised with PDFium: layouts where OCR's lines differ from
a text layer's (a label column beside the name, spaced initials, a page in
another script) and the cost of reading the name lines again."""

import io
import os
import time

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from heymilo_ingestion.extraction import Limits, extract, ocr_review
from heymilo_ingestion.extraction import ocr as ocr_module
from heymilo_ingestion.extraction.textline import TextLine
from heymilo_ingestion.tests.files import rasterise

pytestmark = pytest.mark.skipif(not ocr_module.available(), reason="Tesseract/pytesseract not installed")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_dejavu = pytest.mark.skipif(not os.path.exists(DEJAVU), reason="DejaVu Sans not installed")


def _installed(*packs):
    installed = ocr_module._installed_languages(ocr_module._tesseract_path())
    return all(pack in installed for pack in packs)


def _page(draw):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _dejavu(pdf, size):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    pdf.setFont("DejaVuSans", size)


def _europass(pdf):
    """Europass: a page header, then the label column ("PERSONAL
    INFORMATION") on the name's baseline, the name larger beside it."""
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, 800, "Curriculum Vitae")
    pdf.drawString(420, 800, "Amal Haddad")
    pdf.drawString(50, 760, "PERSONAL INFORMATION")
    pdf.setFont("Helvetica", 15)
    pdf.drawString(200, 760, "Amal Haddad")
    pdf.setFont("Helvetica", 10)
    for row, text in enumerate(
        [
            "12 Corniche Road, Beirut, Lebanon",
            "+961 3 123 456",
            "amal.h1988@example.com",
            "Sex Female | Date of birth 1/9/1988 | Nationality Lebanese",
            "WORK EXPERIENCE",
            "Solar design engineer with five years of site and design experience.",
        ]
    ):
        pdf.drawString(200, 735 - 18 * row, text)


def test_a_name_beside_its_label_column_is_read_on_a_scan():
    """Tesseract reads the label and the name as one line of one size; the
    column gap is kept (three spaces, as a text layer has it) and each side
    sized on its own, so the name is a text of its own, the largest."""
    document = extract(rasterise(_page(_europass), "PDF"), "scan.pdf", Limits(pdf_time_budget=120))
    assert document.profiles[0].name == "Amal Haddad"
    assert not any("name could not be read" in warning for warning in document.warnings)


def test_an_ocr_line_keeps_its_column_gap_and_sizes_each_side():
    hocr = (
        '<div class="ocr_page"><span class="ocr_line" title="bbox 170 239 740 266; x_size 32">'
        '<span class="ocrx_word" title="bbox 174 247 301 266; x_wconf 94">PERSONAL</span> '
        '<span class="ocrx_word" title="bbox 309 247 471 266; x_wconf 81">INFORMATION</span> '
        '<span class="ocrx_word" title="bbox 515 239 606 266; x_wconf 81">Khalid</span> '
        '<span class="ocrx_word" title="bbox 619 239 739 266; x_wconf 96">Othman</span></span>'
        '<span class="ocr_line" title="bbox 170 300 740 320; x_size 28">'
        '<span class="ocrx_word" title="bbox 174 300 300 320; x_wconf 90">Design</span> '
        '<span class="ocrx_word" title="bbox 310 300 420 320; x_wconf 90">engineer</span></span></div>'
    )
    label, body = ocr_module.parse_hocr(hocr, 72.0 / 200, 1)
    assert label.text == "PERSONAL INFORMATION   Khalid Othman"
    (left, left_size), (right, right_size) = label.runs
    assert (left, right) == ("PERSONAL INFORMATION   ", "Khalid Othman")
    assert right_size > 1.3 * left_size  # 15 pt beside 10 pt on the page
    assert body.runs == [("Design engineer", 10.1)]  # an ordinary line keeps Tesseract's size


def _initials(pdf, font="Times-Roman", size=18):
    pdf.setFont(font, size)
    pdf.drawString(150, 790, "G S PRASANNA KUMAR")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 760, "Mobile: +91-9963866668 * Email: srinu_gangu@yahoo.co.in")
    pdf.drawString(50, 730, "EXECUTIVE SUMMARY")
    pdf.drawString(50, 712, "Maintenance engineer with over 14 years of experience in plants.")


@pytest.mark.parametrize("font, size", [("Times-Roman", 14), ("Times-Roman", 18), ("Times-Bold", 18)])
def test_initials_ocr_glues_are_split_where_the_ink_shows_a_space(font, size):
    """OCR reads "G S" as "GS" in these fonts (then cased "Gs"): the name
    line's short capitals words are cut where the gap between letters is a
    word space."""
    scan = rasterise(_page(lambda pdf: _initials(pdf, font, size)), "PDF")
    document = extract(scan, "scan.pdf", Limits(pdf_time_budget=120))
    assert document.profiles[0].name == "G S Prasanna Kumar"


def test_letters_of_a_word_are_not_split():
    """Initials printed together ("KS", "GSK") stay one word."""

    def draw(pdf):
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(150, 790, "RAVI KS MURTHY")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, 760, "ravi.murthy@example.com   +91 98450 12345")
        pdf.drawString(50, 730, "Maintenance engineer with over 14 years of experience in plants.")

    document = extract(rasterise(_page(draw), "PNG"), "scan.png", Limits(pdf_time_budget=120))
    assert document.profiles[0].name.replace(" ", "") in ("RaviKsMurthy", "RaviKSMurthy")


@needs_dejavu
def test_a_page_in_another_script_is_read_again_with_its_pack():
    """English reads a Russian page as Latin-shaped garbage; the name line,
    read well by the rus pack, tells the page's script, and the page is read
    again with it: its text comes out in Cyrillic."""
    if not _installed("rus"):
        pytest.skip("Tesseract pack rus not installed")

    def draw(pdf):
        _dejavu(pdf, 26)
        pdf.drawString(50, 790, "Иван Петров")
        _dejavu(pdf, 11)
        pdf.drawString(50, 760, "Эл. почта: ivan.petrov@yandex.ru   Телефон: +7 912 345-67-89")
        for row, text in enumerate(["Опыт работы", "Разработчик программного обеспечения в Москве."]):
            pdf.drawString(50, 730 - 18 * row, text)

    image = Image.open(io.BytesIO(rasterise(_page(draw), "PNG", dpi=200))).convert("L")
    lines = ocr_module.read_lines(image, 200, 1, time.monotonic() + 120, "eng", "rus")
    text = "\n".join(line.text for line in lines)
    assert "Опыт работы" in text and "Иван Петров" in text


def test_a_cjk_name_ocr_spaced_is_judged_like_any_other():
    """OCR spaces the characters of a CJK line ("清华 大 学"): a name taken
    from such a line, neither large nor alone near the top, is left empty."""
    degree, school = "计算 机 科学 与 技术 学 十   ", "清华 大 学"
    lines = [
        TextLine("1   教育 背景", 1, [("1   ", 16.5), ("教育 背景", 22.7)], 93.0),
        TextLine(degree + school, 1, [(degree, 16.9), (school, 15.0)], 93.0),
    ]
    assert ocr_review.unreliable_name("清华大学", lines)
    assert not ocr_review.unreliable_name("教育背景", lines)  # the largest text: judged as trusted


@needs_dejavu
def test_the_name_lines_are_read_again_in_one_call_per_pack(monkeypatch):
    """Two large lines at the top: both read with the Latin script model in
    one Tesseract call (the model's load is most of a line's cost)."""
    if not _installed("Latin"):
        pytest.skip("Tesseract Latin script model not installed")

    def draw(pdf):
        _dejavu(pdf, 26)
        pdf.drawString(50, 790, "Łukasz Wójcik")
        _dejavu(pdf, 25)
        pdf.drawString(50, 755, "Inżynier Budownictwa")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, 725, "Email: cv@example.com   Mobile: +48 601 234 567")
        pdf.drawString(50, 705, "EXPERIENCE: built bridges and data pipelines.")

    calls = []
    read = ocr_module.pytesseract.image_to_data

    def counted(image, **options):
        calls.append(options.get("lang"))
        return read(image, **options)

    monkeypatch.setattr(ocr_module.pytesseract, "image_to_data", counted)
    document = extract(rasterise(_page(draw), "PNG"), "scan.png", Limits(pdf_time_budget=120))
    assert document.profiles[0].name == "Łukasz Wójcik"
    assert calls == ["Latin"]


def _photo_beside_the_name(pdf):
    """A small photo (grey blocks) left of the name, on its line."""
    import random

    shades = random.Random(7)
    for column in range(10):
        for row in range(9):
            pdf.setFillGray(shades.random())
            pdf.rect(50 + 4 * column, 780 + 4 * row, 4, 4, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(130, 790, "Rahul Kumar")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(130, 765, "India | rahulkumarraj48@gmail.com | +91 9501069824")
    pdf.drawString(50, 735, "Experienced Salesforce developer with a record of organizational success.")


@pytest.mark.parametrize("fmt", ["PDF", "PNG"])
def test_a_photo_read_as_a_word_beside_the_name_is_not_part_of_it(fmt):
    """OCR reads the photo as a word of low confidence ("Aoe", "a") on the
    name's line: it is dropped from the line's clearly read name."""
    document = extract(rasterise(_page(_photo_beside_the_name), fmt), "scan", Limits(pdf_time_budget=120))
    assert document.profiles[0].name == "Rahul Kumar"
