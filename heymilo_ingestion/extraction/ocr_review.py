"""Checks on the fields of a profile read (partly) with OCR, from the lines
OCR gave (their confidence, where they stand, the addresses OCR doubted):
a name or an e-mail OCR may have misread is left empty with a warning
rather than given wrong. No Tesseract here: ``ocr`` reads, this judges.
"""

import collections
import re

from .fields import EMAIL_RE, fold, normalize_email

NAME_NOT_READ = (
    "The candidate's name could not be read reliably with OCR (it may be handwritten, stylised or in a "
    "script whose OCR language pack is not installed); enter it by hand."
)
EMAIL_NOT_READ = (
    "The e-mail address could not be read reliably with OCR (it was read as %s, perhaps with a pictogram "
    "taken for letters); enter it by hand."
)
# A line OCR read with less mean word confidence is not trusted as a name:
# misread text (a script without its pack) scores 20-30, clean print 85-96, a
# real scan's "J.MUTHUKUMARAN" 64 (measured on the corpus scans).
MIN_NAME_CONFIDENCE = 50
NAME_TOP_LINES = 8
MAX_ICON_LETTERS = 4  # letters OCR makes of a pictogram ("yxa_", "Si", "O")
_PIECE = r"([\w%+-]+(?:\.[\w%+-]+)*[._-]) "  # the start of an address OCR split after a dot
_ADDRESS = re.compile(r"\S*[@/]\S*|\bwww\.\S+", re.I)  # e-mail addresses and URLs


def unreliable_name(name, lines):
    """Whether ``name``, found in OCR'd ``lines``, may be a misreading or a
    stand-in: no line holding it was read with enough confidence while being
    either among the largest text of page one or a line of its own near the
    top (where a scan's name stands when OCR could read it). When OCR could
    not read the real name (a script without its pack), the parser's next
    best is a fragment of body text ("Turnaround teams, …"). Words inside an
    e-mail address or a URL do not count; a name no line holds (read from the
    e-mail address) is not judged here."""
    words = fold(name).split()
    head = [line for line in lines if line.page == 1][:40]
    holders = [(position, line) for position, line in enumerate(head) if words and _holds(line.text, words)]
    if not holders or any(line.confidence is None for _position, line in holders):
        return False
    largest = max((size for item in head for _text, size in item.runs), default=0.0)

    def trusted(position, line):
        share = _letters(name) / max(_letters(line.text), 1)
        prominent = max(size for _text, size in line.runs) >= 0.9 * largest and share >= 0.3
        alone_on_top = position < NAME_TOP_LINES and share >= 0.5
        return line.confidence >= MIN_NAME_CONFIDENCE and (prominent or alone_on_top)

    return not any(trusted(position, line) for position, line in holders)


def _holds(text, words):
    """Whether ``text`` (outside its addresses) holds each of ``words``, or
    them written together: OCR spaces the characters of a CJK name."""
    text = fold(_ADDRESS.sub(" ", text))
    return all(word in text for word in words) or "".join(words) in "".join(text.split())


def review_emails(profile, lines):
    """Keep only the addresses of ``profile`` (read partly with OCR) that can
    be trusted; return a warning when its e-mail was dropped, else "".

    An address that also appears without up to ``MAX_ICON_LETTERS`` leading
    characters is the same address with a pictogram read as letters in front:
    it goes. An address OCR read only with low confidence (``doubtful``) goes
    too, unless the name spells its start; one OCR split after a dot is joined
    back when the name spells it. A wrong e-mail is worse than none."""
    doubtful = collections.Counter(normalize_email(address) for line in lines for address in line.doubtful)
    read = collections.Counter(normalize_email(m.group(0)) for line in lines for m in EMAIL_RE.finditer(line.text))

    def kept(address):
        if any(
            other != address and address.endswith(other) and len(address) - len(other) <= MAX_ICON_LETTERS
            for other in profile.emails
        ):
            return False
        return not doubtful[address] or read[address] > doubtful[address] or _spelt_by(profile.name, address)

    emails = [_joined_with_piece(address, profile.name, lines) for address in profile.emails if kept(address)]
    dropped = profile.email and profile.email not in emails
    warning = EMAIL_NOT_READ % profile.email if dropped and not emails else ""
    profile.emails, profile.email = emails, emails[0] if emails else ""
    return warning


def _joined_with_piece(address, name, lines):
    """``olivia.t@…`` for ``t@…`` when OCR split the address after a dot
    (``olivia. t@…``) and the name spells the joined address."""
    for line in lines:
        for match in re.finditer(_PIECE + "(" + re.escape(address) + ")", line.text, re.I):
            joined = normalize_email(match.group(1) + match.group(2))
            if joined and _spelt_by(name, joined) and not _spelt_by(name, address):
                return joined
    return address


def _spelt_by(name, address):
    """Whether the local part of ``address`` starts with the first or last name
    of ``name``, or with the first initial and the last name."""
    words = [re.sub(r"[^a-z]", "", word) for word in fold(name).split()]
    words = [word for word in words if word]
    local = re.sub(r"[^a-z]", "", fold(address.split("@")[0]))
    if not words or not local:
        return False
    first, last = words[0], words[-1]
    return any(len(start) >= 3 and local.startswith(start) for start in (first, last, first[0] + last))


def _letters(text):
    return sum(c.isalpha() for c in text)
