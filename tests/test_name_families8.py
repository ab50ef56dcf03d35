"""Eighth round (after holdout8 was measured once): Cyrillic that a TeX font
without a Unicode map gives as Latin-1 letters, an address whose start the
text layer lost beside its whole ``mailto:`` link, a letter of another font
given after its line, and more section headings. Lines are made here."""

import pytest
from test_name_evidence import profile_of_rows as _profile

from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.fields import clean_text
from heymilo_ingestion.extraction.resume import clean_name

# -- Cyrillic read as Latin-1 ---------------------------------------------------------


def test_cyrillic_read_as_latin1_is_mended():
    assert clean_text("Àíòîí Ãðîìîâ") == "Антон Громов"
    assert clean_text("5 ëåò íà JVM") == "5 лет на JVM"  # the short word beside a long one too


@pytest.mark.parametrize("text", ["José Müller à Zürich", "Ñoño Þóra", "Ærø, ça va"])
def test_latin_accents_are_left_alone(text):
    assert clean_text(text) == text


def test_a_name_read_as_latin1_is_the_cyrillic_name():
    profile = _profile(("Àíòîí Ãðîìîâ", 18.5), ("Ñàíêò-Ïåòåðáóðã, Ðîññèÿ", 13.0))
    assert profile.name == "Антон Громов"  # not the wrong "Àíòîí Ãðîìîâ"


# -- an address the text layer cut ----------------------------------------------------


def test_a_printed_tail_of_the_mailto_link_is_the_links_address_and_its_phone_kept():
    rows = [
        ("Anton Gromov", 18.5),
        ("Phone: 8-962-840-62-50", 13.0),
        ("E-mail: gromo\x1b97@mail.ru", 13.0),  # "ff", a ligature the layer could not read
    ]
    profile = _profile(*rows, links=["mailto://gromoff97@mail.ru"])
    assert profile.email == "gromoff97@mail.ru"  # not "97@mail.ru"
    assert profile.phone  # the line with the cut address is the candidate's, not someone else's


def test_a_different_address_is_no_tail_of_the_link():
    rows = [("Anton Gromov", 18.5), ("anton@mail.ru", 13.0)]
    profile = _profile(*rows, links=["mailto:gromoff97@mail.ru"])
    assert "anton@mail.ru" in profile.emails


# -- a letter given after its line ---------------------------------------------------


def test_a_stray_letter_goes_back_where_the_handle_spells_it():
    rows = [("MUHAMMET AFAK \u015e", 30.0), ("linkedin.com/in/muhametsafak", 10.0)]
    profile = _profile(*rows)
    assert profile.name == "Muhammet Şafak"


def test_a_stray_letter_nothing_places_gives_no_name():
    rows = [("MUHAMMET AFAK \u015e", 30.0), ("info@example.com.tr", 10.0)]
    assert _profile(*rows).name == ""  # not "Muhammet Afak Ş"


def test_a_stray_letter_in_a_run_of_its_own_makes_the_rest_of_the_line_no_name():
    rows = [[("Muhammet AFAK ", 22.0), ("\u015e", 26.6)], ("info@example.com.tr", 10.0)]
    assert _profile(*rows).name == ""  # not "Muhammet Afak"


def test_a_name_ending_in_an_ascii_letter_is_left_alone():
    profile = _profile(("Nguyen Van A", 30.0), ("nguyenvana@example.com", 10.0))
    assert profile.name == "Nguyen Van A"
    assert band(profile.confidence["name"]) == "high"


# -- section headings ------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["Esperienze Professionali", "ESPERIENZE", "相关链接", "项目经历", "職務経歴", "자기소개"]
)
def test_more_section_headings_are_no_name(heading):
    assert clean_name(heading) == ""
