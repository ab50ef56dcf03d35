"""Peak memory of reading a CSV, per MB of CSV, with Odoo's field size limit.

    python benchmarks/csv_memory.py [--sizes 1 5 20 45] [--root CHECKOUT]

Each case runs in a fresh Python process (so peaks do not mix): the CSV is
built, ``csv.field_size_limit`` is raised to Odoo's 500 MB, then the engine
reads it. Printed: the Python heap's peak during ``extract`` (tracemalloc)
and the process's peak resident memory over the memory it had before
``extract``, both in MB and per MB of CSV. ``--root`` runs another checkout's
engine (e.g. the main branch, to compare).

Cases: ``rows`` (ordinary rows of name, e-mail, phone, city, notes),
``huge_notes`` (one row whose notes cell is the whole file), ``huge_name``
(the same in the name column), ``huge_name_shifted`` (the same in a row
with one field too many, whose name cell the shifted-row check matches
against a pattern: the case that cost 2.7 GB for a 20 MB cell).
"""

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]

CHILD = r"""
import csv, json, resource, sys, time, tracemalloc
sys.path.insert(0, ROOT)
from heymilo_ingestion.extraction import extract
size = int(MB * 2**20)
if CASE == "rows":
    row = b"Ana Silva %d,ana.silva%d@example.com,+351 912 345 678,Lisboa,likes data pipelines and long walks\n"
    lines, total, i = [b"Full Name,Email,Phone,City,Notes\n"], 0, 0
    while total < size:
        line = row % (i, i)
        lines.append(line)
        total += len(line)
        i += 1
    data = b"".join(lines)
else:
    filler = b"x" * (size - 60) if CASE == "huge_notes" else b"A" * (size - 60)
    data = {
        "huge_notes": b"Name,Email,Notes\nAna Silva,ana@example.com,%s\n",
        "huge_name": b"Name,Email\n%s,ana@example.com\n",
        "huge_name_shifted": b"Name,Email\n%s,ana@example.com,one field too many\n",
    }[CASE] % filler
csv.field_size_limit(500 * 1024 * 1024)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
start = time.perf_counter()
document = extract(data, "list.csv")
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"mb": len(data) / 2**20, "heap": peak / 2**20, "rss": max(after - before, 0) / 1024,
                  "seconds": elapsed, "status": document.status, "profiles": len(document.profiles)}))
"""


def measure(root, case, megabytes):
    code = CHILD.replace("ROOT", repr(str(root))).replace("CASE", repr(case)).replace("MB", repr(megabytes))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=900)
    if out.returncode:
        return {"error": (out.stderr.strip().splitlines() or ["exit %d" % out.returncode])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 5, 20, 45])
    parser.add_argument("--cases", nargs="+", default=["rows", "huge_notes", "huge_name", "huge_name_shifted"])
    parser.add_argument("--root", type=pathlib.Path, default=ROOT)
    args = parser.parse_args()
    print("engine: %s" % args.root)
    print(
        "%-11s %7s %10s %10s %12s %12s %8s  %s"
        % ("case", "CSV MB", "heap MB", "RSS MB", "heap MB/MB", "RSS MB/MB", "s", "result")
    )
    for case in args.cases:
        for size in args.sizes:
            result = measure(args.root, case, size)
            if "error" in result:
                print("%-11s %7.1f  %s" % (case, size, result["error"]))
                continue
            print(
                "%-11s %7.1f %10.1f %10.1f %12.2f %12.2f %8.2f  %s, %d profiles"
                % (
                    case,
                    result["mb"],
                    result["heap"],
                    result["rss"],
                    result["heap"] / result["mb"],
                    result["rss"] / result["mb"],
                    result["seconds"],
                    result["status"],
                    result["profiles"],
                )
            )


if __name__ == "__main__":
    main()
