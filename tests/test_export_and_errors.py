import csv
import io

import pytest

from heymilo_ingestion import export
from heymilo_ingestion.extraction import Limits, extract
from heymilo_ingestion.extraction.errors import SELECTION, classify


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1 202 555 0100", "'+1 202 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Ada Lovelace", "Ada Lovelace"),
        (None, ""),
        (False, ""),
        (42, "42"),
    ],
)
def test_neutralize(value, expected):
    assert export.neutralize(value) == expected


def test_csv_has_bom_and_reads_back():
    data = export.to_csv(["Name", "Phone"], [['Zoë, "Z"', "+44 20 7946 0000"], ["=1+1", None]])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["Name", "Phone"], ['Zoë, "Z"', "'+44 20 7946 0000"], ["'=1+1", ""]]


def test_every_engine_failure_has_a_category():
    cases = {
        b"%PDF-1.4\n%broken": "damaged",
        b"GIF89a": "unsupported",
        b"\x89PNG\r\n\x1a\n": "damaged",
        b"foo,bar\n1,2\n": "csv_header",
        b"Name,Email\n": "csv_empty",
        b"": "unsupported",
    }
    for data, category in cases.items():
        document = extract(data, "x")
        assert classify(document.error) == category, document.error
    assert classify(extract(b"%PDF-1.4" + b" " * 50, "x", Limits(max_file_size=10)).error) == "too_large"
    assert classify("") is None
    assert classify("something new") == "other"
    assert len({code for code, _label in SELECTION}) == len(SELECTION)
