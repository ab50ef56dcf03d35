"""Choosing the candidate's name among the name-like texts of a resume.

The rules of ``resume.clean_name`` say what *can* be a name (no heading,
title, organisation, place, sentence); which of the remaining candidates *is*
the name is decided by numbers: each candidate gets the features below and a
logistic regression (weights in ``name_weights``, fitted offline by
``benchmarks/fit_names.py``, cross-validated by source, split and generator family)
gives the probability that it is the name. The most probable candidate wins
when it is likely enough; how likely, and how far ahead of the runner-up, is
the name's confidence.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field

from . import name_weights, vocabulary
from .confidence import HIGH_FROM
from .fields import NOT_LETTERS, SPACE_RUN, fold

FEATURES = (
    "rel_size",  # glyph size over the largest candidate's
    "largest",  # the largest candidate
    "largest_text",  # the largest text of the first lines, candidate or not
    "stands_out",  # the largest text, by how much it exceeds the next size (capped at twice)
    "size_rank",  # 1 / (1 + rank of its size among the distinct sizes of the first lines)
    "over_body",  # size over the body text's usual size (capped at 3, over 3)
    "early",  # 1 / (1 + line number)
    "top",  # among the first six lines
    "first_line",
    "first_candidate",  # no candidate stands above it
    "top_near_largest",  # among the first six lines and at least 85 % of the largest candidate's size
    "one_word",
    "two_words",
    "three_words",
    "many_words",  # four or five
    "upper",  # printed in capitals
    "title_case",  # every word capitalised
    "cjk",
    "other_script",  # neither Latin nor CJK
    "contact",  # 1 / (1 + lines to the nearest e-mail or phone)
    "agrees",  # one of its words (or its first five letters) is in the e-mail's local part or the LinkedIn handle
    "covers",  # share of the e-mail's local part or the LinkedIn handle that its words spell
    "label",  # after "Name:" or from a form's name fields
    "from_email",  # read from the e-mail address (the last resort)
    "whole_line",  # the whole line, nothing cut off
    "function_words",  # words of sentences in it (we, our, für, para…)
    "body_words",  # share of its words the document also writes in small letters (editing, management)
    "lower",  # printed in small letters ("riadh ahmed")
    "joined",  # two lines put together ("JAN VAN" / "CAUWENBERGHE")
    "long_line",  # a piece of a line that holds much more (a run of a sentence)
    "part_of",  # its words are some of a nearby candidate's of about its size ("Juan Francisco" of "… Sobrino Ramírez")
    "outspelt",  # how much more of the e-mail or LinkedIn handle another candidate spells
    "padded",  # a nearby candidate holds some of its words, the rest are words of sentences ("Stage Intissar …")
    "hinted",  # share of its words the file's name or the document's Author or Title hold
)
CJK_LETTERS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC ITERATION")
GUESS_CONFIDENCE = 0.5  # at most, for a name read from the e-mail address
UNCONFIRMED_CONFIDENCE = 0.8  # at most, for a name in a script the e-mail cannot spell, unconfirmed
# A name is given only when its probability reaches this (else left empty).
MIN_PROBABILITY = name_weights.MIN_PROBABILITY
_WORD_BREAK = re.compile(r"[\s.]+")  # compiled once: these run per candidate
_PART_BREAK = re.compile(r"[-.]")


@dataclass
class Candidate:
    """A name-like text: ``position`` is its line among the first lines of
    page one (None when it was read from the e-mail)."""

    name: str
    position: int | None
    size: float
    raw: str
    source: str = "text"  # text, label, email
    whole_line: bool = True
    line: object = None  # the ``TextLine`` it was read from
    joined: bool = False  # put together from two lines
    guessed: bool = False  # word breaks only guessed (letter-spaced), or an accent apart from its letter


@dataclass
class Context:
    max_size: float
    sizes: list  # distinct sizes, largest first
    body_size: float
    contact_positions: list
    identities: list  # e-mail local parts and the LinkedIn handle, folded
    text: str = ""  # the document's text
    written_small: dict = field(default_factory=dict)  # word -> whether the text writes it in small letters
    hinted: frozenset = frozenset()  # words of the file's name and the document's Author and Title, folded
    # Pieces of the e-mail's local part between dots, hyphens and underscores
    # ("juanfrancisco.sob.ram": sob, ram), which may start a name's words.
    pieces: frozenset = frozenset()


def vectors(candidates, context):
    """The feature vectors (dicts) of ``candidates``, which are compared with
    each other (the largest, the first)."""
    sizes = [c.size for c in candidates if c.source == "text"]
    positions = [c.position for c in candidates if c.position is not None]
    peers = (max(sizes, default=0.0), min(positions, default=None))
    found = [features(c, context, peers) for c in candidates]
    words = [frozenset(fold(w) for w in _WORD_BREAK.split(c.name) if w) for c in candidates]
    for candidate, vector, own in zip(candidates, found, words):
        vector["part_of"] = float(
            any(
                own < other and _near(candidate, c) and not _written_small_any(other - own, context)
                for c, other in zip(candidates, words)
            )
        )
        rivals = [v["covers"] for c, v, other in zip(candidates, found, words) if not (own <= other or other <= own)]
        vector["outspelt"] = max(0.0, max(rivals, default=0.0) - vector["covers"])
        vector["padded"] = float(
            any(
                other < own and _near(candidate, c) and _written_small_any(own - other, context)
                for c, other in zip(candidates, words)
            )
        )
    return found


def _written_small_any(words, context):
    """Whether the text writes one of ``words`` in small letters (a word of
    sentences: "Stage" above "Intissar Ghannane" is no part of her name)."""
    return _body_share(list(words), context) > 0


def _near(candidate, other):
    """Whether ``other`` stands within two lines of ``candidate`` at about its size."""
    if candidate.position is None or other.position is None or abs(candidate.position - other.position) > 2:
        return False
    return not candidate.size or abs(candidate.size - other.size) <= 0.1 * candidate.size


def features(candidate, context, peers):
    """The feature vector (a dict) of ``candidate``; ``peers`` is the largest
    size and the first position among all candidates."""
    largest, first = peers
    words = candidate.name.split()
    # "Suresh.S" is two words joined by an initial's dot.
    count = len(_WORD_BREAK.split(candidate.name.strip(". "))) if not _is_cjk(candidate.name.replace(" ", "")) else 2
    position = candidate.position
    size = candidate.size
    rank = next((i for i, s in enumerate(context.sizes) if size >= s - 0.25), len(context.sizes))
    letters = [c for c in candidate.raw if c.isalpha()]
    script = _script(candidate.name)
    return {
        "rel_size": size / largest if largest else 0.0,
        "largest": float(bool(size) and size >= 0.98 * largest),
        "largest_text": float(bool(size) and size >= 0.98 * context.max_size),
        "stands_out": _stands_out(size, context.sizes),
        "size_rank": 1.0 / (1 + rank) if size else 0.0,
        "over_body": min(size / context.body_size, 3.0) / 3.0 if context.body_size and size else 0.0,
        "early": 1.0 / (1 + position) if position is not None else 0.0,
        "top": float(position is not None and position < 6),
        "first_line": float(position == 0),
        "first_candidate": float(position is not None and position == first),
        "top_near_largest": float(position is not None and position < 6 and bool(size) and size >= 0.85 * largest),
        "one_word": float(count == 1),
        "two_words": float(count == 2),
        "three_words": float(count == 3),
        "many_words": float(count >= 4),
        "upper": float(bool(letters) and all(c.isupper() for c in letters) and script == "latin"),
        "title_case": _title_case(candidate.raw, script),
        "cjk": float(script == "cjk"),
        "other_script": float(script == "other"),
        "contact": _closeness(position, context.contact_positions),
        "agrees": agreement(words, context.identities) if candidate.source != "email" else 0.0,
        "covers": _coverage(words, context.identities, context.pieces) if candidate.source != "email" else 0.0,
        "label": float(candidate.source == "label"),
        "from_email": float(candidate.source == "email"),
        "whole_line": float(candidate.whole_line),
        "function_words": float(sum(fold(w) in vocabulary.FUNCTION_WORDS for w in words)),
        "body_words": _body_share(words, context, candidate.raw),
        "lower": float(bool(letters) and all(c.islower() for c in letters) and script == "latin"),
        "joined": float(candidate.joined),
        "long_line": float(_rest_of_line(candidate) >= 20),
        "hinted": _hinted(candidate.name, context.hinted) if candidate.source != "email" else 0.0,
    }


def _title_case(raw, script):
    """Every word capitalised; in a script without capitals (Hebrew, Arabic,
    Thai: not CJK, weighed by its own feature) every word that starts with a
    letter of no case counts as capitalised."""
    caseless = script == "other"
    return float(all(not w[0].islower() if caseless else w[0].isupper() for w in raw.split() if w[0].isalpha()))


def hint_words(hints):
    """The words of ``hints`` (the file's name, the document's Author and
    Title) that may be a name's: split at separators and case changes
    ("CV_JohnSmith_2024": john, smith), folded; a CJK run stays whole."""
    words = set()
    for hint in hints:
        spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", hint or "")
        for word in NOT_LETTERS.split(spaced):
            word = fold(word)
            if len(word) >= 2 and word not in vocabulary.NOT_NAME and word not in vocabulary.DOCUMENT_TITLES:
                words.add(word)
    return frozenset(words)


def _hinted(name, hinted):
    """The share of the name's words (two letters or more) among ``hinted``;
    a CJK name, written without spaces, counts when a hint holds it whole."""
    if not hinted:
        return 0.0
    compact = name.replace(" ", "")
    if _is_cjk(compact):
        return float(any(fold(compact) in word for word in hinted))
    words = [w for w in (fold(w) for w in NOT_LETTERS.split(name)) if len(w) >= 2]
    return sum(w in hinted for w in words) / len(words) if words else 0.0


def _rest_of_line(candidate):
    """How many letters its line holds beside the candidate's."""
    if candidate.line is None:
        return 0
    count = lambda text: sum(c.isalpha() for c in text)  # noqa: E731
    return count(candidate.line.text) - count(candidate.raw)


def probability(vector):
    z = name_weights.BIAS + sum(name_weights.WEIGHTS.get(key, 0.0) * value for key, value in vector.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def choose(candidates, context):
    """``(candidate, confidence)`` of the most probable name, or ``(None, p)``
    when none is likely enough. Variants of one name (found twice) count once."""
    best = {}
    for candidate, vector in zip(candidates, vectors(candidates, context)):
        p = probability(vector)
        key = SPACE_RUN.sub(" ", fold(candidate.name)).strip()
        if key not in best or p > best[key][0]:
            best[key] = (p, candidate, vector)
    ranked = sorted(best.values(), key=lambda item: -item[0])
    if not ranked:
        return None, 0.0
    top, winner, vector = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    # A close runner-up makes the choice a guess: confidence is the winner's
    # share of the two, scaled by its own probability.
    confidence = calibrated(top * top / (top + runner_up))
    if winner.source == "email":  # read from the address: a guess, never high
        confidence = min(confidence, GUESS_CONFIDENCE)
    elif winner.guessed:  # "A K R A M I Z Z E L D I N" cut where it seemed likely: never high
        confidence = min(confidence, UNCONFIRMED_CONFIDENCE)
    elif vector["one_word"]:  # "Thinh" of "Thinh, Dinh Nguyen": the rest of the name may be elsewhere
        confidence = min(confidence, UNCONFIRMED_CONFIDENCE)
    elif vector["other_script"] and not (vector["agrees"] or vector["label"]):
        # An Arabic or Persian name beside a Latin e-mail: nothing confirms
        # where it ends (a job title after it), so never high.
        confidence = min(confidence, UNCONFIRMED_CONFIDENCE)
    if top < MIN_PROBABILITY:
        return None, confidence
    return winner, confidence


def calibrated(margin):
    """The confidence of a name whose margin (winner's probability times its
    share of the two best) is ``margin``: ``name_weights.HIGH_MARGIN``, the
    margin from which leave-one-source-out found names rarely wrong, becomes
    the high band's lower bound; the scale is linear on both sides."""
    high = name_weights.HIGH_MARGIN
    if margin >= high:
        return HIGH_FROM + (margin - high) * (1.0 - HIGH_FROM) / (1.0 - high)
    return margin * HIGH_FROM / high


def _body_share(words, context, raw=""):
    """The share of ``words`` (three letters or more) the text also writes in
    small letters, outside addresses and links and besides ``raw`` itself
    ("Zaheer khan"): a heading's words come back in sentences ("video
    editing"), a person's name hardly ever does."""
    # Scripts without capitals (Arabic, Chinese) write every word "small".
    words = [w.lower() for w in words if len(w) >= 3 and w.isalpha() and w.lower() != w.upper()]
    if not words or not context.text:
        return 0.0
    small = 0
    for word in words:
        if word not in context.written_small:
            context.written_small[word] = _written_small(word, context.text)
        small += context.written_small[word] > _written_small(word, raw)
    return small / len(words)


def _written_small(word, text):
    """How many times (up to two) ``text`` holds ``word`` (in small letters)
    as a word of its own, not inside an address or a link
    (``maria.gonzalez@``, ``/in/maria-g``)."""
    found, start = 0, text.find(word)
    while start >= 0 and found < 2:
        end = start + len(word)
        before, after = text[start - 1 : start], text[end : end + 1]
        glued_before = bool(before) and (before.isalnum() or before in ".@/-_")
        dotted = after == "." and text[end + 1 : end + 2].isalnum()  # "maria.gonzalez"
        glued_after = bool(after) and (after.isalnum() or after in "@/-_" or dotted)
        found += not (glued_before or glued_after)
        start = text.find(word, end)
    return found


def _stands_out(size, sizes):
    """0 unless ``size`` is the largest; then how far it is above the next
    size (a sidebar's name at 30 pt beside 18 pt headings: 0.65)."""
    if not size or len(sizes) < 2 or size < sizes[0] - 0.25:
        return 0.0
    return min(sizes[0] / sizes[1] - 1.0, 1.0)


def _closeness(position, contact_positions):
    if position is None or not contact_positions:
        return 0.0
    return 1.0 / (1 + min(abs(position - p) for p in contact_positions))


# Cyrillic names beside a Latin e-mail: "Иван Петров", ivan.petrov@…
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g".split())))  # fmt: skip
_CYRILLIC = str.maketrans({k: v.strip("-") for k, v in _CYRILLIC.items()})


def _ascii(text):
    if text.isascii():
        return "".join(c for c in text.lower() if c.isalnum())
    text = fold(text).translate(_CYRILLIC)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


def agreement(words, identities):
    """1 when the e-mail's local part or the LinkedIn handle spells one of
    the name's words of three letters or more, or its first five letters
    ("dtakahas" for Takahashi)."""
    words = [w for w in (_ascii(w) for w in _parts(words)) if len(w) >= 3]
    return float(any(w in identity or w[:5] in identity for w in words for identity in identities))


def _parts(words):
    """The words, and the parts of hyphenated or dotted ones ("Axel-Cleris":
    axel, cleris; "Md.Muntasir": md, muntasir)."""
    return [part for word in words for part in {word, *_PART_BREAK.split(word)} if part]


def _coverage(words, identities, pieces=frozenset()):
    """How much of an identity ("joaovictorlisboaporcel") the name's words
    spell, a word also by the piece of the address that starts it ("sob" of
    "juanfrancisco.sob.ram" for Sobrino)."""
    words = [w for w in (_ascii(w) for w in words for w in _PART_BREAK.split(w)) if len(w) >= 2]
    best = 0.0
    for identity in identities:
        letters = sum(len(w) if w in identity else _piece_starting(w, pieces) for w in words)
        best = max(best, min(letters / len(identity), 1.0))
    return best


def _piece_starting(word, pieces):
    """The length of the piece of the address that starts ``word``, 0 if none."""
    return max((len(piece) for piece in pieces if word.startswith(piece)), default=0)


def address_pieces(spellings):
    """The pieces (three letters or more) of e-mail local parts split at
    dots, hyphens and underscores; a local part that is one piece gives none."""
    found = set()
    for spelling in spellings:
        parts = [p for p in re.split(r"[^a-z]+", fold(spelling)) if p]
        if len(parts) > 1:
            found.update(p for p in parts if len(p) >= 3)
    return frozenset(found)


def _is_cjk(text):
    """Chinese, Japanese or Korean letters only ("佐々木": 々 repeats the one before)."""
    return bool(text) and not text.isascii() and all(unicodedata.name(c, "").startswith(CJK_LETTERS) for c in text)


def _script(text):
    if text.isascii():
        return "latin"
    letters = [c for c in text if c.isalpha()]
    if letters and _is_cjk("".join(letters)):
        return "cjk"
    if all(unicodedata.name(c, "").startswith("LATIN") for c in letters):
        return "latin"
    return "other"
