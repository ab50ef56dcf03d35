import pytest
from conftest import make_pdf

from heymilo_ingestion.extraction import Limits, extract
from heymilo_ingestion.extraction.places import country_code, place_region


@pytest.mark.parametrize(
    "value, code",
    [("India", "IN"), ("in", "IN"), ("USA", "US"), ("United States", "US"), ("UK", "GB"), ("GBR", "GB"),
     ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Côte d'Ivoire", "CI"), ("Narnia", None), ("", None), ("ZZ", None)],
)  # fmt: skip
def test_country_code(value, code):
    assert country_code(value) == code


@pytest.mark.parametrize(
    "location, region",
    [
        ("Leeds, UK", "GB"),
        ("Austin, TX", "US"),
        ("San Francisco, CA, United States", "US"),
        ("Pune, Maharashtra, India", "IN"),
        ("Bangalore, Karnataka, IN", "IN"),  # IN is India here, not Indiana
        ("Acme Robotics, Waltham, MA", "US"),  # an employer, its town and state: not Morocco
        ("Toronto, Ontario, CA", "CA"),  # a province of Canada before it: not California
        ("Visakhapatnam, Andhra Pradesh", "IN"),
        ("Nairobi, Kenya", "KE"),
        ("Bachelor of Arts, Business Administration", None),
        ("Degree, Grade year-year", None),
        ("London", None),
        ("presenta lo desarrollo con pasión, de", None),  # a sentence's "de", not Germany
    ],
)
def test_place_region(location, region):
    assert place_region(location) == region


def test_resume_location_must_be_a_place_and_sets_the_phone_region():
    lines = [
        "Dana Whitfield",
        "Bachelor of Arts, Business Administration",
        "dana@example.com  |  (512) 555-0147  |  Austin, TX",
        "Experience: data pipelines and reporting for retail teams.",
    ]
    (profile,) = extract(make_pdf(lines), "dana.pdf", Limits(phone_region="GB")).profiles
    assert profile.location == "Austin, TX"
    assert profile.phone == "+15125550147"  # the candidate's country wins over the default


def test_a_birthplace_or_nationality_line_is_not_the_location():
    lines = [
        "Lena Hoffmann",
        "lena.hoffmann@example.de",
        "Geburtsort | Graz, Austria",
        "Nationality | Vienna, Austria",
        "Experience: data pipelines and reporting for retail teams.",
    ]
    (profile,) = extract(make_pdf(lines), "lena.pdf", Limits()).profiles
    assert profile.location == ""  # left empty rather than the birthplace
    lines.insert(2, "Munich, Germany")
    (profile,) = extract(make_pdf(lines), "lena.pdf", Limits()).profiles
    assert profile.location == "Munich, Germany"


def test_csv_row_country_sets_the_phone_region():
    data = (
        b"full_name,email,phone,city,region,country\n"
        b"Aditya Saini,aditya@example.com,9876543210,Delhi,Delhi,India\n"
        b"Priya Sharma,priya@example.com,9123456780,Bangalore,Karnataka,IN\n"
        b"David Chen,d.chen@example.com,4155552671,San Francisco,CA,United States\n"
        b"Noor Haddad,noor@example.com,0612345678,,,\n"
    )
    document = extract(data, "list.csv", Limits(phone_region="NL"))
    assert [p.phone for p in document.profiles] == ["+919876543210", "+919123456780", "+14155552671", "+31612345678"]


def test_postal_code_after_the_place():
    lines = ["Ann Lee", "ann@lee.io", "Mobile No: 9876543210", "Pune, Maharashtra 411001"]
    (profile,) = extract(make_pdf(lines), "ann.pdf").profiles
    assert (profile.location, profile.phone) == ("Pune, Maharashtra", "+919876543210")
