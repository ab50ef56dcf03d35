"""Candidate fields from the text of a resume.

Works on ``TextLine`` objects (text plus glyph sizes) so that the name can be
found the way a reader finds it: the largest text at the top of page one.
"""

import bisect
import collections
import itertools
import re
import unicodedata

from . import cjk_names, confidence, contacts, labels, namemodel, vocabulary
from .contacts import HEADER_LINES
from .contacts import PHONE_RE as _PHONE_RE
from .contacts import URL_RE as _URL_RE
from .fields import EMAIL_RE, NOT_LETTERS, SPACE_RUN, clean_text, fold
from .linkedin import find_linkedin, handle_of
from .places import country_code, is_place, place_region
from .result import Profile

MAX_GLYPH_SIZE = 100.0  # larger sizes come from broken font matrices

# Patterns of the per-candidate helpers, compiled once (a lookup in re's cache costs at every call).
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETED = re.compile(r"\(([^)]*)\)")

_TITLES = re.compile(
    r"^(?:name\b\s*[:\-]*\s*|(?:mr|mrs|ms|miss|dr|prof|er|eng|engr|cpa|adv|capt)\.?\s+|"
    r"(?:مهندس|دکتر|المهندس|الدكتور|المهندسة|الدكتورة)\s+)",  # Persian and Arabic: engineer, doctor
    re.I,
)
# The lookaheads below name the characters a match can start with: the regular
# expression engine then skips the others fast (these run on every candidate).
_DEGREES = re.compile(
    r"(?=[,\s]),?\s+\b(?:ph\.?d|mba|m\.?sc|b\.?sc|b\.?a|m\.?a|b\.?e|b\.?tech|m\.?tech|b\.?com|cpa|cfa|pmp|md|p\.?e|jr|sr|ii|iii|iv)\.?$",
    re.I,
)
_NAME_SPLIT = re.compile(
    r"(?=[\s,|•·■▪●◆♦∙])(?:\s*,\s*|\s*[|•·■▪●◆♦∙]\s*|\s+(?:–|-|—|/)\s+|"
    r"\s+(?=(?:e[\s-]?mail|phone|mobile|mob|tel|cell|contact|address|permanent|present|[sdw]/o)\b|\S+@|\S*\d))",
    re.I,
)
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?$")
_LOCATION_LABEL = re.compile(r"^(?:%s)\b\s*[:\-]?\s*(.*)$" % labels.label_pattern("location"), re.I)
_PLACE_PART = r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*"
_CITY_RE = re.compile(rf"^{_PLACE_PART}(?:, ?{_PLACE_PART}){{1,2}}$")
# "University of La Verne, La Verne, CA": the place is what follows the institution.
_INSTITUTION = re.compile(
    r"^[^,]*\b(?:university|college|school|institute|academy|inc|ltd|llc|gmbh|corp|company)\b[^,]*,\s*", re.I
)
# "San Francisco, CA 94103": the postal code is not part of the place.
_POSTCODE = re.compile(r"\s+\d{4,6}$")
_SEGMENT_SPLIT = re.compile(r"(?=[\s|•·;])\s*(?:\||•|·|;|\s{2,}| - )\s*")  # (?=…): a fast skip


def parse_resume(lines, links=(), region=None, hints=()):
    """Build a ``Profile`` from text lines (``TextLine``) and link targets;
    ``hints`` are texts that may name the candidate (the file's name, the
    document's Author and Title), weighed by the name model, never taken as
    the name."""
    text = "\n".join(clean_text(line.text) for line in lines)
    page_one = [line for line in lines if line.page == 1] or lines[:HEADER_LINES]
    profile = Profile(text=text)
    references = contacts.reference_lines(text.splitlines())
    profile.emails, email_confidence = contacts.emails(text, links, references)
    profile.email = profile.emails[0] if profile.emails else ""
    profile.linkedin_url, linkedin_confidence = find_linkedin(text, links, references)
    name_line, profile.name, name_confidence = _name(page_one, text, profile.emails, profile.linkedin_url, hints, links)
    email_confidence = _email_confidence(profile.emails, profile.name, email_confidence)
    profile.headline = _headline(page_one, name_line, profile.name)
    profile.location, near = _location(text.splitlines()[:HEADER_LINES], profile.name, profile.emails)
    if not profile.location:
        profile.location = _country_beside_email(text.splitlines(), profile.emails)
        near = bool(profile.location)
    profile.phones, phone_confidence = contacts.phones(
        text, links, references, _location_region(profile.location, near, profile.emails), region, profile.emails
    )
    profile.phone = profile.phones[0] if profile.phones else ""
    profile.links = contacts.other_links(text, links)
    profile.confidence = {
        "name": round(name_confidence, 3) if profile.name else 0.0,
        "email": email_confidence,
        "phone": phone_confidence,
        "linkedin_url": linkedin_confidence,
    }
    return profile


def _email_confidence(emails, name, score):
    """``score``, or at most medium when the name spells another of the
    page's addresses and not the first (a colleague's, a referee's may come
    first: "e.pajer@…" above "rui.marques@…")."""
    if len(emails) < 2 or not name:
        return score
    words = name.split()
    spells = [namemodel.agreement(words, [_identity(e.split("@")[0])]) for e in emails[:3]]
    if not spells[0] and any(spells[1:]):
        return min(score, confidence.EMAIL_ANOTHER_SPELLS_NAME)
    return score


# -- name ----------------------------------------------------------------------


CANDIDATE_LINES = 6  # name candidates: the first lines, and the two largest sizes further down


def name_candidates(page_one, text, emails, linkedin_url="", hints=(), links=()):
    """``(candidates, context)`` for ``namemodel``: every name-like text of the
    first lines of page one (as printed, or as the rules read it), a ``Name:``
    label or a form's name fields, a one-word name; further down page one
    (a sidebar or a second column read first), its largest text and the
    texts the e-mail or LinkedIn handle spells; when there is none of these,
    a name read from the e-mail."""
    local_parts = [e.split("@")[0] for e in emails[:2]]
    spellings = local_parts + [handle_of(linkedin_url)]
    identities = [i for i in map(_identity, spellings) if len(i) >= 3]
    # A GitHub user name agrees with a name, but splits no text ("AkselMath" is a
    # nickname) and, printed alone ("lauritzsh"), is the handle, no name.
    github = [i for i in map(_identity, _github_users(text, links)[:1]) if len(i) >= 3]
    agreeing_with = identities + github
    spellings += list(hints)  # "Muhammad Aqil Audia - Portfolio" splits "MUHAMMADAQILAUDIA"
    head = page_one[:HEADER_LINES] + _late_lines(page_one[HEADER_LINES:], agreeing_with)
    ranked = []
    for position, line in enumerate(head):
        for run_text, size in cjk_names.runs(line):
            if size <= MAX_GLYPH_SIZE and any(c.isalpha() for c in run_text):
                ranked.append((-size, position, run_text, line))
    ranked.sort(key=lambda item: item[:2])
    sizes = sorted({round(-entry[0] * 2) / 2 for entry in ranked}, reverse=True)
    all_sizes = sorted(-entry[0] for entry in ranked)
    context = namemodel.Context(
        max_size=sizes[0] if sizes else 0.0,
        sizes=sizes,
        body_size=all_sizes[len(all_sizes) // 2] if all_sizes else 0.0,
        contact_positions=[i for i, line in enumerate(head) if "@" in line.text or _PHONE_RE.search(line.text)],
        identities=agreeing_with,
        text=text,
        hinted=namemodel.hint_words(hints),
        pieces=namemodel.address_pieces(local_parts),
    )
    large = sizes[min(1, len(sizes) - 1)] if sizes else 0.0
    candidates, seen, joined, names, letters, agreeing, lines_read = [], set(), {}, {}, {}, {}, set()

    def clean(raw):  # runs of one line repeat its text: each is read once
        if raw not in names:
            names[raw] = clean_name(raw)
        return names[raw]

    def spelt(line):
        if id(line) not in agreeing:
            agreeing[id(line)] = _spelt(line.text, agreeing_with)
        return agreeing[id(line)]

    def letters_of(line):  # a title before the name is no part of the line's text
        if id(line) not in letters:
            letters[id(line)] = _letters(" ".join(_without_title(_unspace_letters(clean_text(line.text)).split())))
        return letters[id(line)]

    # The line just above the e-mail address ("김보현 남 1997년" over "휴대폰 010-… Email …"), small and far down.
    above_contacts = {position - 1 for position, line in enumerate(head) if "@" in line.text}
    for size, position, run_text, line in ranked:
        further = position >= CANDIDATE_LINES and -size < large and position not in above_contacts
        if (run_text, position) in seen or further and not spelt(line):
            continue
        if _in_brackets(run_text, line.text):  # "…（北京）", "(Hons)": a remark, not the name
            continue
        seen.add((run_text, position))
        run_text = _mend_glyphs(run_text, identities)
        line_text = line.text.strip()
        if run_text.strip() != line_text and _place_stray_letter(line_text, identities) != line_text:
            continue  # "Muhammet AFAK " of "Muhammet AFAK Ş": the whole line is read below
        run_text = _place_stray_letter(run_text, identities)
        if not run_text or _unknown_glyph(run_text) or _glyph_beside(run_text, _mend_glyphs(line.text, identities)):
            continue  # "Je?rey" (U+FFFE for "ff"), "ERTA■": nothing spells it, no name
        respaced, guessed = _respace_letters(run_text, text, spellings)
        split = _split_glued(respaced, identities, spellings)
        name = clean(split)
        if not name and split.islower():  # "riadh ahmed": the feature ``lower`` weighs it
            name = clean(" ".join(w.capitalize() for w in split.split()))
        if not name:
            name = clean(_leading_text(line))
        whole = bool(name) and _letters(name) == letters_of(line)
        if not name:
            if size not in joined:
                joined[size] = _joined_pieces(ranked, size, identities)
            name = joined[size]
        if name:
            candidates.append(
                namemodel.Candidate(name, position, -size, run_text, "text", whole, line, guessed=guessed)
            )
        if id(line) not in lines_read:
            lines_read.add(id(line))
            whole_text = _place_stray_letter(_whole_line(line), identities)
            if whole_text and whole_text != run_text:
                respaced, guessed = _respace_letters(whole_text, text, spellings)
                name = clean(respaced)
                if name:
                    candidates.append(
                        namemodel.Candidate(name, position, -size, whole_text, "text", True, line, guessed=guessed)
                    )
    candidates += _joined_lines(head, large, identities)
    for position, label in _labels(head):
        line = head[position]
        size = max((s for _t, s in line.runs), default=0.0)
        candidates.append(namemodel.Candidate(label, position, size, label, "label", True, line))
    form = _form_name(head)
    if form:
        candidates.append(namemodel.Candidate(form, 0, 0.0, form, "label", True, None))
    column = _label_column_name(head)
    if column:
        position, name = column
        size = max((s for _t, s in head[position].runs), default=0.0)
        candidates.append(namemodel.Candidate(name, position, size, name, "label", True, head[position]))
    for position, line in enumerate(head[:CANDIDATE_LINES]):
        reordered = _comma_name(line.text, identities)
        if reordered:
            size = max((s for _t, s in line.runs), default=0.0)
            candidates.append(namemodel.Candidate(reordered, position, size, line.text, "text", True, line))
    single = _one_word_name(ranked, identities)
    if single:
        line, name, size = single
        candidates.append(namemodel.Candidate(name, head.index(line), size, name, "text", True, line))
    candidates = [c for c in cjk_names.review(candidates, head, clean_name) if not _field_label(c, identities)]
    if github:
        candidates = [c for c in candidates if " " in c.raw.strip() or _identity(c.raw) not in github]
    if _drawing_order(text):
        candidates = [c for c in candidates if not _ARABIC_LETTER.search(c.name)]
    if not candidates:
        label = _name_label(text)
        if label:
            candidates.append(namemodel.Candidate(label, len(head), 0.0, label, "label", True, None))
    from_email = "" if candidates else _name_from_email(emails)  # the last resort
    if from_email:
        candidates.append(namemodel.Candidate(from_email, None, 0.0, emails[0].split("@")[0], "email", False))
    return candidates, context


def _field_label(candidate, identities):
    """Whether a text candidate is a field's label, the words before a colon
    ("Születési dátum: 1992"), which the e-mail or handle does not spell
    ("Ana Ruiz: Data Engineer" beside ana.ruiz@ stays a name)."""
    if candidate.source != "text" or candidate.line is None:
        return False
    words = candidate.name.split()
    return cjk_names.before_colon(candidate.raw, clean_text(candidate.line.text)) and not (
        namemodel.agreement(words, identities)
    )


def _whole_line(line):
    """The text of a line printed in runs of sizes that differ, read as one:
    small capitals ("S" 18 pt, "T E V E N" 14.5 pt: STEVEN), a word's
    capital larger than its other letters beginning the word; runs of about
    one size (a font change within the name: "رامي عصام" 12 pt, "عبد الحميد"
    11.5 pt) joined. "" for a line of one run or of sizes far apart."""
    runs = [(t, s) for t, s in line.runs if t.strip()]
    if len(runs) < 2:
        return ""
    # A comma's glyph box says nothing of the name's size ("KUSYONO" 12.5, ", " 14.3, "S.Kom." 12.3).
    sizes = [s for t, s in runs if any(c.isalnum() for c in t)] or [s for _t, s in runs]
    if max(sizes) <= 1.1 * min(sizes):
        return line.text
    words, big = [], max(sizes)
    for text, size in runs:
        letters = text.replace(" ", "")
        if not (letters.isalpha() and letters.isupper()):
            if words:  # the capitals end here
                break
            continue  # "LinkedIn.com/in/…" before them
        if size >= 0.95 * big and len(letters) == 1:
            words.append(letters)
        elif words and 0.6 * big <= size < 0.95 * big:
            words[-1] += letters
        else:
            return ""
    return " ".join(words) if len(words) > 1 and all(len(w) > 1 for w in words) else ""


def _leading_text(line):
    """The line's text up to where its letters get much smaller ("Enock …
    Nsanzimfura" at 16 pt, then an icon "Ó" and the phone at 10.5 pt)."""
    first = next((s for t, s in line.runs if any(c.isalpha() for c in t)), None)
    if first is None:
        return line.text
    text = ""
    for run_text, size in line.runs:
        between_words = not text or text[-1].isspace() or not run_text[:1].isalpha()
        if size < 0.75 * first and between_words:  # small capitals go on within a word
            break
        text += run_text
    return text


def _in_brackets(run_text, line_text):
    """Whether ``run_text`` stands in brackets on its line; a right-to-left
    line may give them mirrored ("اشکان ابوی) AchkanDev)": a handle)."""
    piece = run_text.strip()
    at = line_text.find(piece)
    before, after = line_text[:at].rstrip()[-1:], line_text[at + len(piece) :].lstrip()[:1]
    return at > 0 and bool(before) and before in "(（[【)" and bool(after) and after in ")）]】("


def _late_lines(lines, identities):
    """The lines of page one past the first ones that may hold the name: the
    page's two largest sizes of text, and lines the e-mail or LinkedIn handle
    spells."""
    sizes = [max((s for _t, s in line.runs if s <= MAX_GLYPH_SIZE), default=0.0) for line in lines]
    large = sorted({round(s) for s in sizes}, reverse=True)[:2]
    found = [
        (not spelt, -size, index)
        for index, (line, size) in enumerate(zip(lines, sizes))
        if (spelt := _spelt(line.text, identities)) or size and round(size) in large
    ]
    chosen = {index for *_rank, index in sorted(found)[:6]}
    # The line after a line the e-mail spells may end the name ("Ngoc Lam" / "NGUYEN").
    chosen |= {
        index + 1
        for spelt, _size, index in found
        if not spelt and index + 1 < len(lines) and 1 <= len(lines[index + 1].text.split()) <= 3
    }
    # The line just above the e-mail's ("이정우 남 1994년" over "휴대폰 … Email …"), with it.
    chosen |= {i for index, line in enumerate(lines) if "@" in line.text and index for i in (index - 1, index)}
    return [lines[index] for index in sorted(chosen)]


def _spelt(text, identities):
    """Whether the e-mail's local part or the LinkedIn handle spells a word
    of the name ``text`` holds (a short line: a name's line is)."""
    words = text.split()
    if not identities or len(words) > 6 or len(text) > 80 or not namemodel.agreement(words, identities):
        return False  # the cheap test first: most lines agree with nothing
    return namemodel.agreement(clean_name(_split_glued(text, identities)).split(), identities) > 0


# "DavidFraas", "ShahimQuraishy": capitalised words the text layer glued.
_GLUED_WORDS = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?=[A-ZÀ-Þ][a-zß-ÿ])")


def _split_glued(raw, identities, spellings=()):
    """Split a glued name ("DavidFraas") where the e-mail's local part or
    the LinkedIn handle spells the whole of it ("davidfraas1@…"); McDonald
    or DeAndre without such evidence stay as printed. A name printed as one
    word of capitals or of small letters ("KEVINTCHEUWA", "merwanachibet")
    is split where the e-mail or handle splits it (chrinbou.mouhsine@) or
    spells its end or its start (donaldtcheuwa@: KEVIN TCHEUWA)."""
    one_case = raw.strip().isupper() or raw.strip().islower()
    if identities and _ONE_LONG_WORD.fullmatch(raw.strip()) and one_case:
        return _split_at_identity(raw.strip(), identities, spellings)
    if not identities or not _GLUED_WORDS.search(raw):
        return raw

    def split(match):
        token = match.group(0)
        first = _GLUED_WORDS.match(token)
        if not first or first.group(0).lower() in _NAME_PREFIXES:
            return token  # "MacDonald", "DeAndre": one word
        low = _identity(token)
        # The address spells it whole, or its first word and where the next starts ("pietropic@": Pietro Piccione).
        start = _identity(first.group(0)) + low[first.end() : first.end() + 2]
        if any(low in identity or len(start) >= 6 and start in identity for identity in identities):
            return _GLUED_WORDS.sub(lambda m: m.group(0) + " ", token)
        return token

    return re.sub(r"[^\W\d_]{6,}", split, raw)


_NAME_PREFIXES = frozenset("mac mc de di da la le van von du st".split())


_ONE_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
# A glyph the text layer could not map (U+FFFE, U+FFFD) or that the font
# lacked and drew as a box (U+25A0: "YUSUF ERTA■" for ERTAŞ), beside a letter.
_UNKNOWN_GLYPH = re.compile(r"[^\W\d_][\ufffe\ufffd\u25a0]|[\ufffe\ufffd\u25a0][^\W\d_]")


def _unknown_glyph(text):
    """Whether an unknown glyph touches a letter of ``text`` (the cheap test first: most texts have none)."""
    return ("\ufffe" in text or "\ufffd" in text or "\u25a0" in text) and bool(_UNKNOWN_GLYPH.search(text))


def _arabic_backwards(tokens):
    """Arabic stored in drawing order, each word backwards ("يرفجلا" for
    الجفري): the article "ال" ends words instead of starting them. Mending
    it would guess at more (letter forms), so such a text is no name; nor
    is a text holding a title or heading backwards ("هموزر" for رزومه)."""
    if any(_RIGHT_TO_LEFT_WORD.fullmatch(t) and fold(t[::-1]) in _TITLES_AND_HEADINGS for t in tokens):
        return True
    return any(len(t) >= 4 and t.endswith("\u0644\u0627") for t in tokens) and not any(
        t.startswith("\u0627\u0644") for t in tokens
    )


# A word starting with a letter that only ends words (taa marbuta, alef
# maksura: "ةكرش" for شركة): Arabic stored in drawing order, each word backwards.
_STARTS_WITH_FINAL = re.compile(r"(?<![^\W\d_])[\u0629\u0649][\u0620-\u064a]{2,}")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a]")


def _drawing_order(text):
    """Whether the page stores Arabic words backwards, some or all (Canva):
    which ones cannot be told, so no Arabic text of it is taken as a name."""
    if "\u0629" not in text and "\u0649" not in text:  # no taa marbuta, no alef maksura: the cheap test first
        return False
    return len(_STARTS_WITH_FINAL.findall(text)) >= 2


def _only_accents(token):
    """An accent the text layer put apart from its letter ("Ondrej Keprt ˇ"
    for Ondřej): combining marks and spacing accents only."""
    if token.isascii():  # most tokens: ASCII's only accents are ^ and `
        return not token.strip("^`")
    return all(unicodedata.category(c) in ("Mn", "Sk", "Lm") for c in token)


def _glyph_beside(run_text, line_text):
    """Whether an unknown glyph of the line touches ``run_text`` (a box drawn
    in another font is a run of its own: "YUSUF ERTA" + "■")."""
    start = line_text.find(run_text)
    return start >= 0 and _unknown_glyph(line_text[max(start - 1, 0) : start + len(run_text) + 1])


def _split_at_identity(word, identities, spellings):
    """``word`` split where the pieces of an e-mail's local part or handle
    spell it ("chrinbou.mouhsine"), else in two where an identity holds its
    last (or first) four letters or more and three or more stay on the
    other side; when an identity holds all of it, where another spells its
    words the other way round (amandamartel@, /in/martelamanda), else as it
    is."""
    low = _identity(word)
    if len(low) != len(word):
        return word
    for spelling in spellings:
        pieces = [_identity(piece) for piece in NOT_LETTERS.split(spelling) if len(piece) >= 2]
        for start in range(len(pieces)):
            for end in range(start + 2, len(pieces) + 1):
                if "".join(pieces[start:end]) == low:
                    cuts = itertools.accumulate(len(piece) for piece in pieces[start:end])
                    bounds = [0, *cuts]
                    return " ".join(word[a:b] for a, b in zip(bounds, bounds[1:]))
    if any(low in identity for identity in identities):
        cut = _rotation_cut(low, identities)
        return word[:cut] + " " + word[cut:] if cut else word
    for cut in range(3, len(low) - 3):  # the longest end first
        if any(low[cut:] in identity for identity in identities):
            return word[:cut] + " " + word[cut:]
    for cut in range(len(low) - 3, 3, -1):  # the longest start first
        if any(low[:cut] in identity for identity in identities):
            return word[:cut] + " " + word[cut:]
    return word


def _rotation_cut(low, identities):
    """Where ``low`` splits in two words that an identity spells the other
    way round ("martelamanda" for "amandamartel"); 0 when none does."""
    return next((cut for cut in range(2, len(low) - 1) if any(low[cut:] + low[:cut] in i for i in identities)), 0)


def _mend_glyphs(raw, identities):
    """A word with a glyph the text layer could not map (an ``ff`` ligature
    read as U+FFFE: "Je?rey") mended from the e-mail or handle that spells
    it ("jeffrey_yang@"); left as it is otherwise (and then no name)."""
    if not _unknown_glyph(raw):
        return raw

    def mend(match):
        word = match.group(0)
        split = re.split("[\ufffe\ufffd\u25a0]+", word)
        parts = [_identity(part) for part in split]
        if not all(parts) or any(len(part) != len(piece) for part, piece in zip(parts, split)):
            return word
        pattern = re.compile("([a-z]{1,3})".join(map(re.escape, parts)))
        for identity in identities:
            found = pattern.search(identity)
            if found:
                pieces = [piece.upper() if word.isupper() else piece for piece in found.groups()]
                return "".join(part + (pieces[i] if i < len(pieces) else "") for i, part in enumerate(split))
        return word

    return re.sub(r"[^\W\d_]*[\ufffe\ufffd\u25a0]+[^\W\d_]+(?:[\ufffe\ufffd\u25a0]+[^\W\d_]+)*", mend, raw)


def _joined_lines(head, large, identities):
    """A name set on two lines ("JOÃO VICTOR" / "LISBOA PORCEL", "NORBERT" /
    "OCIOS"), at the top or in the large text further down: the two lines put
    together, when each holds one to three words, of one size unless each
    holds one word; two lines of several words when the e-mail or LinkedIn
    handle spells both (two people's names one above the other are not one
    name). Whether it is one name is the model's (features ``joined``,
    ``part_of``, ``covers``)."""
    joined = []
    words_of = [_unspace_letters(clean_text(line.text)).split() for line in head]
    sizes = [max((s for _t, s in line.runs if s <= MAX_GLYPH_SIZE), default=0.0) for line in head]
    # Two lines of the largest text that stands out ("Jorge Mario" / "Herrera Vargas" at 29 pt over 10 pt).
    distinct = sorted(set(sizes), reverse=True)
    top = distinct[0] if len(distinct) > 1 and distinct[1] <= 0.8 * distinct[0] else 0.0
    for position in range(len(words_of) - 1):
        first, second = words_of[position], words_of[position + 1]
        size = max(sizes[position], sizes[position + 1])
        if not (1 <= len(first) <= 3 and 1 <= len(second) <= 3 and len(first) + len(second) <= 5):
            continue
        glued = _identity("".join(first + second))
        spelt_whole = len(glued) >= 6 and any(glued in identity for identity in identities)
        if not (
            all(_line_of_name(words) for words in (first, second))
            or spelt_whole
            and all(_NAME_TOKEN.match(w) for w in first + second)
        ):
            continue  # "Ze Ping" / "Ip" beside /in/ze-ping-ip-…: the handle spells the two lines
        if position >= CANDIDATE_LINES and min(sizes[position], sizes[position + 1]) < large:
            continue
        # Arabic and Hebrew glyph boxes vary in height within a word ("خض" 34.4, "ر" 32.1): a wider margin.
        # So do a name's capitals in some fonts ("A" 26.1, "driel Isaiah" 27.8 / "Amoguis" 26.1) where
        # the address spells both lines whole (adriel.isaiah.amoguis@).
        spelt_both = spelt_whole and all(len(_identity("".join(words))) >= 3 for words in (first, second))
        margin = 0.1 if spelt_both or all(_RIGHT_TO_LEFT_WORD.fullmatch(w) for w in first + second) else 0.05
        if max(len(first), len(second)) > 1 and abs(sizes[position] - sizes[position + 1]) > margin * size:
            continue  # "Hannah Schmidt" over a smaller "Controller" is a name and a job
        if min(len(first), len(second)) > 1 and not (
            _both_spelt(first, second, identities) or min(sizes[position], sizes[position + 1]) >= 0.98 * top > 0
        ):
            continue  # two names one above the other ("Ada Byron" / "Maria Gonzalez") are not one
        raw = " ".join(first + second)
        name = clean_name(raw)
        if name:
            joined.append(namemodel.Candidate(name, position, size, raw, "text", True, head[position], joined=True))
    return joined


# "github.com/hyunku": a user's profile (no repository after it), a handle the candidate chose.
_GITHUB_USER = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?github\.com/([A-Za-z0-9][A-Za-z0-9-]{2,38})/?(?=$|[\s|•·,;)])", re.M
)


_GITHUB_OWNER = re.compile(r"github\.com/([A-Za-z0-9][A-Za-z0-9-]{2,38})(?:/|$)", re.I)


def _github_users(text, links=()):
    """GitHub user names the page prints, then those it links to as a
    profile and as the owner of another link (the candidate's repositories;
    a link to an organisation or a colleague stands alone)."""
    found = _GITHUB_USER.findall(text) if "github" in text else []
    owners = collections.Counter(m.group(1) for link in links if (m := _GITHUB_OWNER.search(link)))
    found += [user for user in _GITHUB_USER.findall("\n".join(links)) if owners[user] >= 2] if owners else []
    return [user for user in found if fold(user) not in vocabulary.NOT_NAME]


def _name(head, text, emails, linkedin_url, hints, links=()):
    """``(line, name, confidence)`` of the candidate chosen by ``namemodel``."""
    winner, confidence = namemodel.choose(*name_candidates(head, text, emails, linkedin_url, hints, links))
    if winner is None:
        return None, "", confidence
    return winner.line, winner.name, confidence


def _both_spelt(first, second, identities):
    words = [[_identity(w) for w in line] for line in (first, second)]
    return any(all(any(w and w in identity for w in line) for line in words) for identity in identities)


def _line_of_name(words):
    """Whether a line's words may be part of a name: words of letters, a
    lone word in capitals or capitalised ("CAUWENBERGHE", "Redecker", not
    "UdenIT") and no heading."""
    if not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if len(words) == 1 and _RIGHT_TO_LEFT_WORD.fullmatch(words[0]):  # "خضر": no case to tell, no vocabulary word
        return fold(words[0]) not in vocabulary.NOT_NAME | vocabulary.FOREIGN_HEADINGS
    return len(words) > 1 or bool(_single_word(words[0])) and (words[0].isupper() or words[0][1:].islower())


_RIGHT_TO_LEFT_WORD = re.compile(r"[\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3]{3,}")


def _joined_pieces(ranked, size, identities):
    """A name drawn glyph by glyph may reach us in pieces of one size, on
    lines of their own (pieces of one line are a drop cap's); a piece whose
    words lost their space is split where the e-mail spells them."""
    pieces = [(piece, id(source)) for s, _p, piece, source in ranked if s == size]
    spread = len({source for _piece, source in pieces}) > 1
    if not (spread and 1 < len(pieces) <= 6):
        return ""
    positions = sorted({position for s, position, _piece, _source in ranked if s == size})
    if any(b - a > 2 for a, b in zip(positions, positions[1:])):
        return ""  # "KONTAK" … "KEAHLIAN" … "SERTIFIKASI": a sidebar's headings, lines apart
    return clean_name(" ".join(_split_glued(piece, identities) for piece, _source in pieces))


def _letters(text):
    return fold(NOT_LETTERS.sub("", text))


def _identity(text):
    return _NOT_ALNUM.sub("", fold(text))


# Given names, middle names (a patronymic), surname: the fields of a form, in
# the languages of the supported resumes ("Soyadı: Atik" / "Adı: Mehmet Ali").
_FORM_PARTS = (
    r"first\s*name|given\s*names?|pr[ée]nom|vorname|nombres?|nome|voornaam|nama\s*depan|adı|imi[eę]|jm[ée]no|"
    r"имя|ім['’]я|keresztn[ée]v|ut[óo]n[ée]v|f[öo]rnamn|fornavn|etunimi|prenume",
    r"middle\s*names?|second\s*name|segundo\s*nombre|nama\s*tengah|отчество|по\s*батькові",
    r"last\s*name|surnames?|family\s*name|nom(?:\s*de\s*famille)?|nachname|familienname|apellidos?|sobrenome|"
    r"cognome|achternaam|nama\s*belakang|soyadı|nazwisko|p[řr][íi]jmen[íi]|фамилия|прізвище|vezet[ée]kn[ée]v|"
    r"csal[áa]dn[ée]v|efternamn|efternavn|etternavn|sukunimi|nume",
)


_FORM_HINT = re.compile(
    r"(?:first|last|middle|given|family|sur)\s*name|pr[ée]nom|vorname|nachname|apellido|sobrenome|cognome|"
    r"voornaam|achternaam|nama\s*(?:depan|belakang)|soyadı|nazwisko|p[řr][íi]jmen[íi]|фамилия|прізвище|"
    r"vezet[ée]kn[ée]v|efternamn|efternavn|etternavn|sukunimi|prenume",
    re.I,
)


# A word each of _FORM_HINT's matches holds, lower-cased.
_FORM_KEYS = (
    "name", "prénom", "prenom", "apellido", "nome", "naam", "nama", "soyad", "nazwisko", "jmen", "фамилия",
    "прізвище", "vezet", "namn", "navn", "sukunimi", "prenume",
)  # fmt: skip


# "Name, Vorname: Riemenschneider, Dennis": the surname first.
_SURNAME_FIRST = re.compile(
    r"(?im)^\s*(?:name|nom|%s)\s*,\s*(?:%s)\s*[:\-]\s*([^\W\d_][^,\n]*),\s*([^\W\d_][^\n]*)$"
    % (_FORM_PARTS[2], _FORM_PARTS[0])
)


def _label_column_name(head):
    """``(line number, name)`` of a form that prints its labels in a column
    and the values below in the same order ("Имя" / "Номер телефона" /
    "email" over "Екатерина Кошевая" / "8927…" / "uea06@…"): the value as
    far below the name label as the address is below the e-mail label (the
    pairing the page shows); None otherwise."""
    texts = [clean_text(line.text).strip() for line in head]
    for start, text in enumerate(texts):
        if not _NAME_LABEL_ALONE.match(text):
            continue
        label = start + 1  # the column's other labels, short and without a digit or an address, to the e-mail's
        while label < min(len(texts), start + 6) and "mail" not in fold(texts[label]):
            if not 0 < len(texts[label].split()) <= 3 or _DIGIT_OR_AT.search(texts[label]):
                break
            label += 1
        if label >= len(texts) or "mail" not in fold(texts[label]) or "@" in texts[label]:
            continue
        value = next((i for i in range(label + 1, min(len(texts), label + 8)) if "@" in texts[i]), None)
        shift = value - label if value else 0
        if value and label < start + shift < value:
            name = clean_name(texts[start + shift])
            if name:
                return start + shift, name
    return None


_DIGIT_OR_AT = re.compile(r"[\d@]")


def _form_name(head):
    """A form's name fields put together: "First Name: Ana" … "Last Name: Ruiz",
    "Nom Ali" / "Prénom Abdou" (a label starting its line needs no colon)."""
    text = "\n".join(clean_text(line.text) for line in head)
    low = text.lower()
    if not any(key in low for key in _FORM_KEYS) or not _FORM_HINT.search(text):
        return ""  # the plain words first: the pattern is slow to try at every character
    reversed_order = _SURNAME_FIRST.search(text)
    if reversed_order:
        return clean_name(reversed_order.group(2) + " " + reversed_order.group(1))
    parts = []
    for label in _FORM_PARTS:
        match = re.search(
            r"(?im)(?:^[ \t]*(?:%s)(?![^\W\d_])[ \t]*[:\-]?[ \t]*|(?:^|\s{2,}|\|)\s*(?:%s)\s*[:\-]\s*)"
            r"([^\W\d_][^\n:|]*?)(?=\s{2,}|\||$)" % (label, label),
            text,
        )
        if match:
            parts.append(match.group(1).strip())
    if len(parts) < 2:
        return ""
    return clean_name(" ".join(parts))


# "Thinh, Dinh Nguyen", "Smith, John Paul": the surname first, then a comma.
_WORD = r"[^\W\d_][^\s,]*"
_COMMA_NAME = re.compile(rf"^\s*({_WORD}(?: {_WORD})?)\s*,\s*({_WORD}(?: {_WORD}){{0,2}})\s*$")


def _comma_name(text, identities):
    """A name printed surname first before a comma, as given names then
    surname, when the e-mail or handle spells a word of each side; else a
    comma ends the name ("Ana Ruiz, PhD", "Lyon, France")."""
    match = _COMMA_NAME.match(clean_text(text))
    if not match or not all(namemodel.agreement(side.split(), identities) for side in match.groups()):
        return ""
    return clean_name(match.group(2) + " " + match.group(1))


def _one_word_name(ranked, identities):
    """``(line, name, size)`` for a name printed as one word ("ABDULLAH"), or one
    word a line ("PREMNATH" / "YADAV"), as the largest text of the first
    lines (split where the e-mail spells glued words); else None."""
    if not ranked:
        return None
    largest = -ranked[0][0]
    words = [
        (-size, position, word, line)
        for size, position, run_text, line in ranked
        if position < 3
        and -size >= 0.9 * largest
        and not _in_brackets(run_text, line.text)  # "(AchkanDev)": a handle beside the name
        and (word := _single_word(run_text))
    ]
    if not words:
        return None
    size, position, word, line = min(words, key=lambda item: item[1])
    following = [w for s, p, w, _l in words if p == position + 1 and abs(s - size) <= 0.15 * size]
    words = _split_glued(" ".join([word, *following[:1]]), identities).split()
    return line, " ".join(map(_natural_case, words)), size


def _single_word(raw):
    word = _NAME_SPLIT.split(clean_text(raw).strip(), maxsplit=1)[0].strip(" .,:")
    if _is_cjk(word):  # names in Chinese, Japanese or Korean are clean_name's
        return ""
    if not (len(word) >= 4 and word.isalpha() and len(set(word.lower())) >= 3) or vocabulary.CV_TITLE.match(fold(word)):
        return ""
    if fold(word) in vocabulary.NOT_NAME or fold(word) in _TITLES_AND_HEADINGS or is_place(word):
        return ""
    if any(heading in fold(word) for heading in vocabulary.LONG_HEADINGS):  # "PERSONALDETAILS"
        return ""
    return word


# "Name:", "Nome:", "Nom complet :" (``labels``), "姓名：", "氏名", "이름" before the name.
_NAME_LABELS = (
    r"(?:(?:my|full|candidate|applicant)\s+)?(?:%s|namn|navn|nimi|nafn|név|imię\s+i\s+nazwisko|jméno(?:\s+a\s+příjmení)?|ad[ıi]?\s+soyad[ıi]?|"
    r"фио|ф\.\s?и\.\s?о\.|ime\s+i\s+prezime|ime\s+in\s+priimek|nume\s+(?:și|si)\s+prenume|họ\s+(?:và\s+)?tên|"
    r"姓\s*名|氏\s*名|名\s*前|이\s*름|성\s*명|%s)"
    % (labels.label_pattern("name"), vocabulary.ARABIC_SCRIPT_NAME_LABELS)
)
_NAME_LABEL = re.compile(
    r"(?im)^\s*%s(?![^\W\d_])"
    r"(?:\s*[(（][^)）]{1,12}[)）])?\s*[:\-]*\s*(.+)$"
    % _NAME_LABELS  # "성명(영문/한자) 이다영": a remark after the label
)
# A name label alone on its line (its value printed elsewhere), as a form's column of labels has it.
_NAME_LABEL_ALONE = re.compile(r"(?i)^\s*(?:%s|имя|ім['’]я)\s*[:：]?\s*$" % _NAME_LABELS)


# "Hello! I'm Akavity Mikhail", "Je m'appelle …", "Me llamo …", "Nama saya …"; the name may go on
# after a line break ("Hola Mi nombre es Pedro" / "Galvis | Mi Perfil").
_INTRODUCTION = re.compile(
    r"(?:\bI[’']?m|\bI am|(?i:my name is|je m[’']appelle|je suis|ich heiße|ich bin|me llamo|mi nombre es|"
    r"meu nome é|mi chiamo|mijn naam is|ik ben|nama saya))[ \t]+((?:[A-ZÀ-Ý][\w’'-]+(?:[ \t]|[ \t]*\n[ \t]*)?){2,4})",
)


_INTRODUCTION_HINTS = ("i'm", "i’m", "i am", "name is", "appelle", "je suis", "heiße", "ich bin", "llamo",
                       "nombre es", "nome é", "chiamo", "naam is", "ik ben", "nama saya")  # fmt: skip


def _labels(head):
    """``(line number, name)`` of each "Name: …" label and introduction of
    the first lines (one pass over their text)."""
    text = "\n".join(clean_text(line.text) for line in head)  # "⽒名" (a Kangxi radical) is 氏名
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    low = text.lower()
    introduces = any(hint in low for hint in _INTRODUCTION_HINTS)
    for regex in (_NAME_LABEL, _INTRODUCTION) if introduces else (_NAME_LABEL,):
        for match in regex.finditer(text):
            name = _introduced(match.group(1)) if regex is _INTRODUCTION else clean_name(_label_value(match.group(1)))
            if name:
                yield bisect.bisect(starts, match.start()) - 1, name


def _introduced(value):
    """The name an introduction gives: its line's words ("I'm Ana Ruiz" over
    "Software Engineer"), else those going on after the line break."""
    return clean_name(_label_value(value.split("\n", 1)[0])) or clean_name(_label_value(value))


# The next label of a line: "李双江 性   别：男", "Ana Ruiz  Nationality: …".
_NEXT_LABEL = re.compile(r"\s+(?=[^\s:：]+\s*[:：]|[^\W\d_]\s+[^\W\d_]\s*[:：])")


def _label_value(value):
    """A label's value up to the line's next label, written with a colon or
    a CJK label word ("오진실 성별 남": 성별 is sex)."""
    tokens = cjk_names.label_value(_NEXT_LABEL.split(value, maxsplit=1)[0]).split()
    cut = next((i for i, t in enumerate(tokens[1:], 1) if _is_cjk(t) and _CJK_HEADING.search(t)), len(tokens))
    return " ".join(tokens[:cut])


def _name_label(text):
    for match in _NAME_LABEL.finditer(text):
        name = clean_name(_label_value(match.group(1)))
        if name:
            return name
    for match in _INTRODUCTION.finditer(text):
        name = _introduced(match.group(1))
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


_NICKNAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)?")


def _drop_qualifiers(text):
    """Drop a role, degree or nickname in brackets: "M.AZARUDEEN (Civil
    Engineer)", "ALFRED (YI) ZHANG". Other bracketed text stays (and makes
    the text no name)."""

    def replace(match):
        words = {fold(w) for w in re.split(r"[\W_]+", match.group(1)) if w}
        qualifier = (
            len(match.group(1)) <= 3
            or words & (vocabulary.JOB_WORDS | vocabulary.OTHER_WORDS)
            or _NICKNAME.fullmatch(match.group(1).strip())  # "Hugo (Chun-Ho) Lin"
        )
        return " " if qualifier else match.group(0)

    if ")" in text:  # "זינאידה )זינה(": right-to-left text's brackets stored unmirrored
        text = _UNMIRRORED.sub(r"(\1)", text)
    return _QUOTED_NICKNAME.sub(" ", _BRACKETED.sub(replace, text))


_UNMIRRORED = re.compile(r"\)([^()]*[\u0590-\u06ff][^()]*)\(")


# A nickname in quotes between the names: 'Tsai-Yu “Marian” Chung', 'Robert "Bob" Smith'.
_QUOTED_NICKNAME = re.compile(r"(?= )(?<=[^\W\d_]) [\"“„«]%s[\"”“»] (?=[^\W\d_])" % _NICKNAME.pattern)


def _after_icons(raw):
    """``raw`` without the icons before it ("🧑‍💻趙勇臻"): symbols, joiners, private-use glyphs."""
    start = 0
    while start < len(raw) and (raw[start].isspace() or unicodedata.category(raw[start]) in ("So", "Sk", "Cf", "Co")):
        start += 1
    return raw[start:]


_LOST_MARK = re.compile(r"(?=[\x01-\x08\x0e-\x1f])(?<=[^\W\d_]).")


def clean_name(raw):
    """The person's name in ``raw`` in natural case, or '' when ``raw`` does
    not look like a name (headings, job titles, contact details)."""
    raw = _drop_qualifiers(_after_icons(clean_text(raw))).replace("\u0640", "")  # tatweel only stretches letters
    raw = _LOST_MARK.sub("", raw)  # "Szabó\x06": an accent a font mapped to a control character
    raw = vocabulary.CV_TITLE_SUFFIX.sub("", vocabulary.CV_TITLE_PREFIX.sub("", raw.strip(" -–:")))
    raw = SPACE_RUN.sub(" ", _unspace_letters(raw))
    raw = vocabulary.CV_TITLE_PREFIX.sub("", raw)  # "L E B E N S L A U F – D O M I N I Q U E …" spaced out
    raw = _NAME_SPLIT.split(raw, maxsplit=1)[0].strip(" ,;:|")
    if not raw or "@" in raw or ":" in raw or any(c.isdigit() for c in raw):
        return ""
    raw = _DEGREES.sub("", _TITLES.sub("", raw)).strip(" ,")
    # "MOHAMED FAIZAL .K.M.", "Rajendrakumar . D. Meroliya": stray dots of initials.
    tokens = _without_title([t.lstrip(".") for t in raw.split() if t.strip(".") and not _only_accents(t)])
    cut = next((i for i, t in enumerate(tokens) if i >= 2 and t in vocabulary.ARABIC_SCRIPT_JOB_WORDS), None)
    tokens = tokens[:cut]  # "روژینا اسماعیلی برنامه نویس": the name, then a job title
    raw = " ".join(tokens)
    cjk = bool(tokens) and all(_is_cjk(t) for t in tokens)
    # "J.MUTHUKUMARAN" and "SURESH.S" are two words joined by an initial's dot.
    words = [part for t in tokens for part in t.split(".") if part]
    # Up to five words besides initials ("A H M Moin Uddin Sami": three initials, three words).
    initials = sum(len(w) == 1 and w.isupper() for w in words)
    shaped = 2 <= len(words) <= 7 and len(words) - initials <= 5 and all(_NAME_TOKEN.match(t) for t in tokens)
    if not (shaped or cjk):
        return ""  # the cheap test first: most texts have no name's shape (Chinese, Japanese, Korean are read below)
    if _is_title_or_phrase(tokens) or (not raw.isascii() and any(_mixed_scripts(t) for t in tokens)):
        return ""
    if _arabic_backwards(tokens) or any(len(t) == 1 and "\u0600" <= t <= "\u06ff" for t in tokens):
        return ""  # "اشکان ا": Arabic script writes no initials, a letter alone is a word cut
    if cjk:
        joined = "".join(tokens)
        own = _CJK_OWN_RESUME.match(joined)  # "林敏润的工作简历": Lin Minrun's resume
        if own:
            return own.group(1)
        return joined if 2 <= len(joined) <= 6 and not _CJK_HEADING.search(joined) else ""
    if any(_is_cjk(t) and _CJK_HEADING.search(t) for t in tokens):  # "English 日本語": languages
        return ""
    # Words, and dotted tokens read as one word ("B.B.A" is a degree).
    folded = {fold(w) for w in words} | {fold(t.replace(".", "")) for t in tokens}
    # "Class XI" is a grade; "Edgar Xi", "Tran Tuong Vi" are names: a numeral counts in capitals only.
    folded -= {fold(w) for w in words if fold(w) in vocabulary.ROMAN_NUMERALS and not w.isupper()}
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
    # Short small words between capitalised ones are particles: "Matheus de Souza".
    name = " ".join(
        t if 0 < i < len(tokens) - 1 and t.islower() and len(t) <= 3 else _natural_case(t) for i, t in enumerate(tokens)
    )
    return name if len(words[-1]) == 1 else name.rstrip(".")


_CJK_OWN_RESUME = re.compile(r"^(\w{2,4})的\w{0,4}(?:简历|簡歷|履历|履歷)$")
# Words of Chinese, Japanese and Korean section headings: a text holding one
# is a heading ("教育经历", "技能清单", "基本信息"), never a name.
_CJK_HEADING = re.compile(
    "经历|經歷|经验|經驗|背景|信息|資訊|技能|评价|評價|成绩|成績|简历|簡歷|履歴|履历|方式|清单|奖项|獎項|项目|項目|"
    "教育|工作|证书|證書|爱好|愛好|自我|语言|語言|能力|学历|學歷|专业|專業|实习|實習|联系|聯繫|情報|資格|趣味|"
    "志望|経歴|学歴|特技|本語|連絡|英语|英文|中文|汉语|연락|경력|학력|자격|기술|소개|능력|사항|어학|現在|现在|"
    # a supervisor, a laboratory, fields of interest, projects, degrees
    "교수|연구실|분야|과제|학위|指導|指导|教授|研究|論文|论文|"
    # a university, a department, graduation, a skill, experience, activities, awards, a newcomer, economy
    "대학|학과|학교|졸업|스킬|경험|활동|수상|신입|大学|大學|学院|學院|毕业|畢業|卒業|經濟|经济|"
    # name labels (and a form's reading of the name, furigana), the labels that follow a name on its line: sex, birth
    "氏名|姓名|성명|성별|생년|生年|ふりがな|フリガナ|"
    # labels of a personal-details block: mobile, phone, e-mail, address, sex, birth, age, WeChat
    "手机|手機|电话|電話|邮箱|郵箱|地址|住所|性别|性別|出生|年龄|年齡|微信|籍贯|民族|携帯|메일|전화|주소"
)


def _mixed_scripts(token):
    """Whether a word mixes letters of two scripts ("Aඇൽඒ": a font whose text
    layer maps glyphs to the wrong letters); Chinese characters and kana
    count as one script."""
    scripts = set()
    for char in token:
        if char.isalpha() and unicodedata.category(char) != "Lm":
            name = unicodedata.name(char, "")
            scripts.add("CJK" if name.startswith(namemodel.CJK_LETTERS) else name.split(" ", 1)[0])
    return len(scripts) > 1


def _is_title_or_phrase(tokens):
    """A document title or a heading in a supported language ("Lebenslauf",
    "Hoja de vida", "履歴書"), or a phrase: a pronoun first ("We Build
    Things") or two words of sentences."""
    whole = fold(" ".join(tokens)).strip(" .:").replace("’", "'")  # "Centre d’intérêt"
    if (
        whole in vocabulary.DOCUMENT_TITLES
        or whole in vocabulary.FOREIGN_HEADINGS
        or whole.replace(" ", "") in (vocabulary.DOCUMENT_TITLES)
    ):
        return True
    words = [fold(t).strip(".,") for t in tokens]
    return bool(words) and (words[0] in vocabulary.PRONOUNS or sum(w in vocabulary.FUNCTION_WORDS for w in words) >= 2)


_TITLES_AND_HEADINGS = vocabulary.DOCUMENT_TITLES | vocabulary.FOREIGN_HEADINGS  # any supported language
_TITLE_WORDS = max(len(title.split()) for title in _TITLES_AND_HEADINGS)


def _without_title(tokens):
    """The words after a document title or a heading that starts the line
    ("HOJA DE VIDA   JAVIER HERNÁNDEZ", Persian "personal details" before
    the name); all of them when none does."""
    for cut in range(min(len(tokens) - 1, _TITLE_WORDS), 0, -1):  # the longest title first
        if fold(" ".join(tokens[:cut])).strip(" .:") in _TITLES_AND_HEADINGS:
            return tokens[cut:]
    return tokens


def _place_stray_letter(text, identities):
    """A letter of another font that the text layer gives after the line
    ("MUHAMMET AFAK Ş" for ŞAFAK) goes back where the address or handle spells
    it; where nothing spells it, the line is no name (empty)."""
    words = text.split()
    stray = words[-1] if len(words) >= 3 else ""
    if len(stray) != 1 or stray.isascii() or not stray.isupper():
        return text
    for index, word in enumerate(words[:-1]):
        if len(word) > 1 and any(fold(stray + word) in identity for identity in identities):
            return " ".join(words[:index] + [stray + word] + words[index + 1 : -1])
    return ""


def _respace_letters(raw, text, spellings):
    """``(text, guessed)``: a heading spelled 'J O H N D O E' hides where
    words end; a wider gap on the page shows it, or the same letters written
    normally elsewhere (text, e-mail's local part or handle: ``spellings``).
    ``guessed`` when only a likely cut was found, or when an accent stands
    apart from its letter ("Ondrej Keprt ˇ"): never a confident name."""
    cleaned = clean_text(raw)
    tokens = cleaned.split()
    # Kerned pairs stay together ("L O VI SA C E LA N D ER"): most tokens are single letters.
    if len(tokens) < 4 or any(len(t) > 2 for t in tokens) or sum(len(t) == 1 for t in tokens) < 0.6 * len(tokens):
        return raw, any(_only_accents(t) for t in tokens)
    groups = [group.replace(" ", "") for group in re.split(r"\s{2,}", cleaned.strip())]
    if len(groups) > 1 and all(len(group) > 1 for group in groups):  # "G U S T A V O   S I M A S"
        return "   ".join(group.upper() for group in groups), False
    letters = "".join(tokens)
    pattern = re.compile(r"[ ._-]?".join(map(re.escape, letters)), re.I)
    for source in [text, *spellings]:
        for match in pattern.finditer(source):
            words = re.split(r"[ ._-]", match.group(0))
            if 1 < len(words) < len(letters) and sum(len(w) == 1 for w in words) <= 1:
                return "   ".join(w.upper() for w in words), False
    # "E n z o T o l e d o V e n e g a s": each capital after a small letter starts a word.
    words = re.findall(r"[^\W\d_][^\W\d_A-ZÀ-Þ]*", letters)
    if len(words) > 1 and not letters.isupper() and all(len(w) > 1 for w in words):
        return "   ".join(w.upper() for w in words), False
    # "L u i z F i l h o" beside lcacfilho@…: the address holds the last
    # word; else the shortest first word it holds ("busa" of busamdlamini@).
    # An address holding all the letters says nothing of the cut, a handle
    # spelling the words the other way round does (``_split_at_identity``).
    low = fold(letters)
    identities = [_identity(spelling) for spelling in spellings if spelling]
    if any(low in identity for identity in identities):
        return _split_at_identity(letters.upper(), identities, ()), False
    for spelling in spellings[:1]:  # "akram.izz.kh": a piece of the address starts or ends the name
        for piece in (fold(p) for p in NOT_LETTERS.split(spelling) if len(p) >= 3):
            cut = len(piece) if low.startswith(piece) else len(low) - len(piece) if low.endswith(piece) else 0
            if 3 <= cut <= len(low) - 3:
                return "%s   %s" % (letters[:cut].upper(), letters[cut:].upper()), False
    for identity in [re.sub(r"[^a-z]", "", fold(spelling)) for spelling in spellings[:1]]:
        cuts = [cut for cut in range(3, len(low) - 2) if low[cut:] in identity]
        cuts = cuts or [cut for cut in range(4, len(low) - 2) if low[:cut] in identity]
        if cuts:
            return "%s   %s" % (letters[: cuts[0]].upper(), letters[cuts[0] :].upper()), True
    return raw, False


def _unspace_letters(raw):
    """'J O H N   D O E' (letter-spaced headings) becomes 'JOHN DOE'."""
    tokens = raw.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= len(tokens) - 1:
        return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", raw))
    return raw


def _natural_case(token):
    if len(token) > 1 and token.isupper():
        return token.title().replace("i\u0307", "i")  # Turkish "MİNA" is Mina, not "Mi̇na"
    if token.islower() and len(token) > 1:
        return token.capitalize()
    return token


def _is_cjk(token):
    return not token.isascii() and all(unicodedata.name(c, "").startswith(namemodel.CJK_LETTERS) for c in token)


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
        text = SPACE_RUN.sub(" ", _unspace_letters(clean_text(neighbour.text))).strip()  # "E N G E N H A R I A"
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
    if fold(text).strip(" .:") in _TITLES_AND_HEADINGS:
        return False  # "Angaben zur Person", "Lebenslauf": a heading, not what the candidate does
    return text[0].isalpha() and (text.isupper() or len(text.split()) > 1 or words & vocabulary.JOB_WORDS)


def _country_beside_email(lines, emails):
    """A country's name alone on a line of the contact block around the
    printed e-mail address (an icon's "France" in a sidebar read last), or ''."""
    if not emails:
        return ""
    block = contacts.contact_block(lines, emails)
    for index in sorted(i for i in block if 0 <= i < len(lines)):
        value = lines[index].strip(" .")
        if len(value) >= 4 and value[:1].isupper() and country_code(value):
            return value
    return ""


def _location_region(location, near, emails):
    """Where the location says national numbers are read: not when it is far
    from the contacts, nor when the address's country domain names another
    country ("São José, Santa Catarina" is in Cape Verde too; "….edu.br" says
    Brazil). A country alone ("France") is its own region."""
    region = (place_region(location) or ("," not in location and country_code(location))) if near else None
    domain = contacts.email_country(emails)
    return None if region and domain and domain != region else region


_HEADING_OR_JOB_WORDS = vocabulary.HEADINGS | vocabulary.JOB_WORDS


def _location(lines, name, emails=()):
    """``(location, near)``: a labelled location, else the first place of the
    first lines; ``near`` when it is labelled or in the candidate's contact
    block, so that it tells where the phone numbers are read ("Kabul,
    Afghanistan" under a school, lines away from the contacts, is where the
    candidate studied, not where a national number is valid)."""
    for index, line in enumerate(lines):
        match = _LOCATION_LABEL.match(line.strip())
        if match:
            value = match.group(1).strip(" :") or (lines[index + 1].strip() if index + 1 < len(lines) else "")
            if value and not EMAIL_RE.search(value):
                return SPACE_RUN.sub(" ", value)[:120], True
    block = contacts.contact_block(lines, emails)
    for index, line in enumerate(lines):
        if contacts.NOT_RESIDENCE.search(line):
            continue  # "Geburtsort:   Qom, Iran": a birthplace, not where the candidate lives
        for segment in _SEGMENT_SPLIT.split(line.strip()):
            if "," not in segment:
                continue  # a place is "City, Country" (and an institution's prefix ends in a comma)
            segment = _INSTITUTION.sub("", segment.strip(" ,"))
            segment = _POSTCODE.sub("", segment) if segment[-1:].isdigit() else segment
            if _CITY_RE.match(segment) and fold(segment) != fold(name) and len(segment) <= 60:
                words = {fold(w).strip(",") for w in segment.split()}
                if words.isdisjoint(_HEADING_OR_JOB_WORDS) and place_region(segment):
                    return segment, index in block or index < CANDIDATE_LINES
    return "", False
