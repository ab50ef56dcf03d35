"""Per-field accuracy and wrong-value rate of the engine on labelled resumes.

    python benchmarks/accuracy.py [--backend auto|pdfium|pdfminer] [--verbose] [DIR ...]
    python benchmarks/accuracy.py --corpus realworld   # only the real-world set

Each DIR holds PDFs and a ``labels.jsonl`` (one object per PDF: file, name,
alt_names, email, alt_emails, phone, alt_phones, linkedin, text_based, and
optionally source, split and country: the ISO code of the candidate's phone
country, in which a phone printed without its country code is read). Defaults: the project's corpus (data/corpus),
the shared development corpus (../shared/corpus/dev) and the real-world set
(labels in data/realworld/labels.jsonl, files in ../realworld/files or
$HEYMILO_REALWORLD), each when present, read in place and never copied. The
real-world set is reported per source and per split. Default runs measure
the development splits (dev, holdout … holdout18: each measured once fresh,
then studied; the name model is fitted on those of fit_names.FIT_SPLITS); the
fresh holdouts (FRESH: holdout19 and holdout20, for the next round's start
and end; files no rule was tuned on) and any split not named in SPLITS are
measured only when asked for by name (``--split holdout19``),
so that tuning never looks at them. Real-world files are read under the
name they were published with (SOURCES.tsv), as a recruiter receives them.

For each field: *accuracy* (the value is the label's, or both are empty),
*wrong* (a value is given that is not the label's: worse than none), and
among the values given with high confidence, how many and how many wrong.
Image-only PDFs (text_based false) are read with OCR and counted apart (fields
right); benchmarks/scans.py measures OCR on scans of the whole corpus.
"""

import argparse
import collections
import csv
import json
import os
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction import SUCCESS, Limits, extract  # noqa: E402
from heymilo_ingestion.extraction.confidence import HIGH, band  # noqa: E402
from heymilo_ingestion.extraction.fields import fold, normalize_linkedin, normalize_phone  # noqa: E402

FIELDS = ("name", "email", "phone", "linkedin")
ATTRIBUTES = {"name": "name", "email": "email", "phone": "phone", "linkedin": "linkedin_url"}
REALWORLD_LABELS = ROOT / "data" / "realworld" / "labels.jsonl"
SPLITS = ("dev", "holdout", *("holdout%d" % n for n in range(2, 19)))  # by default
FRESH = ("holdout19", "holdout20")  # measured only when asked for by name, once each


def select(labels, split=None):
    """The labels of ``split``; without one, those of the development splits
    (FRESH, and a split not named in SPLITS, are never measured by default)."""
    if split:
        return [label for label in labels if label.get("split", "dev") == split]
    return [label for label in labels if label.get("split", "dev") in SPLITS and label.get("split") not in FRESH]


def _beside(*parts):
    """``parts`` under the repository's parent folder, or under the one above
    (a worktree of /work/wt/<name> finds /work/shared)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return None


def _digits(value):
    return re.sub(r"\D", "", value or "")


def _e164(raw, region=None):
    """``raw`` as a valid E.164 number (read in ``region`` when it has no
    country code), else ""."""
    value, valid_in = normalize_phone(raw, region)
    return value if valid_in else ""


def same_phone(found, expected, country=None):
    """The same number. When both are valid numbers (a label printed without
    its country code, "0788 787 769", read in the label's ``country``), the
    same E.164 number: a wrong country code is a wrong value. Otherwise
    digits compared, leading zeros and country codes tolerated (a label
    without ``country`` cannot tell a wrong country code). A trunk zero
    printed in brackets after the country code ("+27 (0) 68…") is dropped."""
    expected = re.sub(r"\(\s*0\s*\)", "", expected or "")
    got, want = _e164(found or ""), _e164(expected, country)
    if got and want:
        return got == want
    got, want = _digits(found), _digits(expected).lstrip("0")
    return (
        bool(got)
        and len(want) >= 6
        and got.lstrip("0").endswith(want[-9:])
        and (want.endswith(got.lstrip("0")[-len(want) :]) or got.endswith(want))
    )


def same_name(found, expected, alternatives=()):
    norm = lambda s: re.sub(r"\s+", " ", fold(s or "")).strip()  # noqa: E731
    return norm(found) in {norm(expected)} | {norm(a) for a in alternatives or []}


def same_linkedin(found, expected):
    return normalize_linkedin(found).lower().rstrip("/") == normalize_linkedin(expected or "").lower().rstrip("/")


def matches(key, value, label):
    """Whether ``value`` (non-empty) is the label's value for ``key``."""
    if key == "name":
        return same_name(value, label.get("name"), label.get("alt_names"))
    if key == "email":
        return value in {label.get("email") or ""} | set(label.get("alt_emails") or [])
    if key == "phone":
        phones = [label.get("phone")] + (label.get("alt_phones") or [])
        return any(same_phone(value, p, label.get("country")) for p in phones if p)
    return bool(label.get("linkedin")) and same_linkedin(value, label["linkedin"])


def outcome(key, label, profile):
    """``(result, band)``: result is ``right``, ``wrong`` or ``missed``."""
    value = getattr(profile, ATTRIBUTES[key]) if profile else ""
    expected = label.get(key) or ""
    if not value:
        return ("right" if not expected else "missed"), ""
    return ("right" if matches(key, value, label) else "wrong"), band(profile.confidence.get(ATTRIBUTES[key], 0))


def corpora(dirs):
    """``(title, directory, labels)`` of each corpus to measure."""
    if dirs:
        return [(str(d), d, _read_labels(d / "labels.jsonl")) for d in dirs if (d / "labels.jsonl").exists()]
    found = [("data/corpus", ROOT / "data" / "corpus", _read_labels(ROOT / "data" / "corpus" / "labels.jsonl"))]
    shared = _beside("shared", "corpus", "dev")
    if shared:
        found.append(("shared dev", shared, _with_sources(shared, _read_labels(shared / "labels.jsonl"))))
    realworld = pathlib.Path(os.environ["HEYMILO_REALWORLD"]) if "HEYMILO_REALWORLD" in os.environ else None
    realworld = realworld or _beside("realworld", "files")
    if REALWORLD_LABELS.exists() and realworld:
        found.append(("real-world", realworld, _published_names(_read_labels(REALWORLD_LABELS))))
    return found


def _published_names(labels):
    """Each real-world file is read under the name it was published with
    (SOURCES.tsv's path, "CV_Ana_Ruiz.pdf"), as a recruiter receives it: the
    engine weighs a file's name as a hint of whose resume it is."""
    with (REALWORLD_LABELS.parent / "SOURCES.tsv").open(newline="", encoding="utf-8") as handle:
        paths = {row["file"]: row["path"] for row in csv.DictReader(handle, delimiter="\t")}
    for label in labels:
        label["published_as"] = pathlib.PurePosixPath(paths.get(label["file"], label["file"])).name
    return labels


def _read_labels(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _with_sources(directory, labels):
    """The shared set names each file's repository in SOURCES.tsv: its source."""
    sources = {}
    table = directory / "SOURCES.tsv"
    if table.exists():
        for row in table.read_text().splitlines()[1:]:
            cells = row.split("\t")
            if len(cells) > 1:
                sources[cells[0]] = cells[1]
    for label in labels:
        label.setdefault("source", sources.get(label["file"], "shared"))
    return labels


def evaluate(directory, labels, backend="auto", verbose=False):
    """``{group: {field: Counter}}`` for the text PDFs of one corpus, and a
    Counter of the image-only PDFs (``n``) and their fields read right."""
    groups = collections.defaultdict(lambda: {key: collections.Counter() for key in FIELDS})
    scans = collections.Counter()
    limits = Limits()
    for label in labels:
        path = directory / label["file"]
        if not path.exists():
            continue
        document = extract(path.read_bytes(), label.get("published_as", label["file"]), limits, backend)
        profile = document.profiles[0] if document.status == SUCCESS and document.profiles else None
        if not label.get("text_based", True):  # read with OCR: counted apart
            scans["n"] += 1
            scans.update(key for key in FIELDS if outcome(key, label, profile)[0] == "right")
            continue
        names = ["all"]
        if label.get("split"):
            names.append("split " + label["split"])
        if label.get("source"):
            names.append("source " + label["source"])
        results = {key: outcome(key, label, profile) for key in FIELDS}
        for name in names:
            for key, (result, level) in results.items():
                counter = groups[name][key]
                counter["n"] += 1
                counter[result] += 1
                if level == HIGH:
                    counter["high"] += 1
                    counter["high_wrong"] += result == "wrong"
        if verbose and any(r != "right" for r, _b in results.values()):
            print(
                "  %s %s %s -> %s"
                % (
                    label["file"],
                    label.get("split", ""),
                    {k: r for k, (r, _b) in results.items() if r != "right"},
                    profile
                    and {k: (getattr(profile, a), profile.confidence.get(a)) for k, a in ATTRIBUTES.items()}
                    or document.error,
                )
            )
    return groups, scans


def _cell(counter):
    n = counter["n"] or 1
    high = "%d/%d" % (counter["high_wrong"], counter["high"])
    return "%5.1f%% %4.1f%% %7s" % (100.0 * counter["right"] / n, 100.0 * counter["wrong"] / n, high)


def report(title, groups, scans):
    print(
        "%s: %d text PDFs" % (title, groups["all"]["name"]["n"])
        + ("; image-only PDFs (OCR), fields right: " if scans["n"] else "")
        + ", ".join("%s %d/%d" % (k, scans[k], scans["n"]) for k in FIELDS if scans["n"])
    )
    print("  %-40s" % "" + "".join("%-23s" % key for key in FIELDS))
    print("  %-40s" % "" + "right  wrong  hi-wrong  " * len(FIELDS))
    for name in sorted(groups, key=lambda g: (g != "all", not g.startswith("split"), g)):
        counters = groups[name]
        label = "%s (%d)" % (name, counters["name"]["n"])
        print("  %-40s" % label[:40] + "".join("%-23s" % _cell(counters[k]) for k in FIELDS))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--backend", default="auto", choices=["auto", "pdfium", "pdfminer"])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--corpus", choices=["all", "realworld"], default="all", help="realworld: only that set")
    parser.add_argument("--split", choices=sorted({*SPLITS, *FRESH}), help="only the files of this split")
    args = parser.parse_args()
    for title, directory, labels in corpora(args.dirs):
        if args.corpus == "realworld" and title != "real-world":
            continue
        labels = select(labels, args.split)
        groups, scans = evaluate(directory, labels, args.backend, args.verbose)
        report(title, groups, scans)


if __name__ == "__main__":
    main()
