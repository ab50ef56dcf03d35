"""Real test files made on the fly (reportlab PDFs, zipfile archives); plain
Python, shared by the engine tests, the Odoo tests and the benchmarks."""

import io
import struct
import zipfile
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(lines=(), pages=1, encrypt=None, links=(), page_lines=None, font_sizes=None, author=None, title=None):
    """A text PDF: ``lines`` on page one (first line large, as a name),
    ``links`` as URI annotations, optional filler pages, ``author`` and
    ``title`` in its metadata."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    pdf.setAuthor(author or "")
    pdf.setTitle(title or "")
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


def make_pdf_with_tounicode(lines, mapping):
    """A hand-written PDF whose Helvetica font maps codes through a ToUnicode
    CMap: ``mapping`` {byte: text} lets a code stand for any character."""
    cmap_entries = "".join(
        "<%02X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper()) for code, text in mapping.items()
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /HeyMilo def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        "1 beginbfrange <20> <7E> <0020> endbfrange\n"
        "%d beginbfchar\n%sendbfchar\n"
        % (len(mapping), cmap_entries)
        + "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    ops = [b"BT"]
    y = 800
    for index, line in enumerate(lines):
        size = 22 if index == 0 else 10
        escaped = line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"/F1 %d Tf 1 0 0 1 50 %d Tm (%s) Tj" % (size, y, escaped))
        y -= size + 8
    ops.append(b"ET")
    content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_drop_cap_pdf(initial, rest, email):
    """A name whose first letter is set larger than the rest of the word."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    text = pdf.beginText(50, 800)
    text.setFont("Helvetica-Bold", 28)
    text.textOut(initial)
    text.setFont("Helvetica-Bold", 14)
    text.textOut(rest)
    pdf.drawText(text)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 770, email)
    pdf.drawString(50, 750, "Experience: built data pipelines for nightly loads.")
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


def rasterise(pdf_data, fmt="PNG", dpi=150, pages=None, stacked=False):
    """A scan of a text PDF: each page rendered with PDFium at ``dpi`` and
    saved as an image file (PNG/JPEG: the first page, or all pages one under
    the other when ``stacked``; TIFF: one frame per page) or as an image-only
    PDF (``fmt="PDF"``)."""
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(pdf_data)
    try:
        count = len(pdf) if pages is None else min(pages, len(pdf))
        images = []
        for index in range(count):
            bitmap = pdf[index].render(scale=dpi / 72.0, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
    finally:
        pdf.close()
    buffer = io.BytesIO()
    if stacked:
        column = Image.new("L", (max(i.width for i in images), sum(i.height for i in images)), 255)
        for index, image in enumerate(images):
            column.paste(image, (0, sum(i.height for i in images[:index])))
        images = [column]
    first, rest = images[0], images[1:]
    if fmt in ("PDF", "TIFF"):
        first.save(buffer, format=fmt, resolution=dpi, dpi=(dpi, dpi), save_all=True, append_images=rest)
    else:
        first.save(buffer, format=fmt, dpi=(dpi, dpi))
    return buffer.getvalue()


def make_png_bomb(width, height):
    """A small, valid PNG of ``width`` × ``height`` 1-bit pixels whose
    compressed rows decode to width × height / 8 bytes."""
    compressor, row, chunks = zlib.compressobj(9), b"\x00" * (1 + (width + 7) // 8), []
    for _ in range(height):
        chunks.append(compressor.compress(row))
    chunks.append(compressor.flush())

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(chunks)) + chunk(b"IEND", b"")


# A macro-enabled Word file (.docm), whatever it is named: refused by content.
MACRO_WORD = make_zip(
    [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>"), ("word/vbaProject.bin", b"")]
)


class ChunksOnly(io.BytesIO):
    """A spooled upload that fails the test when anything reads more than a
    chunk of it at once (``uploads.CHUNK``, 1 MB)."""

    def read(self, size=-1):
        data = super().read(size)
        assert len(data) <= 2**20, "read %d bytes at once" % len(data)
        return data
