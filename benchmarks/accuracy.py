"""Per-field accuracy of the engine on labelled resumes.

    python benchmarks/accuracy.py [--backend auto|pdfium|pdfminer] [--verbose] [DIR ...]
    python benchmarks/accuracy.py --corpus realworld   # data/realworld, see README

Each DIR holds PDFs and a ``labels.jsonl`` (one object per PDF: file, name,
alt_names, email, alt_emails, phone, alt_phones, linkedin, text_based).
Defaults: the project's corpus (data/corpus) and, when present, the shared
development corpus (../shared/corpus/dev), read in place and never copied.
Per field: accuracy (right) and wrong-value rate (a value given that is not
the label or an alternative); per split and source group when labelled.
Image-only PDFs (text_based false) are read with OCR and counted apart (fields
right); benchmarks/scans.py measures OCR on scans of the whole corpus.
"""

import argparse
import collections
import json
import os
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction import SUCCESS, Limits, extract  # noqa: E402
from heymilo_ingestion.extraction.fields import fold, normalize_linkedin  # noqa: E402

DEFAULT_DIRS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
FIELDS = ("name", "email", "phone", "linkedin")
REALWORLD_LABELS = ROOT / "data" / "realworld" / "labels.jsonl"


def _digits(value):
    return re.sub(r"\D", "", value or "")


def same_phone(found, expected):
    """Digits compared, leading zeros and country codes tolerated."""
    got, want = _digits(found), _digits(expected).lstrip("0")
    return (
        bool(got)
        and len(want) >= 6
        and got.lstrip("0").endswith(want[-9:])
        and (want.endswith(got.lstrip("0")[-len(want) :]) or got.endswith(want))
    )


def same_name(found, expected, alternatives):
    norm = lambda s: re.sub(r"\s+", " ", fold(s or "")).strip()  # noqa: E731
    return norm(found) in {norm(expected)} | {norm(a) for a in alternatives or []}


def same_linkedin(found, expected):
    return normalize_linkedin(found).lower().rstrip("/") == normalize_linkedin(expected or "").lower().rstrip("/")


def score(label, document):
    """``{field: "right" | "wrong" | "missed"}``: wrong is a value given that is
    not the label's (worse than none), missed an empty value where one was due."""
    profile = document.profiles[0] if document.status == SUCCESS and document.profiles else None
    get = lambda attr: getattr(profile, attr) if profile else ""  # noqa: E731
    emails = {label.get("email") or ""} | set(label.get("alt_emails") or [])
    found = {"name": get("name"), "email": get("email"), "phone": get("phone"), "linkedin": get("linkedin_url")}
    same = {
        "name": same_name(found["name"], label["name"], label.get("alt_names")),
        "email": found["email"] in emails,
        "phone": any(same_phone(found["phone"], p) for p in [label["phone"]] + (label.get("alt_phones") or []) if p),
        "linkedin": bool(label.get("linkedin")) and same_linkedin(found["linkedin"], label["linkedin"]),
    }
    return {
        key: ("right" if same[key] else "wrong") if found[key] else ("missed" if label.get(key) else "right")
        for key in FIELDS
    }


def run(directory, backend, verbose, labels_file=None):
    """Print per-field accuracy and wrong-value rate, overall and, when the
    labels carry them, per ``split`` (dev/holdout) and per ``source`` group."""
    labels_file = labels_file or directory / "labels.jsonl"
    if not labels_file.exists():
        print("%s: no labels.jsonl, skipped" % directory)
        return None
    labels = [json.loads(line) for line in labels_file.read_text().splitlines() if line.strip()]
    groups = collections.defaultdict(lambda: {key: collections.Counter() for key in FIELDS})
    images, scans = 0, collections.Counter()
    limits = Limits()
    for label in labels:
        document = extract((directory / label["file"]).read_bytes(), label["file"], limits, backend)
        if not label.get("text_based", True):
            images += 1
            scans.update(key for key, outcome in score(label, document).items() if outcome == "right")
            continue
        result = score(label, document)
        names = ["all"] + ["%s %s" % (k, label[k]) for k in ("split", "source") if label.get(k)]
        for name in names:
            for key in FIELDS:
                groups[name][key][result[key]] += 1
        if verbose and any(r != "right" for r in result.values()):
            profile = document.profiles[0] if document.profiles else None
            print(
                "  %s %s -> %s"
                % (
                    label["file"],
                    {k: r for k, r in result.items() if r != "right"},
                    profile
                    and {k: getattr(profile, k) for k in ("name", "email", "phone", "linkedin_url")}
                    or document.error,
                )
            )
    count = sum(groups["all"]["name"].values())
    print("%s (%d text PDFs, %d image-only)" % (directory, count, images))
    print("  %-22s" % "right % / wrong %" + "".join("%-16s" % key for key in FIELDS))
    for name in sorted(groups, key=lambda g: (g != "all", not g.startswith("split"), g)):
        cells = groups[name]
        n = sum(cells["name"].values())
        print(
            "  %-22s" % ("%s (%d)" % (name, n))
            + "".join("%5.1f / %4.1f    " % tuple(100.0 * cells[k][r] / n for r in ("right", "wrong")) for k in FIELDS)
        )
    if images:
        print("  image-only PDFs (OCR), fields right: " + ", ".join("%s %d/%d" % (k, scans[k], images) for k in FIELDS))
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--backend", default="auto", choices=["auto", "pdfium", "pdfminer"])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument(
        "--corpus",
        choices=["default", "realworld"],
        default="default",
        help="realworld: labels in data/realworld, files in $HEYMILO_REALWORLD or /work/realworld/files",
    )
    args = parser.parse_args()
    if args.corpus == "realworld":
        files = pathlib.Path(os.environ.get("HEYMILO_REALWORLD", "/work/realworld/files"))
        run(files, args.backend, args.verbose, REALWORLD_LABELS)
        return
    for directory in args.dirs or [d for d in DEFAULT_DIRS if d.exists()]:
        run(directory, args.backend, args.verbose)


if __name__ == "__main__":
    main()
