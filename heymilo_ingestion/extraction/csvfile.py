"""Candidate lists in CSV: any common encoding and delimiter, headers mapped
through synonyms, one profile per row."""

import csv
import io
import re

from charset_normalizer import from_bytes

from .fields import clean_text, digits, fold, linkedin_from_handle, normalize_email, normalize_linkedin, normalize_phone
from .places import country_code, place_region
from .result import CSV, SUCCESS, Document, Profile

DELIMITERS = ",;\t|"

# Header synonyms, compared after folding case and accents and dropping
# everything but letters and digits.
SYNONYMS = {
    "name": "name fullname candidatename candidate nom nomcomplet nombre nombrecompleto vollstandigername "
    "displayname applicantname",
    "first_name": "firstname givenname forename prenom vorname nombrepila first",
    "last_name": "lastname surname familyname nomdefamille nachname apellido apellidos last",
    "email": "email emailaddress mail courriel correo correoelectronico emailid primaryemail",
    "phone": "phone phonenumber mobile mobilephone mobilenumber cell cellphone telephone tel telefono telefon "
    "contactnumber contact whatsapp",
    "linkedin_url": "linkedin linkedinurl linkedinprofile linkedinprofileurl linkedinlink",
    "location": "location city address town ville ciudad ort",
    "region": "region state province",
    "country": "country pays pais land",
    "headline": "headline title jobtitle currenttitle position currentposition role poste",
    "resume_file": "resume resumefile resumename resumefilename cv cvfile cvfilename file filename attachment",
}
_HEADER_INDEX = {word: key for key, words in SYNONYMS.items() for word in words.split()}
_FORMULA = re.compile(r'^[=@]\s*(?:HYPERLINK\(\s*"[^"]*"\s*[,;]\s*"([^"]*)"\s*\)|.*)$', re.I | re.S)


# Unambiguous words that identify a column even inside a longer header
# ("Adresse e-mail", "Mobile phone (work)"); checked in this order.
_CONTAINED = (
    ("linkedin", "linkedin_url"),
    ("email", "email"),
    ("courriel", "email"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("telef", "phone"),
    ("telep", "phone"),
)
_SINGLE_BYTE = re.compile(r"^(cp125\d|iso8859_\d+|latin_1|mac_\w+)$")


def header_key(header):
    key = re.sub(r"[^a-z0-9]", "", fold(header))
    if key in _HEADER_INDEX:
        return _HEADER_INDEX[key]
    return next((field for word, field in _CONTAINED if word in key), None)


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return document.fail("The CSV file is empty.")
    rows = csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text[:20_000]))
    try:
        header = next(rows)
    except csv.Error as exc:
        return document.fail("The CSV file cannot be read: %s." % exc)
    keys = [header_key(h) for h in header]
    if not ({"name", "first_name", "last_name", "email", "phone", "linkedin_url"} & set(keys)):
        return document.fail(
            "No recognisable header row: the first line must name the columns, "
            "with at least one of Name (or First Name/Last Name), Email, Phone or LinkedIn."
        )
    seen = {}
    try:
        for number, row in enumerate(rows, start=2):
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
    except csv.Error as exc:
        document.warnings.append("Stopped reading at a malformed line: %s." % exc)
    if not document.profiles:
        return document.fail("The CSV file has a header but no usable candidate rows.")
    document.status = SUCCESS
    return document


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
    any other formula is dropped so it never reaches a record."""
    value = clean_text(cell).strip()
    match = _FORMULA.match(value)
    if match:
        return (match.group(1) or "").strip()
    return value


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
    phone = normalize_phone(phone, region)[0] if 7 <= len(digits(phone)) <= 15 else ""
    profile = Profile(
        name=re.sub(r"\s+", " ", name).strip(),
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
