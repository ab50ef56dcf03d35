"""Names and phones on layouts the rules were not tuned on: glued words,
LaTeX accents, sidebars and second columns, identities that spell the name,
numbers beside phones that are not phones. Every PDF is made here."""

import ctypes
import io

import pypdfium2.raw as pdfium_c
import pytest
from conftest import make_pdf, make_pdf_with_tounicode
from reportlab.pdfgen import canvas

from heymilo_ingestion.extraction import confidence, extract, name_weights, namemodel, pdf
from heymilo_ingestion.extraction.fields import clean_text


def profile_of(data):
    document = extract(data, "cv.pdf")
    assert document.status == "success", document.error
    return document.profiles[0]


# -- text layers ------------------------------------------------------------------


def _gaps(boxes):
    """``pdf._word_gaps`` over glyph boxes ``[(left, right, height)]``."""
    rect = pdfium_c.FS_RECTF()

    def get_box(_raw, index, ref):
        left, right, height = boxes[index]
        ref._obj.left, ref._obj.right, ref._obj.bottom, ref._obj.top = left, right, 0.0, height

    return pdf._word_gaps(None, 0, len(boxes), ctypes.byref(rect), get_box)


def _glyphs(widths, gaps, height):
    boxes, x = [], 0.0
    for width, gap in zip(widths, [0.0, *gaps]):
        x += gap
        boxes.append((x, x + width, height))
        x += width
    return boxes


def test_a_gap_inside_a_glued_word_is_a_space():
    # "KumarIsrani" as a 40 pt heading drawn with a gap (0.19 of the glyph
    # height) before the I and no space character.
    boxes = _glyphs([25, 21, 31, 19, 16, 12, 17, 16, 19, 22, 10], [0, 0, 0, 0, 7.7, 0, 0, 0, 0, 0], 39.7)
    assert _gaps(boxes) == (5,)


@pytest.mark.parametrize(
    "gaps",
    [
        [5.0] * 10,  # spaced-out lettering: every gap alike, no word break
        [-4.7, -4.7, -8.1, -4.7, -0.2, -8.1, -4.7, -4.7, -4.7, -1.9],  # overlapping boxes: no gap at all
        [0, 0, 0, 0, 1.5, 0, 0, 0, 0, 0],  # a kern
    ],
)
def test_even_spacing_kerning_and_overlaps_cut_no_word(gaps):
    assert _gaps(_glyphs([15] * 11, gaps, 14.5)) == ()


def test_latex_accents_drawn_before_their_letter_join_it():
    joined = clean_text("Florian H\u00b4ebert, Exp\u00b4erience, fran\u00b8cais")
    assert joined == "Florian Hébert, Expérience, français"
    assert clean_text("Don`t t\u00b4x").startswith("Don`t")  # no such letter: left alone
    data = make_pdf_with_tounicode([b"Florian H\x01ebert", b"Data scientist", b"fhebert@example.fr"], {1: "\u00b4"})
    assert profile_of(data).name == "Florian Hébert"


def test_a_nickname_with_a_hyphen_in_brackets_is_dropped():
    profile = profile_of(make_pdf(["Hugo (Chun-Ho) Lin", "chunholi@example.edu | +1 213 555 0123", "Education"]))
    assert profile.name == "Hugo Lin"


# -- where the name is -----------------------------------------------------------


def _sidebar_first(name, email, name_size=26):
    """Page one read sidebar first: 45 short lines, then the name."""
    lines = ["CONTACT", email, "+44 20 7946 0321"] + ["Skill number %d" % i for i in range(42)] + [name]
    sizes = {i: 7 for i in range(len(lines) - 1)} | {len(lines) - 1: name_size}
    return make_pdf(lines, font_sizes=sizes)


def test_the_largest_text_of_page_one_past_its_first_lines_is_a_candidate():
    profile = profile_of(_sidebar_first("Axel-Cleris Gailloty", "mr.clerisaxel@example.fr"))
    assert profile.name == "Axel-Cleris Gailloty"


def test_a_line_the_email_spells_past_the_first_lines_is_a_candidate():
    profile = profile_of(_sidebar_first("Shahim Quraishy", "quraishyshahim@example.com", name_size=9))
    assert profile.name == "Shahim Quraishy"


@pytest.mark.parametrize(
    "printed, email, name",
    [
        ("DavidFraas", "davidfraas1@example.com", "David Fraas"),  # the address spells both words
        ("Ronald McDonald", "r.mcd@example.com", "Ronald McDonald"),  # no evidence: as printed
    ],
)
def test_glued_names_are_split_only_where_the_identity_spells_them(printed, email, name):
    assert profile_of(make_pdf([printed, email, "Experience: pipelines"])).name == name


def test_a_cyrillic_name_agrees_with_a_latin_address():
    assert namemodel.agreement(["Иван", "Петров"], ["ivanpetrov"]) == 1.0
    assert namemodel.agreement(["Иван", "Петров"], ["mariagonzalez"]) == 0.0


def _runs_pdf(rows):
    """Lines of runs ``[(text, size)]`` drawn one after the other on a baseline."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    y = 800
    for runs in rows:
        x = 50
        for text, size in runs:
            page.setFont("Helvetica", size)
            page.drawString(x, y, text)
            x += page.stringWidth(text, "Helvetica", size)
        y -= max(size for _t, size in runs) + 8
    page.save()
    return buffer.getvalue()


def test_a_remark_in_brackets_is_not_the_name():
    data = _runs_pdf([[("Referred by (", 10), ("John Smith", 24), (")", 10)], [("Maria Gonzalez", 18)],
                      [("mg77@example.com", 10)], [("Experience: pipelines", 10)]])  # fmt: skip
    assert profile_of(data).name == "Maria Gonzalez"


def test_a_personal_details_label_in_chinese_is_not_a_name():
    data = make_pdf_with_tounicode([b"\x01\x02", b"Experience: pipelines"], {1: "手", 2: "机"})
    assert profile_of(data).name == ""


def test_the_high_band_starts_at_the_margin_chosen_by_leave_one_source_out():
    high = name_weights.HIGH_MARGIN
    assert namemodel.calibrated(high) == pytest.approx(confidence.HIGH_FROM)
    assert confidence.band(namemodel.calibrated(high - 0.01)) == "medium"
    scores = [namemodel.calibrated(m / 20) for m in range(21)]
    assert scores == sorted(scores) and scores[-1] == pytest.approx(1.0)


# -- phones -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Book chapter - DOI: 978-981-13-2119-1",  # a DOI's ISBN part
        "Scores 52 37 104 90 283",  # an exam's marks: no number of the region
    ],
)
def test_numbers_beside_the_candidates_phone_are_not_it(line):
    lines = ["Maria Gonzalez", "maria.gonzalez@example.com", "Leeds, UK", line, "020 7946 0321"]
    assert profile_of(make_pdf(lines)).phone == "+442079460321"


def test_a_birth_date_after_the_phone_is_not_part_of_it():
    profile = profile_of(make_pdf(["Duc Vu", "ducvu@example.com Ha Noi 0334281675 01/05/1999", "Experience"]))
    assert profile.phone == "0334281675"


def test_a_chinese_phone_label_inside_a_longer_word():
    data = make_pdf_with_tounicode(
        [b"Huang Chaofan", b"52 37 104 90 283", b"\x01\x02\x03\x04: 13026177235"], {1: "手", 2: "机", 3: "号", 4: "码"}
    )
    assert profile_of(data).phone.endswith("13026177235")


# -- e-mails ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines, links",
    [
        (["Sho Sakai", "ssakai[at]math.example.ac.jp"], []),
        (["Florian Hebert", "# florian[.]hebert[at]gmail.com"], ["mailto:florian[.]hebert[at]gmail.com"]),
        (["Sho Sakai", "xxx@gmail.com (template)", "ssakai (at) math.example.ac.jp"], []),
    ],
)
def test_addresses_written_against_robots_are_read_and_not_confident(lines, links):
    profile = profile_of(make_pdf([*lines, "Experience: pipelines"], links=links))
    assert profile.email in ("ssakai@math.example.ac.jp", "florian.hebert@gmail.com")
    assert confidence.band(profile.confidence["email"]) == "medium"


def test_an_address_split_by_another_columns_text_is_joined():
    lines = ["Arun Prasath", "23h118@am skills and passion to further the mission", "jaincollege.edu.in", "Skills"]
    assert profile_of(make_pdf(lines)).email == "23h118@amjaincollege.edu.in"
