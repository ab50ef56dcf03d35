"""Per-field accuracy and speed of Word (.docx) and OpenDocument (.odt)
resumes beside the text PDFs they are versions of.

    python benchmarks/word_formats.py [--verbose] [--rounds 3]

The labelled corpus (``data/corpus``, made by ``data/generate.py``) is
re-made as Word documents from the same people, in the ways Word templates
hold a resume: name and contact in paragraphs, in the page header, in a
table beside the name, in a text box, contact in the footer, the headline
before the name; LinkedIn as text, as a hyperlink behind a word or an icon,
or as a ``LinkedIn: handle`` label, as in the PDFs. Made in memory by
python-docx (``heymilo_ingestion/tests/office_files.py``), nothing written.
Prints per-field accuracy per format and Word resumes per second.
"""

import argparse
import json
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402
from accuracy import FIELDS  # noqa: E402
from scans import score  # noqa: E402

from heymilo_ingestion.extraction import Limits, extract  # noqa: E402
from heymilo_ingestion.tests.office_files import make_docx, make_odt  # noqa: E402

WORD_LAYOUTS = ("paragraphs", "header", "table", "textbox", "footer", "headline_first")


def word_parts(resume, layout):
    """The keyword arguments of ``make_docx``/``make_odt`` for one resume."""
    contact = "  |  ".join(resume.contact_items() + [resume.city])
    text, link = resume.linkedin_text() if resume.linkedin else ("", None)
    name = (resume.name, 24, True)
    body = ["PROFILE", generate.sentence(resume.rng, 14), "EXPERIENCE", generate.sentence(resume.rng, 14)]
    parts = {"paragraphs": [name, resume.title, contact] + ([text] if text else []) + body}
    if layout == "header":
        parts = {"header": [name, contact] + ([text] if text else []), "paragraphs": [resume.title] + body}
    elif layout == "table":
        parts = {"paragraphs": [name, resume.title] + body, "table": [[item] for item in contact.split("  |  ")]}
        if text:
            parts["table"].append([text])
    elif layout == "textbox":
        parts = {"textbox": [resume.name, contact] + ([text] if text else []), "paragraphs": body}
    elif layout == "footer":
        parts = {"paragraphs": [name, resume.title] + body, "footer": [contact] + ([text] if text else [])}
    elif layout == "headline_first":
        parts["paragraphs"] = [(resume.title.upper(), 14, True), name, contact] + ([text] if text else []) + body
    if link:
        if text:
            parts["hyperlinks"] = [(text, link)]
        else:
            parts["icon_link"] = link
    return parts


def corpus():
    """``[(label, docx bytes, odt bytes)]`` for the labelled corpus."""
    labels = {
        lab["file"]: lab
        for lab in map(json.loads, (ROOT / "data/corpus/labels.jsonl").read_text().splitlines())
        if lab.get("text_based", True)
    }
    made = []
    for index, person in enumerate(generate.PEOPLE, 1):
        label = labels.get("resume_%02d.pdf" % index)
        if label is None:
            continue
        layout = WORD_LAYOUTS[index % len(WORD_LAYOUTS)]
        docx = make_docx(**word_parts(generate.Resume(index, person, random.Random(index)), layout))
        parts = word_parts(generate.Resume(index, person, random.Random(index)), layout)
        parts.pop("footer", None)  # make_odt has no footer: the contact goes to the page header
        if layout == "footer":
            parts["header"] = word_parts(generate.Resume(index, person, random.Random(index)), layout)["footer"]
        odt = make_odt(**parts)
        made.append((dict(label, layout=layout), docx, odt))
    return made


def accuracy(items, verbose):
    """{format: {field: right}} over ``items``."""
    results = {}
    for fmt, position in (("pdf", None), ("docx", 1), ("odt", 2)):
        totals = dict.fromkeys(FIELDS, 0)
        for item in items:
            label = item[0]
            data = (ROOT / "data/corpus" / label["file"]).read_bytes() if position is None else item[position]
            document = extract(data, label["file"], Limits())
            result = {key: value == "right" for key, value in score(label, document).items()}
            for key in FIELDS:
                totals[key] += result[key]
            if verbose and not all(result.values()):
                profile = document.profiles[0] if document.profiles else None
                print(
                    "  MISS %s %s (%s) %s -> %s"
                    % (
                        fmt,
                        label["file"],
                        label["layout"],
                        [k for k in FIELDS if not result[k]],
                        profile
                        and {k: getattr(profile, k) for k in ("name", "email", "phone", "linkedin_url")}
                        or document.error,
                    )
                )
        results[fmt] = totals
    return results


def speed(items, rounds):
    best = {}
    for fmt, position in (("docx", 1), ("odt", 2)):
        for _ in range(rounds):
            start = time.perf_counter()
            for item in items:
                extract(item[position], "resume", Limits())
            elapsed = time.perf_counter() - start
            best[fmt] = max(best.get(fmt, 0), len(items) / elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    items = corpus()
    count = len(items)
    print("%d labelled resumes; Word layouts: %s" % (count, ", ".join(WORD_LAYOUTS)))
    results = accuracy(items, args.verbose)
    print("%-6s %s" % ("format", " ".join("%9s" % f for f in FIELDS)))
    for fmt, totals in results.items():
        print("%-6s %s" % (fmt, " ".join("%8.1f%%" % (100.0 * totals[f] / count) for f in FIELDS)))
    for fmt, rate in speed(items, args.rounds).items():
        print("%s resumes/s (best of %d rounds): %.0f" % (fmt, args.rounds, rate))


if __name__ == "__main__":
    main()
