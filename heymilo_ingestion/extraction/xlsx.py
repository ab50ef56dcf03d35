"""Candidate lists in Excel workbooks (.xlsx), read with openpyxl in
read-only mode: rows are streamed (never the whole sheet in memory),
formulas are never evaluated (``data_only``: the value Excel cached, or
nothing), and rows keep the numbers Excel shows."""

import io

import openpyxl

from .office import OfficeError, open_package
from .result import XLSX, Document
from .sheets import MAX_COLUMNS, read_workbook

WHAT = "Excel workbook"


def read_xlsx(data, name, limits):
    """The ``Document`` of a workbook: profiles, or a failure saying why."""
    document = Document(file=name, type=XLSX, size=len(data))
    try:
        open_package(data, WHAT, streamed=lambda part: part.startswith("xl/worksheets/")).close()
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # KeyError, zipfile and XML errors on a damaged workbook
            raise OfficeError("This Excel workbook is damaged and cannot be opened.") from exc
    except OfficeError as exc:
        return document.fail(str(exc))
    try:
        return read_workbook(document, _sheets(workbook), limits, WHAT)
    finally:
        workbook.close()


def _sheets(workbook):
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "reset_dimensions"):
            continue  # a chart sheet
        sheet.reset_dimensions()  # the stored dimensions may lie: read every row there is
        yield sheet.title, enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1)
