"""Resumes per second: the engine (both PDF backends) against bare text
extraction on the same files, in one run.

    python benchmarks/speed.py [--repeat N] [--cpu] [DIR ...]

Defaults to the project's corpus and, when present, ../shared/corpus/dev
(image-only PDFs included: they cost time too, but are not OCR'd here, so that
the numbers compare text extraction; benchmarks/scans.py measures OCR). "Parsing overhead" is the
engine's time over the bare text extraction of the same backend. ``--cpu``
counts this process's CPU time instead of the wall clock: on a machine shared
with other work it compares two versions fairly. The engine's memo caches are
emptied before each pass, so that a repeated pass is timed like new files.
"""

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from pdfminer.high_level import extract_text  # noqa: E402

from heymilo_ingestion.extraction import Limits, extract  # noqa: E402

DEFAULT_DIRS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]


def bare_pdfminer(data, _name):
    import io

    extract_text(io.BytesIO(data), maxpages=Limits().pdf_max_pages)


def bare_pdfium(data, _name):
    pdf = pypdfium2.PdfDocument(data)
    for index in range(min(len(pdf), Limits().pdf_max_pages)):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def engine(backend):
    limits = Limits(ocr_max_pages=0)
    return lambda data, name: extract(data, name, limits, backend)


CLOCK = time.perf_counter


def forget():
    """Empty the engine's bounded memo caches (cleaned lines, folded words,
    a text's addresses): a pass over files already read would find them
    there, which new files never do."""
    for name, module in list(sys.modules.items()):
        if name.startswith("heymilo_ingestion.extraction"):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if callable(info) and info().maxsize is not None:  # functools.cache (built indexes) stays
                    value.cache_clear()


def timed(function, files, repeat):
    best = float("inf")
    for _ in range(repeat):
        forget()
        start = CLOCK()
        for name, data in files:
            function(data, name)
        best = min(best, CLOCK() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, not the wall clock")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    files = [
        (p.name, p.read_bytes())
        for d in (args.dirs or [d for d in DEFAULT_DIRS if d.exists()])
        for p in sorted(d.glob("*.pdf"))
    ]
    print("%d PDF files, best of %d runs" % (len(files), args.repeat))
    rows = [
        ("bare pdfminer.high_level.extract_text", bare_pdfminer),
        ("engine, pdfminer backend", engine("pdfminer")),
        ("bare pypdfium2 text", bare_pdfium),
        ("engine, PDFium backend (default)", engine("auto")),
    ]
    # Rounds interleave the four runs so that a slow spell of a shared
    # machine hits them alike; each keeps its best round.
    seconds = dict.fromkeys(label for label, _function in rows)
    for _round in range(args.repeat):
        for label, function in rows:
            elapsed = timed(function, files, 1)
            seconds[label] = min(elapsed, seconds[label] or elapsed)
    for label, _function in rows:
        print("  %-40s %8.1f resumes/s  (%.3f s)" % (label, len(files) / seconds[label], seconds[label]))
    for backend, bare in (("pdfminer", rows[0][0]), ("PDFium", rows[2][0])):
        eng = rows[1][0] if backend == "pdfminer" else rows[3][0]
        print("  parsing overhead over bare %-9s %+6.1f %%" % (backend, 100 * (seconds[eng] / seconds[bare] - 1)))
    print("  default engine vs bare pdfminer: %.1fx faster" % (seconds[rows[0][0]] / seconds[rows[3][0]]))


if __name__ == "__main__":
    main()
