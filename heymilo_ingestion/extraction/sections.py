"""The sections of a resume that hold other people's contacts.

A references section lists referees with their e-mail addresses, phone
numbers and LinkedIn profiles: none of them is the candidate's.
"""

import bisect
import itertools
import re

from . import vocabulary
from .fields import fold

_REFERENCES = re.compile(
    r"^(?:professional |personal |character )?(?:references?|referees?|references? available.*|referenzen|referencias"
    r"(?: personales| laborales)?|referenze|referenties|referensi|referanslar|referencje|referenser|referanser|"
    r"referencer|suosittelijat|umsagnaraðilar|meðmælendur)$"
)
_REFERENCE_HINT = re.compile(r"r[eé]f|suosittelij|umsagnar|meðmæl|placement", re.I)
# The same on lower-cased text, faster (re.I also takes "ſ" for s and "ı" for i).
_REFERENCE_HINT_LOWER = re.compile(r"r[eé]f|[sſ]uo[sſ][iı]ttel[iı]j|um[sſ]agnar|meðmæl|placement")
# "Referencia: Martín Donetch | Jefe de ventas | martin.donetch@…": one referee, inline.
_REFERENCE_LABEL = re.compile(
    r"^\s*(?:refer(?:ee|ence|encia|ência|enza|enz|entie|ensi|ans)s?|r[ée]f[ée]rences?|referências)\s*[:：\-–]", re.I
)
# "Placement Director: Keyvan Eslami", "Placement Coordinator:": the job-market
# CV's contacts of the department's staff, beside the candidate's (same lines on).
_STAFF_LABEL = re.compile(r"\bplacement\s+(?:director|coordinator|officer|chair|administrator)s?\s*[:：]", re.I)
_LABELLED = re.compile(r"^\s*[^\W\d_][^:：]{0,20}[:：]")  # "Teléfono: …", the candidate's own again

_REFERENCE_SPAN = 15  # lines: three referees of five lines each


def reference_lines(lines):
    """Indexes of the lines of a references section (referees' contacts),
    from its heading to the next known heading, at most ``_REFERENCE_SPAN``
    lines on (a heading we do not know may end it sooner)."""
    hinted = _hinted(lines)
    if not hinted:
        return set()  # no line may start a references section
    inside, found, heading = False, set(), 0
    for index, line in enumerate(lines):
        if inside and index - heading > _REFERENCE_SPAN:
            inside = False  # a section of its own language's headings (not known) ends somewhere
        if not inside and index not in hinted:
            continue
        if _REFERENCE_LABEL.match(line) or _STAFF_LABEL.search(line):  # on to a labelled line (or three on)
            found.add(index)
            for following in range(index + 1, min(index + 4, len(lines))):
                if not lines[following].strip() or _LABELLED.match(lines[following]):
                    break
                found.add(following)
            continue
        words = fold(line).strip(" :.-").split()
        if len(words) > 6:
            pass
        elif _REFERENCES.match(" ".join(words)):
            # A heading beside another ("HOBBIES" / "REFEREES" / the contact
            # block): a sidebar's headings read apart from their content.
            neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
            inside, heading = not any(_is_heading(neighbour) for neighbour in neighbours), index
        elif inside and _is_heading(line):
            inside = False
        if inside:
            found.add(index)
    return found


def _hinted(lines):
    """Indexes of the lines holding a hint of a references section: one
    search of the whole text, not one a line."""
    text = "\n".join(lines)
    low = text.lower()
    # Lower-casing that keeps every character's position keeps the line starts.
    matches = _REFERENCE_HINT_LOWER.finditer(low) if len(low) == len(text) else _REFERENCE_HINT.finditer(text)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return {bisect.bisect_right(starts, match.start()) - 1 for match in matches}


def _is_heading(line):
    """A known section heading of up to three words ("Soft Skills", "Education")."""
    words = fold(line).strip(" :.-").split()
    return bool(words) and len(words) <= 3 and set(words) <= vocabulary.HEADINGS
