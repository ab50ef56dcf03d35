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
from urllib.parse import unquote

import phonenumbers

from . import confidence, labels, vocabulary
from .fields import EMAIL_RE, LINKEDIN_RE, digits, email_matches, normalize_email, normalize_phone
from .places import country_code, is_place, place_region
from .sections import reference_lines  # noqa: F401  (resume.py reads it here)

HEADER_LINES = 40  # the top of the text, where a resume prints its own contact details
MAX_PHONES = 5
FAR_ALONE = 2  # the rank of a bare number alone on its line far from the contacts

# Not inside a word or a dotted name ("neurips.2023.1234"); "Mob No.0880…" is fine,
# and so is a Chinese, Japanese or Korean label run on into the number ("電話080-…").
# The lookahead names the characters a number can start with, which lets the
# regular expression engine skip the others quickly (its lookbehinds do not).
PHONE_RE = re.compile(
    r"(?=[+(\d])(?:(?<=[Nn]o\.)|(?<![^\W\u2e80-\u9fff\uac00-\ud7a3])(?<![/.]))"
    r"(?:\+ ?|00)?\(?\+?\d[\d ().\-/]{5,}\d(?![\w/])"
)
# A local part with stray spaces before its last pieces, then a spaced domain.
_BROKEN_EMAIL = re.compile(r"([\w.+-]+(?: \d{1,3}){0,4}) ?@ ?((?:[\w-]+ ?\. ?)+[A-Za-z]{2,24})\b")
# "010-9416-2506 010-9416-2506": a second number after one space.
_SECOND_NUMBER = re.compile(r"(?<=\d) (?=[0+(]\d)")
# "268/2381", "2016/679", "110/110": a rank, a regulation, a grade.
_FRACTION = re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$")
# A URL, and one cut at the line end whose rest starts the next line.
# A path after a host name ("linkedin.com/in/jane-doe-353500381") holds no phone either.
_IN_URL = re.compile(r"(?:https?://|www\.|doi\.org/|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}/)\S+", re.I)
_URL_GOES_ON = re.compile(r"(?:https?://|www\.)\S*[-/._]$", re.I)
_PHONE_SEPARATORS = re.compile(r"\s*/\s*|\s+-\s+|(?<=\d)-(?=\d{7})|\s+(?=\+|00)|\s{2,}")
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
_SPACED_PLUS = re.compile(r"(?<=\()\+\s+(?=\d{1,3}\s*\))")  # "(+ 57) 320 259 5600"
# Dashes of word processors and of Japanese forms (full-width "－", the long-vowel mark "ー").
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\u2010\u2011\u2012\u2013\u2212\uff0d\u30fc](?=\d)")
_COMPACT_DATE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")  # "20170410"
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d-\d")
_ISO_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")
_DATE_AFTER = re.compile(r"\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d$")
_DATE_RE = re.compile(
    r"^\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}$|^(?:19|20)\d\d\s*[-/.]\s*(?:19|20)?\d\d$|"  # "۱۳۷۹ / ۰۳ / ۲۴"
    r"^\d{1,2}[./ ]\s*(?:19|20)\d\d\s*-\s*\d{1,2}[./ ]\s*(?:19|20)\d\d$|"  # "11/2019 - 06/2022", "8/ 2014 - 12/2017"
    r"^(?:0?[1-9]|1[0-2])/\d\d\s*-\s*(?:0?[1-9]|1[0-2])/\d\d$|"  # "10/10 - 03/14": months of two-digit years
    r"^(?:19|20)\d\d[./]?\d{1,2}\s*-\s*(?:19|20)\d\d[./]?\d{1,2}$|"  # "2021.08 - 2021.12", "201710 - 201806"
    r"^(?:19|20)\d\d(?:\s*/\s*(?:19|20)\d\d)+$"  # "2023/2024/2025"
)
# Two years of any calendar ("۱۳۹۷ - ۱۳۹۸" is 1397–1398 of the Persian one, "2560-2563" Thai).
_YEARS = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")
_DATE_RANGE = re.compile(r"(?:19|20)\d\d[./]\d{1,2}\s*-\s*(?:19|20)\d\d[./]\d{1,2}")  # "(1) 2024.03-2024.06"
# Labels of numbers that are not phones: "ID 123456789", "PIN 560001", and
# national identity numbers ("C.C. 1.098.765.432", "CPF", "CNP", "PESEL", "Aadhaar").
_NOT_PHONE_LABEL = re.compile(
    r"(?:\bid|passport|ssn|zip|postal|post\s?code|\bpin|licen[cs]e|account|a/c|iban|gpa|isbn|\bdoi|〒|\bqq|\bcep|\bplz|"
    r"arxiv|orcid|\bissn|\bpmid|\bpmcid|"  # a publication's identifier: "arXiv:2509.09442"
    r"\bgrant|项目|項目|基金|编号|編號|批准号|课题|課題|"  # a grant's or project's number: "面上项目，62272178"
    r"c[oó]digo postal|postleitzahl|c[eé]dula|\bc\.\s?c\b\.?|\bcc\b|\bdni|\bnie\b|\bnif\b|\brut\b|\bcnp\b|\bcpf\b|"
    r"\brg\b|aadhaa?r|\bnik\b|\bktp\b|\bnric\b|pesel|kimlik|\bbsn\b|ausweis|identi(?:ty|t[eé]|dad|dade)|codice fiscale|"
    r"pasaporte|passeport|reisepass)"
    r"(?:\W*(?:card|no|number|num|#))*\W*$",
    re.I,
)
# Someone else's number: "Referee: …", "Fax", "Supervisor: …".
_OTHER_PERSON = re.compile(r"\b(?:refer(?:ee|ence)s?|fax|supervisor|employer|r[ée]f[ée]rences?)\b", re.I)
# A work address ("Dirección de trabajo", "Office address"): its number is the employer's.
_WORK_ADDRESS = re.compile(
    r"\b(?:work|office|business|company)\s+address|direcci[oó]n\s+(?:de\s+)?(?:trabajo|laboral|la empresa)|"
    r"endere[cç]o\s+(?:de\s+)?trabalho|endere[cç]o comercial|adresse professionnelle|gesch[äa]ftsadresse|"
    r"arbeitsadresse|dienstadresse|indirizzo (?:di lavoro|dell'ufficio)|werkadres|adres (?:pracy|służbowy)",
    re.I,
)
_EMPLOYER = re.compile(
    r"\b(?:%s)\b" % "|".join(sorted(vocabulary.ORGANISATION_WORDS - {"school", "college", "university"})), re.I
)
# A label starts a word ("Hotel", "Excellent" hold none); Chinese, Japanese
# and Korean phone labels run on into the next word ("手机号码").
_PHONE_LABEL = re.compile(
    "(?:(?<![^\\W\\d_])(?:%s)|手机|手機|电话|電話|携帯|전화|휴대폰|연락처)" % labels.label_pattern("phone"), re.I
)
# A label, and maybe the country code and the first digits, ending a line: the number goes on on the next one.
_LABEL_AT_END = re.compile(
    r"(?:%s)[^\W\d]{0,8}\s*[:.\-]?\s*(\(?\+?\d{1,4}\)?(?:[\s.-]*\d{1,4})?)?\s*$" % _PHONE_LABEL.pattern, re.I
)
_PREFIX_AT_END = re.compile(r"(?:^|\s)(\(?\+\d{1,4}\)?(?:\s*\(0\))?(?:[\s.-]+\d{1,4})?)\s*$")  # "… +49 170" + "1234567"
_URL_PARTS = (  # the lookahead: what the first part starts with, for the engine to skip other characters fast
    r"(?=[hwgb])(?:(?:https?://|www\.)[^\s<>\"'|,]+|\b(?:github|gitlab|bitbucket)\.(?:com|org)/[\w.-]+)",
    r"\b[\w-]+\.(?:dev|io|me|site|page)(?:/[\w./-]*)?\b",
)
URL_RE = re.compile("|".join(_URL_PARTS), re.I)
# The last part is slow to try at every word: without one of its domains the first parts find the same.
_URL_WITHOUT_BARE = re.compile(_URL_PARTS[0], re.I)
_BARE_DOMAIN = re.compile(r"\.(?:dev|io|me|site|page)", re.I)


def _urls(text):
    return (URL_RE if _BARE_DOMAIN.search(text) else _URL_WITHOUT_BARE).finditer(text)


def _unique(values):
    return list(dict.fromkeys(v for v in values if v))


# A template's address, nobody's: "xxx@gmail.com", "your.name@…", "email@…",
# "first.last@…", any address at a domain that stands for one ("name@domain.com",
# "mail@xyz.com", "me@yourdomain.com"). The domains RFC 2606 reserves for
# examples are no sign: synthetic resumes (the tests, data/corpus) use them.
_PLACEHOLDER_EMAIL = re.compile(
    # a template's sample, or an address masked before publishing ("c.xxxxxxxxxxxx@gmail.com")
    r"^(?:(?:x+|(?:\w{1,2}[._-])?x{4,}(?:[._-]x+)*|your[._-]?(?:name|email|mail)|e-?mail|name|user(?:name)?|seu[._-]?email|"
    r"first(?:name)?[._-]?last(?:name)?)@|"
    r"[^@]+@(?:[\w-]+\.)*(?:(?:your)?domain\.com|xyz\.com|your(?:company|website|name)\.\w+)$)"
)


def _tail_of(value, address):
    """Whether ``value`` is ``address`` without its start: the text layer
    lost it ("gromo\x1b97@": a ligature it could not read)."""
    return value != address and address.endswith(value)


# "Academic Referee: Enrico Pajer (e.pajer@uu.nl)": the address of the person
# the label names, on its line (a hyphenation may split the label: "Ref-eree").
_NAMED_OTHER = re.compile(r"\b(?:referee|reference|supervisor|advisor|adviser)s?\s*[:：][^\n:：@]{0,60}$", re.I)


def _named_other(text, start):
    """Whether the address at ``start`` follows another person's label on its line."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return ":" in before and bool(_NAMED_OTHER.search(before.replace("-", "")))


def emails(text, links, references):
    """``(addresses, confidence of the first)``: the candidate's own, an
    organisation's mailbox (info@, hr@) only when there is no other. A
    referee's address (in a references section, or after "Referee:" on its
    line) is never given: it is nobody the engine should write to."""
    starts = [m.end() for m in re.finditer("\n", text)] if references else []
    found, referees = [], set()
    for match in email_matches(text):
        if references and bisect.bisect(starts, match.start()) in references or _named_other(text, match.start()):
            referees.add(normalize_email(match.group(0)))
        else:
            whole = _mended_address(text, match)
            found.append((normalize_email(whole), "text" if whole == match.group(0) else "rebuilt"))
    referees -= {value for value, _source in found}  # printed as the candidate's too
    # "mailto:%20name@…": the link's own encoding is no part of the address.
    found += [(normalize_email(unquote(link[7:])), "link") for link in links if link.lower().startswith("mailto:")]
    found = [item for item in found if item[0] and item[0] not in referees and not _PLACEHOLDER_EMAIL.match(item[0])]
    # A printed address that is the tail of a mailto: link's is the link's.
    whole = [value for value, source in found if source == "link"]
    found = [(v, s) for v, s in found if s != "text" or not any(_tail_of(v, link) for link in whole)]
    if not found:  # a template's address ("xxx@gmail.com") does not hide the real one
        found = [(normalize_email(value), "rebuilt") for value in _broken_emails(text, links)]
        found = [item for item in found if item[0] not in referees and not _PLACEHOLDER_EMAIL.match(item[0])]
    lines = text.splitlines()
    found = [((joined, "rebuilt") if (joined := _joined(lines, value)) else (value, source)) for value, source in found]
    if not found:
        return [], 0.0
    found.sort(key=lambda item: bool(confidence.ROLE_MAILBOX.match(item[0])))
    first = found[0][0]
    sources = {source for value, source in found if value == first}
    if confidence.ROLE_MAILBOX.match(first):
        score = confidence.EMAIL_ROLE
    elif "rebuilt" in sources:
        score = confidence.EMAIL_REBUILT
    elif sources == {"text", "link"}:
        score = confidence.EMAIL_IN_TEXT_AND_LINK
    elif _may_be_cut(lines, first):  # "massimiliano" / "conte1998@gmail.com"?
        score = confidence.EMAIL_MAY_BE_CUT
    else:
        score = confidence.EMAIL_IN_TEXT if "text" in sources else confidence.EMAIL_LINK_ONLY
    return _unique(value for value, _s in found), score


# "nurmina.ozekes .04@": a gap the text layer read as a space before a dot of the local part.
_BEFORE_DOT = re.compile(r"(?<![\w.@])[A-Za-z0-9][\w.+-]* $")
_COUNTRY_DOMAIN_BELOW = re.compile(r"\.[ \t]*\n[ \t]*([a-z]{2})[ \t]*(?=\n|$)")  # a line of two letters only
# "E-mailsaadhalli405@…": the label glued to the address (a label is capitalised, an address is not).
_GLUED_LABEL = re.compile(r"^(?:E-?[Mm]ail|Correo|Courriel)(?=[a-z0-9])")


def _mended_address(text, match):
    """The address ``match`` found, with the start a gap cut off put back,
    the country domain a line break cut off ("…@aluno.ifsc.edu." / "br")
    put back and a label glued on taken off."""
    address = match.group(0)
    if text[match.start() - 1 : match.start()] == ".":
        before = _BEFORE_DOT.search(text, max(match.start() - 65, 0), match.start() - 1)
        if before:
            address = before.group(0).rstrip() + "." + address
    after = _COUNTRY_DOMAIN_BELOW.match(text, match.end())
    if after:
        address += "." + after.group(1)
    return _GLUED_LABEL.sub("", address)


# The end of a line that may be the first part of a local part: lower case, no label.
_LOCAL_PART_START = re.compile(r"(?:^|\s)([a-z][a-z0-9._-]{2,})$")
_CUT_LOCAL_PART = re.compile(r"^\d{1,4}@")
_EMAIL_LABEL = re.compile(r"^(?:e-?mail(?:-?id)?|mail|correo|courriel|e-?posta|contact)$", re.I)


def _may_be_cut(lines, address):
    """Whether ``address`` starts a line after a lower-case word that may be
    the first part of its local part."""
    return any(_LOCAL_PART_START.search(lines[index - 1].rstrip()) for index in _starting_lines(lines, address))


def _starting_lines(lines, address):
    """Indexes (after the first) of the lines that start with ``address``."""
    return [
        index
        for index in range(1, len(lines))
        if "@" in lines[index] and lines[index].lstrip().lower().startswith(address)
    ]


def _joined(lines, address):
    """The address whose local part a line break cut ("massimilianoconte" /
    "1998@gmail.com"): a local part of a few digits only (a year, a number
    added to a taken name) starting a line after a lower-case word; else ''."""
    if not _CUT_LOCAL_PART.match(address):
        return ""
    for index in _starting_lines(lines, address):
        match = _LOCAL_PART_START.search(lines[index - 1].rstrip())
        if match and not _EMAIL_LABEL.match(match.group(1)) and not _DOMAIN.match(match.group(1)):
            joined = match.group(1) + address
            if EMAIL_RE.fullmatch(joined):
                return joined
    return ""


# "ssakai[at]math.example.jp", "florian[.]hebert(at)gmail.com": written so that robots miss it.
_OBFUSCATED_AT = re.compile(r"\s*[\[({]\s*(?:at|@)\s*[\])}]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*", re.I)
# An address spelt in words: "punkt", "piste", "dot" between its parts, "snabel-a", "arroba" before the
# domain (not "at": "worked at Spotify dot com" is a sentence).
_DOT_WORD = r"\s+(?:dot|punkt|prick|piste|punto|ponto|point|punt)\s+"
_SPELT_DOT = re.compile(_DOT_WORD, re.I)
_SPELT_EMAIL = re.compile(
    r"(?<![\w.])([a-z0-9][\w-]*(?:%s[\w-]+)*)\s+(?:snabel-?a|ät|apenstaartje|arroba|chiocciola|arobase)\s+"
    r"([a-z0-9][\w-]*(?:%s[a-z0-9-]+)+)\b" % (_DOT_WORD, _DOT_WORD),
    re.I,
)
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff]")  # Hebrew, Arabic
_REVERSED_EMAIL = re.compile(r"(?<![\w.@])[a-z]{2,6}(?:\.[a-z0-9-]+)+@[\w.+-]+", re.I)
# A word glued to a big mail provider's domain, no "@" anywhere in it.
_WITHOUT_AT = re.compile(r"(?<![\w@.])([a-z][a-z0-9._-]{2,}?)((?:gmail|hotmail|outlook|yahoo|icloud)\.com)\b", re.I)
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$")
# "kenleo_lucas#outlook#com": "#" written for the "@" and the dots, against harvesters.
_HASHED_EMAIL = re.compile(
    r"(?<![\w#])([A-Za-z0-9][\w.+-]*)#([A-Za-z0-9-]+(?:#[A-Za-z0-9-]+)*)#([A-Za-z]{2,3})(?![\w#])"
)


def _broken_emails(text, links=()):
    """Addresses the text layer broke apart: "shubhamB 1 3 @gmail.com",
    "abin@g" + a line break + "mail.com", "23h118@am" + another column's text
    + "jaincollege.edu.in" starting the next line, addresses written as
    "name[at]host[dot]org" or "name#host#org", laid out right to left in Arabic or Hebrew text
    ("com.gmail@61ahmsul") or without their "@" before a big provider's
    domain ("name39gmail.com"); used when no whole one is found."""
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
    for match in _SPELT_EMAIL.finditer(text):  # "stefan punkt bjork snabel-a gmail punkt com"
        local, domain = (_SPELT_DOT.sub(".", part) for part in match.groups())
        if EMAIL_RE.fullmatch(local + "@" + domain):
            yield local + "@" + domain
    for match in _HASHED_EMAIL.finditer(text) if "#" in text else ():
        candidate = "%s@%s.%s" % (match.group(1), match.group(2).replace("#", "."), match.group(3))
        if EMAIL_RE.fullmatch(candidate):
            yield candidate
    for source in [text, *(link[7:] for link in links if link.lower().startswith("mailto:"))]:
        if "at" in source.lower() and _OBFUSCATED_AT.search(source):
            yield from EMAIL_RE.findall(_OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", source)))
    if _RIGHT_TO_LEFT.search(text):  # "com.gmail@61ahmsul": runs laid out right to left
        for token in _REVERSED_EMAIL.findall(text):
            reversed_token = "".join(reversed(re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", token)))
            if EMAIL_RE.fullmatch(reversed_token):
                yield reversed_token
    for match in _WITHOUT_AT.finditer(text):  # "mehmetali39gmail.com": the "@" lost (OCR, a font)
        yield "%s@%s" % match.groups()


def phones(text, links, references, location_region, default_region, emails=()):
    """``(numbers, confidence of the first)``: the candidate's own numbers in
    reading order, a labelled or international number, or one printed in the
    candidate's contact block (beside the e-mail address), before a bare
    digit run that might be anything else. A referee's number (in a
    references section, after "Referee:", or beside another person's e-mail
    address), a fax and an employer's number further down are not the
    candidate's. A number printed without country code is read in the
    regions the document shows (its international numbers, the candidate's
    location; when these say nothing, a country named in the header, the
    e-mail's country domain, the script), else the configured default region;
    where the document shows a region, a bare digit run that is no valid
    number there is left out (a postcode, a grade, a reference)."""
    lines = text.splitlines()
    block = contact_block(lines, emails)
    others = references | _beside_others(lines, emails)
    candidates = list(_printed_numbers(lines, others, emails, block))
    candidates += _tel_links(links)
    known = _unique([_infer_region(candidates), location_region])
    national = any(not raw.startswith(("+", "00")) for _r, _p, raw, _i in candidates)
    head = lines[:HEADER_LINES]
    guessed = shown = []
    if national and not known:
        shown = _document_regions(head, [line for i, line in enumerate(lines) if i in block], emails)
        # Countries of the schools and employers further up read a number, but
        # are no reason to drop one (the candidate may have moved).
        guessed = _unique(shown + _countries_named(line for i, line in enumerate(head) if i not in block))[:4]
        # Referees' international numbers are no candidate's, but hint at the country ("Référence : … +227 …").
        theirs = _printed_numbers([line if i in others else "" for i, line in enumerate(lines)], set(), emails, block)
        guessed = _unique(guessed + [_infer_region(theirs)])[:5]
        if any(_NORTH_AMERICAN.search(raw) for _r, _p, raw, _i in candidates):
            guessed = _unique(guessed + ["US"])  # "(415) 555-0132": the North American way of writing a number
    regions = known + guessed + [default_region]
    normalized = []
    for rank, pos, raw, index in sorted(candidates)[: 2 * MAX_PHONES]:
        value, region, valid = _normalized(raw, regions)
        if not valid and (rank and (known or shown) or len(digits(raw)) > 15):
            continue  # no valid number where the document says the candidate is, or too long for any
        if rank == FAR_ALONE and not (valid and region in known):
            continue
        if not valid and not digits(raw).strip("0")[2:]:
            continue  # "+420 000 000 000": a form's blank, zeros after the country code
        # Of numbers found alike, one that validates comes first: "52 37 104
        # 90 283" (exam marks) is no phone beside "13026177235"; a number of
        # the contact block comes before an international one further down
        # (a referee's, printed without a heading). A label is worth no more
        # than validity for a national number: "(自宅電話)" / "007-0847" (a
        # postcode under the home phone's label) comes after the valid mobile
        # beside the e-mail; an international one keeps its place (written so
        # on purpose: "+972 52-123-4567" before "Office: +1 202 555 0175").
        near = index < 0 or index in block
        international = raw.startswith("+") or raw.startswith("00") and len(digits(raw)) >= 10  # not "007-0847"
        order = rank + (not near) + (not valid and not international)
        normalized.append((order, not value.startswith("+"), pos, value, index, region, rank, valid))
    ordered = sorted(normalized)[:MAX_PHONES]
    if ordered and not ordered[0][1]:
        # Beside a valid number, a run that is none, or one valid only in
        # another guessed region ("7109-7126", pages), is something else.
        first_region = normalize_phone(ordered[0][3])[1]
        ordered = [
            item
            for item in ordered
            if not item[1] and (item[5] not in guessed or normalize_phone(item[3])[1] == first_region)
        ]  # "(672) 200-4296" read in the US is Canada's: its own region is compared
    phones = _unique(item[3] for item in ordered)
    if any(_PLACEHOLDER_EMAIL.match(normalize_email(m.group(0))) for m in email_matches(text)):
        phones = [value for value in phones if not _placeholder(value)]  # a template's sample contacts
        ordered = [item for item in ordered if item[3] in phones]
    if not phones:
        return [], 0.0
    _order, _national, _pos, value, index, region, rank, valid = ordered[0]
    printed = {item[3] for item in normalized if 0 <= item[4] and item[4] in block}
    if index < 0:  # a tel: link; the text beside the e-mail may show another number
        score = confidence.PHONE_LINK if not printed or value in printed else confidence.PHONE_LINK_OVERRULED
    elif index in block:
        score = confidence.PHONE_HEAD_LABELLED if rank == 0 else confidence.PHONE_HEAD
    else:
        score = confidence.PHONE_BODY
    if not valid or _placeholder(value):  # no region validated it (kept as printed), or a template's number
        score *= confidence.PHONE_UNVALIDATED
    elif region in guessed and rank:  # valid only where the header, the e-mail's domain or the script points
        score *= confidence.PHONE_REGION_GUESSED
    return phones, round(score, 3)


_NEAR_EMAIL = 6  # lines: a contact block of name, address, phone, e-mail, links
_TOP_LINES = 15  # the top of the text, when the e-mail address is not printed


def contact_block(lines, emails):
    """Indexes of the lines of the candidate's contact block: within
    ``_NEAR_EMAIL`` lines of the candidate's e-mail address as printed (a
    sidebar may be read after the main column), else the first
    ``_TOP_LINES`` lines."""
    own = emails[0] if emails else ""
    printed = [i for i, line in enumerate(lines) if own and _prints(line, own)]
    if not printed:
        return set(range(_TOP_LINES))
    return {i for index in printed for i in range(index - _NEAR_EMAIL, index + _NEAR_EMAIL + 1)}


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_DIGIT = re.compile(r"\d")  # any script's digits: Persian and full-width ones are read too


# An ORCID iD ("0000-0003-4920-738X") and a DOI printed bare ("10.1051/0004-6361/202554955").
_IDENTIFIER = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b|\b10\.\d{4,9}/\S+")


def _identifiers(line):
    return [m.span() for m in _IDENTIFIER.finditer(line)] if "-" in line or "/" in line else []


def _prints(line, address):
    """Whether ``line`` prints ``address``, or its tail (``_tail_of``)."""
    if address in line.lower() or "@" in line and line.rstrip().lower().endswith(address.rsplit(".", 1)[0] + "."):
        return True  # or its start, the country domain on the next line ("…@aluno.ifsc.edu." / "br")
    return "@" in line and any(_tail_of(found.lower(), address) for found in EMAIL_RE.findall(line))


def _printed_numbers(lines, skipped, emails, block):
    """``(rank, position, raw, line index)`` of each number printed outside
    the ``skipped`` lines; rank 0 for a labelled or international one. A
    number printed with an organisation's name outside the contact ``block``
    is the organisation's."""
    # "610948097@qq.com": the account number of the address is no phone.
    accounts = {e.split("@")[0] for e in emails if e.split("@")[0].isdigit()}
    position = 0
    for index, line in enumerate(lines):
        if index in skipped or not _DIGIT.search(line) or len(_CONTROL.findall(line)) >= 3:
            continue  # no digit (most lines); a font that maps its letters to control characters
        urls = None
        # "080–1812–5231": dashes of a word processor; "۰۹۱۲ ۰۹۸ ۲۲ ۷۶": Persian (or Arabic, full-width) digits.
        line = _SPACED_PLUS.sub("+", _DASH_BETWEEN_DIGITS.sub("-", line).translate(_ASCII_DIGITS))
        for match in PHONE_RE.finditer(line):
            urls = [m.span() for m in _IN_URL.finditer(line)] if urls is None else urls
            if any(a <= match.start() < b for a, b in urls):
                continue  # "https://doi.org/10.1007/s11547-024-01893-w"
            if any(a <= match.start() < b for a, b in _identifiers(line)):
                continue  # "0000-0003-4920-738X" printed after an icon: an ORCID iD; a DOI
            if match.start() == 0 and index and _URL_GOES_ON.search(lines[index - 1]):
                continue  # the rest of a URL cut at the line end
            before = line[: match.start()][-25:]
            labelled = bool(_PHONE_LABEL.search(before))
            previous = lines[index - 1] if index and not line[: match.start()].strip() else ""
            carried = _LABEL_AT_END.search(previous) if previous else None
            if carried:  # "Telefonnummer: (+49)" + line break + "17684366289"
                labelled, before = True, ""
            prefix = carried.group(1) if carried else None
            if previous and not prefix:  # "+49 170" + line break + "1234567"
                prefix = (_PREFIX_AT_END.search(previous) or [None, None])[1]
            if (not labelled and _NOT_PHONE_LABEL.search(before)) or _OTHER_PERSON.search(line[: match.start()]):
                continue
            if index not in block and _EMPLOYER.search(line):
                continue  # an employer's number, printed with its name away from the candidate's contacts
            if _WORK_ADDRESS.search(line[: match.start()]) or (index and _work_address_label(lines[index - 1])):
                continue  # on the line of the candidate's work address, or under its label
            if index not in block and not labelled and _YEAR_FIRST.match(match.group(0)):
                continue  # "特開 2025-000129", "Report 2019-0412": a number of that year's series
            if not labelled and _ISO_DATE.match(match.group(0)):
                continue  # "edition: 2022-12-11 13:21:14": a date and time
            found = _DATE_AFTER.sub("", match.group(0))  # "0334281675 01/05/1999": a birth date follows
            if found.count("(") > found.count(")") and line[match.end() : match.end() + 1] == ")":
                found += ")"  # "+977 (986-004-0655)": the bracket closes after the last digit
            if prefix and not found.startswith(("+", "00", "(+")):
                found = prefix.strip("()") + " " + found
            for raw in _phone_parts(found):
                # A labelled mobile number may be the address's account too ("手机：182…", "182…@163.com").
                if not labelled and (digits(raw) in accounts or _FRACTION.match(raw) or _COMPACT_DATE.match(raw)):
                    continue
                strong = labelled or raw.startswith(("+", "00"))
                far = not strong and index not in block and index >= HEADER_LINES
                if far and raw != line.strip():
                    continue  # "373: 20170410", "March 18-23 2019": a bare run far from the contacts
                # Far down and alone on its line (an icon's, a sidebar read last): only if valid where the candidate is.
                yield 0 if strong else FAR_ALONE if far else 1, position, raw, index
                position += 1


def _work_address_label(line):
    """Whether ``line`` is a work address's label alone ("Dirección de trabajo")."""
    return len(line) <= 40 and not any(c.isdigit() for c in line) and bool(_WORK_ADDRESS.search(line))


def _tel_links(links):
    """Numbers of ``tel:`` links; a template's "tel:+xxxxxxxxxxxx" is none."""
    numbers = (unquote(link[4:]) for link in links if link.lower().startswith("tel:"))
    return [(0, -1, number, -1) for number in numbers if 7 <= len(digits(number)) <= 15 and not _placeholder(number)]


def _placeholder(raw):
    """Whether ``raw`` looks like a template's number ("123-456-7890", "(555)
    555-5555", "+91 9999999999", "+33 1 23 45 67 89", "+48 123 456 789"): its
    national number (without country code or trunk 0) one digit repeated, or
    digits counting up or down, to the end. Template samples print them as
    the phone: kept, never high (none beside a template's e-mail address)."""
    number = digits(raw)
    if raw.startswith(("+", "00")):
        try:
            number = str(phonenumbers.parse("+" + number.removeprefix("00")).national_number)
        except phonenumbers.NumberParseException:
            number = digits(raw)  # no known country code to take off
    number = number.lstrip("0")[-10:]
    return len(set(number[-7:])) == 1 or number in "1234567890" or number in "9876543210"


def _normalized(raw, regions):
    """``(E.164, region it was read in, True)`` of ``raw`` in the first of
    ``regions`` where it is valid, else ``(raw as printed, None, False)``
    (an international number that is no valid one starts with "+" too)."""
    tried = [None] if raw.startswith(("+", "00")) else list(filter(None, regions))
    groups = raw.split(" ")
    # "+79167188558 ½ Москва": an icon's glyph read as a digit after the number; "+46 70-283 55 65
    # 114 15 Stockholm": a postcode. The number without one or two such groups (five digits at most).
    shorter = [" ".join(groups[:-n]) for n in (1, 2) if len(groups) > n and len(digits("".join(groups[-n:]))) <= 5]
    for region in tried:
        value, found = normalize_phone(raw, region)
        if found:
            return value, region, True
        for whole in shorter:
            if len(digits(whole)) >= 7 and normalize_phone(whole, region)[1]:
                return normalize_phone(whole, region)[0], region, True
    for region in tried:  # "PA 19067 (215) 622-1776": a postcode or house number glued before the number
        for match in phonenumbers.PhoneNumberMatcher(raw, region, leniency=phonenumbers.Leniency.VALID):
            if _POSTCODE_BEFORE.fullmatch(raw[: match.start]) and not raw[match.end :].strip():
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164), region, True
    return normalize_phone(raw)[0], None, False


# "(NXX) NXX-XXXX": area codes and exchanges start with 2-9 ("(086) 387-0602" is Thai).
_NORTH_AMERICAN = re.compile(r"(?<!\d)\([2-9]\d\d\)[ -]?[2-9]\d\d-\d{4}$")
_POSTCODE_BEFORE = re.compile(r"\d{3,6}\s+|\d{1,4}-\d{1,4}\s+")  # "PA 19067 (215) …", "…日本平39−７ 080–1812–5231"


def _beside_others(lines, emails):
    """Lines of other people's contact blocks: those within two lines of an
    e-mail address that is not the candidate's (the first) nor printed near
    it, e.g. a referee's "Prof. …" / "a.bahani@…" / "+212 679-745676"."""
    if not emails:
        return set()
    own = emails[0]
    own_lines = [i for i, line in enumerate(lines) if _prints(line, own)]
    found = set()
    for index, line in enumerate(lines):
        if "@" not in line or index in own_lines:
            continue
        if any(abs(index - i) <= _OWN_BLOCK for i in own_lines) or not EMAIL_RE.search(line):
            continue
        found.update(range(index - 2, index + 3))
    return found


_OWN_BLOCK = 4  # lines around the candidate's e-mail that are the candidate's contact block


_UNOPENED_CODE = re.compile(r"^(\+\d{1,4})\)")
_TRUNK_ZERO = re.compile(r"(\+\d{1,3})\s*\(0\)\s*")


def _phone_parts(found):
    """The numbers in a digit run: one, or several printed together
    ("9806630177/9791310978", "+91 98240 60867-9722935445", "010-9416-2506
    010-9416-2506"); dates, versions and runs of the wrong length are left out."""
    found = _TRUNK_ZERO.sub(r"\1 ", found)  # "+46 (0)70-283 55 65": the trunk 0 is dialled at home only
    parts = [found] if len(digits(found)) <= 15 else _PHONE_SEPARATORS.split(found)
    if len(parts) == 1 and len(digits(found)) > 15:
        parts = _SECOND_NUMBER.split(found)
    for part in parts:
        raw = re.sub(r"^\(\s*(\+\d{1,4})\s*\)\s*", r"\1 ", re.sub(r"-{2,}", "-", part.strip(" .-/")))  # "(+91) 98…"
        if raw.count("(") != raw.count(")"):  # "+82) 10-6721-7301": the "(" of "(+82)" lost
            raw = _UNOPENED_CODE.sub(r"\1", raw).strip("()")
        count = len(digits(raw))
        longest = 20 if raw.startswith("+") else 15  # a postcode after an international number: trimmed later
        if not 7 <= count <= longest or _DATE_RE.match(raw.strip("()")) or _DATE_RANGE.search(raw) or _years(raw):
            continue
        if raw.count("(") != raw.count(")"):  # "365 (0365": pieces of two texts
            continue
        if raw.count(".") >= 2 and count < 10:  # dotted dates or versions
            continue
        yield raw


def _years(raw):
    """Whether ``raw`` is a range of two years a few years apart, in any
    calendar, in either order (a right-to-left line may come out reversed)."""
    match = _YEARS.match(raw)
    return bool(match) and abs(int(match.group(2)) - int(match.group(1))) <= 15


def _infer_region(candidates):
    """Numbers printed without a country code most likely share the region of
    the international ones in the same document."""
    for _rank, _pos, raw, _index in candidates:
        if raw.startswith(("+", "00")):
            region = normalize_phone(raw)[1]
            if region:
                return region
    return None


def email_country(emails):
    """The country of the first address's country domain (".br", ".ac.ma"), or None."""
    return _domain_country(emails[0].rsplit(".", 1)[-1]) if emails else None


def _domain_country(domain):
    """The country of a top-level domain that is a country's ("br"), not one used as generic ("io")."""
    return country_code(domain) if len(domain) == 2 and domain not in _GENERIC_TLDS else None


def _document_regions(head, block, emails):
    """Regions the document itself shows where the candidate is: a country
    named in the contact ``block`` ("Porto Alegre/RS - Brasil", "Milano,
    Italy"), the country domain of the e-mail addresses (".br", ".ac.ma"),
    the script of the ``head`` (Hangul: Korea, kana: Japan, Chinese
    characters only: China, Taiwan, Hong Kong)."""
    found = _countries_named(block)
    domains = [e.rsplit(".", 1)[-1] for e in emails[:2]]
    # The candidate's own site beside the contacts ("www.egillm.is") tells the country as an address does.
    domains += [_SITE.match(url).group(1).lower() for line in block for url in URL_RE.findall(line) if _SITE.match(url)]
    found += [_domain_country(d) for d in domains]
    head_text = "".join(head)
    if _HANGUL.search(head_text):
        found.append("KR")
    elif _KANA.search(head_text):
        found.append("JP")
    elif _HAN.search(head_text):
        found += ["CN", "TW", "HK"]
    return [code for code in _unique(found) if code][:4]


def _countries_named(lines):
    """Countries named in ``lines``, but not as a birthplace or nationality."""
    found = []
    for line in lines:
        if NOT_RESIDENCE.search(line):
            continue  # "Geburtsort: Qom, Iran", "Nationality: Indian": not where the candidate lives
        segments = [segment.strip(" .") for segment in _SEGMENTS.split(line)]
        for segment, following in zip(segments, segments[1:] + [""]):
            if _COUNTRY_NAME.fullmatch(segment) and country_code(segment):
                # "San Marino, California": a town of the subdivision that follows.
                town = _PLACE_AFTER.fullmatch(following) and is_place(following)
                found.append(place_region("%s, %s" % (segment, following)) if town else country_code(segment))
    return [code for code in found if code]


# Labels of a birthplace or nationality, in the supported languages.
NOT_RESIDENCE = re.compile(  # the lookahead: what a match starts with, for the engine to skip the rest fast
    r"(?=[bncgstk])(?:birth|\bborn\b|nationalit|citizenship|geburt|staatsang|naissance|nacimiento|nascimento|nascita|"
    r"nacionalidad|nazionalit|geboorte|tempat lahir|kewarganegaraan)",
    re.I,
)
_PLACE_AFTER = re.compile(r"[A-Z]{2}|[A-Za-zÀ-ÿ' -]{4,}")  # "CA", "California"; not "Co." of a company
_COUNTRY_NAME = re.compile(r"[A-Za-zÀ-ÿ' -]{4,}")  # a name, not a code ("TLS" is no Timor-Leste)
_SEGMENTS = re.compile(r"\s*(?:[,|/•·;()]|\s[-—]\s|\s{2,})\s*")
# Country domains used as generic ones (".io", ".me", ".ai", ".co", ".tv").
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.([a-z]{2})(?:/|$)", re.I)
_GENERIC_TLDS = frozenset("io me ai co tv cc ws fm am gg ly to sh ac".split())
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


def other_links(text, links):
    found = list(links) + [m.group(0) for m in _urls(text)]
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
