"""The candidate's e-mail addresses, phone numbers and other links in the
text of a resume, and how sure we are of the first of each.

A resume also prints other people's contacts (referees, supervisors, an
employer's switchboard, a fax) and numbers that only look like phones
(dates, postcodes, IDs, grades, DOIs). A wrong value is worse than none:
those are left out, and a value is given high confidence only when the way
it was found makes a wrong one very unlikely (see README, "Confidence").
"""

import bisect
import re

from . import confidence, labels, vocabulary
from .fields import EMAIL_RE, LINKEDIN_RE, digits, fold, normalize_email, normalize_phone

HEADER_LINES = 40  # the top of the text, where a resume prints its own contact details
MAX_PHONES = 5

# Not inside a word or a dotted name ("neurips.2023.1234"); "Mob No.0880…" is fine.
PHONE_RE = re.compile(r"(?:(?<=[Nn]o\.)|(?<![\w/.]))(?:\+|00)?\(?\+?\d[\d ().\-/]{5,}\d(?![\w/])")
# A local part with stray spaces before its last pieces, then a spaced domain.
_BROKEN_EMAIL = re.compile(r"([\w.+-]+(?: \d{1,3}){0,4}) ?@ ?((?:[\w-]+ ?\. ?)+[A-Za-z]{2,24})\b")
_PHONE_SEPARATORS = re.compile(r"\s*/\s*|\s+-\s+|(?<=\d)-(?=\d{7})|\s+(?=\+|00)|\s{2,}")
_DATE_AFTER = re.compile(r"\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d$")
_DATE_RE = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:19|20)\d\d\s*[-/.]\s*(?:19|20)?\d\d$|"
    r"^\d{1,2}[./]\d{4}\s*-\s*\d{1,2}[./]\d{4}$"  # "11/2019 - 06/2022"
)
# Labels of numbers that are not phones: "ID 123456789", "PIN 560001".
_NOT_PHONE_LABEL = re.compile(
    r"(?:\bid|passport|ssn|zip|postal|post\s?code|\bpin|licen[cs]e|account|a/c|iban|gpa|isbn|\bdoi|〒|\bqq|\bcep|\bplz|"
    r"c[oó]digo postal|postleitzahl)"
    r"(?:\W*(?:no|number|num|#))?\W*$",
    re.I,
)
# Someone else's number: "Referee: …", "Fax", "Supervisor: …".
_OTHER_PERSON = re.compile(r"\b(?:refer(?:ee|ence)s?|fax|supervisor|employer|r[ée]f[ée]rences?)\b", re.I)
_REFERENCES = re.compile(
    r"^(?:professional |personal )?(?:references?|referees?|references? available.*|referenzen|referencias"
    r"(?: personales| laborales)?|referenze|referenties|referensi)$"
)
_REFERENCE_HINT = re.compile(r"r[eé]f", re.I)
_EMPLOYER = re.compile(
    r"\b(?:%s)\b" % "|".join(sorted(vocabulary.ORGANISATION_WORDS - {"school", "college", "university"})), re.I
)
# Chinese, Japanese and Korean phone labels run on into the next word ("手机号码").
_PHONE_LABEL = re.compile("(?:%s|手机|手機|电话|電話|携帯|전화|휴대폰|연락처)" % labels.label_pattern("phone"), re.I)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'|,]+|\b(?:github|gitlab|bitbucket)\.(?:com|org)/[\w.-]+|"
    r"\b[\w-]+\.(?:dev|io|me|site|page)(?:/[\w./-]*)?\b",
    re.I,
)


def _unique(values):
    return list(dict.fromkeys(v for v in values if v))


def reference_lines(lines):
    """Indexes of the lines of a references section (referees' contacts),
    from its heading to the next known heading or the end."""
    inside, found = False, set()
    for index, line in enumerate(lines):
        if not inside and not _REFERENCE_HINT.search(line):
            continue
        words = fold(line).strip(" :.-").split()
        if len(words) > 6:
            pass
        elif _REFERENCES.match(" ".join(words)):
            inside = True
        elif inside and words and len(words) <= 3 and set(words) <= vocabulary.HEADINGS:
            inside = False
        if inside:
            found.add(index)
    return found


# A template's address, nobody's: "xxx@gmail.com", "your.name@…", "email@…".
_PLACEHOLDER_EMAIL = re.compile(r"^(?:x+|your[._-]?(?:name|email)|e-?mail|name|user(?:name)?|seu[._-]?email)@")


def emails(text, links, references):
    """``(addresses, confidence of the first)``: the candidate's own first
    (a referee's, or an organisation's mailbox, only when there is no other)."""
    starts = [m.end() for m in re.finditer("\n", text)] if references else []
    found = [
        (normalize_email(m.group(0)), bool(references) and bisect.bisect(starts, m.start()) in references, "text")
        for m in EMAIL_RE.finditer(text)
    ]
    found += [(normalize_email(link[7:]), False, "link") for link in links if link.lower().startswith("mailto:")]
    found = [item for item in found if item[0] and not _PLACEHOLDER_EMAIL.match(item[0])]
    if not found:  # a template's address ("xxx@gmail.com") does not hide the real one
        found = [(normalize_email(value), False, "rebuilt") for value in _broken_emails(text, links)]
        found = [item for item in found if item[0] and not _PLACEHOLDER_EMAIL.match(item[0])]
    if not found:
        return [], 0.0
    found.sort(key=lambda item: (item[1], bool(confidence.ROLE_MAILBOX.match(item[0]))))
    first, referee, _source = found[0]
    sources = {source for value, _r, source in found if value == first}
    if referee:
        score = confidence.EMAIL_OF_REFEREE
    elif confidence.ROLE_MAILBOX.match(first):
        score = confidence.EMAIL_ROLE
    elif "rebuilt" in sources:
        score = confidence.EMAIL_REBUILT
    elif sources == {"text", "link"}:
        score = confidence.EMAIL_IN_TEXT_AND_LINK
    else:
        score = confidence.EMAIL_IN_TEXT if "text" in sources else confidence.EMAIL_LINK_ONLY
    return _unique(value for value, _r, _s in found), score


# "ssakai[at]math.example.jp", "florian[.]hebert(at)gmail.com": written so that robots miss it.
_OBFUSCATED_AT = re.compile(r"\s*[\[({]\s*(?:at|@)\s*[\])}]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*", re.I)
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$")


def _broken_emails(text, links=()):
    """Addresses the text layer broke apart: "shubhamB 1 3 @gmail.com",
    "abin@g" + a line break + "mail.com", "23h118@am" + another column's text
    + "jaincollege.edu.in" starting the next line, or addresses written as
    "name[at]host[dot]org" (used when no whole one is found)."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if "@" not in line:
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        domain = line.split("@", 1)[1].rstrip()
        if ("." not in domain or domain.endswith(".")) and following:
            line = line.rstrip() + following  # the domain goes on on the next line
        for match in _BROKEN_EMAIL.finditer(line):
            candidate = re.sub(r"\s+", "", match.group(1)) + "@" + re.sub(r"\s+", "", match.group(2))
            if EMAIL_RE.fullmatch(candidate):
                yield candidate
        first = following.split(" ", 1)[0]
        for token in re.findall(r"\S+@[A-Za-z0-9-]+(?=\s)", line):
            if _DOMAIN.match(first) and EMAIL_RE.fullmatch(token + first):
                yield token + first
    for source in [text, *(link[7:] for link in links if link.lower().startswith("mailto:"))]:
        if "at" in source.lower() and _OBFUSCATED_AT.search(source):
            yield from EMAIL_RE.findall(_OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", source)))


def phones(text, links, references, location_region, default_region, emails=()):
    """``(numbers, confidence of the first)``: the candidate's own numbers in
    reading order, a labelled or international number before a bare digit run
    that might be anything else. A referee's number (in a references section,
    or after "Referee:"), a fax and an employer's number further down are
    not the candidate's. A number printed without country code is read in the
    region of the document's international numbers, else of the candidate's
    location, else the configured default region."""
    candidates = []  # (rank, position, raw, line index)
    # "610948097@qq.com": the account number of the address is no phone.
    accounts = {e.split("@")[0] for e in emails if e.split("@")[0].isdigit()}
    for index, line in enumerate(text.splitlines()):
        if index in references:
            continue
        for match in PHONE_RE.finditer(line):
            before = line[: match.start()][-25:]
            labelled = bool(_PHONE_LABEL.search(before))
            if (not labelled and _NOT_PHONE_LABEL.search(before)) or _OTHER_PERSON.search(line[: match.start()]):
                continue
            if index >= HEADER_LINES and _EMPLOYER.search(line):
                continue  # an employer's number, printed with its name below the header
            found = _DATE_AFTER.sub("", match.group(0))  # "0334281675 01/05/1999": a birth date follows
            for raw in _phone_parts(found):
                if digits(raw) in accounts:
                    continue
                strong = labelled or raw.startswith(("+", "00"))
                candidates.append((0 if strong else 1, len(candidates), raw, index))
    candidates += [(0, -1, link[4:], -1) for link in links if link.lower().startswith("tel:")]
    region = _infer_region(candidates) or location_region or default_region
    # Of numbers found alike, one that validates (in the region) comes first:
    # "52 37 104 90 283" (exam marks) is no phone beside "13026177235".
    normalized = []
    for rank, pos, raw, index in sorted(candidates)[: 2 * MAX_PHONES]:
        value = normalize_phone(raw, region)[0]
        normalized.append((rank, not value.startswith("+"), pos, value, index))
    ordered = sorted(normalized)[:MAX_PHONES]
    phones = _unique(value for _rank, _invalid, _pos, value, _index in ordered)
    if not phones:
        return [], 0.0
    rank, _invalid, _pos, _value, index = ordered[0]
    if index < 0:
        score = confidence.PHONE_LINK
    elif index < HEADER_LINES:
        score = confidence.PHONE_HEAD_LABELLED if rank == 0 else confidence.PHONE_HEAD
    else:
        score = confidence.PHONE_BODY
    if not phones[0].startswith("+"):  # no region validated it: kept as printed
        score *= confidence.PHONE_UNVALIDATED
    return phones, round(score, 3)


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
    for _rank, _pos, raw, _index in candidates:
        if raw.startswith(("+", "00")):
            region = normalize_phone(raw)[1]
            if region:
                return region
    return None


def other_links(text, links):
    found = list(links) + [m.group(0) for m in URL_RE.finditer(text)]
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
