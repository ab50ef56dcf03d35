"""The candidate's LinkedIn profile, and how sure we are of it.

A handle printed in the text can be cut by a line break or a hyphenation,
or be a word of the sentence after a broken URL (``linkedin.com/in/
University of …``). The link annotation behind the text, when the page has
one, is what a click opens: it wins over the printed text. A handle that
LinkedIn could not have issued (fewer than three characters, spaces, a
placeholder such as ``yourname``, a common word) is refused: no value is
better than a wrong one.
"""

import functools
import re
from urllib.parse import unquote

from . import vocabulary
from .fields import EMAIL_RE, email_matches, fold
from .sections import reference_lines

PROFILE_URL = "https://www.linkedin.com/in/%s"
# The URL up to its handle; the handle is read separately so that it can be
# followed across a line break ("linkedln.com": a typo of the candidate's).
# A link annotation may have lost the slash before "in" ("https://www.linkedin.comin/handle").
_PREFIX = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linked(?:in|ln)\.com/?(?:in|pub)/", re.I)
_DOMAIN_AT_END = re.compile(r"linked(?:in|ln)\.com/?\s*$", re.I)
_PATH_START = re.compile(r"^/?(?:in|pub)/", re.I)
_SPACED = re.compile(r"linkedin\.com\s*/\s*(in|pub)\s*/", re.I)  # "linkedin.com / in / handle"
_HANDLE_CHARS = re.compile(r"[^\s/?#,;|)\"'<>•·]*")  # "…/in/menna-abdelbaky-290249304• github.com/…"
_PLAUSIBLE = re.compile(r"[^\W_](?:[\w%-]|\.(?!\.|$)){1,99}", re.UNICODE)
# A continuation on the next line: one handle-like token, nothing else or a separator.
_CONTINUATION = re.compile(r"^([^\W_A-Z][\w%-]*)/?(?:$|\s*[|,;•·])")
_INNER_SPACE = re.compile(r"(?<![-\s])\s+(?=\S)")
_HYPHEN_START = re.compile(r"^-[a-z0-9][a-z0-9-]*/?$")  # a line of the rest of a handle, never a bullet ("- Java")
_GAP_AT_HYPHEN = re.compile(r"(?<=\w) +(?=-)|(?<=-) +(?=\w)")  # "r -mina-özekes -0b7460255/": gaps read as spaces
# On the label's line or the next ("LINKEDIN" / "shahim-quraishy"), never a label ("My LinkedIn" … "Links:").
_LABEL = re.compile(
    r"linked ?in[ \t]*[:|\-]?[ \t]*(?:\n[ \t]*)?(?:profile[ \t]*[:\-]?[ \t]*)?@?([A-Za-z0-9][A-Za-z0-9_-]+)\b(?![:：])",
    re.I,
)
# "linkedin.com/edison-kassin" printed without "/in/".
_PRINTED_WITHOUT_IN = re.compile(
    r"(?<![\w/])(?:www\.)?linkedin\.com/([A-Za-z0-9][A-Za-z0-9_-]{2,99})/?(?=$|[\s|•·,;])", re.I | re.M
)
# Placeholders of templates, never somebody's handle.
_PLACEHOLDERS = frozenset(
    "username yourname your-name yourprofile your-profile name profile handle firstname-lastname "
    "firstnamelastname first-last example xxxx xxxxx".split()
)

# "yourusername", "seuperfil", "votre-profil", "tu_nombre": a template's text.
_PLACEHOLDER = re.compile(
    r"^(?:your|my|seu|sua|meu|tu|votre|ton|ihr|dein|il-?tuo|je|uw)[-_]?(?:user)?[-_]?"
    r"(?:name|username|profile|perfil|profil|nome|nombre|nom|handle|id|url|link)$"
)

# "linkedin.com/innokentii-kulchitskii/?_l=ru_RU": a profile link that lost its "/in/".
_WITHOUT_IN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com/([^/?#\s]+)/?(?:[?#].*)?$", re.I)
# LinkedIn's own pages, never a profile.
_SECTIONS = frozenset(
    "in pub company school showcase groups jobs feed posts pulse learning events signup login mynetwork "
    "messaging notifications search redir sales talent premium help legal uas m authwall checkpoint home cws "
    "products services newsletters news profile comm psettings embed sharing share hashtag games".split()
)

# The suffix LinkedIn adds to a taken handle ("maria-gonzalez-47b28316a"), whole or cut.
_SUFFIX = re.compile(r"-(?=[0-9a-f]*\d)[0-9a-f]{9}/?$")
_SUFFIX_START = re.compile(r"-((?=[0-9a-f]*\d)[0-9a-f]{1,7})$")
_HEX = re.compile(r"[0-9a-f]+")
# "in/maria-gonzalez" printed after an icon, without the domain.
_BARE = re.compile(r"(?:^|(?<=[\s|•·,;]))in/([A-Za-z0-9][A-Za-z0-9_-]{2,99})/?(?=$|[\s|•·,;])", re.M)

# Confidence of each way a handle was found (see README, "Confidence").
ANNOTATION = 0.97  # the page's link annotation (with or without matching text)
TEXT = 0.92  # a whole URL on one line
TEXT_AT_LINE_END = 0.7  # a URL ending at a line end: it may go on on the next line
REBUILT = 0.75  # joined across a hyphen split or a line break
LABEL = 0.65  # "LinkedIn: handle"
OVERRULED = 0.6  # the annotation, where the printed text says something else
WITHOUT_IN = 0.6  # an annotation without "/in/", no other sign of the profile


def plausible_handle(handle):
    """True when LinkedIn could have issued ``handle`` as a profile's id."""
    handle = unquote(handle or "").strip()
    if not _PLAUSIBLE.fullmatch(handle) or len(handle.replace("-", "")) < 3:
        return False
    low = fold(handle)
    if low in _PLACEHOLDERS or _PLACEHOLDER.match(low):
        return False
    return not (low in vocabulary.NOT_NAME or low in vocabulary.FUNCTION_WORDS)


def handle_of(url):
    """The handle of a LinkedIn profile URL, '' when ``url`` is none. A space
    after a hyphen is a line break the URL was written with ("ishwak- kalotra")."""
    url = _mojibake_mended(re.sub(r"(?<=-)\s+", "", url or ""))
    # "…/in/https://www.linkedin.com/in/handle": a template put the whole
    # URL where the handle goes; the last prefix is the profile's.
    matches = list(_PREFIX.finditer(url))
    if not matches:
        return ""
    # "…/in/%20souad-mouatakide": a space the link encoded is no part of the handle.
    return unquote(_HANDLE_CHARS.match(url, matches[-1].end()).group(0)).strip().strip(".-_:")


def _mojibake_mended(url):
    """A link annotation's UTF-8 read as Latin-1 ("orÃ§un" is "orçun")."""
    if url.isascii():
        return url
    try:
        return url.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return url


def find_linkedin(text, links, referees=None):
    """``(url, confidence)`` of the candidate's profile; ``("", 0.0)`` when
    none can be trusted. ``referees``: the indexes of the lines of a
    references section, when the caller has them (``reference_lines``)."""
    lines = text.splitlines()
    referees = reference_lines(lines) if referees is None else referees
    printed = list(_printed(lines, lambda index: index not in referees))
    theirs = [handle for handle, _c in _printed(lines, referees.__contains__)]
    # ".../in/Marek Cmarko": a space no handle has (one after a hyphen is a line break: "ishwak- kalotra").
    linked = [handle_of(_INNER_SPACE.sub("%20", link.strip())) for link in links]
    refused = [h for h in linked if h and not plausible_handle(h)]
    # "linkedin.com/in/Muhammad Aqil Audia" over a link to ".../in/Muhammad%20Aqil%20Audia":
    # the printed handle is the start of one LinkedIn could not have issued.
    printed = [(h, c) for h, c in printed if not any(_agrees(h, r) and len(r) > len(h) for r in refused)]
    annotated = [h for h in linked if plausible_handle(h)]
    annotated = [h for h in annotated if not any(_agrees(t, h) for t in theirs)]  # the link of a referee's text
    if annotated:
        # Of several links (a referee's, a former employer's person), the one
        # the printed text shows; else the first.
        shown = [h for h in annotated if any(_agrees(p, h) for p, _c in printed)]
        if shown or not printed:
            # Of links the text does not show, one the address spells ("abhishek-kaddipudi" beside
            # abhishekkaddipudi123@, not a template's leftover "jyoti-sharma28"), and never high when
            # they disagree and none is spelt.
            words = _email_words(text)
            spelt = [h for h in annotated if _spelt_by(h.replace("-", ""), words) or _spells(words, h)]
            handle = (shown or spelt or annotated)[0]  # LinkedIn issues ASCII handles: another may be mis-encoded
            if not (shown or spelt) and len({fold(h) for h in annotated}) > 1:
                return PROFILE_URL % handle, OVERRULED
            return PROFILE_URL % handle, ANNOTATION if handle.isascii() else REBUILT
        shown_handles = [h for h, _c in printed if plausible_handle(h)]
        if shown_handles and _template_links(text, links):
            return PROFILE_URL % shown_handles[0], OVERRULED  # the links are a template's, the text the candidate's
        return PROFILE_URL % annotated[0], OVERRULED
    for handle, confidence in printed:
        if plausible_handle(handle):
            return PROFILE_URL % handle, confidence
    if not printed:
        for match in _LABEL.finditer(text):
            if plausible_handle(match.group(1)):
                return PROFILE_URL % match.group(1), LABEL
        for match in _BARE.finditer(text):  # the e-mail or a hyphen says it is a person's handle
            handle = match.group(1)
            if plausible_handle(handle) and ("-" in handle or _spelt_by(handle, _email_words(text))):
                return PROFILE_URL % handle, LABEL
        for match in _PRINTED_WITHOUT_IN.finditer(text):  # a hyphen and the e-mail say it is a person's
            handle = match.group(1)
            if fold(handle) not in _SECTIONS and "-" in handle and _spelt_by(handle, _email_words(text)):
                return PROFILE_URL % handle, WITHOUT_IN
        for link in links:
            match = _WITHOUT_IN.match(link)
            if match and fold(match.group(1)) not in _SECTIONS and plausible_handle(match.group(1)):
                return PROFILE_URL % unquote(match.group(1)), WITHOUT_IN
    return "", 0.0


def _template_links(text, links):
    """Whether the page's links are a template's left over: an e-mail link
    to an address the page does not print, beside one it does
    ("mailto:jirawat.dev@…" under "nimittanbooutor@…")."""
    mailed = [EMAIL_RE.search(link) for link in links if link.lower().startswith("mailto:")]
    mailed = [match.group(0).lower() for match in mailed if match]
    printed = text.lower()
    return bool(mailed) and bool(email_matches(text)) and not any(m in printed for m in mailed)


def _agrees(printed, annotated):
    """The text shows the annotated handle, or the start of it (cut)."""
    printed, annotated = fold(printed), fold(annotated)
    return bool(printed) and annotated.startswith(printed)


def _printed(lines, wanted):
    """``(handle, confidence)`` for each profile URL printed on the ``lines``
    whose index is ``wanted`` (outside a references section, or in one)."""
    text = "\n".join(lines)
    if "linkedin" not in text.lower():
        return
    words = _email_words(text)
    for index, line in enumerate(lines):
        if "linkedin" not in line.lower() or not wanted(index):
            continue
        line = _SPACED.sub(r"linkedin.com/\1/", line)
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _DOMAIN_AT_END.search(line) and _PATH_START.match(following):
            # "https://www.linkedin.com" + line break + "/in/dariusz-czernecki/": one URL
            line = line.rstrip().rstrip("/") + "/" + following.lstrip("/")
            following = lines[index + 2].strip() if index + 2 < len(lines) else ""
        for match in _PREFIX.finditer(line):
            handle = _HANDLE_CHARS.match(line, match.end()).group(0)
            rest = line[match.end() + len(handle) :]
            if not handle:  # "linkedin.com/in/ maria-g" or "linkedin.com/in/" + line break
                piece = _continuation(rest.strip() or following)
                if piece:
                    yield piece, REBUILT
                continue
            if handle.endswith("-"):  # "…/maria-" + "gonzalez", on this line or the next
                piece = _continuation(rest.strip() or following)
                if piece:
                    yield _clean(handle + piece), REBUILT
                    continue
            if not rest.strip() and (_SUFFIX.match(following) or _HYPHEN_START.match(following)):
                # "…/in/abdur-rahman-manning" + "-697a25227/", "…/in/achmad" + "-tantowi-2a375490/"
                yield _clean(handle + following.rstrip("/")), REBUILT
                continue
            piece = not rest.strip() and _continuation(following)
            spells_more = piece and _spelt_by(handle + piece, words) > _spelt_by(handle, words)
            if piece and (spells_more or _completes_suffix(handle, piece) or not plausible_handle(handle)):
                # "linkedin.com/in/ngoclamng" + "uyen" beside "…nguyen@"; "…/in/nu" + "r-mina-…": no handle alone
                yield _clean(handle + piece), REBUILT
            else:  # a handle ending in LinkedIn's whole suffix ends there
                yield _clean(handle), TEXT_AT_LINE_END if piece and not _SUFFIX.search(handle) else TEXT


@functools.lru_cache(maxsize=8)
def _email_words(text):
    """The words of the local parts of the addresses in ``text`` ("nlam", "nguyen")."""
    locals_ = (match.group(0).split("@")[0].lower() for match in email_matches(text))
    return frozenset(word for local in locals_ for word in re.split("[^a-z]+", local) if len(word) >= 3)


def _completes_suffix(handle, piece):
    """Whether ``piece`` completes the suffix LinkedIn adds to a handle (8–9
    letters and digits, "-47b28316a") that a line break cut."""
    match = _SUFFIX_START.search(handle)
    return bool(match) and bool(_HEX.fullmatch(piece)) and 8 <= len(match.group(1) + piece) <= 9


def _spelt_by(handle, words):
    """How many of the e-mail's ``words`` the handle spells whole."""
    handle = fold(handle)
    return sum(word in handle for word in words)


def _spells(words, handle):
    """Whether the handle's words (three letters or more) are spelt by the e-mail's words."""
    parts = [part for part in re.split(r"[^a-z]+", fold(handle)) if len(part) >= 3]
    return bool(parts) and any(part in word for part in parts for word in words)


def _clean(handle):
    return unquote(handle).strip(".-_:")


def _continuation(text):
    """The piece of a handle that ``text`` starts with, when it can only be one:
    one lower-case token (letters, digits, hyphens), alone or before a separator
    ("gonzalez", "12345678"); a capitalised word or a phrase is not."""
    match = _CONTINUATION.match(_GAP_AT_HYPHEN.sub("", text))
    if not match or not match.group(1).islower() and not match.group(1).isdigit():
        return ""
    if fold(match.group(1)) in vocabulary.NOT_NAME | vocabulary.FUNCTION_WORDS:
        return ""
    return match.group(1)
