"""Candidate lists in CSV: any common encoding and delimiter, headers mapped
through synonyms, one profile per row."""

import csv
import re

from charset_normalizer import from_bytes

from .fields import clean_text, digits, linkedin_from_handle, normalize_email, normalize_linkedin, normalize_phone
from .labels import header_keys
from .places import country_code, place_region
from .result import CSV, SUCCESS, Document, Profile

DELIMITERS = ",;\t|"
# What Odoo's server sets (odoo/cli/server.py); the CLI and the tests set it
# too, so that they see the cells the server sees.
ODOO_FIELD_SIZE_LIMIT = 500 * 1024 * 1024
# Cells are cut to this length before anything else reads them: no profile
# field is longer, and every regular expression then costs a bounded time
# and memory whatever a hostile file holds (a 20 MB cell cost 2.7 GB).
MAX_CELL_CHARS = 10_000
MAX_NAME_CHARS = 200  # a longer "name" is some other text
PROFILE_KEYS = {"name", "first_name", "last_name", "email", "phone", "linkedin_url"}
NAME_KEYS = {"name", "first_name", "last_name"}
_FORMULA = re.compile(r'^[=@]\s*(?:HYPERLINK\(\s*"[^"]*"\s*[,;]\s*"([^"]*)"\s*\)|.*)$', re.I | re.S)
# Cells a spreadsheet would run as a formula ("+SUM(1,2)", "-2+3", "@cmd"),
# unless they are phone numbers ("+44 20 7946 0321") or signed numbers ("-12.5").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS_SIGNED = re.compile(r"^[+-](?:\(?\d[\d\s().\-/]*|\d+(?:[.,]\d+)?%?)$")
_SINGLE_BYTE = re.compile(r"^(cp125\d|iso8859_\d+|latin_1|mac_\w+)$")


def decode(data):
    """Return the text of ``data``: BOMs first, then strict UTF-8, then
    charset-normalizer's best guess (cp1252, latin-1, UTF-16 without BOM …)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    for codec in ("utf-8", _guess_encoding(data)):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise ValueError("The file is not text in any encoding we recognise.")


def _guess_encoding(data):
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return "ascii"  # fails to decode: reported as not text
    if _SINGLE_BYTE.match(best.encoding) and not any(b in data for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)):
        # Single-byte code pages are hard to tell apart on short files; the
        # spreadsheet programs that write them almost always use cp1252.
        return "cp1252"
    return best.encoding


def sniff_delimiter(sample):
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(DELIMITERS, key=first.count)


def parse_csv(data, name, limits):
    document = Document(file=name, type=CSV, size=len(data))
    try:
        text = decode(data)
    except ValueError as exc:
        return document.fail(str(exc))
    if not text.strip():
        return document.fail("The CSV file is empty.")
    rows = csv.reader(_lines(text), delimiter=sniff_delimiter(text[:20_000]))
    try:
        header = next(rows)
    except csv.Error as exc:
        return document.fail("The CSV file cannot be read: %s." % exc)
    if not is_header(header_keys(header)):
        return document.fail(NO_HEADER)
    try:
        read_table(document, header, enumerate(rows, start=2), limits)
    except csv.Error as exc:
        document.warnings.append("Stopped reading at a malformed line: %s." % exc)
    return finish_table(document, "CSV file")


def _lines(text):
    """The lines of ``text`` for ``csv.reader``, one slice at a time (no copy
    of the whole text); old Mac files end their lines with CR alone."""
    if "\n" not in text:
        text = text.replace("\r", "\n")
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


NO_HEADER = (
    "No recognisable header row: the first line must name the columns, "
    "with at least one of Name (or First Name/Last Name), Email, Phone or LinkedIn."
)


def is_header(keys):
    """A header row names at least one contact column."""
    return bool(PROFILE_KEYS & set(keys))


def read_table(document, header, rows, limits):
    """Read candidate ``rows`` (``(number, cells)`` pairs, numbered as the
    user sees them) under ``header`` into ``document``'s profiles and
    warnings. Shared by CSV, XLSX and ODS, so one mapping reads them all;
    ``header`` passed ``is_header``."""
    header = [_capped(h) for h in header]
    keys = header_keys(header)
    if not NAME_KEYS & set(keys):
        document.warnings.append(
            "No name column was recognised in the header (%s); candidates will have no name."
            % ", ".join(h.strip() for h in header if h.strip())[:200]
        )
    seen = {}
    for number, row in rows:
        row = [_capped(cell) for cell in row]
        if not any(cell.strip() for cell in row):
            continue
        if len(document.profiles) + len(document.warnings) >= limits.csv_max_rows:
            document.warnings.append("Only the first %d rows were read (row limit)." % limits.csv_max_rows)
            break
        profile, warning = _read_row(header, keys, row, number, limits, seen)
        if warning:
            document.warnings.append(warning)
        if profile:
            document.profiles.append(profile)


def finish_table(document, what):
    """``document`` failed or succeeded once ``read_table`` is done."""
    if not document.profiles:
        return document.fail("The %s has a header but no usable candidate rows." % what)
    document.status = SUCCESS
    return document


def _capped(cell):
    return cell if len(cell) <= MAX_CELL_CHARS else cell[:MAX_CELL_CHARS]


_NAME_CELL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’-])*")
# What each contact column must hold for a shifted row to be trusted.
_CONTACT_CHECKS = {
    "name": _NAME_CELL.fullmatch,
    "first_name": _NAME_CELL.fullmatch,
    "last_name": _NAME_CELL.fullmatch,
    "email": lambda value: normalize_email(value) == value.strip().lower(),
    "phone": lambda value: bool(re.fullmatch(r"[\d\s()+.\-/]+", value)) and 7 <= len(digits(value)) <= 15,
    "linkedin_url": lambda value: bool(normalize_linkedin(value)),
}


def _read_row(header, keys, row, number, limits, seen):
    """``(profile or None, warning or None)`` for one data row; ``seen``
    remembers earlier rows and e-mails, to skip repeats."""
    problem = _row_problem(row, header, number)
    profile = _row_profile(header, keys, row, number, limits, shifted=bool(problem))
    if profile is None or profile.is_empty():
        return (
            None,
            problem + "; skipped." if problem else "Row %d: no name, email, phone or LinkedIn; skipped." % number,
        )
    signature = tuple(cell.strip() for cell in row)
    if signature in seen:
        return None, "Row %d: exact duplicate of an earlier row; skipped." % number
    if profile.email and profile.email in seen:
        return None, "Row %d: same e-mail as row %d; skipped." % (number, seen[profile.email])
    seen[signature] = seen[profile.email or signature] = number
    if problem:
        return profile, problem + "; only its name, e-mail, phone and LinkedIn were kept."
    return profile, None


def _row_problem(row, header, number):
    """Rows whose field count differs from the header have shifted columns:
    importing them would put values in the wrong fields."""
    if len(row) > len(header) and not any(cell.strip() for cell in row[len(header) :]):
        return ""  # trailing empty fields are harmless
    if len(row) != len(header):
        return "Row %d: %d fields for %d columns (shifted columns)" % (number, len(row), len(header))
    return ""


def cell_value(cell):
    """Cell text with spreadsheet formulas unwrapped: HYPERLINK keeps its label,
    any other formula (or formula-looking text) is dropped so it never reaches
    a record; phone numbers and signed numbers stay."""
    value = clean_text(cell[:MAX_CELL_CHARS]).strip()
    match = _FORMULA.match(value)
    if match:
        return (match.group(1) or "").strip()
    if cell.startswith(_FORMULA_START) and not _HARMLESS_SIGNED.match(value):
        return ""
    return value


def _phone(raw, region):
    """The row's phone; a number of 11 to 15 digits with no ``+`` (a
    spreadsheet drops it from a phone stored as a number) is read as
    international when it is not a number of the row's region."""
    if not 7 <= len(digits(raw)) <= 15:
        return ""
    phone = normalize_phone(raw, region)[0]
    if not phone.startswith("+") and raw.isdigit() and 11 <= len(raw) <= 15 and raw[0] != "0":
        international = normalize_phone("+" + raw)[0]
        return international if international.startswith("+") else phone
    return phone


def _row_profile(header, keys, row, number, limits, shifted=False):
    """The row's profile. A ``shifted`` row (wrong field count) keeps only
    its contact fields, and only when each looks like what its column
    holds; otherwise None."""
    values, extra = {}, {}
    for column, key, cell in zip(header, keys, row):
        value = cell_value(cell)
        if not value:
            continue
        if shifted and key not in _CONTACT_CHECKS:
            continue
        if shifted and not _CONTACT_CHECKS[key](value):
            return None
        if key and key not in values:
            values[key] = value
        else:
            extra[column.strip() or "column %d" % (len(extra) + 1)] = value
    name = values.get("name") or " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
    linkedin = values.get("linkedin_url", "")
    location = ", ".join(v for v in (values.get("location"), values.get("region"), values.get("country")) if v)
    phone = values.get("phone", "")
    # A number without country code is read in the row's country, if any.
    region = country_code(values.get("country")) or place_region(location) or limits.phone_region
    phone = _phone(phone, region)
    name = re.sub(r"\s+", " ", name).strip()
    profile = Profile(
        name=name if len(name) <= MAX_NAME_CHARS else "",
        email=normalize_email(values.get("email", "")),
        phone=phone,
        linkedin_url=normalize_linkedin(linkedin) or linkedin_from_handle(linkedin),
        location=location,
        headline=values.get("headline", ""),
        extra=extra,
        source_row=number,
    )
    if values.get("resume_file"):
        profile.extra["resume_file"] = values["resume_file"]
    profile.emails = [profile.email] if profile.email else []
    profile.phones = [profile.phone] if profile.phone else []
    return profile
