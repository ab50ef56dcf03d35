"""Candidate lists in .xlsx and .ods: the CSV mapping, cell values as text,
formulas never evaluated, row numbers as the spreadsheet shows them, caps."""

import datetime

import pytest

from heymilo_ingestion.extraction import Limits, extract
from heymilo_ingestion.extraction.result import FAILED, ODS, SUCCESS, UNKNOWN, XLSX
from heymilo_ingestion.tests.files import make_pdf, make_zip
from heymilo_ingestion.tests.office_files import (
    full_sheet_rows,
    make_encrypted_xlsx,
    make_ods,
    make_xlsx,
    make_xlsx_rows,
    rewrite_zip,
    xml_rows,
)

RESUME = ["Ann Lee", "Data Engineer", "Built pipelines that moved data between systems every night."]


def rows_of(document):
    assert document.status == SUCCESS, document.error
    return [(p.name, p.email, p.phone, p.location, p.source_row) for p in document.profiles]


def test_xlsx_first_sheet_with_a_header_numbers_dates_and_row_numbers():
    data = make_xlsx(
        [
            ("Notes", [["Exported from the careers site"]]),
            (
                "Candidates",
                [
                    ["Candidate list, March"],
                    [],
                    ["Full Name", "Email", "Phone", "City", "Applied"],
                    ["Ana López", "ana@example.es", 447911123456, "London", datetime.datetime(2024, 3, 1)],
                    [],
                    ["Ben Okafor", "ben@example.com", "+1 415 555 0134", "Austin", datetime.date(2024, 3, 2)],
                ],
            ),
        ]
    )
    document = extract(data, "list")
    assert document.type == XLSX
    assert rows_of(document) == [
        ("Ana López", "ana@example.es", "+447911123456", "London", 4),
        ("Ben Okafor", "ben@example.com", "+14155550134", "Austin", 6),
    ]
    assert document.profiles[0].extra == {"Applied": "2024-03-01"}
    assert 'Read sheet "Candidates", the first with a recognisable header.' in document.warnings


def test_xlsx_formulas_give_their_cached_value_or_nothing():
    data = make_xlsx_rows(
        [
            (1, ["Name", "Email", "Title"]),
            (2, [('CONCATENATE("Ann"," Lee")', "Ann Lee"), "ann@example.com", ("1/0", "#DIV/0!")]),
            (3, ["+SUM(1,2)", "bob@example.com", "-2+3"]),
        ]
    )
    assert rows_of(extract(data, "f.xlsx")) == [
        ("Ann Lee", "ann@example.com", "", "", 2),
        ("", "bob@example.com", "", "", 3),
    ]
    assert [p.headline for p in extract(data, "f.xlsx").profiles] == ["", ""]
    # openpyxl stores formulas without a cached value: nothing is kept, nothing evaluated.
    uncached = make_xlsx([("S", [["Name", "Email"], ["=1+1", "c@example.com"]])])
    assert rows_of(extract(uncached, "u.xlsx")) == [("", "c@example.com", "", "", 2)]


def test_ods_like_xlsx_with_the_italian_header():
    data = make_ods(
        [
            (
                "Foglio1",
                [
                    ["Nome", "Cognome", "E-mail", "Cellulare", "Città"],
                    ["Marco", "Rossi", "m.rossi@example.it", 393471234567, "Milano"],
                ],
            ),
        ]
    )
    document = extract(data, "lista")
    assert document.type == ODS
    assert rows_of(document) == [("Marco Rossi", "m.rossi@example.it", "+393471234567", "Milano", 2)]


def test_ods_formulas_keep_only_the_stored_value_and_dates_are_text():
    data = make_ods(
        [
            (
                "S",
                [
                    ["Name", "Email", "Start"],
                    [('CONCAT("A";"B")', "Ann Lee"), "ann@example.com", ("date", "2024-01-31")],
                ],
            )
        ]
    )
    document = extract(data, "s.ods")
    assert rows_of(document) == [("Ann Lee", "ann@example.com", "", "", 2)]
    assert document.profiles[0].extra == {"Start": "2024-01-31"}


def test_header_without_a_name_column_warns():
    document = extract(make_xlsx([("S", [["Email", "Phone"], ["ann@example.com", "+44 20 7946 0321"]])]), "n.xlsx")
    assert document.status == SUCCESS
    assert document.warnings[0].startswith("No name column was recognised in the header (Email, Phone)")


def test_no_header_in_any_sheet_fails():
    document = extract(make_xlsx([("S", [["a", "b"], ["c", "d"]])]), "x.xlsx")
    assert document.status == FAILED and "No recognisable header row" in document.error


@pytest.fixture(scope="module")
def full_sheet():
    return make_xlsx_rows(None, sheetxml_rows=full_sheet_rows(), dimension="A1:B1048576")


def test_xlsx_with_1048576_rows_stops_at_the_row_cap(full_sheet):
    document = extract(full_sheet, "full.xlsx", Limits(csv_max_rows=500))
    assert document.status == SUCCESS and len(document.profiles) == 500
    assert document.profiles[-1].source_row == 501
    assert document.warnings == ["Only the first 500 rows were read (row limit)."]


def test_xlsx_whose_dimension_lies_is_read_to_its_end():
    rows = [(1, ["Name", "Email"])] + [(n, ["Person %s" % chr(63 + n), "p%d@example.com" % n]) for n in range(2, 6)]
    assert len(extract(make_xlsx_rows(rows, dimension="A1:B2"), "d.xlsx").profiles) == 4


def test_encrypted_xlsx_fails_clearly():
    document = extract(make_encrypted_xlsx(), "secret.xlsx")
    assert document.status == FAILED and document.type == UNKNOWN
    assert "password-protected" in document.error


def test_corrupt_xlsx_fails_on_that_document_only():
    good = make_xlsx([("S", [["Name", "Email"], ["Ann Lee", "ann@example.com"]])])
    corrupt = [good[: len(good) - 300], rewrite_zip(good, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row"})]
    for data in corrupt:
        document = extract(data, "bad.xlsx")
        assert document.status == FAILED and "damaged" in document.error, document.error
    archive = extract(make_zip([("bad.xlsx", corrupt[1]), ("good.xlsx", good), ("cv.pdf", make_pdf(RESUME))]), "a.zip")
    assert [c.status for c in archive.children] == [FAILED, SUCCESS, SUCCESS]


def test_xlsx_rows_merge_with_the_resumes_they_name_in_a_zip():
    sheet = make_xlsx([("S", [["Name", "Email", "Resume"], ["Ann Lee", "ann@example.com", "ann.pdf"]])])
    archive = extract(make_zip([("list.xlsx", sheet), ("ann.pdf", make_pdf(RESUME))]), "a.zip")
    listing = archive.children[0]
    assert listing.type == XLSX and listing.profiles == [] and listing.warnings == ["Row 2 was merged with its resume."]
    assert archive.children[1].profiles[0].email == "ann@example.com"


def test_short_rows_are_not_shifted_columns():
    """Excel does not store a row's empty trailing cells."""
    data = make_xlsx([("S", [["Name", "Email", "Phone", "City"], ["Ann Lee", "ann@example.com"], ["Bob Stone"]])])
    document = extract(data, "short.xlsx")
    assert rows_of(document) == [("Ann Lee", "ann@example.com", "", "", 2), ("Bob Stone", "", "", "", 3)]
    assert document.warnings == []


def test_formatted_empty_rows_down_to_the_last_row_end_the_sheet():
    """Many exported workbooks carry styled empty rows to row 1,048,576."""

    def rows():
        yield from xml_rows([(1, ["Name", "Email"]), (2, ["Ann Lee", "ann@example.com"])])
        for start in range(3, 1_048_577, 10_000):
            yield b"".join(
                b'<row r="%d" s="1" customFormat="1"/>' % n for n in range(start, min(start + 10_000, 1_048_577))
            )

    document = extract(make_xlsx_rows(None, sheetxml_rows=rows(), dimension="A1:AA1048576"), "styled.xlsx")
    assert rows_of(document) == [("Ann Lee", "ann@example.com", "", "", 2)]
    assert document.warnings == []  # ended by the empty rows, not by the time budget
