import pytest
from conftest import RESUME_LINES, make_drop_cap_pdf, make_image_pdf, make_pdf, make_pdf_with_tounicode

from heymilo_ingestion.extraction import FAILED, PDF, SUCCESS, Limits, extract
from heymilo_ingestion.extraction.pdf import read_pdf
from heymilo_ingestion.extraction.resume import name_candidates


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_resume_fields(resume_pdf, backend):
    document = extract(resume_pdf, "maria.pdf", backend=backend)
    assert (document.type, document.status) == (PDF, SUCCESS)
    (profile,) = document.profiles
    assert profile.name == "Maria Gonzalez"
    assert profile.email == "maria.gonzalez@example.com"
    assert profile.phone == "+442079460321"
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez-data"
    assert profile.location == "Leeds, UK"
    assert profile.headline == "Senior Data Engineer"
    assert profile.completeness == 100
    assert "Built pipelines" in profile.text


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_linkedin_only_in_link_annotation(backend):
    data = make_pdf(["Tom Icon", "tom@example.org"], links=["https://uk.linkedin.com/in/tom-icon-42/"])
    profile = extract(data, "tom.pdf", backend=backend).profiles[0]
    assert profile.linkedin_url == "https://www.linkedin.com/in/tom-icon-42"


def test_a_europass_heading_above_the_name_is_no_headline():
    data = make_pdf(["Angaben zur Person", "Adrian Beispiel", "adrian.beispiel@example.de", "Berufserfahrung"])
    profile = extract(data, "lebenslauf.pdf").profiles[0]
    assert (profile.name, profile.headline) == ("Adrian Beispiel", "")


def test_name_is_largest_text_not_first_line():
    data = make_pdf(["Software Developer", "JOHN SMITH", "john@smith.dev"], font_sizes={0: 10, 1: 28})
    assert extract(data, "cv.pdf").profiles[0].name == "John Smith"


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_characters_outside_the_bmp_come_out_whole(backend):
    """PDFium counts an emoji as two characters (its UTF-16 surrogates); the
    text must still hold the emoji itself, or the database refuses it."""
    data = make_pdf_with_tounicode(
        [b"Ada Lovelace", b"Data Engineer", b"\x01 +44 20 7946 0321 | \x02 ada@example.org", b"Experience: pipelines"],
        {1: "\U0001f4f1", 2: "\u2709"},
    )
    (profile,) = extract(data, "ada.pdf", backend=backend).profiles
    assert "\U0001f4f1 +44 20 7946 0321" in profile.text
    profile.text.encode("utf-8")  # no lone surrogate left
    assert (profile.name, profile.email, profile.phone) == ("Ada Lovelace", "ada@example.org", "+442079460321")


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_drop_cap_word_keeps_both_glyph_sizes(backend):
    data = make_drop_cap_pdf("J", "OHN SMITH", "john@smith.dev")
    line = read_pdf(data, Limits(), backend).lines[0]
    assert line.text == "JOHN SMITH"
    assert [text.strip() for text, _size in line.runs] == ["J", "OHN SMITH"]
    assert line.runs[0][1] > 1.5 * line.runs[1][1]
    assert extract(data, "john.pdf", backend=backend).profiles[0].name == "John Smith"


def test_name_at_the_top_beats_larger_headings_below():
    lines = ["Daniel Yasumasa Takahashi", "Princeton Neuroscience Institute", "dtakahas@princeton.edu",
             "Personal Information", "Address: 1 Main Street", "Office phone (609) 258 7865",
             "Research Highlights", "2015 Associate Research Scholar"]  # fmt: skip
    data = make_pdf(lines, font_sizes={0: 13.5, 3: 15.8, 6: 15.8})
    assert extract(data, "cv.pdf").profiles[0].name == "Daniel Yasumasa Takahashi"


def test_name_label_beats_headings_when_the_top_has_no_name():
    lines = ["CURRICULUM VITAE", "PERSONAL DETAILS", "Name: Donald Wafula Bayayi", "ID no. 33765736",
             "Phone no. 0704967862", "Email: donald@example.com", "Religion: Christian",
             "Ward Leader Training"]  # fmt: skip
    data = make_pdf(lines, font_sizes=dict.fromkeys(range(8), 12))
    assert extract(data, "cv.pdf").profiles[0].name == "Donald Wafula Bayayi"


@pytest.mark.parametrize(
    "line, name",
    [
        ("VIBHOR SHUKLA Email: career.vibhor@gmail.com", "Vibhor Shukla"),
        ("SURESH.S", "Suresh.S"),
        ("J.MUTHUKUMARAN", "J.Muthukumaran"),
        ("MOHAMED FAIZAL .K.M.", "Mohamed Faizal K.M."),
        ("M.AZARUDEEN (Civil Engineer)", "M.Azarudeen"),
        ("MD ABU MUZAFFAR.", "Md Abu Muzaffar"),
        ("MANIMEGALAI.G D/O T.GOVINDARAJ", "Manimegalai.G"),
        ("Zaheer khan", "Zaheer Khan"),
        ("CURRICULUM VITAE: LEONARD WEKESA WANYONYI", "Leonard Wekesa Wanyonyi"),
    ],
)
def test_names_as_people_write_them(line, name):
    # A resume prints its e-mail under the name: a name nothing confirms
    # under a larger title is below the refusal threshold.
    email = "%s@example.org" % name.split()[-1].lower().replace(".", "")
    lines = ["RESUME", line, email, "Objective: a challenging position in a growing firm."]
    data = make_pdf(lines, font_sizes={0: 20})
    assert extract(data, "cv.pdf").profiles[0].name == name


@pytest.mark.parametrize(
    "lines, sizes, name",
    [
        # A lone word is a name when something backs it (here the e-mail); alone it is too unsure.
        (
            ["CURRICULAM-VITAE", "ABDULLAH", "Ward No. 30 Mohalla Kaziwara", "abdullah.k@example.com"],
            {0: 14.4, 1: 17.7, 2: 14},
            "Abdullah",
        ),  # fmt: skip
        (["PREMNATH", "YADAV", "Personal Data:"], {0: 26.8, 1: 29, 2: 14.4}, "Premnath Yadav"),
        (["CURICULLUM", "Objective: a post in a growing firm"], {0: 20}, ""),
    ],
)
def test_names_of_one_word(lines, sizes, name):
    lines = [*lines, "Experience: electrical maintenance, five years."]
    assert extract(make_pdf(lines, font_sizes=sizes), "cv.pdf").profiles[0].name == name


@pytest.mark.parametrize(
    "line", ["Saudi Arabia", "New York", "Subjects Of Interest", "through pro-active direct sales"]
)
def test_places_and_sentences_are_not_names(line):
    data = make_pdf([line, "Experience: ten years in sales.", "contact: 5550100@example.com"])
    assert extract(data, "cv.pdf").profiles[0].name == ""


def test_organisation_letterhead_is_not_the_name():
    data = make_pdf(["ACME STAFFING LTD", "Software Engineer", "Tom Baker", "tom@baker.io"], font_sizes={0: 30, 2: 14})
    assert extract(data, "agency-cv.pdf").profiles[0].name == "Tom Baker"


@pytest.mark.parametrize("email, names", [("bob.jones@example.com", ["Bob Jones"]), ("info@example.com", [])])
def test_name_from_email_as_last_resort(email, names):
    """With no name-like text, the address's local part is the only candidate
    (an organisation's mailbox gives none); the name model weighs it."""
    content = read_pdf(make_pdf(["Summary", "Experienced engineer for data platforms", "contact: " + email]), Limits())
    text = "\n".join(line.text for line in content.lines)
    candidates, _context = name_candidates(content.lines, text, [email], "", [])
    assert [(c.name, c.source) for c in candidates] == [(name, "email") for name in names]


@pytest.mark.parametrize(
    "contact, phones",
    [
        ("Contact No.:(+91) 9806630177/9791310978", ["+919806630177", "+919791310978"]),
        ("Mobile: +91 9824060867-9722935445", ["+919824060867", "+919722935445"]),
        ("Mob No.08802383259", ["08802383259"]),
    ],
)
def test_phones_printed_together_or_glued_to_their_label(contact, phones):
    data = make_pdf(["Deepak Nair", "deepak@example.com", contact, "Experience: site engineer"])
    assert extract(data, "cv.pdf").profiles[0].phones == phones


@pytest.mark.parametrize(
    "lines, email",
    [
        (["E-mail : shubhamtripathiB 1 3 @gmail.com"], "shubhamtripathib13@gmail.com"),
        (["Email:abinjoy712@g", "mail.com"], "abinjoy712@gmail.com"),
    ],
)
def test_addresses_the_text_layer_broke_apart(lines, email):
    data = make_pdf(["Shubham Tripathi", *lines, "Experience: site engineer for five years"])
    assert extract(data, "cv.pdf").profiles[0].email == email


def test_identity_and_postal_numbers_are_not_phones():
    lines = ["Ann Lee", "ann@lee.io", "Passport No. 123456789", "ID: 987654321", "Cell 650-253-0000"]
    assert extract(make_pdf(lines), "ann.pdf").profiles[0].phones == ["650-253-0000"]


def test_multi_page_keeps_all_text_and_counts_pages():
    data = make_pdf(RESUME_LINES, pages=3, page_lines=["Referee: bob@other.example +1 202 555 0100"])
    document = extract(data, "long.pdf")
    assert document.pages == 3
    assert document.profiles[0].email == "maria.gonzalez@example.com"  # not the referee's
    assert "bob@other.example" in document.profiles[0].text  # every page's text is kept
    assert "bob@other.example" not in document.profiles[0].emails  # "Referee: …" is nobody to write to


def test_page_cap_reads_only_first_pages():
    data = make_pdf(RESUME_LINES, pages=8)
    document = extract(data, "long.pdf", Limits(pdf_max_pages=2))
    assert document.status == SUCCESS
    assert "Only the first 2 of 8 pages" in document.warnings[0]


def test_image_only_pdf_without_ocr_fails_with_no_text_layer_message(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on it
    document = extract(make_image_pdf(), "scan.pdf")
    assert document.status == FAILED
    assert "no text layer" in document.error and "OCR (reading text from images) is not installed" in document.error


@pytest.mark.parametrize("backend", ["auto", "pdfminer"])
def test_encrypted_pdf(backend):
    data = make_pdf(RESUME_LINES, encrypt="secret")
    document = extract(data, "locked.pdf", backend=backend)
    assert document.status == FAILED
    assert "password-protected" in document.error


@pytest.mark.parametrize("backend", ["auto", "pdfminer"])
def test_corrupt_pdf(resume_pdf, backend):
    document = extract(resume_pdf[:400] + b"\x00garbage" * 50, "broken.pdf", backend=backend)
    assert document.status == FAILED
    assert "damaged" in document.error


def test_pdf_named_csv_is_read_as_pdf(resume_pdf):
    document = extract(resume_pdf, "candidates.csv")
    assert (document.type, document.status) == (PDF, SUCCESS)
    assert document.profiles[0].email == "maria.gonzalez@example.com"


def test_pathological_pdf_stops_at_time_budget():
    """Thousands of glyphs per page on many pages: pdfminer would need minutes."""
    heavy = ["x" * 180 for _ in range(60)]
    data = make_pdf(RESUME_LINES, pages=200, page_lines=heavy)
    document = extract(data, "heavy.pdf", Limits(pdf_time_budget=0.5, pdf_max_pages=500), backend="pdfminer")
    assert document.status == FAILED
    assert "time budget" in document.error


def test_page_with_too_many_glyphs_is_refused():
    data = make_pdf(["A" * 200] * 70)
    document = extract(data, "dense.pdf", Limits(pdf_max_chars_per_page=5000))
    assert document.status == FAILED
    assert "characters" in document.error
