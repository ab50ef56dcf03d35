"""Per-field accuracy of the engine on labelled resumes.

    python benchmarks/accuracy.py [--backend auto|pdfium|pdfminer] [--verbose] [DIR ...]

Each DIR holds PDFs and a ``labels.jsonl`` (one object per PDF: file, name,
alt_names, email, alt_emails, phone, alt_phones, linkedin, text_based).
Defaults: the project's corpus (data/corpus) and, when present, the shared
development corpus (../shared/corpus/dev), read in place and never copied.
Image-only PDFs (text_based false) are read with OCR and scored apart (see
also benchmarks/scans.py); without OCR installed they fail.
"""

import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction import SUCCESS, Limits, extract  # noqa: E402
from heymilo_ingestion.extraction.fields import fold, normalize_linkedin  # noqa: E402

DEFAULT_DIRS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
FIELDS = ("name", "email", "phone", "linkedin")


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
    profile = document.profiles[0] if document.status == SUCCESS and document.profiles else None
    get = lambda attr: getattr(profile, attr) if profile else ""  # noqa: E731
    emails = {label.get("email") or ""} | set(label.get("alt_emails") or [])
    return {
        "name": same_name(get("name"), label["name"], label.get("alt_names")),
        "email": (get("email") or "") in emails if label.get("email") else not get("email"),
        "phone": (
            any(same_phone(get("phone"), p) for p in [label["phone"]] + (label.get("alt_phones") or []))
            if label.get("phone")
            else not get("phone")
        ),
        "linkedin": same_linkedin(get("linkedin_url"), label["linkedin"])
        if label.get("linkedin")
        else not get("linkedin_url"),
    }


def run(directory, backend, verbose):
    labels_file = directory / "labels.jsonl"
    if not labels_file.exists():
        print("%s: no labels.jsonl, skipped" % directory)
        return None
    labels = [json.loads(line) for line in labels_file.read_text().splitlines() if line.strip()]
    totals = dict.fromkeys(FIELDS, 0)
    text_based = [lab for lab in labels if lab.get("text_based", True)]
    scans = dict.fromkeys(FIELDS, 0)
    limits = Limits()
    for label in labels:
        document = extract((directory / label["file"]).read_bytes(), label["file"], limits, backend)
        result = score(label, document)
        if not label.get("text_based", True):
            for key in FIELDS:
                scans[key] += result[key]
            continue
        for key in FIELDS:
            totals[key] += result[key]
        if verbose and not all(result.values()):
            profile = document.profiles[0] if document.profiles else None
            print(
                "  MISS %s %s -> %s"
                % (
                    label["file"],
                    [k for k in FIELDS if not result[k]],
                    profile
                    and {k: getattr(profile, k) for k in ("name", "email", "phone", "linkedin_url")}
                    or document.error,
                )
            )
    count = len(text_based)
    print("%s (%d text PDFs, %d image-only)" % (directory, count, len(labels) - count))
    for key in FIELDS:
        print("  %-9s %6.1f %%  (%d/%d)" % (key, 100.0 * totals[key] / max(count, 1), totals[key], count))
    if len(labels) > count:
        print(
            "  image-only PDFs (OCR): "
            + ", ".join("%s %d/%d" % (key, scans[key], len(labels) - count) for key in FIELDS)
        )
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--backend", default="auto", choices=["auto", "pdfium", "pdfminer"])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    for directory in args.dirs or [d for d in DEFAULT_DIRS if d.exists()]:
        run(directory, args.backend, args.verbose)


if __name__ == "__main__":
    main()
