"""An engine profile stored as profile fields and rebuilt from them (the
archive merge does this) comes back as it was."""

from heymilo_ingestion.extraction.result import Profile
from heymilo_ingestion.profile_fields import engine_profile, field_values


def test_a_profile_comes_back_from_its_fields():
    profile = Profile(
        name="Ada Lovelace",
        email="ada@example.com",
        phone="+44 20 7946 0000",
        emails=["ada@example.com", "ada@work.example"],
        phones=["+44 20 7946 0000", "+44 20 7946 0001"],
        links=["https://github.com/ada", "https://ada.example"],
        extra={"Visa": "yes"},
        source_row=3,
    )
    values = field_values(profile)
    assert values["other_emails"] == "ada@work.example"
    assert values["other_phones"] == "+44 20 7946 0001"
    assert values["location"] is False  # empty is False, as Odoo stores it
    assert engine_profile(values) == profile


def test_an_empty_profile_stores_no_values():
    values = field_values(Profile())
    assert not any(values.values())
    assert engine_profile(values) == Profile()
