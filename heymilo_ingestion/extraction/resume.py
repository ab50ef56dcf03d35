"""Candidate fields from the text of a resume.

Works on ``TextLine`` objects (text plus glyph sizes) so that the name can be
found the way a reader finds it: the largest text at the top of page one.
"""

import re
import unicodedata

from . import labels, vocabulary
from .fields import (
    EMAIL_RE,
    LINKEDIN_RE,
    clean_text,
    digits,
    fold,
    linkedin_from_handle,
    normalize_email,
    normalize_linkedin,
    normalize_phone,
)
from .places import country_code, is_place, place_region
from .result import Profile

MAX_GLYPH_SIZE = 100.0  # larger sizes come from broken font matrices
HEADER_LINES = 40
TOP_LINES = 6  # where a resume puts the name, after a title such as "Curriculum Vitae"
NEAR_SIZE = 0.85  # a name at the top this large beside larger text below is still the name
FIRST_LINES, NEAR_SIZE_FIRST = 2, 0.75  # on the very first lines, even when smaller
MAX_PHONES = 5

_TITLES = re.compile(r"^(?:name\b\s*[:\-]*\s*|(?:mr|mrs|ms|miss|dr|prof|er|eng|engr|cpa|adv|capt)\.?\s+)", re.I)
_DEGREES = re.compile(
    r",?\s+\b(?:ph\.?d|mba|m\.?sc|b\.?sc|b\.?a|m\.?a|b\.?e|b\.?tech|m\.?tech|b\.?com|cpa|cfa|pmp|md|p\.?e|jr|sr)\.?$",
    re.I,
)
_NAME_SPLIT = re.compile(
    r"\s*,\s*|\s+(?:\||•|·|–|-|—)\s+|\s+(?=(?:e[\s-]?mail|phone|mobile|mob|tel|cell|contact|address|permanent|present|[sdw]/o)\b|\S+@|\S*\d)",
    re.I,
)
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?$")
# Not inside a word or a dotted name ("neurips.2023.1234"); "Mob No.0880…" is fine.
_PHONE_RE = re.compile(r"(?:(?<=[Nn]o\.)|(?<![\w/.]))(?:\+|00)?\(?\+?\d[\d ().\-/]{5,}\d(?![\w/])")
# A local part with stray spaces before its last pieces, then a spaced domain.
_BROKEN_EMAIL = re.compile(r"([\w.+-]+(?: \d{1,3}){0,4}) ?@ ?((?:[\w-]+ ?\. ?)+[A-Za-z]{2,24})\b")
_PHONE_SEPARATORS = re.compile(r"\s*/\s*|\s+-\s+|(?<=\d)-(?=\d{7})|\s+(?=\+|00)|\s{2,}")
_DATE_RE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:19|20)\d\d\s*[-/.]\s*(?:19|20)?\d\d$")
# Labels of numbers that are not phones: "ID 123456789", "PIN 560001".
_NOT_PHONE_LABEL = re.compile(
    r"(?:\bid|passport|ssn|zip|postal|post\s?code|\bpin|licen[cs]e|account|a/c|iban|gpa)"
    r"(?:\W*(?:no|number|num|#))?\W*$",
    re.I,
)
_PHONE_LABEL = re.compile("(?:%s)" % labels.label_pattern("phone"), re.I)
_LINKEDIN_LABEL = re.compile(r"linked\s?in\s*[:|\-]?\s*([A-Za-z0-9][A-Za-z0-9._-]+)", re.I)
_LOCATION_LABEL = re.compile(r"^(?:%s)\b\s*[:\-]?\s*(.*)$" % labels.label_pattern("location"), re.I)
_NAME_LABEL = re.compile(
    r"(?im)^\s*(?:(?:my|full|candidate|applicant)\s+)?(?:%s)\b\s*[:\-]*\s*(.+)$" % labels.label_pattern("name")
)
_PLACE_PART = r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*"
_CITY_RE = re.compile(rf"^{_PLACE_PART}(?:, ?{_PLACE_PART}){{1,2}}$")
# "University of La Verne, La Verne, CA": the place is what follows the institution.
_INSTITUTION = re.compile(
    r"^[^,]*\b(?:university|college|school|institute|academy|inc|ltd|llc|gmbh|corp|company)\b[^,]*,\s*", re.I
)
# "San Francisco, CA 94103": the postal code is not part of the place.
_POSTCODE = re.compile(r"\s+\d{4,6}$")
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'|,]+|\b(?:github|gitlab|bitbucket)\.(?:com|org)/[\w.-]+|"
    r"\b[\w-]+\.(?:dev|io|me|site|page)(?:/[\w./-]*)?\b",
    re.I,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:\||•|·|;|\s{2,}| - )\s*")


def parse_resume(lines, links=(), region=None):
    """Build a ``Profile`` from text lines (``TextLine``) and link targets."""
    text = "\n".join(clean_text(line.text) for line in lines)
    head = [line for line in lines if line.page == 1][:HEADER_LINES] or lines[:HEADER_LINES]
    profile = Profile(text=text)
    profile.emails = _emails(text, links)
    profile.email = profile.emails[0] if profile.emails else ""
    profile.linkedin_url = _linkedin(text, links)
    name_line, profile.name = _name(head, text, profile.emails)
    profile.headline = _headline(head, name_line, profile.name)
    profile.location = _location(text.splitlines()[:HEADER_LINES], profile.name)
    profile.phones = _phones(text, links, place_region(profile.location), region)
    profile.phone = profile.phones[0] if profile.phones else ""
    profile.links = _other_links(text, links)
    return profile


# -- e-mail, phone, LinkedIn ---------------------------------------------------


def _unique(values):
    return list(dict.fromkeys(v for v in values if v))


def _emails(text, links):
    found = [m.group(0) for m in EMAIL_RE.finditer(text)]
    found += [link[7:] for link in links if link.lower().startswith("mailto:")]
    return _unique(normalize_email(value) for value in found or _broken_emails(text))


def _broken_emails(text):
    """Addresses the text layer broke apart: "shubhamB 1 3 @gmail.com",
    "abin@g" + a line break + "mail.com" (used when no whole one is found)."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if "@" not in line:
            continue
        domain = line.split("@", 1)[1].rstrip()
        if ("." not in domain or domain.endswith(".")) and index + 1 < len(lines):
            line = line.rstrip() + lines[index + 1].strip()  # the domain goes on on the next line
        for match in _BROKEN_EMAIL.finditer(line):
            candidate = re.sub(r"\s+", "", match.group(1)) + "@" + re.sub(r"\s+", "", match.group(2))
            if EMAIL_RE.fullmatch(candidate):
                yield candidate


def _phones(text, links, location_region, default_region):
    """Phone numbers in reading order; a labelled or international number
    comes before a bare digit run that might be anything else. A number
    printed without country code is read in the region of the document's
    international numbers, else of the candidate's location, else the
    configured default region."""
    candidates = []
    for line in text.splitlines():
        for match in _PHONE_RE.finditer(line):
            before = line[: match.start()][-25:]
            labelled = bool(_PHONE_LABEL.search(before))
            if not labelled and _NOT_PHONE_LABEL.search(before):
                continue
            for raw in _phone_parts(match.group(0)):
                strong = labelled or raw.startswith(("+", "00"))
                candidates.append((0 if strong else 1, len(candidates), raw))
    candidates += [(0, -1, link[4:]) for link in links if link.lower().startswith("tel:")]
    region = _infer_region(candidates) or location_region or default_region
    ordered = [raw for _rank, _pos, raw in sorted(candidates)][:MAX_PHONES]
    return _unique(normalize_phone(raw, region)[0] for raw in ordered)


def _phone_parts(found):
    """The numbers in a digit run: one, or several printed together
    ("9806630177/9791310978", "+91 98240 60867-9722935445"); dates,
    versions and runs of the wrong length are left out."""
    parts = [found] if len(digits(found)) <= 15 else _PHONE_SEPARATORS.split(found)
    for part in parts:
        raw = re.sub(r"^\(\s*(\+\d{1,4})\s*\)\s*", r"\1 ", re.sub(r"-{2,}", "-", part.strip(" .-/")))  # "(+91) 98…"
        if raw.count("(") != raw.count(")"):
            raw = raw.strip("()")
        count = len(digits(raw))
        if not 7 <= count <= 15 or _DATE_RE.match(raw.strip("()")):
            continue
        if raw.count(".") >= 2 and count < 10:  # dotted dates or versions
            continue
        yield raw


def _infer_region(candidates):
    """Numbers printed without a country code most likely share the region of
    the international ones in the same document."""
    for _rank, _pos, raw in candidates:
        if raw.startswith(("+", "00")):
            region = normalize_phone(raw)[1]
            if region:
                return region
    return None


def _linkedin(text, links):
    for link in links:
        url = normalize_linkedin(link)
        if url:
            return url
    compact = re.sub(r"\s*/\s*", "/", text)
    url = normalize_linkedin(compact)
    if url:
        return url
    for match in _LINKEDIN_LABEL.finditer(text):
        url = linkedin_from_handle(match.group(1))
        if url:
            return url
    return ""


def _other_links(text, links):
    found = list(links) + [m.group(0) for m in _URL_RE.finditer(text)]
    result = []
    for url in found:
        url = url.rstrip(".,;)")
        low = url.lower()
        if (
            LINKEDIN_RE.search(url)
            or low.startswith(("mailto:", "tel:"))
            or "localhost" in low
            or "@" in url
            or low.rstrip("/") in ("https://example.com", "http://example.com")
        ):
            continue
        result.append(url)
    return _unique(result)[:10]


# -- name ----------------------------------------------------------------------


def _name(head, text, emails):
    """Return ``(line, name)``: the largest name-like text near the top of
    page one, else a ``Name:`` label, else a name read from the e-mail.

    Section headings are often set larger than the name; a name among the
    first lines that is nearly as large wins over larger text further down."""
    ranked = []
    for position, line in enumerate(head):
        for run_text, size in line.runs:
            if size <= MAX_GLYPH_SIZE and any(c.isalpha() for c in clean_text(run_text)):
                ranked.append((-size, position, run_text, line))
    ranked.sort(key=lambda item: item[:2])

    def candidates(entries):
        """``(size, position, line, name)`` of the entries that hold a name, lazily."""
        for size, position, run_text, line in entries:
            name = clean_name(_respace_letters(run_text, text, emails)) or clean_name(line.text)
            if not name:
                # A name drawn glyph by glyph may reach us in pieces of one size,
                # on lines of their own (pieces of one line are a drop cap's).
                pieces = [(piece, id(source)) for s, _p, piece, source in ranked if s == size]
                spread = len({source for _piece, source in pieces}) > 1
                joined = " ".join(piece for piece, _source in pieces)
                name = clean_name(joined) if spread and 1 < len(pieces) <= 6 else ""
            if name:
                yield -size, position, line, name

    label = _name_label("\n".join(line.text for line in head[: TOP_LINES + 2]))
    if label:  # "Name: …" among the first lines says it outright
        return None, label
    best = next(candidates(ranked), None)
    if best and best[1] < TOP_LINES:
        return best[2:]
    for size, position, line, name in candidates(entry for entry in ranked if entry[1] < TOP_LINES):
        if best and size >= (NEAR_SIZE_FIRST if position < FIRST_LINES else NEAR_SIZE) * best[0]:
            return line, name
    single = _one_word_name(ranked)
    if single:  # unless a fuller form of it stands further down ("SHRUTHI", "Name: Shruthi L")
        if best and fold(single[1]) in fold(best[3]):
            return best[2:]
        label = _name_label(text)
        return (None, label) if label and fold(single[1]) in fold(label) else single
    label = _name_label("\n".join(line.text for line in head))
    if label:
        return None, label
    if best:
        return best[2:]
    return None, _name_label(text) or _name_from_email(emails)


def _one_word_name(ranked):
    """``(line, name)`` for a name printed as one word ("ABDULLAH"), or one
    word a line ("PREMNATH" / "YADAV"), as the largest text of the first
    lines; else None."""
    if not ranked:
        return None
    largest = -ranked[0][0]
    words = [
        (-size, position, word, line)
        for size, position, run_text, line in ranked
        if position < 3 and -size >= 0.9 * largest and (word := _single_word(run_text))
    ]
    if not words:
        return None
    size, position, word, line = min(words, key=lambda item: item[1])
    following = [w for s, p, w, _l in words if p == position + 1 and abs(s - size) <= 0.15 * size]
    return line, " ".join(_natural_case(w) for w in [word, *following[:1]])


def _single_word(raw):
    word = _NAME_SPLIT.split(clean_text(raw).strip(), maxsplit=1)[0].strip(" .,:")
    if not (len(word) >= 4 and word.isalpha() and len(set(word.lower())) >= 3) or vocabulary.CV_TITLE.match(fold(word)):
        return ""
    if fold(word) in vocabulary.NOT_NAME or is_place(word):
        return ""
    if any(heading in fold(word) for heading in vocabulary.LONG_HEADINGS):  # "PERSONALDETAILS"
        return ""
    return word


def _name_label(text):
    for match in _NAME_LABEL.finditer(text):
        name = clean_name(match.group(1))
        if name:
            return name
    return ""


def _name_from_email(emails):
    """Last resort: 'bob.jones@…' names Bob Jones (two or three words of
    letters in the address; 'info@', 'bjones77@' name nobody)."""
    for email in emails[:1]:
        words = re.split(r"[._-]", email.split("@")[0])
        if 2 <= len(words) <= 3 and all(len(w) > 1 and w.isalpha() for w in words):
            return clean_name(" ".join(words).title())
    return ""


def _drop_qualifiers(text):
    """Drop a role, degree or nickname in brackets: "M.AZARUDEEN (Civil
    Engineer)", "ALFRED (YI) ZHANG". Other bracketed text stays (and makes
    the text no name)."""

    def replace(match):
        words = {fold(w) for w in re.split(r"[\W_]+", match.group(1)) if w}
        qualifier = len(match.group(1)) <= 3 or words & (vocabulary.JOB_WORDS | vocabulary.OTHER_WORDS)
        return " " if qualifier else match.group(0)

    return re.sub(r"\(([^)]*)\)", replace, text)


def clean_name(raw):
    """The person's name in ``raw`` in natural case, or '' when ``raw`` does
    not look like a name (headings, job titles, contact details)."""
    raw = _drop_qualifiers(clean_text(raw))
    raw = re.sub(r"\s+", " ", _unspace_letters(vocabulary.CV_TITLE_PREFIX.sub("", raw.strip(" -–:"))))
    raw = _NAME_SPLIT.split(raw, maxsplit=1)[0].strip(" ,;:|")
    if not raw or "@" in raw or ":" in raw or any(c.isdigit() for c in raw):
        return ""
    raw = _DEGREES.sub("", _TITLES.sub("", raw)).strip(" ,")
    # "MOHAMED FAIZAL .K.M.", "Rajendrakumar . D. Meroliya": stray dots of initials.
    tokens = [t.lstrip(".") for t in raw.split() if t.strip(".")]
    if tokens and all(_is_cjk(t) for t in tokens):
        joined = "".join(tokens)
        return joined if 2 <= len(joined) <= 6 else ""
    # "J.MUTHUKUMARAN" and "SURESH.S" are two words joined by an initial's dot.
    words = [part for t in tokens for part in t.split(".") if part]
    if not 2 <= len(words) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return ""
    # Words, and dotted tokens read as one word ("B.B.A" is a degree).
    folded = {fold(w) for w in words} | {fold(t.replace(".", "")) for t in tokens}
    if folded & (vocabulary.NOT_NAME):
        return ""
    if all(t[0].islower() for t in tokens):  # a piece of a sentence, not a name
        return ""
    # A place, or a text ending in a country: "Saudi Arabia", "Naita. Sri Lanka",
    # "Abudhabi- UAE" (one-word countries end names too: Jordan, Chad, Sen).
    if (
        is_place(raw)
        or (len(words) > 2 and country_code(" ".join(words[-2:])))
        or fold(words[-1]) in vocabulary.COUNTRY_SHORTHANDS
    ):
        return ""
    if fold("".join(words)) in vocabulary.HEADINGS or all(
        vocabulary.CV_TITLE.match(fold(w)) for w in words
    ):  # "Curicullum Vaite"
        return ""
    if sum(len(w) > 1 for w in words) < 1:
        return ""
    name = " ".join(_natural_case(t) for t in tokens)
    return name if len(words[-1]) == 1 else name.rstrip(".")


def _respace_letters(raw, text, emails):
    """A heading spelled 'J O H N D O E' hides where words end; find the same
    letters written normally elsewhere (text or e-mail) to learn it."""
    tokens = clean_text(raw).split()
    if len(tokens) < 4 or any(len(t) > 1 for t in tokens):
        return raw
    letters = "".join(tokens)
    pattern = re.compile(r"[ ._-]?".join(map(re.escape, letters)), re.I)
    for source in [text] + [e.split("@")[0] for e in emails]:
        for match in pattern.finditer(source):
            words = re.split(r"[ ._-]", match.group(0))
            if 1 < len(words) < len(letters):
                return "   ".join(w.upper() for w in words)
    return raw


def _unspace_letters(raw):
    """'J O H N   D O E' (letter-spaced headings) becomes 'JOHN DOE'."""
    tokens = raw.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= len(tokens) - 1:
        return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", raw))
    return raw


def _natural_case(token):
    if len(token) > 1 and token.isupper():
        return token.title()
    if token.islower() and len(token) > 1:
        return token.capitalize()
    return token


def _is_cjk(token):
    return all(unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")) for c in token)


# -- headline and location ---------------------------------------------------------


def _headline(head, name_line, name):
    if name_line is None:
        return ""
    if "|" in name_line.text:
        rest = clean_text(name_line.text).split("|", 1)[1].strip()
        if _is_headline(rest, name):
            return rest
    index = head.index(name_line)
    for neighbour in head[index + 1 : index + 3] + head[max(index - 1, 0) : index]:
        text = re.sub(r"\s+", " ", clean_text(neighbour.text)).strip()
        if _is_headline(text, name):
            return text
    return ""


def _is_headline(text, name):
    if not 3 <= len(text) <= 90 or EMAIL_RE.search(text) or _URL_RE.search(text):
        return False
    if sum(c.isdigit() for c in text) > 2 or fold(text) == fold(name):
        return False
    words = {fold(w).strip(":.,") for w in text.split()}
    if words & {"curriculum", "vitae", "resume", "cv", "résumé"} or words <= vocabulary.HEADINGS:
        return False
    return text[0].isalpha() and (text.isupper() or len(text.split()) > 1 or words & vocabulary.JOB_WORDS)


def _location(lines, name):
    for index, line in enumerate(lines):
        match = _LOCATION_LABEL.match(line.strip())
        if match:
            value = match.group(1).strip(" :") or (lines[index + 1].strip() if index + 1 < len(lines) else "")
            if value and not EMAIL_RE.search(value):
                return re.sub(r"\s+", " ", value)[:120]
    for line in lines:
        for segment in _SEGMENT_SPLIT.split(line.strip()):
            segment = _POSTCODE.sub("", _INSTITUTION.sub("", segment.strip(" ,")))
            if _CITY_RE.match(segment) and fold(segment) != fold(name) and len(segment) <= 60:
                words = {fold(w).strip(",") for w in segment.split()}
                if not words & (vocabulary.HEADINGS | vocabulary.JOB_WORDS) and place_region(segment):
                    return segment
    return ""
