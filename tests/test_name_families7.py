"""Names, seventh round (after holdout7 was measured once): letter-spaced
names whose word gaps the page shows or the address's pieces spell, a cut
only guessed never high, an accent the text layer put apart, a letter the
font drew as a box, a generational suffix, and the section headings of
Turkish, Persian and Arabic resumes. Lines are made here."""

import pytest
from test_name_evidence import BODY, _lines

from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.resume import clean_name, parse_resume


def _name(*rows):
    profile = parse_resume(_lines(*rows, *BODY))
    return profile.name, band(profile.confidence["name"]) if profile.name else ""


# -- letter-spaced names ------------------------------------------------------------


def test_a_letter_spaced_name_keeps_the_word_gaps_the_page_shows():
    rows = [("G U S T A V O   S I M A S   D A   S I L V A", 30.0), ("gustavosimassilva@example.com", 10.0)]
    assert _name(*rows)[0] == "Gustavo Simas Da Silva"  # not "Gustavosimasda Silva"


def test_a_letter_spaced_name_is_cut_where_a_piece_of_the_address_ends():
    rows = [("A K R A M I Z Z E L D I N", 30.0), ("akram.izz.kh@example.com", 10.0)]
    assert _name(*rows)[0] == "Akram Izzeldin"  # not "Akra Mizzeldin"


def test_a_cut_only_guessed_is_never_high():
    """Nothing spells where BUSAMOKOENA breaks: the shortest first word the
    address holds is a guess."""
    rows = [("B U S A M O K O E N A", 30.0), ("busamdlamini@example.co.za", 10.0)]
    assert _name(*rows) == ("Busa Mokoena", "medium")


# -- letters the text layer could not give ------------------------------------------


def test_an_accent_put_apart_from_its_letter_is_dropped_and_the_name_not_high():
    rows = [("Ondrej Keprt \u02c7", 30.0), ("keprt.ondrej@example.cz", 10.0)]  # Ondřej, its caron at the end
    assert _name(*rows) == ("Ondrej Keprt", "medium")


@pytest.mark.parametrize(
    "rows",
    [
        [("YUSUF ERTA\u25a0", 30.0)],  # the font had no Ş: a box
        [[("YUSUF ERTA", 30.0), ("\u25a0", 30.0)]],  # the box drawn in another font, a run of its own
    ],
)
def test_a_letter_drawn_as_a_box_gives_no_name(rows):
    assert _name(*rows, ("ertasyusuf04@example.com", 10.0))[0] == ""


def test_a_generational_suffix_is_no_reason_to_refuse_a_name():
    assert clean_name("JAIME JAZARENO III") == "Jaime Jazareno"
    assert clean_name("Level III") == ""


# -- headings of Turkish, Persian and Arabic resumes, a Japanese form's photo box ---


@pytest.mark.parametrize(
    "heading",
    [
        "Kişisel Bilgiler",
        "DİL BİLGİSİ",
        "Türkçe AnaDil",
        "تجربه کاری",
        "سوابق تحصیلی",
        "المهارات",
        "Acadêmica Joel Martins",
    ],
)
def test_a_heading_is_no_name(heading):
    assert clean_name(heading) == ""


def test_the_photo_box_of_a_japanese_form_is_no_name():
    rows = [("写真", 10.0), ("(3×4cm)", 10.0), ("貼付", 10.0), ("メール nipith.w@example.com", 10.0)]
    assert _name(*rows)[0] != "貼付"


def test_the_name_under_a_heading_is_found():
    rows = [("تجربه کاری", 30.0), ("سجاد دوکوهکی", 18.0), ("sajjad@example.com", 10.0)]
    assert _name(*rows)[0] == "سجاد دوکوهکی"


def test_arabic_ligatures_given_in_drawing_order_are_mended():
    """Word's PDFs: lam-alef in drawing order ("األشطل") and Allah backwards ("عبدهللا")."""
    assert clean_name("عبدهللا عبدالكريم األشطل") == "عبدالله عبدالكريم الأشطل"


@pytest.mark.parametrize(
    "printed, name",
    [
        ("روژینا اسماعیلی برنامه نویس اندروید", "روژینا اسماعیلی"),  # the name, then "Android programmer"
        ("مهندس علی رضایی", "علی رضایی"),  # "Engineer" before the name
        ("المهندس أحمد سالم مطور", "أحمد سالم"),
    ],
)
def test_a_persian_or_arabic_job_title_beside_the_name_is_no_part_of_it(printed, name):
    assert clean_name(printed) == name


def test_arabic_stored_backwards_is_no_name():
    assert clean_name("دمحأ مشاھ يرفجلا") == ""  # أحمد هاشم الجفري in drawing order
    assert clean_name("أحمد هاشم الجفري") == "أحمد هاشم الجفري"


def test_a_letter_spaced_headline_is_read_as_words():
    rows = [("G U S T A V O   S I M A S", 30.0), ("E N G E N H A R I A   E L E T R Ô N I C A", 14.0)]
    profile = parse_resume(_lines(*rows, ("gustavosimas@example.com", 10.0), *BODY))
    assert profile.headline == "ENGENHARIA ELETRÔNICA"
