"""Contacts that are no one's: a template's sample e-mail address and phone
number, digits of a URL or of a damaged text layer; and numbers printed in
ways that hid them (a CJK label run on into the digits, a country code whose
"(" was lost). Found when holdout4 was measured; the data is made up here."""

import pytest
from conftest import make_pdf

from heymilo_ingestion.extraction import contacts, extract
from heymilo_ingestion.extraction.confidence import band


def profile_of(lines):
    document = extract(make_pdf(lines), "cv.pdf")
    assert document.status == "success", document.error
    return document.profiles[0]


@pytest.mark.parametrize(
    "address",
    ["first.last@email.com", "firstname.lastname@gmail.com", "mail@xyz.com", "jo@domain.com", "me@yourdomain.com"],
)
def test_a_templates_sample_address_is_no_ones(address):
    assert contacts.emails("Jane Doe\n%s\nExperience\n" % address, [], set()) == ([], 0.0)


@pytest.mark.parametrize("address", ["jane.doe@gmail.com", "mail@janedoe.de", "last@first.fr", "anna@example.com"])
def test_a_real_address_is_kept(address):
    assert contacts.emails("Jane Doe\n%s\nExperience\n" % address, [], set())[0] == [address]


@pytest.mark.parametrize("number", ["+33 1 23 45 67 89", "+48 123 456 789", "+48 987 654 321", "+49 0123456789"])
def test_a_templates_number_in_another_countrys_format_is_never_high(number):
    profile = profile_of(["Tom Martin", "tom.martin@gmail.com | %s" % number, "Experience", "Engineer at Acme"])
    assert profile.phone
    assert band(profile.confidence["phone"]) != "high"


@pytest.mark.parametrize("number", ["+420 000 000 000", "+44 0000 000000", "000 000 0000"])
def test_a_forms_blank_number_is_none(number):
    """A form's blank, zeros after the country code: no number at all, not
    one at low confidence (a template's sample, "+48 987 654 321", is kept)."""
    profile = profile_of(["Tom Martin", "tom.martin@gmail.com | %s" % number, "Experience", "Engineer at Acme"])
    assert profile.phone == ""


@pytest.mark.parametrize("number", ["+33 1 23 45 67 89", "+48 123 456 789", "0123456789"])
def test_a_templates_number_beside_a_templates_address_is_none(number):
    profile = profile_of(["Tom Martin", "France  first.last@email.com  %s" % number, "Experience", "Engineer at Acme"])
    assert (profile.email, profile.phone) == ("", "")


def test_a_real_number_beside_a_real_address_stays_high():
    profile = profile_of(["Tom Martin", "tom.martin@gmail.com | +33 6 12 45 78 90", "Experience", "Engineer at Acme"])
    assert profile.phone == "+33612457890"
    assert band(profile.confidence["phone"]) == "high"


def test_the_digits_of_a_linkedin_handle_are_no_phone():
    profile = profile_of(
        [
            "Amir Karimov",
            "Email: amir.karimov@gmail.com",
            "LinkedIn: linkedin.com/in/amir-karimov-353500381",
            "Experience",
        ]
    )
    assert profile.phone == ""


def test_a_japanese_label_run_on_into_the_number():
    text = "履歴書\nふりがな 電話080-4313-1793\n氏名 山田 太郎\n"
    assert contacts.phones(text, [], set(), None, None, [])[0] == ["+818043131793"]


def test_a_country_code_whose_opening_bracket_was_lost():
    profile = profile_of(
        ["Min-Jun Park", "Seoul, Republic of Korea", "Tel", "+82) 10-6721-7301", "minjun.park@naver.com"]
    )
    assert profile.phone == "+821067217301"


def test_digits_of_a_font_mapped_to_control_characters_are_no_phone():
    text = "Jane Doe\njane.doe@gmail.com\n\x0f\x0e\x15\x12 \x03 012 3-24 5 \x02\x12\x07 \x06\x13\n"
    assert contacts.phones(text, [], set(), None, None, ["jane.doe@gmail.com"]) == ([], 0.0)
