"""Never a confident wrong value: LinkedIn handles, names and phones that
the engine must rebuild, refuse or leave to someone else, and the confidence
it gives each field. Every test reads a PDF it makes."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT, make_pdf, make_pdf_with_tounicode

from heymilo_ingestion.extraction import contacts, extract
from heymilo_ingestion.extraction.confidence import band

HEADER = ["Maria Gonzalez", "Data Engineer", "maria.gonzalez@example.com | +44 20 7946 0321"]


def profile_of(lines, backend="auto", **kwargs):
    document = extract(make_pdf(lines, **kwargs), "cv.pdf", backend=backend)
    assert document.status == "success", document.error
    return document.profiles[0]


# -- LinkedIn --------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines, url",
    [
        (["linkedin.com/in/maria-", "gonzalez-data", "Experience"], "maria-gonzalez-data"),
        (["LinkedIn: linkedin.com/in/maria- gonzalez", "Experience"], "maria-gonzalez"),
        (["linkedin.com/in/", "maria-gonzalez-data", "Experience"], "maria-gonzalez-data"),
        (["linkedin.com / in / mariagonzalez | github.com/mg"], "mariagonzalez"),
        (["linkedin.com/in/maria-gonzalez", "-697a25227/", "Experience"], "maria-gonzalez-697a25227"),
    ],
)
@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_linkedin_handle_rebuilt_across_line_breaks_and_hyphen_splits(lines, url, backend):
    profile = profile_of(HEADER + lines, backend)
    assert profile.linkedin_url == "https://www.linkedin.com/in/" + url
    assert band(profile.confidence["linkedin_url"]) in ("high", "medium")


@pytest.mark.parametrize(
    "line",
    [
        "Profile: linkedin.com/in/ University of Leeds alumni network",  # a word of the sentence
        "linkedin.com/in/ab",  # two letters
        "linkedin.com/in/yourname",  # a template's placeholder
        "linkedin.com/in/University",
    ],
)
def test_implausible_linkedin_handles_are_refused(line):
    profile = profile_of(HEADER + [line, "Experience"])
    assert profile.linkedin_url == ""
    assert profile.confidence["linkedin_url"] == 0.0


def test_link_annotation_wins_over_a_cut_handle_in_the_text():
    profile = profile_of(
        HEADER + ["linkedin.com/in/maria-gon", "Experience"],
        links=["https://www.linkedin.com/in/maria-gonzalez-data"],
    )
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez-data"
    assert band(profile.confidence["linkedin_url"]) == "high"


def test_of_several_link_annotations_the_one_the_text_shows_wins():
    profile = profile_of(
        HEADER + ["linkedin.com/in/maria-gonzalez-data", "Referee: John Smith (LinkedIn)"],
        links=["https://www.linkedin.com/in/john-smith-hr", "https://www.linkedin.com/in/maria-gonzalez-data"],
    )
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez-data"


def test_link_annotation_with_a_space_in_its_handle_is_refused():
    profile = profile_of(HEADER, links=["https://www.linkedin.com/in/maria%20gonzalez"])
    assert profile.linkedin_url == ""


# -- names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Curriculum Vitae",
        "Lebenslauf",
        "Hoja de vida",
        "Currículo",
        "Levensloop",
        "Daftar Riwayat Hidup",
        "Berufserfahrung",
        "Expérience professionnelle",
        "Datos personales",
        "We Build Things",
        "Our Mission for You",
    ],
)
def test_titles_headings_and_phrases_are_never_the_name(title):
    alone = profile_of([title, "Objective: a post in a growing firm", "Experience: pipelines"], font_sizes={0: 24})
    assert alone.name == ""
    above = profile_of([title, "Ana Ruiz", "ana.ruiz@example.com"], font_sizes={0: 24, 1: 18})
    assert above.name == "Ana Ruiz"


def test_japanese_document_title_is_not_the_name():
    data = make_pdf_with_tounicode(
        [b"\x01\x02\x03", b"Taro Yamada", b"taro.yamada@example.jp", b"Experience: pipelines"],
        {1: "履", 2: "歴", 3: "書"},
    )
    (profile,) = extract(data, "cv.pdf").profiles
    assert "履歴書" in profile.text
    assert profile.name == "Taro Yamada"


def test_form_layout_name_fields_make_the_name():
    lines = ["APPLICATION FORM", "First Name: Ana", "Middle Name: Lucia", "Last Name: Ruiz", "Email: a@example.com"]
    assert profile_of(lines, font_sizes={0: 20}).name == "Ana Lucia Ruiz"


def test_name_agreeing_with_the_email_is_confident():
    """(A name guessed from the address alone is never high: test_name_layouts.)"""
    sure = profile_of(HEADER)
    assert (sure.name, band(sure.confidence["name"])) == ("Maria Gonzalez", "high")


# -- phones ----------------------------------------------------------------------


def test_referees_numbers_are_not_the_candidates():
    lines = ["Maria Gonzalez", "maria.gonzalez@example.com", "0161 496 0000", "Experience: pipelines",
             "REFERENCES", "John Smith, Head of Data", "Phone: +1 212 555 0188", "john.smith@example.org"]  # fmt: skip
    profile = profile_of(lines)
    assert profile.phone.endswith("1614960000") or profile.phone == "0161 496 0000"
    assert "+12125550188" not in profile.phones
    assert profile.email == "maria.gonzalez@example.com"


def test_only_a_referees_number_gives_no_phone():
    lines = ["Maria Gonzalez", "maria.gonzalez@example.com", "Experience: pipelines",
             "Referee: John Smith, Phone: +1 212 555 0188"]  # fmt: skip
    profile = profile_of(lines)
    assert (profile.phone, profile.confidence["phone"]) == ("", 0.0)


def test_fax_and_employer_numbers_are_not_the_candidates():
    filler = ["Built pipelines that moved data every night (%d)." % i for i in range(45)]
    lines = ["Maria Gonzalez", "maria.gonzalez@example.com", "Fax: +44 20 7946 0999", *filler,
             "Globex Industries Ltd, Springfield, Tel +1 212 555 0147"]  # fmt: skip
    profile = profile_of(lines)
    assert profile.phones == []


def test_a_sentence_ending_in_de_gives_no_country_to_read_a_number_in():
    lines = ["Juan Morales", "juan.morales@example.co", "3002312763", "Trabajo en equipo y presenta lo",
             "desarrollo con pasion, de", "Experience"]  # fmt: skip
    assert not profile_of(lines).phone.startswith("+49")


def test_the_number_of_a_work_address_is_the_employers():
    lines = ["Gaston Avila", "Direccion de trabajo", "Humberto Primo 630, 5000 Cordoba, +54 11 4109 1700",
             "Numero de telefono", "+549 3512 055 880", "gaston.avila@example.com", "Experience"]  # fmt: skip
    assert profile_of(lines).phones == ["+5493512055880"]
    lines = ["Maria Gonzalez", "maria.gonzalez@example.com", "Office address: 1 Main St, +44 20 7946 0999",
             "Mobile: +44 7911 123456"]  # fmt: skip
    assert profile_of(lines).phones == ["+447911123456"]


@pytest.mark.parametrize(
    "line",
    [
        "ISBN 978-981-13-2119",  # a book's number
        "QQ: 610948097",  # the account behind 610948097@qq.com
        "11/2019 - 06/2022 Data Engineer",  # a date range
        "8/ 2014 - 12/2017",  # one with a blank after the month
    ],
)
def test_numbers_that_are_not_phones(line):
    profile = profile_of(["Maria Gonzalez", "610948097@qq.com", line, "Experience: pipelines"])
    assert profile.phones == []


def test_a_reversed_range_of_persian_years_is_no_phone():
    """ "۱۳۹۱ - ۱۳۸۶" (1391 - 1386): a right-to-left line read out reversed."""
    text = "چنور حسینی\nch.hoseini@gmail.com\n۱۳۹۱ - ۱۳۸۶\n"
    assert contacts.phones(text, [], set(), None, None, ["ch.hoseini@gmail.com"]) == ([], 0.0)


def test_template_address_is_not_an_email():
    profile = profile_of(["Maria Gonzalez", "xxx@gmail.com | your.name@example.com", "Experience: pipelines"])
    assert (profile.email, profile.confidence["email"]) == ("", 0.0)


# -- confidence --------------------------------------------------------------------


def test_confidence_per_field_and_its_band():
    profile = profile_of(HEADER + ["linkedin.com/in/maria-gonzalez-data | Leeds, UK", "Experience"])
    data = profile.to_dict()
    assert set(data["confidence"]) == {"name", "email", "phone", "linkedin_url"}
    assert all(0.0 <= score <= 1.0 for score in data["confidence"].values())
    assert data["confidence_band"] == dict.fromkeys(data["confidence"], "high")


def test_organisation_mailbox_and_rebuilt_address_are_not_confident():
    role = profile_of(["Maria Gonzalez", "Apply through jobs@agency.example", "Experience: pipelines"])
    assert (role.email, band(role.confidence["email"])) == ("jobs@agency.example", "low")
    rebuilt = profile_of(["Maria Gonzalez", "maria@g", "mail.com", "Experience: pipelines"])
    assert (rebuilt.email, band(rebuilt.confidence["email"])) == ("maria@gmail.com", "medium")


def test_cli_json_carries_the_confidence(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf(HEADER))
    result = subprocess.run(
        [sys.executable, "-m", "heymilo_ingestion.extraction", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    (profile,) = json.loads(result.stdout)["profiles"]
    assert profile["confidence"]["email"] == 0.95
    assert profile["confidence_band"]["name"] == "high"
