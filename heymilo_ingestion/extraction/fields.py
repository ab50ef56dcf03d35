"""Normalisers shared by the resume and CSV parsers."""

import functools
import re
import unicodedata
from urllib.parse import unquote

import phonenumbers

EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")
_NOT_DIGIT = re.compile(r"\D")  # compiled once: these run per number
SPACE_RUN = re.compile(r"\s+")  # a run of whitespace, read by the field rules of every module
NOT_LETTERS = re.compile(r"[\W\d_]+")  # what separates words of letters
_LEADING_00 = re.compile(r"^00")


@functools.lru_cache(maxsize=8)
def email_matches(text):
    """The addresses printed in ``text`` (match objects): the e-mail, phone
    and LinkedIn rules all read them, so a resume's text is scanned once,
    and only its lines with an "@" (an address never spans a line)."""
    found, start = [], 0
    for line in text.split("\n"):
        if "@" in line:
            found.extend(EMAIL_RE.finditer(text, start, start + len(line)))
        start += len(line) + 1
    return tuple(found)


LINKEDIN_RE = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com/(?:in|pub)/([^\s/?#,;|)\"'<>]+)", re.I)
# Characters that PDF producers use for dashes, and invisible ones they add;
# PDFium reports a hyphen that ends a line as U+FFFE and joins the lines.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d\ufffe"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\t\r\u00a0\u2002\u2003\u2009\u202f\u3000"), " ")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000fffff]")
# LaTeX without a text encoding draws an accent as a glyph of its own before
# the letter: "H´ebert", "Exp´erience", "fran¸cais". The combining mark goes
# after the letter it sits on (kept only when the two make one character).
_SPACING_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "\u00a8": "\u0308", "\u02dc": "\u0303",
                    "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02da": "\u030a"}  # fmt: skip
_ACCENT_BEFORE_LETTER = re.compile("([%s])([A-Za-z])" % "".join(_SPACING_ACCENTS))
_ACCENT_AFTER_LETTER = re.compile("([cC])(\u00b8)")  # the cedilla hangs under its letter, drawn after it


# Word's PDFs give the Arabic lam-alef ligature its letters in drawing order
# ("األشطل" for الأشطل, "سیاالت" for سیالات) and the ligature of Allah
# backwards ("عبدهللا"): two alefs in a row are no Arabic or Persian spelling.
_SWAPPED_LAM_ALEF = re.compile("\u0627([\u0627\u0623\u0625\u0622])\u0644")
_ALLAH_BACKWARDS = re.compile("\u0647\u0644\u0644\u0627")


# Cyrillic set in a TeX T2A (or Windows-1251) font without a Unicode map comes
# out as Latin-1 letters ("Àíòîí Ãðîìîâ" for Антон Громов): whole words of
# U+00C0-U+00FF. A text with one of three or more letters, which no Latin
# language writes, has all of them mended ("íà" for на too; a lone "à" stays).
_CYRILLIC_AS_LATIN1 = re.compile(r"(?<![^\W\d_])[\u00c0-\u00ff]{2,}(?![^\W\d_])")


@functools.lru_cache(maxsize=4096)  # a line is cleaned by several rules: once is enough
def clean_text(text):
    """Unify the odd characters PDF text layers carry: ligatures, soft hyphens,
    exotic dashes and spaces, icon-font glyphs (private use area), Arabic
    ligatures given in drawing order, Cyrillic read as Latin-1."""
    if text.isascii():  # nothing to unify but tabs and carriage returns
        return text.replace("\t", " ").replace("\r", " ")
    if any(len(word) >= 3 for word in _CYRILLIC_AS_LATIN1.findall(text)):
        text = _CYRILLIC_AS_LATIN1.sub(lambda m: m.group(0).encode("latin-1").decode("cp1251"), text)
    if _ACCENT_BEFORE_LETTER.search(text) or "\u00b8" in text:
        text = _ACCENT_AFTER_LETTER.sub(_accented, _ACCENT_BEFORE_LETTER.sub(_accented, text))
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_INVISIBLE).translate(_DASHES).translate(_SPACES)
    if "\u0644" in text:  # lam
        text = _ALLAH_BACKWARDS.sub("\u0627\u0644\u0644\u0647", _SWAPPED_LAM_ALEF.sub("\u0627\u0644\\1", text))
    return _PRIVATE_USE.sub(" ", text)


def _accented(match):
    first, second = match.groups()
    accent, letter = (first, second) if first in _SPACING_ACCENTS else (second, first)
    composed = unicodedata.normalize("NFC", letter + _SPACING_ACCENTS[accent])
    return composed if len(composed) == 1 else match.group(0)


@functools.lru_cache(maxsize=8192)
def fold(text):
    """Lower-case ``text`` and strip accents, for matching headers and labels."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_email(value):
    match = EMAIL_RE.search(value or "")
    return match.group(0).strip(".").lower() if match else ""


def normalize_linkedin(value):
    """``https://www.linkedin.com/in/<id>`` for any way a profile URL is written."""
    match = LINKEDIN_RE.search(value or "")
    if not match:
        return ""
    handle = unquote(match.group(1)).strip(".-_:")
    return "https://www.linkedin.com/in/%s" % handle if handle else ""


def linkedin_from_handle(handle):
    handle = (handle or "").strip().strip("@/").strip()
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{1,99}", handle) and "." not in handle[-4:]:
        return "https://www.linkedin.com/in/%s" % handle
    return ""


def digits(value):
    return _NOT_DIGIT.sub("", value or "")


def normalize_phone(raw, region=None):
    """Return ``(phone, region)``: E.164 when ``phonenumbers`` can validate the
    number, else the number as printed (cleaned), and the number's region."""
    return _normalized_phone(raw, region)


@functools.lru_cache(maxsize=1024)  # the phone rules read a number several times over
def _normalized_phone(raw, region):
    raw = SPACE_RUN.sub(" ", (raw or "").strip())
    candidate = _LEADING_00.sub("+", raw)
    for guess in [None] if candidate.startswith("+") else [region] if region else []:
        try:
            number = phonenumbers.parse(candidate, guess)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return (
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                phonenumbers.region_code_for_number(number),
            )
    return raw, None
