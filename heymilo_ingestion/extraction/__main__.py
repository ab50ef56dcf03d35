"""Command line: ``python -m heymilo_ingestion.extraction FILE... [--json]``.

Prints what the engine finds in each file; with ``--json`` one JSON object
per input file per line. Exit status 0 when every file succeeded, 1 when one
failed, 2 on usage errors.
"""
# pylint: disable=print-used

import argparse
import csv
import json
import pathlib
import sys

from .csvfile import ODOO_FIELD_SIZE_LIMIT
from .engine import extract
from .limits import DEFAULT_LIMITS, Limits
from .result import SUCCESS


def build_parser():
    parser = argparse.ArgumentParser(
        prog="python -m heymilo_ingestion.extraction",
        description="Extract candidate profiles from PDF and Word resumes, CSV and spreadsheet lists and ZIP archives.",
    )
    parser.add_argument("files", nargs="+", type=pathlib.Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.add_argument("--text", action="store_true", help="include the extracted text (JSON)")
    parser.add_argument("--backend", choices=["auto", "pdfium", "pdfminer"], default="auto")
    parser.add_argument("--region", help="default phone region, e.g. US, GB, IN")
    parser.add_argument("--max-pages", type=int, default=DEFAULT_LIMITS.pdf_max_pages)
    parser.add_argument(
        "--time-budget", type=float, default=DEFAULT_LIMITS.pdf_time_budget, help="seconds of PDF work per document"
    )
    parser.add_argument(
        "--ocr-languages", default=DEFAULT_LIMITS.ocr_languages, help="Tesseract packs for scans, e.g. eng+fra"
    )
    return parser


def _describe(document, indent=""):
    lines = [
        "%s%s [%s] %s%s"
        % (indent, document.file, document.type, document.status, ": " + document.error if document.error else "")
    ]
    for warning in document.warnings:
        lines.append("%s  ! %s" % (indent, warning))
    for profile in document.profiles:
        lines.append("%s  - %s (completeness %d%%)" % (indent, profile.name or "(no name)", profile.completeness))
        for label, value in (
            ("email", profile.email),
            ("phone", profile.phone),
            ("linkedin", profile.linkedin_url),
            ("location", profile.location),
            ("headline", profile.headline),
            ("links", ", ".join(profile.links)),
        ):
            if value:
                lines.append("%s      %-9s %s" % (indent, label, value))
    for child in document.children:
        lines.extend(_describe(child, indent + "  "))
    return lines


def main(argv=None):
    args = build_parser().parse_args(argv)
    csv.field_size_limit(ODOO_FIELD_SIZE_LIMIT)  # see what the server sees
    limits = Limits(
        pdf_max_pages=args.max_pages,
        pdf_time_budget=args.time_budget,
        phone_region=(args.region or "").upper() or None,
        ocr_languages=args.ocr_languages,
    )
    all_ok = True
    for path in args.files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print("%s: cannot read: %s" % (path, exc.strerror), file=sys.stderr)
            all_ok = False
            continue
        document = extract(data, path.name, limits, args.backend)
        all_ok &= document.status == SUCCESS
        if args.json:
            print(json.dumps(document.to_dict(with_text=args.text), ensure_ascii=False))
        else:
            print("\n".join(_describe(document)))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
