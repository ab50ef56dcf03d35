"""The header and label table: one field per phrase, and README shows it."""

import pathlib

from heymilo_ingestion.extraction import labels

README = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text()
LANGUAGES = [labels.EN, labels.FR, labels.DE, labels.ES, labels.PT, labels.IT, labels.NL, labels.ID]


def test_every_field_has_every_language():
    for table in (labels.HEADERS, labels.RESUME_LABELS):
        for field, by_language in table.items():
            assert sorted(by_language) == sorted(LANGUAGES), field


def test_no_header_phrase_names_two_fields():
    seen = {}
    for field, by_language in labels.HEADERS.items():
        for text in by_language.values():
            for phrase in text.split(","):
                key = labels.compact(phrase)
                assert seen.setdefault(key, field) == field, (phrase, seen[key], field)


def test_readme_shows_the_table():
    for table in (labels.HEADERS, labels.RESUME_LABELS):
        for by_language in table.values():
            row = " | ".join(by_language[language].replace(", ", "; ") for language in LANGUAGES)
            assert row in README
