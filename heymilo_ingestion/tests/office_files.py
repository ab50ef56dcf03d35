"""Real Word, OpenDocument and spreadsheet files made on the fly (python-docx,
openpyxl, zipfile); shared by the engine tests, the Odoo tests and the
benchmarks. Hostile variants (zip bomb, external entities, macros, a full
1,048,576-row sheet) are written part by part, as an attacker would."""

import io
import zipfile
from xml.sax.saxutils import escape

import docx
import openpyxl
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

_W = nsdecls("w")
_TEXTBOX = (
    '<w:p %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
    "</wps:wsp></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
)
_ICON = (
    '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" %s><w:drawing><wp:inline>'
    '<wp:docPr id="7" name="icon"><a:hlinkClick r:id="%s"/></wp:docPr></wp:inline></w:drawing></w:r>'
)


def make_docx(
    paragraphs=(), header=(), footer=(), textbox=(), table=(), hyperlinks=(), icon_link=None, first_page_header=(),
    author="",
):  # fmt: skip
    """A .docx: ``paragraphs`` are text or ``(text, points, bold)``; the
    other parts go where their names say; ``hyperlinks`` are (label, url)
    paragraphs and ``icon_link`` a picture-sized link with no text;
    ``author`` is the document's creator (metadata)."""
    document = docx.Document()
    document.core_properties.author = author
    section = document.sections[0]
    for story, lines in ((section.header, header), (section.footer, footer)):
        for index, line in enumerate(lines):
            paragraph = story.paragraphs[0] if index == 0 else story.add_paragraph()
            _add_run(paragraph, line)
    if first_page_header:
        section.different_first_page_header_footer = True
        for index, line in enumerate(first_page_header):
            story = section.first_page_header
            _add_run(story.paragraphs[0] if index == 0 else story.add_paragraph(), line)
    for line in paragraphs:
        _add_run(document.add_paragraph(), line)
    if textbox:
        inner = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % escape(line) for line in textbox)
        document.element.body.insert(0, parse_xml(_TEXTBOX % (_W, inner, inner)))
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(row) for row in table))
        for cells, row in zip(table, grid.rows):
            for text, cell in zip(cells, row.cells):
                cell.text = text
    for label, url in hyperlinks:
        rid = document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = parse_xml(
            '<w:hyperlink %s %s r:id="%s"><w:r><w:t>%s</w:t></w:r></w:hyperlink>'
            % (_W, nsdecls("r"), rid, escape(label))
        )
        document.add_paragraph()._p.append(link)
    if icon_link:
        rid = document.part.relate_to(icon_link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        document.add_paragraph()._p.append(parse_xml(_ICON % (_W, nsdecls("r"), rid)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_run(paragraph, line):
    text, points, bold = (line, None, False) if isinstance(line, str) else line
    run = paragraph.add_run(text)
    if points:
        run.font.size = Pt(points)
    run.bold = bold or None


def rewrite_zip(data, replace=None, add=(), compression=zipfile.ZIP_DEFLATED):
    """``data`` (a ZIP package) with some members' bytes replaced and others added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            content = (replace or {}).get(info.filename, source.read(info.filename))
            target.writestr(info.filename, content)
        for name, content in add:
            target.writestr(name, content)
    return out.getvalue()


def make_docx_bomb(size=128 * 2**20):
    """A .docx whose document.xml declares ``size`` bytes of zeros behind a
    small deflate stream (a real bomb, the way zip bombs are made)."""
    data = make_docx(["Maria Gonzalez"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as member:
            chunk = b"\0" * 2**24
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def make_docx_with_entities(secret_path):
    """A .docx whose body names an external entity (a local file) and a
    billion-laughs internal one; neither may ever expand."""
    data = make_docx(["Maria Gonzalez", "maria@example.com"])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode()
    doctype = (
        '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://%s"><!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' % secret_path
    )
    xml = xml.replace("?>", "?>" + doctype, 1).replace("maria@example.com", "maria@example.com &secret; &lol3;")
    return rewrite_zip(data, {"word/document.xml": xml.encode()})


def make_docm():
    """A macro-enabled Word document: a vbaProject part and its content type."""
    data = make_docx(["Maria Gonzalez", "maria@example.com"])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml").decode()
    types = types.replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml").replace(
        "</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
    )
    return rewrite_zip(
        data, {"[Content_Types].xml": types.encode()}, add=[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")]
    )


# -- OpenDocument ----------------------------------------------------------------

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)


def _odf(mimetype, content, styles=""):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as the format requires
        package.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?>' + content)
        package.writestr(
            "styles.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s>%s</office:document-styles>'
            % (_ODF_NS, styles),
        )
        package.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/></manifest:manifest>' % mimetype,
        )
    return out.getvalue()


def make_odt(paragraphs=(), header=(), textbox=(), table=(), hyperlinks=(), icon_link=None):
    """An .odt: ``paragraphs`` and ``header`` lines (the page header) are
    text or ``(text, points, bold)``, each styled by an automatic style;
    ``icon_link`` a link on a picture."""
    styles, page_styles = [], []

    def paragraph(line, found, prefix):
        text, points, bold = (line, None, False) if isinstance(line, str) else line
        props = ('fo:font-size="%spt" ' % points if points else "") + ('fo:font-weight="bold"' if bold else "")
        name = "%s%d" % (prefix, len(found))
        found.append(
            '<style:style style:name="%s" style:family="paragraph"><style:text-properties %s/></style:style>'
            % (name, props)
        )
        return '<text:p text:style-name="%s">%s</text:p>' % (name, escape(text))

    body = [paragraph(line, styles, "P") for line in paragraphs]
    if textbox:
        inner = "".join(paragraph(line, styles, "P") for line in textbox)
        body.insert(0, "<text:p><draw:frame><draw:text-box>%s</draw:text-box></draw:frame></text:p>" % inner)
    if table:
        rows = "".join(
            "<table:table-row>%s</table:table-row>"
            % "".join("<table:table-cell><text:p>%s</text:p></table:table-cell>" % escape(c) for c in row)
            for row in table
        )
        body.append("<table:table>%s</table:table>" % rows)
    for label, url in hyperlinks:
        body.append('<text:p><text:a xlink:href="%s">%s</text:a></text:p>' % (escape(url), escape(label)))
    if icon_link:
        body.append(
            '<text:p><draw:a xlink:href="%s"><draw:frame draw:name="icon"/></draw:a></text:p>' % escape(icon_link)
        )
    content = (
        "<office:document-content %s><office:automatic-styles>%s</office:automatic-styles>"
        "<office:body><office:text>%s</office:text></office:body></office:document-content>"
        % (_ODF_NS, "".join(styles), "".join(body))
    )
    page = "".join(paragraph(line, page_styles, "MP") for line in header)
    master = (
        "<office:automatic-styles>%s</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard"><style:header>%s</style:header>'
        "</style:master-page></office:master-styles>" % ("".join(page_styles), page)
    )
    return _odf("application/vnd.oasis.opendocument.text", content, master)


_ODS_CELL = "<table:table-cell %s><text:p>%s</text:p></table:table-cell>"


def make_ods(sheets):
    """An .ods: ``sheets`` is [(name, rows)]; a cell is text, a number
    (``office:value``), ``("=formula", cached)`` or ``("date", "2024-01-31")``."""
    tables = []
    for name, rows in sheets:
        xml_rows = []
        for row in rows:
            cells = []
            for cell in row:
                if isinstance(cell, (int, float)):
                    cells.append(_ODS_CELL % ('office:value-type="float" office:value="%r"' % cell, cell))
                elif isinstance(cell, tuple) and cell[0] == "date":
                    cells.append('<table:table-cell office:value-type="date" office:date-value="%s"/>' % cell[1])
                elif isinstance(cell, tuple):
                    formula = 'table:formula="of:%s" office:value-type="string"' % escape(cell[0], {'"': "&quot;"})
                    cells.append(_ODS_CELL % (formula, escape(cell[1])))
                else:
                    cells.append(
                        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                        % escape(cell)
                    )
            xml_rows.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tables.append('<table:table table:name="%s">%s</table:table>' % (escape(name), "".join(xml_rows)))
    content = (
        "<office:document-content %s><office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
        "</office:document-content>" % (_ODF_NS, "".join(tables))
    )
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


# -- Excel -------------------------------------------------------------------------

_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_INLINE = b'<c t="inlineStr"><is><t>%s</t></is></c>'


def make_xlsx(sheets):
    """An .xlsx written by openpyxl: ``sheets`` is [(name, rows)]; Python
    values keep their types (numbers, dates, ``=formulas``)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_xlsx_rows(rows, sheetxml_rows=None, dimension="A1"):
    """A hand-written .xlsx (inline strings, cached formula values): ``rows``
    are lists of text or ``("formula", cached)``; ``sheetxml_rows`` (an
    iterable of ``<row>`` XML bytes) replaces them for huge sheets."""
    sheetml, relationships = "application/vnd.openxmlformats-officedocument.spreadsheetml", _OFFICE_REL
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s.worksheet+xml"/>'
            "</Types>" % (sheetml, sheetml),
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>" % (_PACKAGE_REL, relationships),
        )
        package.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">'
            '<sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/></sheets></workbook>'
            % (_SHEET_NS, relationships),
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>" % (_PACKAGE_REL, relationships),
        )
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b'<dimension ref="%s"/><sheetData>' % dimension.encode()
            )
            for xml_row in sheetxml_rows or xml_rows(rows):
                sheet.write(xml_row)
            sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def xml_rows(rows):
    for number, row in rows:
        cells = []
        for column, cell in enumerate(row):
            ref = "%s%d" % (chr(65 + column), number)
            if isinstance(cell, tuple):
                cells.append('<c r="%s" t="str"><f>%s</f><v>%s</v></c>' % (ref, escape(cell[0]), escape(cell[1])))
            elif cell is not None:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(cell)))
        yield ('<row r="%d">%s</row>' % (number, "".join(cells))).encode()


def full_sheet_rows(count=1_048_576):
    """Excel's maximum sheet: a header and ``count`` - 1 candidate rows, in
    chunks of XML."""
    yield b'<row r="1">' + _INLINE % b"Name" + _INLINE % b"Email" + b"</row>"
    row = b'<row r="%d">' + _INLINE % b"Ann Lee" + _INLINE % b"a%d@example.com" + b"</row>"
    for start in range(2, count + 1, 10_000):
        yield b"".join(row % (number, number) for number in range(start, min(start + 10_000, count + 1)))


def make_encrypted_xlsx(password="secret"):
    """A password-protected workbook, encrypted the way Excel does (msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile  # test dependency only  # pylint: disable=import-outside-toplevel

    plain = make_xlsx([("Candidates", [["Name", "Email"], ["Ann Lee", "ann@example.com"]])])
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    return encrypted.getvalue()
