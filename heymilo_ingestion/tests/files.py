"""Real test files made on the fly (reportlab PDFs, zipfile archives); plain
Python, shared by the engine tests, the Odoo tests and the benchmarks."""

import io
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(lines=(), pages=1, encrypt=None, links=(), page_lines=None, font_sizes=None):
    """A text PDF: ``lines`` on page one (first line large, as a name),
    ``links`` as URI annotations, optional filler pages."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    y = 800
    for index, line in enumerate(lines):
        size = (font_sizes or {}).get(index, 22 if index == 0 else 10)
        pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", size)
        pdf.drawString(50, y, line)
        y -= size + 8
    for index, url in enumerate(links):
        pdf.rect(50 + 20 * index, 100, 12, 12, fill=1)
        pdf.linkURL(url, (50 + 20 * index, 100, 62 + 20 * index, 112), relative=0)
    for page in range(1, pages):
        pdf.showPage()
        pdf.setFont("Helvetica", 10)
        for row, text in enumerate(page_lines or ["Experience page %d" % (page + 1)]):
            pdf.drawString(50, 800 - 12 * row, text)
    pdf.save()
    return buffer.getvalue()


def make_image_pdf():
    """A 'scanned' resume: the page is one picture of text, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(image).text((20, 20), "Jane Scan\njane.scan@example.com\n+1 415 555 0100", fill="black")
    png = io.BytesIO()
    image.save(png, format="PNG")
    png.seek(0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(png), 40, 500, 500, 250)
    pdf.save()
    return buffer.getvalue()


def make_zip(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def make_resume(name, email, phone="+44 20 7946 0321", title="Data Engineer"):
    """A one-page resume: large name, title, contact line, one section."""
    return make_pdf(
        [name, title, "%s  |  %s  |  Leeds, UK" % (email, phone), "EXPERIENCE: built data pipelines for nightly loads."]
    )
