"""Field coverage on a folder of real, unlabelled resumes: how many failed
and why, and how often each field was found (not whether it is right: that
needs labels, see accuracy.py).

    python benchmarks/coverage.py DIR [--limit N] [--sample NAME_COUNT]

``--sample`` prints that many (file, name, first line) rows picked at
random, for a person to review the names by eye.
"""

import argparse
import collections
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction import SUCCESS, Limits, extract  # noqa: E402
from heymilo_ingestion.extraction.errors import classify  # noqa: E402

FIELDS = ("name", "email", "phone", "linkedin_url", "location", "headline")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=pathlib.Path)
    parser.add_argument("--limit", type=int, default=1000, help="files read, picked at random (seed 1)")
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    files = sorted(args.dir.glob("*.pdf"))
    random.Random(1).shuffle(files)
    files = files[: args.limit]
    limits, failures, found, profiles = Limits(), collections.Counter(), collections.Counter(), []
    start = time.perf_counter()
    for path in files:
        document = extract(path.read_bytes(), path.name, limits)
        if document.status != SUCCESS:
            failures[classify(document.error)] += 1
            continue
        profile = document.profiles[0]
        profiles.append((path.name, profile))
        found.update(field for field in FIELDS if getattr(profile, field))
    seconds = time.perf_counter() - start
    print("%d PDF files in %.1f s (%.0f/s); %d read" % (len(files), seconds, len(files) / seconds, len(profiles)))
    for reason, count in failures.most_common():
        print("  failed: %-28s %d" % (reason, count))
    for field in FIELDS:
        print("  %-13s found in %5.1f %%" % (field, 100 * found[field] / max(len(profiles), 1)))
    for name, profile in random.Random(2).sample(profiles, min(args.sample, len(profiles))):
        first = next((line.strip() for line in profile.text.splitlines() if line.strip()), "")
        print("  %-12s %-30.30s | %.70s" % (name, profile.name or "-", first))


if __name__ == "__main__":
    main()
