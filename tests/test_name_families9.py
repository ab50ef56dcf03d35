"""Ninth round (after holdout9 was measured once): a name printed surname
first before a comma, a one-word name, a sidebar's headings lines apart, a
name glued into one word that the document's title spells, a LinkedIn link
to a handle with spaces, an icon read as a digit after a phone number and a
patent's number. Lines are made here."""

from test_name_evidence import BODY, _lines

from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.resume import parse_resume


def _profile(*rows, links=(), hints=()):
    return parse_resume(_lines(*rows, *BODY), links=list(links), hints=list(hints))


# -- names -------------------------------------------------------------------------


def test_a_name_printed_surname_first_before_a_comma_is_given_names_then_surname():
    rows = [("Thinh, Dinh Nguyen", 20.0), ("+84898227199 | thinhnguyendn93@gmail.com", 10.0)]
    assert _profile(*rows).name == "Dinh Nguyen Thinh"  # not "Thinh"


def test_a_comma_nothing_spells_on_both_sides_is_not_read_as_surname_first():
    rows = [("Ruiz, Ana", 20.0), ("jobs@example.com", 10.0)]
    profile = _profile(*rows)
    assert profile.name != "Ana Ruiz"
    assert band(profile.confidence["name"]) != "high"


def test_a_one_word_name_is_never_high():
    profile = _profile(("ABDULLAH", 30.0), ("abdullah@example.com", 10.0))
    assert profile.name == "Abdullah"
    assert band(profile.confidence["name"]) == "medium"


def test_headings_of_one_size_lines_apart_are_not_joined_into_a_name():
    rows = [
        ("KONTAKTAI", 12.0),
        ("(+370) 612 34567", 9.0),
        ("jonas.petraitis@example.lt", 9.0),
        ("Vilnius, Lietuva", 9.0),
        ("ĮGŪDŽIAI", 12.0),
        ("Microsoft Office, Canva", 9.0),
        ("SERTIFIKATAI", 12.0),
    ]
    assert _profile(*rows).name != "Kontaktai Įgūdžiai Sertifikatai"


def test_a_name_drawn_in_pieces_on_lines_next_to_each_other_is_still_joined():
    rows = [("JONAS", 24.0), ("PETRAITIS", 24.0), ("jp2020@example.lt", 10.0)]
    assert _profile(*rows).name == "Jonas Petraitis"


def test_a_name_glued_into_one_word_is_split_where_the_documents_title_spells_it():
    rows = [("KONTAK", 12.0), ("muhammadaqilaudia3@gmail.com", 9.0), ("MUHAMMADAQILAUDIA", 24.0)]
    hinted = _profile(*rows, hints=["Muhammad Aqil Audia - Portfolio"])
    assert hinted.name == "Muhammad Aqil Audia"
    assert _profile(*rows).name != "Muhammad Aqil Audia"  # nothing else says where the words end


# -- LinkedIn ----------------------------------------------------------------------


def test_a_printed_handle_cut_at_a_space_of_a_link_with_spaces_is_refused():
    rows = [("Muhammad Audia", 20.0), ("linkedin.com/in/Muhammad Aqil Audia", 10.0)]
    profile = _profile(*rows, links=["https://linkedin.com/in/Muhammad%20Aqil%20Audia"])
    assert profile.linkedin_url == ""  # not ".../in/Muhammad"


def test_a_printed_handle_whose_link_is_plausible_is_kept():
    rows = [("Maria Gonzalez", 20.0), ("linkedin.com/in/maria-gonzalez", 10.0)]
    profile = _profile(*rows, links=["https://www.linkedin.com/in/maria-gonzalez"])
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez"


# -- phones ------------------------------------------------------------------------


def test_an_icon_read_as_a_digit_after_a_whole_number_is_left_out():
    rows = [("Денис Селянин", 20.0), ("denisselyanin@gmail.com +79167188558 ½ Москва, Россия", 10.0)]
    profile = _profile(*rows)
    assert profile.phone == "+79167188558"
    assert band(profile.confidence["phone"]) == "high"


def test_a_number_of_a_years_series_in_the_body_is_no_phone():
    rows = [
        ("Naoki Chihara", 20.0),
        ("naoki88@example.ac.jp", 10.0),
        *[("Research on data streams and causal discovery, part %d." % i, 10.0) for i in range(8)],
        ("[P1] 検出装置、検出方法及びプログラム. 特開 2025-000129, January 7, 2025.", 10.0),
    ]
    assert _profile(*rows).phone == ""
