"""CSV exports that spreadsheet programs open right and cannot be tricked by
(plain Python, no Odoo).

UTF-8 with a BOM so that Excel detects the encoding. A cell that a
spreadsheet would evaluate (it starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) is prefixed with ``'`` so that it is shown as text, never
run as a formula (OWASP "CSV injection"). A phone number (``+34 612 …``) or a
plain number (``-12.5``) is data, not a formula, and is written as it is, so
that the file can be imported into a dialer or another ATS.
"""

import csv
import io
import re

import phonenumbers

# Marks the attachments an export makes (removed a day later, and on erasure).
EXPORT_DESCRIPTION = "heymilo_ingestion export"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
PHONE_CHARACTERS = re.compile(r"\+[\d\s().-]+")


def is_data(text):
    """True for a phone number in international form or a plain number:
    values that start like a formula but hold nothing a spreadsheet runs."""
    if PLAIN_NUMBER.fullmatch(text):
        return True
    if not PHONE_CHARACTERS.fullmatch(text):
        return False
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False


def neutralize(value):
    text = "" if value is None or value is False else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) and not is_data(text) else text


def to_csv(header, rows):
    """``header`` (labels) and ``rows`` (sequences) as CSV bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize(label) for label in header])
    for row in rows:
        writer.writerow([neutralize(value) for value in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
