"""Candidate lists in OpenDocument spreadsheets (.ods), streamed from
``content.xml`` with lxml's ``iterparse`` (no entities, DTDs or network):
each row is read and dropped, repeated rows and columns are expanded only as
far as the caps allow, and formulas are never evaluated (a cell's stored
value is read, its ``table:formula`` ignored)."""

from lxml import etree

from .odt import count, q
from .office import OfficeError, open_package
from .result import ODS, Document
from .sheets import MAX_COLUMNS, read_workbook

WHAT = "OpenDocument spreadsheet"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TABLE, _ROW = TABLE + "table", TABLE + "table-row"
_CELLS = (TABLE + "table-cell", TABLE + "covered-table-cell")
_REPEAT_ROWS, _REPEAT_COLUMNS = TABLE + "number-rows-repeated", TABLE + "number-columns-repeated"
_NAME = TABLE + "name"
_VALUE_TYPE, _VALUE = q("office:value-type"), q("office:value")
_TYPED = {"date": q("office:date-value"), "time": q("office:time-value"), "boolean": q("office:boolean-value")}
_NUMERIC = {"float", "percentage", "currency"}
_PARAGRAPH, _SPACE, _TAB, _BREAK = q("text:p"), q("text:s"), q("text:tab"), q("text:line-break")
MAX_REPEATED_ROWS = 1_000  # identical rows past this are the sheet's empty tail


def read_ods(data, name, limits):
    """The ``Document`` of an .ods: profiles, or a failure saying why."""
    document = Document(file=name, type=ODS, size=len(data))
    try:
        package = open_package(data, WHAT, streamed=lambda part: part == "content.xml")
        source = package.open("content.xml")
    except (OfficeError, KeyError) as exc:
        return document.fail(str(exc) if isinstance(exc, OfficeError) else "This %s has no content." % WHAT)
    with package, source:
        return read_workbook(document, _sheets(source), limits, WHAT)


def _sheets(source):
    """``(sheet name, rows)`` per table; ``rows`` must be read before the next table."""
    events = etree.iterparse(
        source,
        events=("start", "end"),
        tag=(_TABLE, _ROW),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    for event, element in events:
        if event == "start" and element.tag == _TABLE:
            yield element.get(_NAME, ""), _rows(events)
        elif event == "end" and element.tag == _ROW:
            _drop(element)  # the rest of a sheet without a header


def _rows(events):
    number = 0
    for event, element in events:
        if element.tag == _TABLE:
            element.clear()
            return
        if event != "end":
            continue
        repeat = count(element.get(_REPEAT_ROWS))
        values = _cells(element)
        _drop(element)
        for _copy in range(min(repeat, MAX_REPEATED_ROWS)):
            number += 1
            yield number, values
        number += repeat - min(repeat, MAX_REPEATED_ROWS)


def _cells(row):
    values = []
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        value = _value(cell)
        values += [value] * min(count(cell.get(_REPEAT_COLUMNS)), MAX_COLUMNS - len(values))
        if len(values) >= MAX_COLUMNS:
            break
    return values


def _value(cell):
    kind = cell.get(_VALUE_TYPE)
    if kind in _NUMERIC and cell.get(_VALUE):
        try:
            return float(cell.get(_VALUE))
        except ValueError:
            return None
    if kind in _TYPED and cell.get(_TYPED[kind]):
        raw = cell.get(_TYPED[kind])
        return raw.removesuffix("T00:00:00") if kind == "date" else raw
    return "\n".join(_text(p) for p in cell.iter(_PARAGRAPH))


def _text(element):
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            parts.append(" " * min(count(child.get(q("text:c"))), 10))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _drop(element):
    """Free a read row and what came before it."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]
