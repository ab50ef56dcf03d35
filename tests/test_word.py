"""Word (.docx), OpenDocument (.odt) and legacy .doc resumes through the engine."""

import io
import pathlib

import pytest

from heymilo_ingestion.extraction import Limits, extract, extract_member, legacy, sniff, word
from heymilo_ingestion.extraction.errors import classify
from heymilo_ingestion.extraction.result import DOC, DOCX, FAILED, ODT, SUCCESS, UNKNOWN
from heymilo_ingestion.tests.files import make_zip
from heymilo_ingestion.tests.office_files import (
    make_docm,
    make_docx,
    make_docx_bomb,
    make_docx_with_entities,
    make_odt,
    rewrite_zip,
)

LINKEDIN = "https://www.linkedin.com/in/maria-gonzalez-data"


def profile_of(data, name="resume"):
    document = extract(data, name)
    assert document.status == SUCCESS, document.error
    assert len(document.profiles) == 1
    return document.profiles[0]


def test_docx_fields_come_out_as_from_a_pdf(resume_pdf):
    data = make_docx(
        [
            ("Maria Gonzalez", 22, True),
            "Senior Data Engineer",
            "maria.gonzalez@example.com  |  +44 20 7946 0321  |  Leeds, UK",
        ],
        hyperlinks=[("LinkedIn", LINKEDIN)],
    )
    word, pdf = profile_of(data), profile_of(resume_pdf)
    for field in ("name", "email", "phone", "linkedin_url", "location", "headline"):
        assert getattr(word, field) == getattr(pdf, field), field
    assert extract(data, "no-extension").type == DOCX  # by content, not by name


def test_docx_contact_block_in_the_page_header_and_the_name_in_a_text_box():
    data = make_docx(
        ["PROFILE", "Engineer who builds pipelines."],
        header=["maria.gonzalez@example.com | +44 20 7946 0321"],
        textbox=["Maria Gonzalez"],
        footer=["Leeds, UK"],
    )
    profile = profile_of(data)
    assert (profile.name, profile.email, profile.phone) == (
        "Maria Gonzalez",
        "maria.gonzalez@example.com",
        "+442079460321",
    )
    assert profile.text.count("Maria Gonzalez") == 1  # the text box's fallback copy is not read twice
    assert profile.text.splitlines()[0].startswith("maria.gonzalez@example.com")  # headers come first


def test_docx_first_page_header_is_read():
    data = make_docx(["Experience"], first_page_header=[("Ravi Kumar", 18, True), "ravi.kumar@example.in"])
    profile = profile_of(data)
    assert (profile.name, profile.email) == ("Ravi Kumar", "ravi.kumar@example.in")


def test_docx_tables_are_read():
    data = make_docx([("Li Wei", 20, False)], table=[["E-mail", "li.wei@example.cn"], ["Phone", "+86 138 0013 8000"]])
    profile = profile_of(data)
    assert (profile.email, profile.phone) == ("li.wei@example.cn", "+8613800138000")


def test_linkedin_behind_a_word_or_an_icon():
    assert profile_of(make_docx(["Maria Gonzalez"], hyperlinks=[("My profile", LINKEDIN)])).linkedin_url == LINKEDIN
    assert profile_of(make_docx(["Maria Gonzalez"], icon_link=LINKEDIN)).linkedin_url == LINKEDIN


def test_the_boldest_largest_run_is_the_name():
    """All text in one size: the bold line is the name, not the first line."""
    data = make_docx(["Curriculum Vitae", ("Ana Souza", 11, True), "Analista de dados", "ana.souza@example.com.br"])
    assert profile_of(data).name == "Ana Souza"
    larger = make_docx(["PROFESSIONAL SUMMARY", ("Tomas Novak", 26, False), "tomas@example.cz"])
    assert profile_of(larger).name == "Tomas Novak"


def test_odt_resume_with_header_text_box_table_and_link():
    data = make_odt(
        [("Jean Dupont", 22, True), "Ingénieur logiciel"],
        header=["jean.dupont@example.fr"],
        textbox=["Adresse : Lyon, France"],
        table=[["Téléphone", "06 12 34 56 78"]],
        hyperlinks=[("LinkedIn", "https://fr.linkedin.com/in/jdupont")],
    )
    document = extract(data, "cv")
    assert document.type == ODT
    profile = document.profiles[0]
    assert (profile.name, profile.email, profile.linkedin_url) == (
        "Jean Dupont",
        "jean.dupont@example.fr",
        "https://www.linkedin.com/in/jdupont",
    )
    assert profile.phone == "+33612345678"  # the French number, read in France (the location)
    assert profile.location == "Lyon, France"
    assert profile.headline == "Ingénieur logiciel"


def test_resume_labels_in_other_languages():
    data = make_docx(["Nombre: Lucía Fernández", "Teléfono: +34 612 345 678", "Dirección: Calle Mayor 1, Madrid"])
    profile = profile_of(data)
    assert (profile.name, profile.phone) == ("Lucía Fernández", "+34612345678")
    assert profile.location == "Calle Mayor 1, Madrid"
    indonesian = profile_of(make_docx(["Nama Lengkap: Budi Santoso", "No HP 0812 3456 7890", "Alamat: Bandung"]))
    assert (indonesian.name, indonesian.location) == ("Budi Santoso", "Bandung")


def test_docx_in_a_zip_is_read_like_an_upload():
    archive = make_zip(
        [
            ("cvs/maria.docx", make_docx([("Maria Gonzalez", 20, True), "maria@example.com"])),
            ("cvs/jean.odt", make_odt(["Jean Dupont", "jean@example.fr"])),
        ]
    )
    document = extract(archive, "cvs.zip")
    assert [(c.file, c.type, c.status) for c in document.children] == [
        ("cvs/maria.docx", DOCX, SUCCESS),
        ("cvs/jean.odt", ODT, SUCCESS),
    ]
    assert (
        extract_member(make_docx(["Maria Gonzalez", "maria@example.com"]), "a/b.docx").profiles[0].email
        == "maria@example.com"
    )


def test_docx_zip_bomb_fails_fast_and_clearly():
    document = extract(make_docx_bomb(), "bomb.docx")
    assert document.type == DOCX and document.status == FAILED
    assert "zip bomb" in document.error


def test_docx_external_entities_never_resolve(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-VALUE")
    document = extract(make_docx_with_entities(secret), "xxe.docx")
    assert "TOPSECRET" not in str(document.to_dict(with_text=True))
    assert "lollol" not in str(document.to_dict(with_text=True))  # nor internal ones (billion laughs)
    assert document.status == SUCCESS and document.profiles[0].email == "maria@example.com"


def test_docm_is_refused_with_a_way_out():
    document = extract(make_docm(), "resume.docx")
    assert document.status == FAILED and document.type == UNKNOWN
    assert "macro-enabled Word document (.docm)" in document.error and "save it as .docx or PDF" in document.error
    assert classify(document.error) == "unsupported"


def test_damaged_docx_fails_on_its_own():
    good = make_docx(["Maria Gonzalez", "maria@example.com"])
    for damaged in (good[: len(good) // 2], rewrite_zip(good, {"word/document.xml": b"<w:document"})):
        document = extract(damaged, "broken.docx")
        assert document.status == FAILED and "damaged" in document.error, document.error
    archive = extract(
        make_zip([("bad.docx", rewrite_zip(good, {"word/document.xml": b"<"})), ("good.docx", good)]), "a.zip"
    )
    assert [c.status for c in archive.children] == [FAILED, SUCCESS]


def test_empty_docx_says_so():
    assert extract(make_docx([]), "empty.docx").error == "This document holds no text."


def _legacy_doc():
    """A Word 97-2003 file's signature: the compound-file magic and its WordDocument stream name."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "WordDocument".encode("utf-16-le") + b"\0" * 500


def test_legacy_doc_without_a_converter_asks_for_docx_or_pdf(monkeypatch):
    monkeypatch.setattr(legacy, "converter", lambda: None)
    document = extract(_legacy_doc(), "old.doc")
    assert document.status == FAILED
    assert document.error == "This file is a Word 97-2003 document (.doc); save it as .docx or PDF."


needs_soffice = pytest.mark.skipif(not legacy.converter(), reason="LibreOffice (optional) is not installed")


@pytest.fixture(scope="module")
def real_doc(tmp_path_factory):
    """A real Word 97-2003 file, written by LibreOffice itself from a .docx."""
    import subprocess  # pylint: disable=import-outside-toplevel

    work = tmp_path_factory.mktemp("doc")
    (work / "cv.docx").write_bytes(
        make_docx([("Maria Gonzalez", 20, True), "maria@example.com | +44 20 7946 0321", "EXPERIENCE"])
    )
    subprocess.run(
        [legacy.converter(), "-env:UserInstallation=%s" % (work / "profile").as_uri(), "--headless",
         "--convert-to", "doc", "--outdir", str(work), str(work / "cv.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return (work / "cv.doc").read_bytes()


def _converters():
    """Pids of the LibreOffice processes converting for ``legacy`` (their profile is under heymilo-doc-*)."""
    found = set()
    for cmdline in pathlib.Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"heymilo-doc-" in cmdline.read_bytes():
                found.add(cmdline.parent.name)
        except OSError:
            continue
    return found


@needs_soffice
def test_legacy_doc_is_converted_when_libreoffice_is_there(real_doc):
    assert sniff(real_doc)[0] == DOC
    document = extract(real_doc, "old.doc")
    assert document.type == DOC
    profile = document.profiles[0]
    assert (profile.name, profile.email, profile.phone) == ("Maria Gonzalez", "maria@example.com", "+442079460321")
    assert not _converters()


@needs_soffice
def test_slow_conversion_is_stopped_and_leaves_no_libreoffice_behind(real_doc):
    before = _converters()
    with pytest.raises(legacy.ConversionError, match=r"took more than 0.5 s; save it as .docx or PDF"):
        legacy.doc_to_docx(real_doc, timeout=0.5)
    assert _converters() <= before


@needs_soffice
def test_damaged_doc_fails_on_that_file_only():
    archive = extract(
        make_zip([("old.doc", _legacy_doc()), ("cv.docx", make_docx(["Maria Gonzalez", "maria@example.com"]))]), "a.zip"
    )
    assert [c.status for c in archive.children] == [FAILED, SUCCESS]
    assert archive.children[0].error == "This .doc file is damaged or cannot be converted; save it as .docx or PDF."


def _with_normal_size(data, points):
    """``data`` with its template's Normal style set to ``points``."""
    import re  # pylint: disable=import-outside-toplevel
    import zipfile  # pylint: disable=import-outside-toplevel

    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S).group(0)
    sized = normal.replace("</w:style>", '<w:rPr><w:sz w:val="%d"/></w:rPr></w:style>' % (points * 2))
    return rewrite_zip(data, {"word/styles.xml": styles.replace(normal, sized).encode()})


def test_style_sizes_come_from_each_documents_own_styles_part():
    """The style table is kept per styles part (a batch from one template
    parses it once), never shared between different parts."""
    base = make_docx(["Maria Gonzalez", "maria@example.com"])
    word._parse_styles.cache_clear()

    def first_size(data):
        return word.read_docx(data, Limits()).lines[0].runs[0][1]

    assert (first_size(_with_normal_size(base, 10)), first_size(_with_normal_size(base, 40))) == (10.0, 40.0)
    assert first_size(_with_normal_size(base, 40)) == 40.0
    assert (word._parse_styles.cache_info().hits, word._parse_styles.cache_info().misses) == (1, 2)


def test_damaged_styles_part_fails_on_that_document_only():
    document = extract(rewrite_zip(make_docx(["Maria Gonzalez"]), {"word/styles.xml": b"<w:styles"}), "cv.docx")
    assert document.status == FAILED and document.error == "This Word document is damaged (its XML cannot be read)."
