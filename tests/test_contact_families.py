"""Families of contact fields that resumes nobody tuned on get wrong: the
region a number is read in, numbers glued to or cut from their text, other
people's numbers, LinkedIn handles cut by the layout or printed without
their URL; and confidence that is high only on strong evidence. Every test
reads a PDF it makes."""

import pytest
from conftest import make_pdf, make_pdf_with_tounicode

from heymilo_ingestion.extraction import extract
from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.places import place_region


def profile_of(lines, **kwargs):
    document = extract(make_pdf(lines, **kwargs), "cv.pdf")
    assert document.status == "success", document.error
    return document.profiles[0]


# -- whose number ----------------------------------------------------------------------


def test_the_number_beside_the_candidates_address_beats_an_international_one_further_down():
    profile = profile_of(
        ["Ana Reyes", "Tacloban City, Leyte", "09518880001 | ana.reyes@example.com", "Objective"]
        + ["Built and supported web applications, item %d." % i for i in range(25)]
        + ["Juan Cruz - Acme Support", "Software Engineer", "+639170000001"]
    )
    assert profile.phone == "+639518880001"  # read in the region of the document's international number
    assert band(profile.confidence["phone"]) == "high"


def test_character_references_are_referees():
    profile = profile_of(
        ["Ana Reyes", "ana.reyes@example.com", "Objective", "Build web applications.", "CHARACTER REFERENCES"]
        + ["Juan Cruz - Acme Support", "Software Engineer", "+639170000001"]
    )
    assert profile.phone == ""


def test_an_international_number_away_from_the_candidates_address_is_not_high():
    profile = profile_of(
        ["Ana Reyes", "ana.reyes@example.com", "Objective"]
        + ["Built and supported web applications, item %d." % i for i in range(12)]
        + ["Juan Cruz - Software Engineer", "+639170000001"]
    )
    assert profile.phone == "+639170000001"
    assert band(profile.confidence["phone"]) == "medium"


def test_an_organisations_number_away_from_the_contact_block_is_none():
    profile = profile_of(
        ["Lena Vogel", "lena.vogel@example.com", "Experience"]
        + ["Maintained the build pipeline, item %d." % i for i in range(8)]
        + ["Beispiel GmbH, Hamburg, Tel. +49 40 1234567"]
    )
    assert profile.phone == ""


# -- the region a number is read in -----------------------------------------------------


def test_a_birthplace_is_not_where_the_candidate_lives():
    profile = profile_of(
        [
            "Esmail Karimi",
            "Persönliche Daten",
            "Geburtsort: Qom, Iran",
            "Washingtonallee 105, 22111 Hamburg",
            "0157 35773712",
            "karimi@example.com",
        ]  # fmt: skip
    )
    assert profile.phone == "0157 35773712"  # no region validates it, so it is kept as printed, not dropped
    assert band(profile.confidence["phone"]) == "medium"


def test_a_countrys_name_before_a_state_is_a_town_of_that_state():
    profile = profile_of(
        ["Jeff Yang", "(626)-555-0142", "jeff.yang@example.edu", "Helping Hands, San Marino, California — Volunteer"]
    )
    assert profile.phone == "+16265550142"
    assert band(profile.confidence["phone"]) == "medium"  # unlabelled, valid where the text points


def test_the_countries_of_schools_and_employers_read_a_number_but_do_not_drop_one():
    profile = profile_of(
        ["Esmail Karimi", "22111 Hamburg", "0157 35773712", "karimi@example.com", "Experience"]
        + ["Delivered parcels across the city, item %d." % i for i in range(8)]
        + ["2009 - 2012   Computerservice Kheirabadi, Arak, Iran"]
    )
    assert profile.phone == "0157 35773712"


def test_a_us_state_typed_in_title_case_is_the_state():
    assert place_region("Fairbury, Il, 61739") == "US"
    assert place_region("Fairbury, Il") == "US"
    profile = profile_of(["Caleb Dune", "Fairbury, Il", "(815) 555-0123 | caleb@example.com"])
    assert profile.phone == "+18155550123"  # not dropped as no number of Israel


# -- numbers glued to or cut from their text -------------------------------------------


def test_a_postcode_glued_before_the_number_is_left_out():
    profile = profile_of(["Tyler Babel", "Yardley, PA", "410 Ramsey Road 19067 (215) 555-0176", "tyler@example.com"])
    assert profile.phone == "+12155550176"


def test_a_number_written_the_north_american_way_is_read_there_when_nothing_else_says_where():
    profile = profile_of(["Tyler Babel", "410 Ramsey Road 19067 (215) 555-0176", "tyler@example.com"])
    assert profile.phone == "+12155550176"
    assert band(profile.confidence["phone"]) == "medium"
    assert profile_of(["Vichaya Manee", "(086) 387-0602", "vichaya@example.com"]).phone == "(086) 387-0602"


def test_a_number_cut_after_its_country_code_at_a_line_end_is_joined():
    assert profile_of(["Lena Vogel", "lena@example.com", "Phone: +49 170", "1234567"]).phone == "+491701234567"
    assert profile_of(["Lena Vogel", "lena@example.com", "+49 (0) 170", "123 4567"]).phone == "+491701234567"
    profile = profile_of(["Lena Vogel", "lena@example.com", "Mobil: 0176", "12345678", "Berlin, Germany"])
    assert profile.phone == "+4917612345678"


def test_a_plus_set_apart_from_the_country_code_is_kept():
    profile = profile_of(["Ana Lopez", "ana.lopez@example.com", "Tel: + 34 648 08 26 51"])
    assert profile.phone == "+34648082651"
    assert band(profile.confidence["phone"]) == "high"


def test_dates_of_other_calendars_are_no_phones():
    digits = {0x80 + n: chr(0x06F0 + n) for n in range(10)}  # Extended Arabic-Indic digits
    persian = str.maketrans({chr(0x06F0 + n): bytes([0x80 + n]).decode("latin-1") for n in range(10)})
    lines = ["Pouya B", "pouya@example.com", "\u06f1\u06f3\u06f7\u06f9 / \u06f0\u06f3 / \u06f2\u06f4",
             "\u06f1\u06f3\u06f9\u06f7 - \u06f1\u06f3\u06f9\u06f8"]  # fmt: skip
    pdf = make_pdf_with_tounicode([line.translate(persian).encode("latin-1") for line in lines], digits)
    profile = extract(pdf, "cv.pdf").profiles[0]
    assert profile.phones == []


# -- LinkedIn ----------------------------------------------------------------------------


def test_a_handle_cut_at_a_line_end_is_joined_when_the_address_spells_the_rest():
    profile = profile_of(["Ngoc Lam Nguyen", "linkedin.com/in/ngoclamng", "uyen", "nlam.nguyen@example.fr"])
    assert profile.linkedin_url == "https://www.linkedin.com/in/ngoclamnguyen"
    assert band(profile.confidence["linkedin_url"]) == "medium"


def test_linkedins_suffix_completes_a_cut_handle_and_ends_a_whole_one():
    cut = profile_of(["Caleb Dune", "caleb@example.com", "linkedin.com/in/caleb-dune-47b2", "8316a"])
    assert cut.linkedin_url == "https://www.linkedin.com/in/caleb-dune-47b28316a"
    whole = profile_of(["Caleb Dune", "caleb@example.com", "linkedin.com/in/caleb-dune-47b28316a", "python"])
    assert whole.linkedin_url == "https://www.linkedin.com/in/caleb-dune-47b28316a"
    assert band(whole.confidence["linkedin_url"]) == "high"


def test_a_bare_in_handle_after_an_icon_is_read_when_a_hyphen_or_the_address_backs_it():
    profile = profile_of(["Maria Gonzalez", "maria@example.com | in/maria-gonzalez | github.com/mg"])
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez"
    assert band(profile.confidence["linkedin_url"]) == "medium"
    assert profile_of(["Maria Gonzalez", "maria@example.com", "Sign in/register"]).linkedin_url == ""


def test_an_annotation_that_lost_its_in_gives_the_profile_at_medium_and_a_company_page_none():
    profile = profile_of(
        ["Inno Kulchi", "Telegram / Linkedin / GitHub"],
        links=["https://www.linkedin.com/inno-kulchi/?_l=ru_RU"],
    )
    assert profile.linkedin_url == "https://www.linkedin.com/in/inno-kulchi"
    assert band(profile.confidence["linkedin_url"]) == "medium"
    company = profile_of(
        ["Inno Kulchi", "Telegram / Linkedin / GitHub"], links=["https://www.linkedin.com/company/acme"]
    )
    assert company.linkedin_url == ""


# -- numbers that are no phones ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "C.C. 1.098.765.432 de Bogotá",
        "Cédula: 1098765432",
        "CNP: 1960523123456",
        "CPF: 123.456.789-09",
        "Aadhaar: 1234 5678 9012",
        "PESEL: 90010112345",
        "Identity card 1098765432",
    ],  # fmt: skip
)
def test_a_national_identity_number_is_no_phone(line):
    profile = profile_of(["Juan Perez", "juan.perez@example.com", line])  # no region: any run would be kept
    assert profile.phones == []


def test_a_label_inside_a_word_labels_nothing():
    profile = profile_of(["Lena Vogel", "lena.vogel@example.de", "Hotel Adlon 1234 5678 90"])
    assert profile.phones == []  # not "labelled" by the "tel" of "Hotel": no number in Germany


# -- confidence that says how strong the evidence is ---------------------------------------


def test_an_international_number_no_country_issues_is_kept_but_not_high():
    profile = profile_of(["Maria Gonzalez", "maria@example.com", "Phone: +1 (123) 456-7891"])
    assert profile.phone == "+1 (123) 456-7891"  # area code 123 does not exist
    assert band(profile.confidence["phone"]) == "medium"


def test_a_templates_number_is_never_high():
    profile = profile_of(["Maria Gonzalez", "maria@example.com", "Mobile: +91 9999999999"])
    assert profile.phone == "+919999999999"  # valid by its form, but nobody's
    assert band(profile.confidence["phone"]) == "medium"


def test_a_tel_link_the_printed_number_contradicts_is_not_high():
    lines = ["Maria Gonzalez", "maria@example.com", "Phone: +44 7911 123456"]
    profile = profile_of(lines, links=["tel:+447922654321"])
    assert profile.phone == "+447922654321"  # a click dials it; the page may show another
    assert band(profile.confidence["phone"]) == "medium"
    agreeing = profile_of(lines, links=["tel:+447911123456"])
    assert band(agreeing.confidence["phone"]) == "high"


def test_a_referees_linkedin_is_never_the_candidates():
    lines = ["Maria Gonzalez", "maria@example.com", "Experience", "Built pipelines for Acme.", "References"]
    referee = ["John Smith, Head of Data, Acme", "linkedin.com/in/john-smith-data"]
    assert profile_of(lines + referee).linkedin_url == ""
    behind = profile_of(lines + referee, links=["https://www.linkedin.com/in/john-smith-data"])
    assert behind.linkedin_url == ""  # the link behind the referee's printed profile
    own = profile_of(lines + referee, links=["https://www.linkedin.com/in/maria-gonzalez"])
    assert own.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez"
