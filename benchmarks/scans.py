"""Accuracy and speed of OCR on scans of the labelled corpus.

    python benchmarks/scans.py [--dpi 150] [--ocr-dpi 200] [--languages eng] [--budget 20]
                               [--limit N] [--pages N] [--formats "image PDF"] [--realworld]
                               [--verbose] [DIR ...]

Each text-based resume of DIR (default: data/corpus and, when present,
../shared/corpus/dev, read in place) is rendered page by page with PDFium at
``--dpi`` (only its first ``--pages`` pages when given) and saved in memory as
an image-only PDF and as one PNG (the pages stacked, as a long scan). The
engine reads the text PDF, the image-only PDF and the PNG (or the
``--formats`` named); per-field accuracy is printed per format and per source,
with the seconds OCR took per page. The real scans of the corpus
(``text_based`` false) are read as they are and their labelled fields checked.
``--realworld`` measures the real-world set instead (data/realworld labels,
files in ../realworld/files): its splits dev, holdout and holdout2 only, per
source; a split added later (a fresh holdout) is never read here.

The rules were not tuned on these scans: every one counts as held-out data.
"""

import argparse
import collections
import os
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pypdfium2  # noqa: E402
from accuracy import FIELDS, REALWORLD_LABELS, SPLITS, _beside, _read_labels, outcome  # noqa: E402

from heymilo_ingestion.extraction import SUCCESS, Limits, extract  # noqa: E402
from heymilo_ingestion.tests.files import make_pdf, make_png_bomb, rasterise  # noqa: E402

FORMATS = ("text PDF", "image PDF", "PNG")
DEFAULT_DIRS = [ROOT / "data" / "corpus", _beside("shared", "corpus", "dev") or ROOT / "missing"]


def score(label, document):
    """``{field: right|wrong|missed}`` of the document's first profile."""
    profile = document.profiles[0] if document.status == SUCCESS and document.profiles else None
    return {key: outcome(key, label, profile)[0] for key in FIELDS}


def scans_of(pdf_data, dpi, pages=None):
    """{format: (content, file name)} of a text PDF and its rendered first
    ``pages`` pages (all by default), and how many pages were rendered."""
    count = len(pypdfium2.PdfDocument(pdf_data))
    count = count if pages is None else min(pages, count)
    return {
        "text PDF": (pdf_data, "scan.pdf"),
        "image PDF": (rasterise(pdf_data, "PDF", dpi, pages=pages), "scan.pdf"),
        "PNG": (rasterise(pdf_data, "PNG", dpi, pages=pages, stacked=True), "scan.png"),
    }, count


def run(title, directory, labels, args, limits):
    text_based = [lab for lab in labels if lab.get("text_based", True)][: args.limit]
    formats = ["text PDF", *(fmt for fmt in FORMATS[1:] if fmt in args.formats)]
    totals = collections.defaultdict(lambda: {key: collections.Counter() for key in FIELDS})
    seconds = dict.fromkeys(formats[1:], 0.0)
    cpu = dict.fromkeys(formats[1:], 0.0)  # Tesseract's own CPU time: what a page costs on an idle core
    a4_pages = dict.fromkeys(formats[1:], 0)  # source pages: the PNG holds them all in one image
    for label in text_based:
        versions, pages = scans_of((directory / label["file"]).read_bytes(), args.dpi, args.pages)
        for fmt in formats:
            started, children = time.monotonic(), _children_cpu()
            document = extract(*versions[fmt], limits)
            if fmt != "text PDF":
                seconds[fmt] += time.monotonic() - started
                cpu[fmt] += _children_cpu() - children
                a4_pages[fmt] += pages if document.ocr_pages else 0
            result = score(label, document)
            for group in (fmt, (fmt, label.get("source"))):
                for key in FIELDS:
                    totals[group][key][result[key]] += 1
            if args.verbose and fmt != "text PDF" and any(r != "right" for r in result.values()):
                _print_miss(label, fmt, result, document)
    print(
        "%s: %d text-based resumes, scanned at %d dpi%s, load average %.1f"
        % (title, len(text_based), args.dpi, " (first %d pages)" % args.pages if args.pages else "", os.getloadavg()[0])
    )
    print("  %-10s" % "right/wrong %" + "".join("%14s" % key for key in FIELDS) + "   s/page: wall  Tesseract CPU")
    for fmt in formats:
        pages = max(a4_pages.get(fmt, 0), 1)
        speed = "%8.2f  %8.2f" % (seconds[fmt] / pages, cpu[fmt] / pages) if fmt in seconds else "%8s" % "-"
        print("  %-10s%s   %s" % (fmt, _row(totals[fmt]), speed))
    sources = sorted({label.get("source") for label in text_based} - {None})
    for source in sources if len(sources) > 1 else []:
        for fmt in formats:
            print("  %-24s %-10s%s" % (source, fmt, _row(totals[(fmt, source)])))
    for fmt in formats[1:]:
        print("  %s: %d A4 pages read with OCR in %.1f s" % (fmt, a4_pages[fmt], seconds[fmt]))
    _real_scans(directory, [lab for lab in labels if not lab.get("text_based", True)][: args.limit], limits)


def _row(counts):
    """Right / wrong % of each field, and the count they are out of."""
    count = sum(counts[FIELDS[0]].values())
    cells = (
        "%.1f / %.1f" % tuple(100.0 * counts[key][r] / max(count, 1) for r in ("right", "wrong")) for key in FIELDS
    )
    return "".join("%14s" % cell for cell in cells) + "  (%d)" % count


def measured_sets(args):
    """``(title, directory, labels)`` of each labelled set to measure."""
    if args.realworld:
        files = _beside("realworld", "files")
        if not files or not REALWORLD_LABELS.exists():
            sys.exit("--realworld: no data/realworld/labels.jsonl or ../realworld/files here")
        labels = [label for label in _read_labels(REALWORLD_LABELS) if label.get("split") in SPLITS]
        return [("real-world (%s)" % ", ".join(SPLITS), files, labels)]
    found = []
    for directory in args.dirs or [d for d in DEFAULT_DIRS if d.exists()]:
        if (directory / "labels.jsonl").exists():
            found.append((str(directory), directory, _read_labels(directory / "labels.jsonl")))
        else:
            print("%s: no labels.jsonl, skipped" % directory)
    return found


def _children_cpu():
    times = os.times()
    return times.children_user + times.children_system


def _real_scans(directory, labels, limits):
    for label in labels:
        started = time.monotonic()
        document = extract((directory / label["file"]).read_bytes(), label["file"], limits)
        elapsed = time.monotonic() - started
        result = score(label, document)
        profile = document.profiles[0] if document.status == SUCCESS else None
        print(
            "  real scan %s (%d pages, %.1f s): %s | found %s"
            % (
                label["file"],
                document.pages,
                elapsed,
                " ".join("%s %s" % (key, result[key]) for key in FIELDS),
                profile and {k: getattr(profile, k) for k in ("name", "email", "phone")} or document.error,
            )
        )


def speed(limits, dpi, repeat=5):
    """Best-of-``repeat`` seconds to read one A4 page scanned at ``dpi`` (PNG)
    and the same page as an image-only PDF: wall time and Tesseract's CPU."""
    page = rasterise((ROOT / "data" / "corpus" / "resume_01.pdf").read_bytes(), "PNG", dpi, pages=1)
    image_pdf = rasterise((ROOT / "data" / "corpus" / "resume_01.pdf").read_bytes(), "PDF", dpi, pages=1)
    for label, data, name in (("PNG", page, "page.png"), ("image PDF", image_pdf, "page.pdf")):
        runs = []
        for _ in range(repeat):
            started, children = time.monotonic(), _children_cpu()
            extract(data, name, limits)
            runs.append((time.monotonic() - started, _children_cpu() - children))
        print("  %-10s one %d-dpi A4 page: best %.2f s wall, %.2f s Tesseract CPU" % (label, dpi, *min(runs)))


def hostile(limits):
    """Seconds the engine takes to refuse hostile images (decided from the
    header or the first decoded bytes, never by decoding the whole image)."""
    bomb = make_png_bomb(20_000, 20_000)
    page = rasterise(make_pdf(["Maria Gonzalez", "maria@example.com"]), "PNG")
    for label, data in (
        ("20,000 x 20,000 PNG (%d KB)" % (len(bomb) // 1024), bomb),
        ("truncated PNG", page[: len(page) // 2]),
    ):
        started = time.monotonic()
        document = extract(data, "hostile.png", limits)
        print("  %-28s %6.3f s  %s" % (label, time.monotonic() - started, document.error))


def _print_miss(label, fmt, result, document):
    profile = document.profiles[0] if document.profiles else None
    found = profile and {k: getattr(profile, k) for k in ("name", "email", "phone", "linkedin_url")}
    missed = ["%s %s" % (k, result[k]) for k in FIELDS if result[k] != "right"]
    print("  MISS %s [%s] %s -> %s" % (label["file"], fmt, missed, found or document.error))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--dpi", type=int, default=150, help="resolution of the scans (default 150)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N resumes of each DIR")
    parser.add_argument("--pages", type=int, default=None, help="render only the first N pages of each resume")
    parser.add_argument("--formats", default="image PDF,PNG", help="scan formats to read (default both)")
    parser.add_argument("--realworld", action="store_true", help="the real-world set's splits %s" % ", ".join(SPLITS))
    parser.add_argument("--ocr-dpi", type=int, default=Limits.ocr_dpi, help="render dpi of scanned PDF pages")
    parser.add_argument("--languages", default=Limits.ocr_languages, help="Tesseract packs, e.g. eng+fra")
    parser.add_argument("--budget", type=float, default=Limits.pdf_time_budget, help="seconds per document")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="only the speed and hostile-image timings")
    args = parser.parse_args()
    limits = Limits(pdf_time_budget=args.budget, ocr_dpi=args.ocr_dpi, ocr_languages=args.languages)
    for title, directory, labels in [] if args.speed_only else measured_sets(args):
        run(title, directory, labels, args, limits)
    print(
        "OCR speed (OMP_THREAD_LIMIT=%s, load average %.1f):" % (os.environ.get("OMP_THREAD_LIMIT"), os.getloadavg()[0])
    )
    speed(limits, args.dpi)
    print("hostile images:")
    hostile(limits)


if __name__ == "__main__":
    main()
