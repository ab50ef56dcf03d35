"""What .xlsx and .ods candidate lists share: the first sheet with a
recognisable header, cell values as text, and the CSV reader's mapping
(``csvfile.read_table``) for the rows, under the row cap and a time budget."""

import datetime
import time

from .csvfile import NO_HEADER, finish_table, header_keys, is_header, read_table
from .office import OfficeError

HEADER_SEARCH_ROWS = 20  # a title or a blank line may come before the header
# Spreadsheets often carry formatted empty rows down to row 1,048,576; a
# candidate list has no gap this long, so its data has ended.
MAX_EMPTY_RUN = 1_000
MAX_SHEETS = 50
MAX_COLUMNS = 200
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!"}


def as_text(value):
    """A cell's value as the text a person reads: numbers without exponent or
    trailing ``.0`` (a phone stored as a number stays its digits), dates as
    ISO dates, error values as nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(value, "f").rstrip("0").rstrip(".") if abs(value) >= 1e-4 else repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    text = str(value)
    return "" if text.strip() in ERROR_VALUES else text


def read_workbook(document, sheets, limits, what):
    """Fill ``document`` from ``sheets``, an iterable of ``(sheet name, rows)``
    where rows yields ``(row number, [text])``; returns ``document``."""
    deadline = time.monotonic() + limits.pdf_time_budget
    try:
        for index, (sheet, rows) in enumerate(sheets):
            if index >= MAX_SHEETS:
                break
            rows = _budgeted(rows, deadline, document, what)
            header = _find_header(rows)
            if header is None:
                continue
            if index:
                document.warnings.append('Read sheet "%s", the first with a recognisable header.' % sheet[:80])
            try:
                read_table(document, header, _aligned(rows, len(header)), limits)
            except OfficeError as exc:
                if not document.profiles:
                    raise
                document.warnings.append(str(exc))
            return finish_table(document, what)
    except OfficeError as exc:
        return document.fail(str(exc))
    where = "one of the first %d rows of a sheet" % HEADER_SEARCH_ROWS
    return document.fail(NO_HEADER.replace("the first line", where))


def _find_header(rows):
    """The header row among the first non-empty rows (consumed from ``rows``), or None."""
    for _count, (_number, cells) in zip(range(HEADER_SEARCH_ROWS), rows):
        if is_header(header_keys(cells)):
            return cells
    return None


def _aligned(rows, width):
    """Rows as wide as the header: a spreadsheet's cells sit in their columns,
    so a short row is not a shifted one (its empty cells are just not stored)."""
    for number, cells in rows:
        yield number, (cells + [""] * width)[:width]


def _budgeted(rows, deadline, document, what):
    """``rows`` as text, at most ``MAX_COLUMNS`` wide, blank rows dropped;
    ends after ``MAX_EMPTY_RUN`` blank rows in a row, stops with a warning
    when the time budget is spent, and turns a damaged part into
    ``OfficeError`` (keeping the rows read before it)."""
    number = empty = 0
    try:
        for number, values in rows:
            if time.monotonic() > deadline:
                document.warnings.append("Stopped at row %d: this %s took too long to read." % (number, what))
                return
            cells = [as_text(v) for v in values[:MAX_COLUMNS]]
            while cells and not cells[-1].strip():
                cells.pop()
            empty = 0 if cells else empty + 1
            if empty >= MAX_EMPTY_RUN:
                return
            if cells:
                yield number, cells
    except OfficeError:
        raise
    except Exception as exc:  # openpyxl and lxml raise many kinds on damaged XML
        raise OfficeError("This %s is damaged after row %d; the rows before it were read." % (what, number)) from exc
