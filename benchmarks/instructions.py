"""Instructions the PDFium engine executes per pass over the speed PDFs: a
count that, unlike CPU time, does not move with the load of a shared machine.

    python benchmarks/instructions.py [--passes N] [--engine-root DIR] [DIR ...]

Runs a child Python under ``valgrind --tool=callgrind`` twice, once only
importing the engine and reading the files, once also extracting every file
N times (the engine's memo caches emptied before each pass, as in
``speed.py``; OCR off), and prints the difference per pass: the first pass
(imports' lazy work included) and, with N >= 2, the steady pass. Hash seeds
are fixed so that set orders, and the work they cause, repeat. Compare two
versions with ``--engine-root`` (a checkout of another commit, e.g. made with
``git worktree add``): the harness stays this one. Needs valgrind (Debian:
``apt-get install valgrind``); a run takes a few minutes.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
_TOTAL = re.compile(rb"^(?:summary|totals):\s*(\d+)", re.M)

# The child: reads the files, then extracts them ``passes`` times.
CHILD = """
import pathlib, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from heymilo_ingestion.extraction import Limits, extract
from speed import forget
files = [(p.name, p.read_bytes()) for d in sys.argv[4:] for p in sorted(pathlib.Path(d).glob("*.pdf"))]
try:
    limits = Limits(ocr_max_pages=0)
except TypeError:  # an engine from before OCR
    limits = Limits()
for _ in range(int(sys.argv[3])):
    forget()
    for name, data in files:
        extract(data, name, limits, "pdfium")
"""


def instructions(engine_root, passes, dirs):
    """The instructions callgrind counts for a child doing ``passes`` passes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=%s" % out, sys.executable, "-c", CHILD]
        command += [str(engine_root), str(ROOT / "benchmarks"), str(passes), *map(str, dirs)]
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        match = _TOTAL.search(out.read_bytes())
        if not match:
            raise SystemExit("callgrind wrote no total to %s" % out)
        return int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--passes", type=int, default=2, help="passes in the measured run (2: first and steady)")
    parser.add_argument("--engine-root", type=pathlib.Path, default=ROOT, help="checkout whose engine is measured")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    dirs = args.dirs or [d for d in DEFAULT_DIRS if d.exists()]
    count = sum(1 for d in dirs for _p in d.glob("*.pdf"))
    base = instructions(args.engine_root, 0, dirs)
    one = instructions(args.engine_root, 1, dirs)
    print("%d PDF files, engine of %s" % (count, args.engine_root))
    print("  imports and reading the files  %8.3f G instructions" % (base / 1e9))
    print("  first pass                     %8.3f G" % ((one - base) / 1e9))
    if args.passes >= 2:
        more = instructions(args.engine_root, args.passes, dirs)
        print("  steady pass                    %8.3f G" % ((more - one) / (args.passes - 1) / 1e9))


if __name__ == "__main__":
    main()
