"""CSV exports that spreadsheet programs open right and cannot be tricked by
(plain Python, no Odoo).

UTF-8 with a BOM so that Excel detects the encoding; every cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with
``'`` so that it is shown as text, never run as a formula (OWASP "CSV
injection").
"""

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    text = "" if value is None or value is False else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(header, rows):
    """``header`` (labels) and ``rows`` (sequences) as CSV bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize(label) for label in header])
    for row in rows:
        writer.writerow([neutralize(value) for value in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
